/**
 * `npm run force-delete -- <stack> [--yes]`: delete what the cluster made outside Terraform (found by its
 * tags), then `cdktf destroy <stack>`. Dry run without --yes. docs/deleting-clusters.md.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { runForceDelete } from "../src/ops/force-delete";

process.exitCode = runForceDelete({
  argv: process.argv.slice(2),
  outdir: resolve(process.cwd(), process.env.CDKTF_OUTDIR ?? "cdktf.out"),
  az: (args) => {
    const run = spawnSync("az", [...args], { encoding: "utf8" });
    if (run.error) throw new Error(`az: ${run.error.message} (the Azure CLI, signed in: az login)`);
    if (run.status !== 0) throw new Error(run.stderr.trim() || `az exited ${run.status}`);
    return run.stdout;
  },
  destroy: (stack) => spawnSync("npx", ["cdktf", "destroy", stack, "--auto-approve"], { stdio: "inherit" }).status ?? 1,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
