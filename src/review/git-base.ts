/**
 * A base synthesis from a git ref: the ref is checked out in a temporary worktree (the working tree is
 * not touched), its app runs there with this checkout's node_modules, and its cdktf.out is read.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSynthesis } from "./read-synthesis";
import { ReviewInputError } from "./review-input-error";
import { Synthesis } from "./stack-json";

function git(repoRoot: string, args: readonly string[]) {
  return spawnSync("git", [...args], { cwd: repoRoot, encoding: "utf8" });
}

/** Whether `ref` names a commit in the repository at `repoRoot`. */
export function isGitRef(repoRoot: string, ref: string): boolean {
  const run = git(repoRoot, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  return run.error === undefined && run.status === 0;
}

/**
 * Synthesizes `ref` with the variables given (the same stack selection as the head) and reads it.
 * The ref's own app command (cdktf.json "app") runs, so a base with another layout still synthesizes.
 */
export function synthesizeGitRef(repoRoot: string, ref: string, vars: NodeJS.ProcessEnv): Synthesis {
  const worktree = mkdtempSync(join(tmpdir(), "palette-review-base-"));
  const added = git(repoRoot, ["worktree", "add", "--detach", "--force", worktree, ref]);
  if (added.status !== 0) {
    rmSync(worktree, { recursive: true, force: true });
    throw new ReviewInputError(`git worktree add ${ref}: ${added.stderr.trim().split("\n").pop()}`);
  }
  try {
    symlinkSync(join(repoRoot, "node_modules"), join(worktree, "node_modules"), "dir");
    const cdktfJson = join(worktree, "cdktf.json");
    const app = existsSync(cdktfJson)
      ? (JSON.parse(readFileSync(cdktfJson, "utf8")) as { app?: string }).app
      : undefined;
    if (!app) throw new ReviewInputError(`${ref}: no cdktf.json "app" to synthesize with`);
    const outdir = join(worktree, "cdktf.out");
    const run = spawnSync(app, {
      cwd: worktree,
      shell: true,
      encoding: "utf8",
      env: { ...vars, CDKTF_OUTDIR: outdir },
    });
    if (run.status !== 0)
      throw new ReviewInputError(
        `${ref} does not synthesize: ${(run.stderr || run.stdout).trim().split("\n")[0] ?? `exit ${run.status}`}`,
      );
    return readSynthesis(outdir);
  } finally {
    git(repoRoot, ["worktree", "remove", "--force", worktree]);
    rmSync(worktree, { recursive: true, force: true });
    git(repoRoot, ["worktree", "prune"]);
  }
}
