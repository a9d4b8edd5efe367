/** A synthesis loads the stack classes (and their provider bindings) of the selected cluster types only. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROCESS_TIMEOUT_MS, REPO_ROOT, tempDir } from "../helpers";

/** Synthesizes PALETTE_STACK in a fresh node and lists the provider/stack modules it loaded. */
function loadedBy(stack: string): string[] {
  const script = `
    const { synthesize } = require(${JSON.stringify(join(REPO_ROOT, "src/app/synthesize.ts"))});
    synthesize({ repoRoot: ${JSON.stringify(REPO_ROOT)}, outdir: ${JSON.stringify(join(tempDir(), "out"))}, vars: { PALETTE_STACK: ${JSON.stringify(stack)} } });
    console.log(JSON.stringify(Object.keys(require.cache)));`;
  const run = spawnSync(process.execPath, ["--require", require.resolve("tsx/cjs"), "-e", script], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    timeout: PROCESS_TIMEOUT_MS,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return (JSON.parse(run.stdout) as string[]).filter((m) =>
    /stacks\/[\w-]+-stack|provider-\w+\/lib\/[\w-]+\/index/.test(m),
  );
}

it("an IaaS cluster without packs loads neither the AKS stack nor the kubernetes provider", () => {
  const loaded = loadedBy("dev-edge");
  expect(loaded.some((m) => m.includes("src/stacks/iaas-cluster-stack"))).toBe(true);
  expect(
    loaded.filter((m) => /aks-cluster-stack|packs-stack|provider-kubernetes|lib\/kubernetes-cluster\//.test(m)),
  ).toEqual([]);
});
