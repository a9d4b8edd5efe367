import { App } from "cdktf";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addEnvironmentStacks } from "../../src/app/environment-app";
import { configIssuesOf, defaultEnvironment, environmentFromYaml, synthCluster, tempDir } from "../helpers";

describe("ClusterStack", () => {
  it("pins the fully qualified azurerm provider and keeps credentials out", () => {
    const json = synthCluster(defaultEnvironment("dev"), "apps");
    expect(json.terraform.required_providers.azurerm).toEqual({ source: "hashicorp/azurerm", version: "4.55.0" });
    // Storage accounts through Azure Resource Manager only: a private account's data planes refuse the runner;
    // blob writes with Entra ID: the accounts refuse shared keys.
    expect(json.provider.azurerm).toEqual([
      { features: [{ storage: [{ data_plane_available: false }] }], storage_use_azuread: true },
    ]);
    expect(JSON.stringify(json)).not.toMatch(/subscription_id|client_secret|access_key/);
  });

  it("looks up an existing resource group once per stack", () => {
    const json = synthCluster(defaultEnvironment("dev"), "apps");
    expect(Object.keys(json.data.azurerm_resource_group)).toEqual(["resource_group"]);
    expect(json.data.azurerm_resource_group.resource_group.name).toBe("rg-palette-dev");
    expect(json.resource?.azurerm_resource_group).toBeUndefined();
  });

  it("creates a resource group the spec asks for in the environment's shared stack, which every cluster depends on", () => {
    const env = environmentFromYaml(`
location: northeurope
resourceGroup: { name: rg-new, create: true }
tags: { owner: env-team, tier: gold }
clusters:
  - { name: one, type: aks, kubernetesVersion: "1.33", tags: { owner: cluster-team } }
  - { name: two, type: aks, kubernetesVersion: "1.33" }
`);
    const outdir = tempDir();
    const app = new App({ outdir, skipValidation: true });
    expect(addEnvironmentStacks(app, [env])).toEqual(["test-shared", "test-one", "test-two"]);
    app.synth();
    const stack = (name: string) => JSON.parse(readFileSync(join(outdir, "stacks", name, "cdk.tf.json"), "utf8"));
    expect(stack("test-shared").resource.azurerm_resource_group.resource_group).toMatchObject({
      name: "rg-new",
      location: "northeurope",
      tags: { owner: "env-team", tier: "gold" },
    });
    for (const cluster of ["test-one", "test-two"]) {
      // Only the shared stack declares the group: no "already exists" on the second cluster, no destroy of it with one.
      expect(stack(cluster).resource.azurerm_resource_group).toBeUndefined();
      expect(stack(cluster).data.azurerm_resource_group.resource_group.name).toBe("rg-new");
    }
    const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8"));
    expect(manifest.stacks["test-one"].dependencies).toEqual(["test-shared"]);
    expect(
      configIssuesOf(
        `location: westeurope\nresourceGroup: rg\nclusters:\n  - { name: shared, type: aks, kubernetesVersion: "1.33" }\n`,
      ),
    ).toEqual([{ code: "cluster-name-reserved", path: "clusters[0].name", at: "4:7" }]);
  });
});
