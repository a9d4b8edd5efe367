/**
 * What the hostile-input tests and scripts/fuzz.ts share: a throwaway copy of the repository's
 * stacks/ folder, the app's command run in this process on it, and the property every run must
 * have (a synthesis, or exit 1 with one positioned line per problem and the old output kept).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runSynthCommand } from "../../src/app/synth-command";

export const REPO_ROOT = resolve(__dirname, "../..");

/** What the app must never take longer than, whatever it is given (a hang is a failure). */
export const MAX_RUN_MS = 20_000;

/** A temporary copy of the repository's stacks/environments and stacks/profiles; returns its root. */
export function stacksCopy(): string {
  const root = mkdtempSync(join(tmpdir(), "palette-hostile-"));
  stacksCopy.made.push(root);
  for (const folder of ["stacks/environments", "stacks/profiles"])
    cpSync(join(REPO_ROOT, folder), join(root, folder), { recursive: true });
  return root;
}
stacksCopy.made = [] as string[];

export interface HostileRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The previous cdktf.out, as it was (checked on failure). */
  readonly outputKept: boolean;
  readonly ms: number;
}

/** The files under `dir` with their contents, for comparing an output folder before and after. */
function snapshot(dir: string): string {
  if (!existsSync(dir)) return "";
  const files: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(join(d, entry.name), `${rel}/`);
      else files.push(`${rel}\n${readFileSync(join(d, entry.name), "utf8")}`);
    }
  };
  walk(dir, "");
  return files.join("\n");
}

/**
 * Runs the app's command (runSynthCommand, as `npm run synth` does) in `root` with `vars`, over a
 * cdktf.out that holds an earlier output, and reports whether a failure left it alone.
 */
export function synthIn(root: string, vars: Record<string, string> = {}): HostileRun {
  const out = join(root, "cdktf.out");
  mkdirSync(join(out, "stacks", "earlier"), { recursive: true });
  writeFileSync(join(out, "stacks", "earlier", "cdk.tf.json"), `{"earlier": ${JSON.stringify(root)}}\n`);
  const before = snapshot(out);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const start = Date.now();
  const status = runSynthCommand({
    repoRoot: root,
    cwd: root,
    vars,
    out: (line) => stdout.push(`${line}\n`),
    err: (line) => stderr.push(`${line}\n`),
  });
  const ms = Date.now() - start;
  const outputKept = snapshot(out) === before && !existsSync(`${out}.partial`);
  return { status, stdout: stdout.join(""), stderr: stderr.join(""), outputKept, ms };
}

/** `file:line:col key: message`, or `file:line:col: message` for a problem of the YAML itself. */
const POSITIONED = /^stacks\/[^\s:]+:\d+:\d+(?: \S.*?)?: \S/;
/** `file: message`, where no line applies (the file cannot be read, a folder holds no environment). */
const FILE_WIDE = /^stacks\/[^\s:]*: \S/;

/** How a run breaks the property (empty when it has it). */
export function checkSynthesis(run: Pick<HostileRun, "status" | "stderr" | "outputKept" | "ms">): string[] {
  const failures: string[] = [];
  if (run.ms > MAX_RUN_MS) failures.push(`took ${run.ms} ms`);
  if (run.status === 0) return failures;
  if (run.status !== 1) failures.push(`exit ${run.status}`);
  if (!run.outputKept) failures.push("the earlier cdktf.out changed");
  const lines = run.stderr.trimEnd().split("\n");
  if (run.stderr.trim() === "") failures.push("no message");
  else
    for (const line of lines)
      if (!POSITIONED.test(line) && !FILE_WIDE.test(line)) failures.push(`unpositioned line: ${line.slice(0, 300)}`);
  return failures;
}
