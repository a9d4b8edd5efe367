import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadEnvironments, synthesize } from "../../src/app/synthesize";
import { planFleet, writeFleet } from "../../scripts/fleet";
import { tempDir } from "../helpers";

/** Every file under `dir`, path -> text. */
function filesOf(dir: string, at = ""): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(dir, at), { withFileTypes: true }).flatMap((entry) => {
      const path = join(at, entry.name);
      return entry.isDirectory() ? Object.entries(filesOf(dir, path)) : [[path, readFileSync(join(dir, path), "utf8")]];
    }),
  );
}

describe("scripts/fleet.ts", () => {
  test("a fleet of 12 clusters synthesizes: one stack per cluster, AKS and IaaS, several environments", () => {
    const root = tempDir("palette-fleet-");
    const fleet = writeFleet(root, 12);
    const outdir = join(root, "cdktf.out");
    const { stacks } = synthesize({ repoRoot: root, outdir, vars: {} });

    const clusterStacks = stacks.filter((s) => !s.endsWith("-packs") && !s.endsWith("-shared"));
    expect(clusterStacks).toHaveLength(12);
    expect(new Set(clusterStacks)).toEqual(new Set(fleet.clusters.map((c) => c.stack)));
    expect(stacks.filter((s) => s.endsWith("-packs")).sort()).toEqual(
      fleet.clusters
        .filter((c) => c.packs)
        .map((c) => `${c.stack}-packs`)
        .sort(),
    );
    expect(fleet.clusters.some((c) => c.packs)).toBe(true);
    expect(new Set(fleet.clusters.map((c) => c.environment)).size).toBeGreaterThanOrEqual(4);
    expect(readdirSync(join(root, "stacks", "environments")).sort()).toEqual(
      fleet.environments.map((e) => `${e}.yaml`).sort(),
    );

    // The type is what was synthesized, not only what the generator says.
    const json = (stack: string) => JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
    const synthesizedTypes = fleet.clusters.map((c) =>
      json(c.stack).resource.azurerm_kubernetes_cluster !== undefined ? "aks" : "iaas",
    );
    expect(synthesizedTypes).toEqual(fleet.clusters.map((c) => c.type));
    expect(synthesizedTypes.filter((t) => t === "aks")).toHaveLength(6);
    expect(synthesizedTypes.filter((t) => t === "iaas")).toHaveLength(6);
    expect(new Set(fleet.clusters.map((c) => c.template))).toEqual(new Set(["dev", "staging", "prod"]));
  });

  test("the same arguments write the same bytes", () => {
    const [a, b] = [tempDir("palette-fleet-"), tempDir("palette-fleet-")];
    writeFleet(a, 30);
    writeFleet(b, 30);
    expect(filesOf(a)).toEqual(filesOf(b));
  });

  test("300 clusters load as the app loads them: names and shared address ranges do not collide", () => {
    const root = tempDir("palette-fleet-");
    const fleet = writeFleet(root, 300);
    const environments = loadEnvironments(root, {}, {});
    expect(environments.flatMap((e) => e.clusters)).toHaveLength(300);
    expect(new Set(fleet.clusters.map((c) => c.stack)).size).toBe(300);
    expect(fleet.environments).toHaveLength(6);
    expect(fleet.clusters.filter((c) => c.type === "aks")).toHaveLength(150);
    // Prod-shaped environments place 25 AKS clusters in their gateway's VNet: more than one /16 of /20 subnets.
    const prod = environments.find((e) => e.name === "prod1")!;
    expect(prod.privateCloudGateways[0].vnet.addressSpace.length).toBeGreaterThan(1);
  });

  test("environments are spread evenly, half the clusters AKS", () => {
    const layout = (n: number) => {
      const fleet = planFleet(n);
      return { environments: fleet.environments.length, aks: fleet.clusters.filter((c) => c.type === "aks").length };
    };
    expect(layout(1)).toEqual({ environments: 1, aks: 1 });
    expect(layout(10)).toEqual({ environments: 5, aks: 5 });
    expect(layout(100)).toEqual({ environments: 6, aks: 50 });
    expect(() => planFleet(0)).toThrow(/whole number/);
  });
});
