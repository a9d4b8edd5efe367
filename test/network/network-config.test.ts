import { configIssuesOf, environmentFromYaml, specErrorOf } from "../helpers";
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
    const yaml = iaas(`      controlPlaneSubnet:
        cidr: 10.0.0.0/16
      workerSubnet:
        cidr: 10.0.128.0/17`);
    expect(configIssuesOf(yaml)).toEqual([
      { code: "subnets-overlap", path: "clusters[0].network.workerSubnet.cidr", at: "12:9" },
    ]);
    // It names the subnet it overlaps and a free range (the fix).
    expect(specErrorOf(yaml)).toContain("10.0.0.0/16");
    expect(specErrorOf(yaml)).toContain("10.1.0.0/16 is free");
  });

  it("reports the rules of security rules at their keys", () => {
    const yaml = aks(`      workerSubnet:
        securityRules:
          - name: allow-metrics
            priority: 5000
            protocol: Tcp
            sources: [10.50.0.0/16, VirtualNetwork]
            ports: ["9100-9000"]`);
    const rule = "clusters[0].network.workerSubnet.securityRules[0]";
    expect(configIssuesOf(yaml)).toEqual([
      { code: "security-rule-priority", path: `${rule}.priority`, at: "11:13" },
      { code: "address-list-tag-alone", path: `${rule}.sources`, at: "13:13" },
      { code: "port-range-order", path: `${rule}.ports[0]`, at: "14:21" },
    ]);
    expect(specErrorOf(yaml)).toContain('"VirtualNetwork"');
  });

  it("wants the address space of an existing VNet, pointing at the vnet block", () => {
    expect(
      configIssuesOf(
        aks(`      vnet: { name: vnet-hub, resourceGroup: rg-network }\n      workerSubnet: { cidr: 10.20.1.0/24 }`),
      ),
    ).toEqual([{ code: "existing-vnet-address-space", path: "clusters[0].network.vnet.addressSpace", at: "8:7" }]);
  });

  it("refuses unknown keys and unknown egress values", () => {
    expect(configIssuesOf(aks(`      egress: internet`))).toEqual([
      { code: "not-one-of", path: "clusters[0].network.egress", at: "8:7" },
    ]);
    expect(configIssuesOf(aks(`      workerSubnet: { cidrs: [10.1.0.0/16] }`))).toEqual([
      { code: "unknown-key", path: "clusters[0].network.workerSubnet.cidrs", at: "8:23" },
    ]);
  });

  it("keeps 2201 for the API server rule on IaaS control planes", () => {
    const rule = `          - { name: r, priority: 2201, protocol: Tcp, sources: [10.9.0.0/16], ports: [9100] }`;
    const yaml = iaas(`      controlPlaneSubnet:\n        securityRules:\n${rule}`);
    expect(configIssuesOf(yaml)).toEqual([
      {
        code: "security-rule-priority-duplicate",
        path: "clusters[0].network.controlPlaneSubnet.securityRules[0].priority",
        at: "11:24",
      },
    ]);
    expect(specErrorOf(yaml)).toContain('"allow-apiserver"');
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
    expect(configIssuesOf(yaml)).toEqual([
      { code: "subnet-cidr-required", path: "clusters[0].network.workerSubnet.cidr", at: "7:5" },
    ]);
    expect(specErrorOf(yaml)).toContain('VNet vnet-pcg (inherited from privateCloudGateways "pcg-test")');
  });
});

describe("network spec on AKS", () => {
  it("points AKS users who restrict apiServerSources at the AKS setting, and has no control-plane subnet", () => {
    expect(configIssuesOf(aks(`      apiServerSources: [203.0.113.0/24]`))).toEqual([
      { code: "aks-no-control-plane-subnet", path: "clusters[0].network.apiServerSources", at: "8:7" },
    ]);
    // The fix: the AKS setting that restricts the API server.
    expect(specErrorOf(aks(`      apiServerSources: [203.0.113.0/24]`))).toContain("apiServer.authorizedIpRanges");
    expect(configIssuesOf(aks(`      controlPlaneSubnet: { cidr: 10.0.0.0/24 }`))).toEqual([
      { code: "aks-no-control-plane-subnet", path: "clusters[0].network.controlPlaneSubnet", at: "8:7" },
    ]);
  });
});
