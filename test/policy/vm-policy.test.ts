/** The VM rules over prod-edge's control-plane VMs and worker scale sets, and prod-apps' AKS pools, edited. */
import { compliant, defaultStack, failingOf, linesOf } from "./policy-fixtures";

const VM = "azurerm_linux_virtual_machine.iaas_control_plane_vm_0";
const SCALE_SET = "azurerm_linux_virtual_machine_scale_set.iaas_pool_general_scale_set";

function edge(edit: (vm: any, set: any, json: any) => void): any {
  const json = compliant(defaultStack("prod", "prod-edge"));
  const r = json.resource;
  edit(
    r.azurerm_linux_virtual_machine.iaas_control_plane_vm_0,
    r.azurerm_linux_virtual_machine_scale_set.iaas_pool_general_scale_set,
    json,
  );
  return json;
}

const vmFailures = (stack: string, json: any) => failingOf(stack, json).filter((f) => f.startsWith("PAZ-VM"));

describe("VM rules", () => {
  it("pass on compliant nodes", () => {
    expect(
      vmFailures(
        "prod-edge",
        edge(() => {}),
      ),
    ).toEqual([]);
  });

  it("PAZ-VM-001 fails on password sign-in, on a VM and on a scale set", () => {
    const json = edge((vm, set) => {
      vm.disable_password_authentication = false;
      set.disable_password_authentication = false;
    });
    expect(vmFailures("prod-edge", json)).toEqual([`PAZ-VM-001 ${VM}`, `PAZ-VM-001 ${SCALE_SET}`]);
  });

  it("PAZ-VM-002 fails on a NIC with a public IP, a scale set that gives each instance one, and AKS public nodes", () => {
    const json = edge((_vm, set, j) => {
      j.resource.azurerm_network_interface.iaas_control_plane_nic_0.ip_configuration[0].public_ip_address_id =
        "${azurerm_public_ip.iaas_api_public_ip.id}";
      set.network_interface[0].ip_configuration[0].public_ip_address = [{ name: "pip" }];
    });
    expect(vmFailures("prod-edge", json)).toEqual([
      `PAZ-VM-002 azurerm_linux_virtual_machine_scale_set.iaas_pool_general_scale_set`,
      "PAZ-VM-002 azurerm_network_interface.iaas_control_plane_nic_0",
    ]);
    const aks = compliant(defaultStack("prod", "prod-apps"));
    aks.resource.azurerm_kubernetes_cluster.aks.default_node_pool.node_public_ip_enabled = true;
    aks.resource.azurerm_kubernetes_cluster_node_pool.aks_pool_apps.node_public_ip_enabled = true;
    expect(vmFailures("prod-apps", aks)).toEqual([
      "PAZ-VM-002 azurerm_kubernetes_cluster.aks",
      "PAZ-VM-002 azurerm_kubernetes_cluster_node_pool.aks_pool_apps",
    ]);
  });

  it("PAZ-VM-003 fails on extensions allowed, written or left to azurerm's default", () => {
    const json = edge((vm, set) => {
      vm.allow_extension_operations = true;
      delete set.extension_operations_enabled;
    });
    expect(vmFailures("prod-edge", json)).toEqual([`PAZ-VM-003 ${VM}`, `PAZ-VM-003 ${SCALE_SET}`]);
    expect(linesOf("prod-edge", json)).toContain(
      `medium PAZ-VM-003 prod-edge ${SCALE_SET}: allows VM extensions (extension_operations_enabled = not set (azurerm default true))`,
    );
  });

  it("PAZ-VM-004 fails on nodes without encryption at host", () => {
    const json = edge((vm, set) => {
      vm.encryption_at_host_enabled = false;
      delete set.encryption_at_host_enabled;
    });
    expect(vmFailures("prod-edge", json)).toEqual([`PAZ-VM-004 ${VM}`, `PAZ-VM-004 ${SCALE_SET}`]);
  });
});
