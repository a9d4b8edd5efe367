/** Pod and service ranges against the VNet and every network the spec names (issue 9, item 12). */
import { DEFAULT_POD_CIDR, DEFAULT_SERVICE_CIDR } from "../../src/azure/iaas-defaults";
import { AKS_DEFAULTS } from "../../src/azure/aks-model";
import { cidrsOverlap, parseCidr } from "../../src/azure/cidr";
import { DEFAULT_VNET_ADDRESS_SPACE } from "../../src/azure/network-plan";
import { configIssuesOf, specErrorOf } from "../helpers";
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

  /** The one issue of `yaml`, which must be `range-hides-network` at `path` and name `hidden`. */
  const hides = (yaml: string, path: string, at: string, hidden: string) => {
    expect(configIssuesOf(yaml)).toEqual([{ code: "range-hides-network", path, at }]);
    expect(specErrorOf(yaml)).toContain(hidden);
  };

  it("must not hide an SSH source, an API source or a firewall address (IaaS)", () => {
    // A default range is located at the value it clashes with.
    hides(
      iaasEnvironment("    network: { sshSources: [100.64.250.0/27] }\n"),
      "clusters[0].clusterNetwork.serviceCidr",
      "9:29",
      "100.64.250.0/27 (network.sshSources[0])",
    );
    hides(
      iaasEnvironment("    network: { apiServerSources: [192.168.10.0/24] }\n"),
      "clusters[0].clusterNetwork.podCidr",
      "9:35",
      "192.168.10.0/24 (network.apiServerSources[0])",
    );
    hides(
      iaasEnvironment("    clusterNetwork: { serviceCidr: 10.96.0.0/12 }\n"),
      "clusters[0].clusterNetwork.serviceCidr",
      "9:23",
      "10.0.0.0/8 (the VNet's address space)",
    );
  });

  it("0.0.0.0/0 is anywhere, as * is: no network a range could hide", () => {
    expect(configIssuesOf(iaasEnvironment("    network: { apiServerSources: [0.0.0.0/0] }\n"))).toBeUndefined();
    expect(configIssuesOf(aks("    apiServer: { authorizedIpRanges: [0.0.0.0/0] }\n"))).toBeUndefined();
  });

  it("must not hide authorized API clients, NO_PROXY networks or a gateway's VNet (AKS)", () => {
    hides(
      aks("    apiServer: { authorizedIpRanges: [100.64.9.0/24] }\n"),
      "clusters[0].networkProfile.serviceCidr",
      "7:39",
      "100.64.9.0/24 (apiServer.authorizedIpRanges[0])",
    );
    const vnet =
      "    network: { vnet: { name: spoke, resourceGroup: rg, addressSpace: [10.0.0.0/16] }, workerSubnet: { cidr: 10.0.1.0/24, routeTable: { name: rt } } }\n";
    hides(
      aks(`${vnet}    proxy: { httpsProxy: "http://p:3128", noProxy: [192.168.100.0/24] }\n`),
      "clusters[0].networkProfile.podCidr",
      "4:5",
      "192.168.100.0/24 (proxy.noProxy[0])",
    );
    const gateway =
      "privateCloudGateways:\n  - name: pcg\n    vnet: { name: pcg-vnet, resourceGroup: rg, addressSpace: [100.64.128.0/20] }\n    proxy: { httpsProxy: http://proxy:3128 }\n";
    hides(
      aks(vnet, gateway),
      "clusters[0].networkProfile.serviceCidr",
      "8:5",
      '100.64.128.0/20 (the VNet of privateCloudGateways "pcg", where its proxy is)',
    );
  });
});
