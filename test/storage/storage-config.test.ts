import { defaultStorageAccountName } from "../../src/azure/storage-names";
import { configIssuesOf, environmentFromYaml, specErrorOf, synthCluster } from "../helpers";
import { environmentYaml, iaasRequired } from "../network/config-yaml";

const iaas = (name: string, storage = "") =>
  `  - name: ${name}
    type: iaas
    kubernetesVersion: "1.33.5"${iaasRequired()}${storage === "" ? "" : `\n    storage:\n${storage}`}
`;

describe("storage spec", () => {
  it("defaults to a new, public, auto-named account", () => {
    const env = environmentFromYaml(environmentYaml(iaas("edge")));
    const cluster = env.clusters[0];
    expect(cluster.type === "iaas" && cluster.storage).toEqual({
      account: { existing: false },
      container: { existing: false },
      networkAccess: "public",
    });
  });

  it("reads every mode", () => {
    const env = environmentFromYaml(
      environmentYaml(
        iaas(
          "edge",
          `      account: { name: stshared, existing: true, resourceGroup: rg-shared }\n      container: { name: vhds, existing: true }\n      networkAccess: private\n      privateDnsZone: { resourceGroup: rg-dns }`,
        ),
      ),
    );
    const cluster = env.clusters[0];
    expect(cluster.type === "iaas" && cluster.storage).toEqual({
      account: { name: "stshared", existing: true, resourceGroup: "rg-shared" },
      container: { name: "vhds", existing: true },
      networkAccess: "private",
      privateDnsZone: { resourceGroup: "rg-dns", linkVnet: true },
    });
  });

  it("points at the bad name", () => {
    const yaml = environmentYaml(iaas("edge", `      account:\n        name: St_Edge`));
    const line = yaml.split("\n").findIndex((l) => l.includes("St_Edge")) + 1;
    expect(configIssuesOf(yaml)).toEqual([
      { code: "storage-account-name-syntax", path: "clusters[0].storage.account.name", at: `${line}:9` },
    ]);
    expect(specErrorOf(yaml)).toContain('"St_Edge"');
  });

  it("refuses an existing container in a new account", () => {
    expect(configIssuesOf(environmentYaml(iaas("edge", `      container: { name: vhds, existing: true }`)))).toEqual([
      { code: "existing-container-needs-account", path: "clusters[0].storage.container.existing", at: "9:32" },
    ]);
  });

  it("refuses two clusters creating one account name", () => {
    const account = `      account: { name: stpaletteshared }`;
    const twice = environmentYaml(iaas("edge", account) + iaas("edge2", account));
    expect(configIssuesOf(twice)).toEqual([
      { code: "name-taken", path: "clusters[1].storage.account.name", at: "15:18" },
    ]);
    // It names the first place, and the fix.
    expect(specErrorOf(twice)).toContain("stacks/environments/test.yaml:9:18 clusters[0].storage.account.name");
    expect(specErrorOf(twice)).toContain("existing: true");
    const attach = `      account: { name: stpaletteshared, existing: true }`;
    expect(specErrorOf(environmentYaml(iaas("edge", account) + iaas("edge2", attach)))).toBeUndefined();
  });

  it("lets one cluster per resource group create the blob private DNS zone", () => {
    const priv = `      networkAccess: private`;
    const zones = environmentYaml(iaas("edge", priv) + iaas("edge2", priv));
    expect(configIssuesOf(zones)).toEqual([
      { code: "name-taken", path: "clusters[1].storage.networkAccess", at: "15:7" },
    ]);
    expect(specErrorOf(zones)).toContain("stacks/environments/test.yaml:9:7 clusters[0].storage.networkAccess");
    expect(specErrorOf(zones)).toContain("privateDnsZone: { resourceGroup: rg-palette-test }");
    const reuse = `      networkAccess: private\n      privateDnsZone: { resourceGroup: rg-palette-test }`;
    expect(specErrorOf(environmentYaml(iaas("edge", priv) + iaas("edge2", reuse)))).toBeUndefined();
  });

  it("uses the existing blob zone of an existing VNet's resource group, unlinked: a network team's VNet resolves it already", () => {
    const inHub = (subnets: string) =>
      `    network:\n      vnet: { name: vnet-hub, resourceGroup: rg-net, addressSpace: [10.0.0.0/8] }\n      ${subnets}\n`;
    const first =
      iaas("edge", `      networkAccess: private`) +
      inHub("controlPlaneSubnet: { cidr: 10.0.0.0/24 }\n      workerSubnet: { cidr: 10.0.16.0/20 }");
    expect(environmentFromYaml(environmentYaml(first)).clusters[0]).toMatchObject({
      storage: { privateDnsZone: { resourceGroup: "rg-net", linkVnet: false } },
    });
    const json = synthCluster(environmentFromYaml(environmentYaml(first)), "edge");
    expect(json.resource.azurerm_private_dns_zone).toBeUndefined();
    expect(json.resource.azurerm_private_dns_zone_virtual_network_link).toBeUndefined();
    expect(Object.values<any>(json.data.azurerm_private_dns_zone)[0]).toMatchObject({
      name: "privatelink.blob.core.windows.net",
      resource_group_name: "rg-net",
    });
    // Two clusters that both ask to link the zone to one VNet: Azure allows one link per zone and VNet.
    const linking = (name: string, subnets: string) =>
      iaas(name, `      networkAccess: private\n      privateDnsZone: { resourceGroup: rg-dns }`) + inHub(subnets);
    const links = environmentYaml(
      linking("edge", "controlPlaneSubnet: { cidr: 10.0.0.0/24 }\n      workerSubnet: { cidr: 10.0.16.0/20 }") +
        linking("edge2", "controlPlaneSubnet: { cidr: 10.1.0.0/24 }\n      workerSubnet: { cidr: 10.1.16.0/20 }"),
    );
    expect(configIssuesOf(links)).toEqual([
      { code: "name-taken", path: "clusters[1].storage.privateDnsZone", at: "21:7" },
    ]);
    expect(specErrorOf(links)).toContain("stacks/environments/test.yaml:10:7 clusters[0].storage.privateDnsZone");
  });

  it("derives the same account name the construct gets", () => {
    expect(defaultStorageAccountName("test", "edge", "rg-palette-test")).toMatch(/^stedge/);
  });
});
