/** With restricted apiServerSources, IaaS nodes (which join through the public API load balancer) must still reach it. */
import { Testing } from "cdktf";
import { ClusterStack } from "../../src/app/cluster-stack";
import { environmentFromYaml, specErrorOf, synthCluster } from "../helpers";
import { byName } from "./network-test-stack";
import { environmentYaml, iaasRequired } from "./spec-yaml";

const edge = (network: string) =>
  environmentYaml(`  - name: edge
    type: iaas
    kubernetesVersion: "1.33.5"${iaasRequired()}
    network: ${network}`);

describe("API server access from the cluster's own egress addresses", () => {
  it("allows the NAT gateway's and the API load balancer's addresses next to restricted sources", () => {
    const json = synthCluster(environmentFromYaml(edge("{ apiServerSources: [203.0.113.0/24] }")), "edge");
    const rules = byName(json, "azurerm_network_security_rule");
    expect(rules["allow-apiserver"]).toMatchObject({ priority: 2201, source_address_prefix: "203.0.113.0/24", destination_port_range: "6443" });
    expect(rules["allow-apiserver-from-cluster"]).toMatchObject({
      priority: 2202,
      direction: "Inbound",
      access: "Allow",
      destination_port_range: "6443",
      source_address_prefixes: [
        expect.stringMatching(/^\$\{azurerm_public_ip\.network_nat-gateway-ip_\w+\.ip_address\}$/),
        expect.stringMatching(/^\$\{azurerm_public_ip\.iaas_api_public_ip_\w+\.ip_address\}$/),
      ],
    });
    expect(rules["allow-apiserver-from-cluster"].source_address_prefix).toBeUndefined();
  });

  it("adds nothing when the API server is open to the internet (the default)", () => {
    const rules = byName(synthCluster(environmentFromYaml(edge("{}")), "edge"), "azurerm_network_security_rule");
    expect(Object.keys(rules)).toEqual(["allow-apiserver"]);
  });

  it("keeps priority 2202 for that rule", () => {
    const rule = "{ name: mine, priority: 2202, protocol: Tcp, sources: [10.9.0.0/16], ports: [443] }";
    expect(specErrorOf(edge(`{ apiServerSources: [203.0.113.0/24], controlPlaneSubnet: { securityRules: [${rule}] } }`))).toContain(
      'Inbound priority 2202 is already used by the built-in rule "allow-apiserver-from-cluster"',
    );
    expect(specErrorOf(edge(`{ controlPlaneSubnet: { securityRules: [${rule}] } }`))).toBeUndefined();
  });
});

describe("routed egress", () => {
  const aks = (network: string) =>
    `location: westeurope
resourceGroup: rg-test
clusters:
  - name: apps
    type: aks
    kubernetesVersion: "1.33"
    network: ${network}
`;
  const vnet = "vnet: { name: vnet-hub, resourceGroup: rg-net, addressSpace: [10.0.0.0/8] }";

  it("needs a route table on a worker subnet this stack creates", () => {
    expect(specErrorOf(aks(`{ ${vnet}, egress: userDefinedRouting }`))).toContain(
      "clusters[0].network.workerSubnet.routeTable: egress userDefinedRouting needs a route table on the worker subnet (AKS refuses outbound type userDefinedRouting on a subnet without one)",
    );
    expect(specErrorOf(aks(`{ ${vnet}, egress: userDefinedRouting, workerSubnet: { routeTable: { name: rt-firewall } } }`))).toBeUndefined();
  });

  it("only warns for IaaS workers (a default route may come from BGP), at synth", () => {
    const env = environmentFromYaml(edge(`{ ${vnet}, egress: userDefinedRouting }`));
    const stack = new ClusterStack(Testing.app(), { environment: env, cluster: env.clusters[0] });
    const warnings = stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
    expect(warnings).toEqual([expect.stringContaining("clusters[0].network.workerSubnet: egress userDefinedRouting without a route table")]);
    const routed = environmentFromYaml(edge(`{ ${vnet}, egress: userDefinedRouting, workerSubnet: { routeTable: { name: rt-firewall } } }`));
    const quiet = new ClusterStack(Testing.app(), { environment: routed, cluster: routed.clusters[0] });
    expect(quiet.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === "@cdktf/warn")).toEqual([]);
  });
});
