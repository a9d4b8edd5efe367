/** A synthesis on disk (a cdktf.out folder) read into memory: each stack's cdk.tf.json by stack name. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ReviewInputError } from "./review-input-error";
import { StackJson, Synthesis } from "./stack-json";

interface Manifest {
  readonly stacks: Readonly<Record<string, { readonly synthesizedStackPath: string }>>;
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (e) {
    throw new ReviewInputError(`${file}: ${(e as Error).message.split("\n")[0]}`);
  }
}

/** The stacks the folder's manifest.json lists; a folder without one is not a synthesis. */
export function readSynthesis(dir: string): Synthesis {
  const manifestFile = join(dir, "manifest.json");
  if (!existsSync(manifestFile))
    throw new ReviewInputError(`${dir}: no manifest.json here; synthesize first (npm run synth)`);
  const manifest = readJson<Manifest>(manifestFile);
  const stacks = new Map<string, StackJson>();
  for (const name of Object.keys(manifest.stacks ?? {}).sort())
    stacks.set(name, readJson<StackJson>(join(dir, manifest.stacks[name].synthesizedStackPath)));
  return stacks;
}
