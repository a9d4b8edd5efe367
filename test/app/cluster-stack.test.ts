import { defaultEnvironment, environmentFromYaml, synthCluster } from "../helpers";

describe("ClusterStack", () => {
  it("pins the fully qualified azurerm provider and keeps credentials out", () => {
    const json = synthCluster(defaultEnvironment("dev"), "apps");
    expect(json.terraform.required_providers.azurerm).toEqual({ source: "hashicorp/azurerm", version: "4.55.0" });
    // Storage accounts through Azure Resource Manager only: a private account's data planes refuse the runner.
    expect(json.provider.azurerm).toEqual([{ features: [{ storage: [{ data_plane_available: false }] }] }]);
    expect(JSON.stringify(json)).not.toMatch(/subscription_id|client_secret|access_key/);
  });

  it("looks up an existing resource group once per stack", () => {
    const json = synthCluster(defaultEnvironment("dev"), "apps");
    expect(Object.keys(json.data.azurerm_resource_group)).toEqual(["resource_group"]);
    expect(json.data.azurerm_resource_group.resource_group.name).toBe("rg-palette-dev");
    expect(json.resource?.azurerm_resource_group).toBeUndefined();
  });

  it("creates and tags the resource group when the spec says create", () => {
    const env = environmentFromYaml(`
location: northeurope
resourceGroup: { name: rg-new, create: true }
tags: { owner: env-team, tier: gold }
clusters:
  - { name: one, type: aks, kubernetesVersion: "1.33", tags: { owner: cluster-team } }
`);
    const json = synthCluster(env, "one");
    expect(json.data?.azurerm_resource_group).toBeUndefined();
    expect(json.resource.azurerm_resource_group.resource_group).toMatchObject({
      name: "rg-new",
      location: "northeurope",
      tags: { owner: "cluster-team", tier: "gold" },
    });
  });
});
