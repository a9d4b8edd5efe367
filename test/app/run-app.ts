/** Runs the real app (stacks/main.ts) in a throwaway copy of the repository, as users and CI do. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { REPO_ROOT, tempDir } from "../helpers";

/** Copies what the app needs into `dir` (node_modules is linked, not copied). */
export function checkout(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const entry of ["src", "stacks", "package.json", "tsconfig.json", "cdktf.json"])
    cpSync(join(REPO_ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(REPO_ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

export interface AppRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run synth` without npm: the same command, in `cwd`, with only the given variables set. */
export function runApp(cwd: string, vars: Record<string, string> = {}): AppRun {
  const result = spawnSync(process.execPath, ["--require", "tsx/cjs", "stacks/main.ts"], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...vars },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A PATH with `node` and nothing else: no terraform, no tofu, as on a fresh machine with only Node. */
export function nodeOnlyPath(): string {
  const bin = join(tempDir("node-only-"), "bin");
  mkdirSync(bin);
  symlinkSync(process.execPath, join(bin, "node"));
  return bin;
}

/** The cdktf CLI (`npx cdktf <args>`) in `cwd`, with only the given variables set. */
export function runCdktf(cwd: string, args: readonly string[], vars: Record<string, string> = {}): AppRun {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, "node_modules/cdktf-cli/bundle/bin/cdktf"), ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", CHECKPOINT_DISABLE: "1", CI: "1", ...vars },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, relative path → contents. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, "utf8"));
    }
  };
  walk(dir);
  return files;
}
