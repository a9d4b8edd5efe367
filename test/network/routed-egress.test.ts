/** Egress the user routes (a firewall, a proxy): what AKS refuses, and what IaaS only warns about. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { synthesize } from "../../src/app/synthesize";
import { configIssuesOf, specErrorOf, tempDir } from "../helpers";
import { environmentYaml, iaasRequired } from "./config-yaml";

const edge = (network: string, extra = "") =>
  environmentYaml(`  - name: edge
    type: iaas
    kubernetesVersion: "1.33.5"${iaasRequired()}${extra}
    network: ${network}`);

const aks = (network: string, extra = "") =>
  environmentYaml(`  - name: apps
    type: aks
    kubernetesVersion: "1.33"${extra}
    network: ${network}`);

const vnet = "vnet: { name: vnet-hub, resourceGroup: rg-net, addressSpace: [10.0.0.0/8] }";
const subnets = "controlPlaneSubnet: { cidr: 10.0.0.0/24 }, workerSubnet: { cidr: 10.1.0.0/24 }";
const proxy = "\n    proxy: { httpsProxy: http://proxy.example.com:3128 }";

/** Synthesizes one environment file as the app does: the warnings it prints, and a stack's JSON. */
function synthesizeYaml(yaml: string): { warnings: string[]; stack: (name: string) => any } {
  const root = tempDir();
  mkdirSync(join(root, "stacks", "environments"), { recursive: true });
  writeFileSync(join(root, "stacks", "environments", "test.yaml"), yaml);
  const { warnings } = synthesize({ repoRoot: root, outdir: join(root, "cdktf.out"), vars: {} });
  return {
    warnings,
    stack: (name) => JSON.parse(readFileSync(join(root, "cdktf.out", "stacks", name, "cdk.tf.json"), "utf8")),
  };
}

const warningsOf = (yaml: string) => synthesizeYaml(yaml).warnings;

describe("routed egress", () => {
  it("needs a route table on a worker subnet this stack creates for AKS, also when a proxy made it the default", () => {
    const routeTable = "clusters[0].network.workerSubnet.routeTable";
    expect(configIssuesOf(aks(`{ ${vnet}, workerSubnet: { cidr: 10.1.0.0/24 }, egress: userDefinedRouting }`))).toEqual(
      [{ code: "route-table-required", path: routeTable, at: "7:93" }],
    );
    const proxied = aks(`{ ${vnet}, workerSubnet: { cidr: 10.1.0.0/24 } }`, proxy);
    expect(configIssuesOf(proxied)).toEqual([{ code: "route-table-required", path: routeTable, at: "8:93" }]);
    // Where the egress came from, since the file does not say it.
    expect(specErrorOf(proxied)).toContain("(egress defaults to userDefinedRouting behind a proxy)");
    expect(
      configIssuesOf(
        aks(
          `{ ${vnet}, egress: userDefinedRouting, workerSubnet: { cidr: 10.1.0.0/24, routeTable: { name: rt-firewall } } }`,
        ),
      ),
    ).toBeUndefined();
  });

  it("only warns for IaaS workers without a proxy (a default route may come from BGP), through the app", () => {
    expect(warningsOf(edge(`{ ${vnet}, ${subnets}, egress: userDefinedRouting }`))).toEqual([
      expect.stringMatching(/^test-edge\/network: network\.workerSubnet\.routeTable: .*\bproxy\b/),
    ]);
    expect(warningsOf(edge(`{ ${vnet}, ${subnets} }`, proxy))).toEqual([]);
    expect(
      warningsOf(
        edge(
          `{ ${vnet}, controlPlaneSubnet: { cidr: 10.0.0.0/24 }, workerSubnet: { cidr: 10.1.0.0/24, routeTable: { name: rt-firewall } }, egress: userDefinedRouting }`,
        ),
      ),
    ).toEqual([]);
  });

  it("names the firewall's address for a restricted AKS API server, or warns", () => {
    const restricted = "\n    apiServer: { authorizedIpRanges: [203.0.113.0/24] }";
    const routed = `{ ${vnet}, egress: userDefinedRouting, workerSubnet: { cidr: 10.1.0.0/24, routeTable: { name: rt-firewall } }`;
    expect(warningsOf(aks(`${routed} }`, restricted))).toEqual([
      expect.stringContaining("name it in network.egressAddresses"),
    ]);
    const named = synthesizeYaml(aks(`${routed}, egressAddresses: [198.51.100.10] }`, restricted));
    expect(named.warnings).toEqual([]);
    const json = named.stack("test-apps");
    expect(
      Object.values<any>(json.resource.azurerm_kubernetes_cluster)[0].api_server_access_profile.authorized_ip_ranges,
    ).toEqual(["203.0.113.0/24", "198.51.100.10/32"]);
  });
});
