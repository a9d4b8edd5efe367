/** Pod and service ranges against the VNet and every network the spec names (issue 9, item 12). */
import { DEFAULT_POD_CIDR, DEFAULT_SERVICE_CIDR } from "../../src/azure/iaas-defaults";
import { AKS_DEFAULTS } from "../../src/azure/aks-model";
import { cidrsOverlap, parseCidr } from "../../src/azure/cidr";
import { DEFAULT_VNET_ADDRESS_SPACE } from "../../src/azure/network-plan";
import { specErrorOf } from "../helpers";
import { iaasEnvironment } from "../iaas/fixtures";

const aks = (lines: string, top = "") => `location: westeurope
resourceGroup: rg-test
${top}clusters:
  - name: apps
    type: aks
    kubernetesVersion: "1.33"
${lines}`;

describe("pod and service ranges", () => {
  it("default clear of the default VNet and of 172.16/12 and 10/8 networks people peer with", () => {
    for (const range of [AKS_DEFAULTS.serviceCidr, AKS_DEFAULTS.podCidr, DEFAULT_SERVICE_CIDR, DEFAULT_POD_CIDR]) {
      for (const other of [...DEFAULT_VNET_ADDRESS_SPACE, "172.16.0.0/12"])
        expect({ range, other, overlap: cidrsOverlap(parseCidr(range)!, parseCidr(other)!) }).toEqual({
          range,
          other,
          overlap: false,
        });
    }
  });

  it("must not hide an SSH source, an API source or a firewall address (IaaS)", () => {
    expect(specErrorOf(iaasEnvironment("    network: { sshSources: [100.64.250.0/27] }\n"))).toBe(
      "stacks/environments/test.yaml:9:29 clusters[0].clusterNetwork.serviceCidr: 100.64.0.0/16 overlaps 100.64.250.0/27 (network.sshSources[0]): the service range would hide those addresses from every node and pod; pick a service range clear of it",
    );
    expect(specErrorOf(iaasEnvironment("    network: { apiServerSources: [192.168.10.0/24] }\n"))).toContain(
      "clusters[0].clusterNetwork.podCidr: 192.168.0.0/16 overlaps 192.168.10.0/24 (network.apiServerSources[0])",
    );
    expect(specErrorOf(iaasEnvironment("    clusterNetwork: { serviceCidr: 10.96.0.0/12 }\n"))).toContain(
      "clusters[0].clusterNetwork.serviceCidr: 10.96.0.0/12 overlaps 10.0.0.0/8 (the VNet's address space)",
    );
  });

  it("must not hide authorized API clients, NO_PROXY networks or a gateway's VNet (AKS)", () => {
    expect(specErrorOf(aks("    apiServer: { authorizedIpRanges: [100.64.9.0/24] }\n"))).toContain(
      "clusters[0].networkProfile.serviceCidr: 100.64.0.0/16 overlaps 100.64.9.0/24 (apiServer.authorizedIpRanges[0])",
    );
    const vnet =
      "    network: { vnet: { name: spoke, resourceGroup: rg, addressSpace: [10.0.0.0/16] }, workerSubnet: { cidr: 10.0.1.0/24, routeTable: { name: rt } } }\n";
    expect(
      specErrorOf(aks(`${vnet}    proxy: { httpsProxy: "http://p:3128", noProxy: [192.168.100.0/24] }\n`)),
    ).toContain("clusters[0].networkProfile.podCidr: 192.168.0.0/16 overlaps 192.168.100.0/24 (proxy.noProxy[0])");
    const gateway =
      "privateCloudGateways:\n  - name: pcg\n    vnet: { name: pcg-vnet, resourceGroup: rg, addressSpace: [100.64.128.0/20] }\n    proxy: { httpsProxy: http://proxy:3128 }\n";
    expect(specErrorOf(aks(vnet, gateway))).toContain(
      'clusters[0].networkProfile.serviceCidr: 100.64.0.0/16 overlaps 100.64.128.0/20 (the VNet of privateCloudGateways "pcg", where its proxy is)',
    );
  });
});
