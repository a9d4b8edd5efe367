/**
 * Names derived from the spec are part of the deployed infrastructure: a changed derivation renames,
 * so replaces, every resource that carries one (a storage account and the VHDs in it). Pinned here
 * as literals, so a change of the derivation is a deliberate one.
 */
import { aksClusterName, resourceName, stackName } from "../../src/azure/names";
import { defaultContainerName, defaultStorageAccountName } from "../../src/azure/storage-names";

describe("derived names", () => {
  it.each([
    ["dev", "edge", "rg-palette-dev", "stedge410e3bce8181726e63"],
    ["staging", "edge", "rg-palette-staging", "stedgeb87f050c9b75952345"],
    ["prod", "edge", "rg-palette-prod", "stedge6652010d6d2c1b0198"],
    ["prod", "a-very-long-name", "rg", "staverylonf0e5f565bb44e7"],
  ])("storage account of %s/%s in %s", (environment, cluster, group, expected) => {
    expect(defaultStorageAccountName(environment, cluster, group)).toBe(expected);
  });

  it("of everything else, from cluster and environment", () => {
    expect(resourceName("edge", "prod", "apiserver-lb")).toBe("edge-prod-apiserver-lb");
    expect(aksClusterName("apps", "prod")).toBe("apps-prod-aks");
    expect(defaultContainerName("prod", "edge")).toBe("edge-prod-vhds");
    expect(stackName("prod", "edge")).toBe("prod-edge");
  });
});
