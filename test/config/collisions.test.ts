/** What two clusters cannot both have, within an environment and across the environment files of a run. */
import { loadErrorOf as loadError, loadIssuesOf } from "../helpers";
import { SSH_KEY } from "../iaas/fixtures";

const env = (clusters: string, top = "resourceGroup: rg-test\n") =>
  `location: westeurope\n${top}clusters:\n${clusters}`;
const edge = (name: string, lines: string) =>
  `  - name: ${name}\n    type: iaas\n    kubernetesVersion: "1.33.5"\n    sshPublicKey: ${SSH_KEY}\n${lines}`;
const hub = (cp: string, worker: string) =>
  `    network:\n      vnet: { name: vnet-hub, resourceGroup: rg-net, addressSpace: [10.0.0.0/8] }\n      controlPlaneSubnet: { cidr: ${cp} }\n      workerSubnet: { cidr: ${worker} }\n`;

describe("collisions across environment files", () => {
  it("names both places of a storage account name, a DNS label or a created resource group", () => {
    const account = "    storage: { account: { name: stpaletteshared } }\n";
    // The line users read names the second place and the first, each as file:line:col key.path.
    expect(loadError({ dev: env(edge("edge", account)), prod: env(edge("edge", account)) })).toBe(
      'stacks/environments/prod.yaml:8:27 clusters[0].storage.account.name: storage account "stpaletteshared" is also created by stacks/environments/dev.yaml:8:27 clusters[0].storage.account.name: account names are unique across Azure: to share it, create it in one cluster and attach it here with existing: true',
    );
    expect(loadIssuesOf({ dev: env(edge("edge", account)), prod: env(edge("edge", account)) })).toEqual([
      {
        code: "name-taken",
        file: "stacks/environments/prod.yaml",
        path: "clusters[0].storage.account.name",
        at: "8:27",
      },
    ]);
    const label = "    apiServer: { dnsLabel: edge-api }\n";
    const labels = { dev: env(edge("edge", label)), prod: env(edge("edge", label)) };
    expect(loadIssuesOf(labels)).toEqual([
      { code: "name-taken", file: "stacks/environments/prod.yaml", path: "clusters[0].apiServer.dnsLabel", at: "8:18" },
    ]);
    expect(loadError(labels)).toContain("stacks/environments/dev.yaml:8:18 clusters[0].apiServer.dnsLabel");
    const created = "resourceGroup: { name: rg-shared, create: true }\n";
    const groups = { dev: env(edge("edge", ""), created), prod: env(edge("edge", ""), created) };
    expect(loadIssuesOf(groups)).toEqual([
      { code: "name-taken", file: "stacks/environments/prod.yaml", path: "resourceGroup", at: "2:1" },
    ]);
    expect(loadError(groups)).toContain("stacks/environments/dev.yaml:2:1 resourceGroup");
  });

  it("refuses overlapping subnets, a shared existing subnet or NSG in one VNet, and leaves apart clusters alone", () => {
    const overlapping = {
      dev: env(edge("edge-a", hub("10.0.0.0/24", "10.0.16.0/20"))),
      prod: env(edge("edge-b", hub("10.0.1.0/24", "10.0.24.0/21"))),
    };
    expect(loadIssuesOf(overlapping)).toEqual([
      {
        code: "ranges-overlap",
        file: "stacks/environments/prod.yaml",
        path: "clusters[0].network.workerSubnet.cidr",
        at: "11:23",
      },
    ]);
    expect(loadError(overlapping)).toContain(
      "10.0.16.0/20, a subnet of stacks/environments/dev.yaml:11:23 clusters[0].network.workerSubnet.cidr",
    );
    expect(
      loadError({
        dev: env(
          edge("edge-a", hub("10.0.0.0/24", "10.0.16.0/20")) + edge("edge-b", hub("10.1.0.0/24", "10.1.16.0/20")),
        ),
      }),
    ).toBeUndefined();
    const adopt = (cidr: string) =>
      `    network:\n      vnet: { name: vnet-hub, resourceGroup: rg-net, addressSpace: [10.0.0.0/8] }\n      controlPlaneSubnet: { cidr: ${cidr}.0.0/24 }\n      workerSubnet: { cidr: ${cidr}.16.0/20, nsg: { name: nsg-workers, existing: true } }\n`;
    const adopting = { dev: env(edge("edge-a", adopt("10.0")) + edge("edge-b", adopt("10.1"))) };
    expect(loadIssuesOf(adopting)).toEqual([
      {
        code: "name-taken",
        file: "stacks/environments/dev.yaml",
        path: "clusters[1].network.workerSubnet.nsg.name",
        at: "19:50",
      },
    ]);
    expect(loadError(adopting)).toContain(
      "stacks/environments/dev.yaml:11:50 clusters[0].network.workerSubnet.nsg.name",
    );
  });
});
