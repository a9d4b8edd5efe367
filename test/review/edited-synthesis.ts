/** Real syntheses for review tests: the committed environments, or one of them edited as a user would. */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { synthesize } from "../../src/app/synthesize";
import { readSynthesis } from "../../src/review/read-synthesis";
import { Synthesis } from "../../src/review/stack-json";
import { REPO_ROOT, tempDir } from "../helpers";

/** Replaces `from` with `to` in the text, failing when `from` is not there (an edit that silently does nothing). */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`edit: ${JSON.stringify(from)} is not in the file`);
  return text.replace(from, to);
}

/**
 * Synthesizes environment `env` (all of its stacks) from a copy of stacks/, with its YAML edited by
 * `change`, into a cdktf.out folder; returns the folder.
 */
export function synthesizeEdited(env: string, change: (yaml: string) => string = (yaml) => yaml): string {
  const repo = tempDir("palette-review-");
  cpSync(join(REPO_ROOT, "stacks"), join(repo, "stacks"), { recursive: true });
  const file = join(repo, "stacks/environments", `${env}.yaml`);
  writeFileSync(file, change(readFileSync(file, "utf8")));
  const outdir = join(repo, "cdktf.out");
  synthesize({ repoRoot: repo, outdir, vars: { PALETTE_ENV: env } });
  return outdir;
}

export const synthesisOf = (env: string, change?: (yaml: string) => string): Synthesis =>
  readSynthesis(synthesizeEdited(env, change));
