/** Runs the real app (prebuilt stacks/main.ts) in a throwaway copy of the repository, as users and CI do. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { PROCESS_TIMEOUT_MS, REPO_ROOT, tempDir } from "../helpers";
import { runSynthCommand } from "../../src/app/synth-command";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureAppBuilt } = require("../../scripts/build-app.cjs") as { ensureAppBuilt: () => string };

const APP_FILES = [
  "src",
  "stacks",
  "scripts/build-app.cjs",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "cdktf.json",
];

/**
 * Copies what the app needs into `dir`, with the prebuilt app and the times that keep it current
 * (node_modules is linked, not copied).
 */
export function checkout(dir: string): string {
  ensureAppBuilt();
  mkdirSync(dir, { recursive: true });
  for (const entry of [...APP_FILES, "build"])
    cpSync(join(REPO_ROOT, entry), join(dir, entry), { recursive: true, preserveTimestamps: true });
  symlinkSync(join(REPO_ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

export interface AppRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run synth` without npm: the same command, in `cwd`, with only the given variables set. */
export function spawnApp(cwd: string, vars: Record<string, string> = {}): AppRun {
  const result = spawnSync(process.execPath, ["stacks/app.cjs"], {
    cwd,
    encoding: "utf8",
    timeout: PROCESS_TIMEOUT_MS,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...vars },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same command in this process (for tests that need its output, not a process of its own). */
export function runApp(cwd: string, vars: Record<string, string> = {}): AppRun {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = runSynthCommand({
    repoRoot: cwd,
    cwd,
    vars,
    out: (line) => stdout.push(`${line}\n`),
    err: (line) => stderr.push(`${line}\n`),
  });
  return { status, stdout: stdout.join(""), stderr: stderr.join("") };
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
    timeout: PROCESS_TIMEOUT_MS,
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
