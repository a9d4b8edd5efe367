import { environmentFromYaml, specErrorOf } from "../helpers";
import { environmentYaml, iaasRequired } from "./spec-yaml";

const aks = (network: string) =>
  environmentYaml(`  - name: apps
    type: aks
    kubernetesVersion: "1.33"
    network:
${network}`);

describe("network spec", () => {
  it("defaults to CAPZ's dynamic placement with a NAT gateway", () => {
    const env = environmentFromYaml(environmentYaml(`  - { name: apps, type: aks, kubernetesVersion: "1.33" }`));
    expect(env.clusters[0].network).toMatchObject({
      vnet: { addressSpace: ["10.0.0.0/8"] },
      controlPlaneSubnet: { cidr: "10.0.0.0/16", existing: false, nsg: { existing: false }, securityRules: [] },
      workerSubnet: { cidr: "10.1.0.0/16", existing: false },
      apiServerSources: ["*"],
      sshSources: [],
      egress: "natGateway",
    });
  });

  it("reads static placement with existing subnets, adopted NSGs and rules (ports may be numbers)", () => {
    const env = environmentFromYaml(
      aks(`      vnet: { name: vnet-hub, resourceGroup: rg-network, addressSpace: [10.20.0.0/16] }
      controlPlaneSubnet: { name: snet-cp, existing: true, cidr: 10.20.0.0/24, nsg: { name: nsg-cp, existing: true } }
      workerSubnet:
        name: snet-nodes
        existing: true
        cidr: 10.20.1.0/24
        nsg: { name: nsg-nodes, existing: true }
        securityRules:
          - { name: allow-https, priority: 300, protocol: Tcp, sources: [AzureLoadBalancer], ports: [443, "8443"] }
      egress: userDefinedRouting`),
    );
    const { network } = env.clusters[0];
    expect(network.vnet).toEqual({ name: "vnet-hub", resourceGroup: "rg-network", addressSpace: ["10.20.0.0/16"] });
    expect(network.workerSubnet.securityRules[0]).toMatchObject({ direction: "Inbound", access: "Allow", ports: ["443", "8443"], destinations: ["*"] });
    expect(network.egress).toBe("userDefinedRouting");
  });

  it("points at the line of the offending value", () => {
    expect(
      specErrorOf(
        aks(`      controlPlaneSubnet:
        cidr: 10.0.0.0/16
      workerSubnet:
        cidr: 10.0.128.0/17`),
      ),
    ).toBe(
      "stacks/environments/test.yaml:11:9 clusters[0].network.workerSubnet.cidr: 10.0.128.0/17 overlaps the control-plane subnet 10.0.0.0/16; for example 10.1.0.0/16 is free after it",
    );
  });

  it("reports the rules of security rules at their keys", () => {
    expect(
      specErrorOf(
        aks(`      workerSubnet:
        securityRules:
          - name: allow-metrics
            priority: 5000
            protocol: Tcp
            sources: [10.50.0.0/16, VirtualNetwork]
            ports: ["9100-9000"]`),
      ),
    ).toBe(
      [
        "stacks/environments/test.yaml:11:13 clusters[0].network.workerSubnet.securityRules[0].priority: priority 5000 is not an integer from 100 to 4096",
        'stacks/environments/test.yaml:13:13 clusters[0].network.workerSubnet.securityRules[0].sources: "VirtualNetwork" must be the only entry: Azure accepts either one service tag or *, or a list of addresses and CIDRs',
        "stacks/environments/test.yaml:14:21 clusters[0].network.workerSubnet.securityRules[0].ports[0]: 9100-9000: the range starts after it ends",
      ].join("\n"),
    );
  });

  it("wants the address space of an existing VNet, pointing at the vnet block", () => {
    expect(specErrorOf(aks(`      vnet: { name: vnet-hub, resourceGroup: rg-network }`))).toBe(
      "stacks/environments/test.yaml:8:7 clusters[0].network.vnet.addressSpace: an existing VNet needs its address space here (static placement), so subnets can be checked against it",
    );
  });

  it("refuses unknown keys and unknown egress values", () => {
    expect(specErrorOf(aks(`      egress: loadBalancer`))).toMatch(/clusters\[0\]\.network\.egress: /);
    expect(specErrorOf(aks(`      workerSubnet: { cidrs: [10.1.0.0/16] }`))).toBe(
      'stacks/environments/test.yaml:8:23 clusters[0].network.workerSubnet.cidrs: unknown key "cidrs"',
    );
  });

  it("opens the API server port on IaaS control planes only, so 2201 is free on AKS", () => {
    const rule = `          - { name: r, priority: 2201, protocol: Tcp, sources: [10.9.0.0/16], ports: [9100] }`;
    expect(specErrorOf(aks(`      controlPlaneSubnet:\n        securityRules:\n${rule}`))).toBeUndefined();
    const iaas = environmentYaml(`  - name: edge
    type: iaas
    kubernetesVersion: "1.33.5"${iaasRequired()}
    network:
      controlPlaneSubnet:
        securityRules:
${rule}`);
    expect(specErrorOf(iaas)).toMatch(/clusters\[0\]\.network\.controlPlaneSubnet\.securityRules\[0\]\.priority: Inbound priority 2201 is already used by the built-in rule "allow-apiserver"/);
  });
});

describe("network spec on AKS", () => {
  it("points AKS users who restrict apiServerSources at the AKS setting", () => {
    const yaml = environmentYaml(`  - name: apps
    type: aks
    kubernetesVersion: "1.33"
    network:
      apiServerSources: [203.0.113.0/24]`);
    expect(specErrorOf(yaml)).toBe(
      "stacks/environments/test.yaml:8:7 clusters[0].network.apiServerSources: apiServerSources opens the API server port on the control-plane NSG of IaaS clusters; AKS hosts its API server itself: restrict it with apiServer.authorizedIpRanges",
    );
  });
});
