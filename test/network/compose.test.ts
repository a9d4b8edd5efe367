/** ClusterNetwork and ClusterStorage as the cluster stacks compose them from the spec. */
import { defaultStorageAccountName } from "../../src/azure/storage-names";
import { environmentFromYaml, synthCluster } from "../helpers";
import { byName, count } from "./network-test-stack";
import { environmentYaml, iaasRequired } from "./config-yaml";

describe("composition into cluster stacks", () => {
  it("gives AKS clusters a worker subnet only, and outputs the egress IPs of a NAT gateway", () => {
    const json = synthCluster(
      environmentFromYaml(
        environmentYaml(
          `  - { name: apps, type: aks, kubernetesVersion: "1.33", zones: [1], network: { egress: natGateway } }`,
        ),
      ),
      "apps",
    );
    expect(Object.keys(byName(json, "azurerm_virtual_network"))).toEqual(["apps-test-vnet"]);
    expect(Object.keys(byName(json, "azurerm_subnet"))).toEqual(["apps-test-worker-subnet"]);
    expect(json.resource.azurerm_network_security_rule).toBeUndefined();
    expect(json.output.egress_public_ips.value).toEqual([
      expect.stringMatching(/^\$\{azurerm_public_ip\..+\.ip_address\}$/),
    ]);
    expect(byName(json, "azurerm_subnet")["apps-test-worker-subnet"].resource_group_name).toBe(
      "${data.azurerm_resource_group.resource_group.name}",
    );
    expect(count(json, "azurerm_storage_account")).toBe(0);
  });

  it("gives IaaS clusters the API server rule, storage named from the spec's resource group, and tags on everything", () => {
    const env = environmentFromYaml(
      environmentYaml(`  - name: edge
    type: iaas
    kubernetesVersion: "1.33.5"${iaasRequired()}
    tags: { team: edge }`),
    );
    const json = synthCluster(env, "edge");
    expect(byName(json, "azurerm_network_security_rule")["allow-apiserver"]).toBeDefined();
    const name = defaultStorageAccountName("test", "edge", "rg-palette-test");
    expect(byName(json, "azurerm_storage_account")[name].tags).toEqual({ team: "edge" });
    expect(byName(json, "azurerm_network_security_group")["edge-test-cp-nsg"].tags).toEqual({ team: "edge" });
    expect(byName(json, "azurerm_subnet")["edge-test-cp-subnet"].service_endpoints).toBeUndefined();
  });

  it("adds the storage service endpoint to the subnets when a private account allows them", () => {
    const env = environmentFromYaml(
      environmentYaml(`  - name: edge
    type: iaas
    kubernetesVersion: "1.33.5"${iaasRequired()}
    storage: { networkAccess: private }`),
    );
    const json = synthCluster(env, "edge");
    const subnets = byName(json, "azurerm_subnet");
    expect(subnets["edge-test-cp-subnet"].service_endpoints).toEqual(["Microsoft.Storage"]);
    expect(subnets["edge-test-worker-subnet"].service_endpoints).toEqual(["Microsoft.Storage"]);
    expect(count(json, "azurerm_private_endpoint")).toBe(1);
  });
});
