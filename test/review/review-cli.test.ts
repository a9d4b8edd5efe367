/**
 * `npm run review` as users and CI run it: what it prints, what it writes, its exit code; against a
 * base folder and against a git ref synthesized in a worktree. One test starts scripts/review.ts in a
 * fresh node; the rest run the same command in this process.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROCESS_TIMEOUT_MS, REPO_ROOT, tempDir } from "../helpers";
import { checkout, runApp } from "../app/run-app";
import { runReviewCommand } from "../../src/review/review-command";
import { describeWithTool, GIT } from "../system-tool";
import { edit, synthesizeEdited } from "./edited-synthesis";

const REVIEW = join(REPO_ROOT, "scripts/review.ts");

function spawnReview(cwd: string, args: readonly string[], vars: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ["--require", "tsx/cjs", REVIEW, ...args], {
    cwd,
    encoding: "utf8",
    timeout: PROCESS_TIMEOUT_MS,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...vars },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function review(cwd: string, args: readonly string[], vars: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const status = runReviewCommand({
    argv: args,
    cwd,
    vars: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...vars },
    out: (line) => (stdout += `${line}\n`),
    err: (line) => (stderr += `${line}\n`),
  });
  return { status, stdout, stderr };
}

const biggerPool = (yaml: string) => edit(yaml, "vmSize: Standard_D8ds_v5", "vmSize: Standard_D16ds_v5");

describe("npm run review", () => {
  it("against a base folder: prints the flags, writes the review, exits 3", () => {
    const base = synthesizeEdited("prod");
    const head = synthesizeEdited("prod", biggerPool);
    const out = join(tempDir(), "review.md");
    const run = spawnReview(REPO_ROOT, ["--head", head, "--base", base, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.stdout.trim().split("\n")).toEqual([
      "flagged replace: prod-apps azurerm_kubernetes_cluster_node_pool.aks_pool_apps: the pool rotates (vm_size): every node is replaced and its pods evicted",
      expect.stringMatching(/^review written to .*review\.md: 1 flagged change\(s\) against /),
    ]);
    expect(run.status).toBe(3);
    const markdown = readFileSync(out, "utf8");
    expect(markdown).toMatch(/^# Review against `/);
    expect(markdown).toContain("## The stacks after this change");
  });

  it("without a base: the report alone, exit 0; with --html, the page too", () => {
    const head = synthesizeEdited("staging");
    const run = review(REPO_ROOT, ["--head", head, "--html"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/review written to .*review\.md and .*review\.html\n$/);
    expect(readFileSync(join(head, "review.md"), "utf8")).toMatch(/^# Synthesized stacks\n/);
    expect(readFileSync(join(head, "review.html"), "utf8")).toContain(
      '<script type="application/json" id="review-markdown">',
    );
  });

  it("fits a comment when asked: the per-stack details give way, saying so", () => {
    const head = synthesizeEdited("prod");
    const run = review(REPO_ROOT, ["--head", head, "--max-chars", "4000"]);
    expect(run.status).toBe(0);
    const markdown = readFileSync(join(head, "review.md"), "utf8");
    expect(markdown.length).toBeLessThanOrEqual(4001);
    expect(markdown).toContain("## Exposure");
    expect(markdown).not.toContain("```mermaid");
    expect(markdown).toContain("The full review is longer than a comment holds");
  });

  it("bad input: one line naming it, exit 1, nothing written", () => {
    const empty = tempDir();
    const missing = review(REPO_ROOT, ["--head", empty]);
    expect(missing.stderr).toBe(`review: ${empty}: no manifest.json here; synthesize first (npm run synth)\n`);
    expect(missing.status).toBe(1);
    expect(existsSync(join(empty, "review.md"))).toBe(false);

    const unknown = review(REPO_ROOT, ["--bsae", "main"]);
    expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
    expect(unknown.stderr).toMatch(/^review: Unknown option '--bsae'.*usage: npm run review/);
    expect(unknown.status).toBe(1);

    const head = synthesizeEdited("dev");
    const neither = review(REPO_ROOT, ["--head", head, "--base", "no-such-ref-or-folder"]);
    expect(neither.stderr).toBe("review: --base no-such-ref-or-folder: neither a folder nor a git ref\n");
    expect(neither.status).toBe(1);
  });
});

describeWithTool(GIT, "npm run review -- --base <git ref>", () => {
  const git = (cwd: string, ...args: string[]) => {
    const run = spawnSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
      cwd,
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(run.stderr);
    return run.stdout;
  };

  it("synthesizes the ref in a temporary worktree and diffs the working tree's synthesis against it", () => {
    const repo = checkout(join(tempDir(), "repo"));
    writeFileSync(join(repo, ".gitignore"), "node_modules\ncdktf.out\n");
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "base");
    const file = join(repo, "stacks/environments/prod.yaml");
    writeFileSync(file, biggerPool(readFileSync(file, "utf8")));
    expect(runApp(repo, { PALETTE_ENV: "prod" }).status).toBe(0);

    // The same selection for both: the base is synthesized with the review's variables.
    const run = review(repo, ["--base", "main"], { PALETTE_ENV: "prod" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("flagged replace: prod-apps azurerm_kubernetes_cluster_node_pool.aks_pool_apps");
    expect(run.stdout).toMatch(/review written to cdktf.out\/review.md: 1 flagged change\(s\) against main\n$/);
    expect(run.status).toBe(3);
    // The worktree is gone, and the working tree is as the user left it.
    expect(git(repo, "worktree", "list").trim().split("\n")).toHaveLength(1);
    expect(git(repo, "status", "--porcelain")).toBe(" M stacks/environments/prod.yaml\n");
  });
});
