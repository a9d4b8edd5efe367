import { environmentFromYaml, specErrorOf } from "../helpers";
import { environmentYaml, iaasRequired } from "./config-yaml";

const aks = (network: string) =>
  environmentYaml(`  - name: apps
    type: aks
    kubernetesVersion: "1.33"
    network:
${network}`);

/** An IaaS cluster whose network block starts on line 9. */
const iaas = (network: string) =>
  environmentYaml(`  - name: edge
    type: iaas
    kubernetesVersion: "1.33.5"${iaasRequired()}
    network:
${network}`);

describe("network spec", () => {
  it("defaults to CAPZ's dynamic placement with load balancer egress; AKS gets no control-plane subnet", () => {
    const env = environmentFromYaml(
      environmentYaml(`  - { name: apps, type: aks, kubernetesVersion: "1.33" }
  - { name: edge, type: iaas, kubernetesVersion: "1.33.5"${iaasRequired("").replace("\n", ", ").replace(": ", ': "')}" }`),
    );
    expect(env.clusters[1].network).toMatchObject({
      vnet: { addressSpace: ["10.0.0.0/8"] },
      controlPlaneSubnet: { cidr: "10.0.0.0/16", existing: false, nsg: { existing: false }, securityRules: [] },
      workerSubnet: { cidr: "10.1.0.0/16", existing: false },
      apiServerSources: ["*"],
      sshSources: [],
      egress: "loadBalancer",
    });
    expect(env.clusters[0].network).toMatchObject({
      controlPlaneSubnet: undefined,
      apiServerSources: [],
      egress: "loadBalancer",
    });
  });

  it("reads static placement with existing subnets, adopted NSGs and rules (ports may be numbers)", () => {
    const env = environmentFromYaml(
      aks(`      vnet: { name: vnet-hub, resourceGroup: rg-network, addressSpace: [10.20.0.0/16] }
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
    expect(network.workerSubnet.securityRules[0]).toMatchObject({
      direction: "Inbound",
      access: "Allow",
      ports: ["443", "8443"],
      destinations: ["*"],
    });
    expect(network.egress).toBe("userDefinedRouting");
  });

  it("points at the line of the offending value", () => {
    expect(
      specErrorOf(
        iaas(`      controlPlaneSubnet:
        cidr: 10.0.0.0/16
      workerSubnet:
        cidr: 10.0.128.0/17`),
      ),
    ).toBe(
      "stacks/environments/test.yaml:12:9 clusters[0].network.workerSubnet.cidr: 10.0.128.0/17 overlaps the control-plane subnet 10.0.0.0/16; for example 10.1.0.0/16 is free after it",
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
    expect(
      specErrorOf(
        aks(`      vnet: { name: vnet-hub, resourceGroup: rg-network }\n      workerSubnet: { cidr: 10.20.1.0/24 }`),
      ),
    ).toBe(
      "stacks/environments/test.yaml:8:7 clusters[0].network.vnet.addressSpace: an existing VNet needs its address space here (static placement), so subnets can be checked against it",
    );
  });

  it("refuses unknown keys and unknown egress values", () => {
    expect(specErrorOf(aks(`      egress: internet`))).toMatch(/clusters\[0\]\.network\.egress: /);
    expect(specErrorOf(aks(`      workerSubnet: { cidrs: [10.1.0.0/16] }`))).toBe(
      'stacks/environments/test.yaml:8:23 clusters[0].network.workerSubnet.cidrs: unknown key "cidrs"',
    );
  });

  it("keeps 2201 for the API server rule on IaaS control planes", () => {
    const rule = `          - { name: r, priority: 2201, protocol: Tcp, sources: [10.9.0.0/16], ports: [9100] }`;
    expect(specErrorOf(iaas(`      controlPlaneSubnet:\n        securityRules:\n${rule}`))).toMatch(
      /clusters\[0\]\.network\.controlPlaneSubnet\.securityRules\[0\]\.priority: Inbound priority 2201 is already used by the built-in rule "allow-apiserver"/,
    );
  });

  it("requires subnet CIDRs in a gateway's VNet and says where the VNet comes from", () => {
    const yaml = `location: westeurope
resourceGroup: rg-palette-test
privateCloudGateways:
  - name: pcg-test
    vnet: { name: vnet-pcg, resourceGroup: rg-network, addressSpace: [10.50.0.0/16] }
clusters:
  - { name: apps, type: aks, kubernetesVersion: "1.33" }
`;
    expect(specErrorOf(yaml)).toBe(
      'stacks/environments/test.yaml:7:5 clusters[0].network.workerSubnet.cidr: is required: VNet vnet-pcg (inherited from privateCloudGateways "pcg-test") is not this cluster\'s own, so no default can know which addresses are free in it',
    );
  });
});

describe("network spec on AKS", () => {
  it("points AKS users who restrict apiServerSources at the AKS setting, and has no control-plane subnet", () => {
    expect(specErrorOf(aks(`      apiServerSources: [203.0.113.0/24]`))).toBe(
      "stacks/environments/test.yaml:8:7 clusters[0].network.apiServerSources: AKS hosts its control plane outside the VNet: there is no control-plane subnet or NSG; remove apiServerSources and restrict the API server with apiServer.authorizedIpRanges",
    );
    expect(specErrorOf(aks(`      controlPlaneSubnet: { cidr: 10.0.0.0/24 }`))).toMatch(
      /^stacks\/environments\/test\.yaml:8:7 clusters\[0\]\.network\.controlPlaneSubnet: AKS hosts its control plane/,
    );
  });
});
