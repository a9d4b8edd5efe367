/**
 * The policy's exceptions: departures the design makes on purpose, each with an id and its reason, and the
 * test (read from the JSON) of where it applies. A finding they cover is printed as accepted, never hidden.
 */
import { Block, referencedAddresses } from "../review/stack-json";
import { PolicyException, PolicyStack } from "./policy-rule";

/** Palette's IaaS topology (Cluster API for Azure): the API server behind a public Standard load balancer. */
export const IAAS_API_PUBLIC_LB: PolicyException = {
  id: "PAZ-EXC-IAAS-API",
  reason:
    "the IaaS API server answers on 6443 through a public load balancer, as Palette (Cluster API for Azure) " +
    "designs it; the control-plane NSG admits only network.apiServerSources",
  appliesTo:
    "PAZ-PUBLIC-001, on a public load-balancer rule that forwards TCP 6443 to 6443 to backend pools holding only " +
    "the stack's VMs (through NIC pool associations)",
};

/** The base VHD copy of an IaaS cluster is a blob data-plane write from wherever Terraform runs. */
export const VHD_COPY_STORAGE: PolicyException = {
  id: "PAZ-EXC-VHD-COPY",
  reason:
    "the IaaS VHD storage account keeps its public endpoint (storage.networkAccess: public) so a runner " +
    "outside the VNet can copy the base VHD; networkAccess: private makes the copy run inside the VNet",
  appliesTo:
    "PAZ-STORAGE-004, on a storage account that holds a container of the stack, in a stack with IaaS nodes " +
    "(VMs or scale sets)",
};

export const POLICY_EXCEPTIONS: readonly PolicyException[] = [IAAS_API_PUBLIC_LB, VHD_COPY_STORAGE];

const API_SERVER_PORT = 6443;

/** The VMs a load-balancer backend pool holds, through NIC associations; none when it holds anything else. */
function poolMembersAreVms(pool: string, stack: PolicyStack): boolean {
  const nics = stack
    .of("azurerm_network_interface_backend_address_pool_association")
    .filter((a) => referencedAddresses(a.config.backend_address_pool_id).includes(pool))
    .map((a) => referencedAddresses(a.config.network_interface_id)[0]);
  const vmNics = new Set(
    stack.of("azurerm_linux_virtual_machine").flatMap((vm) => referencedAddresses(vm.config.network_interface_ids)),
  );
  return nics.length > 0 && nics.every((nic) => vmNics.has(nic));
}

/**
 * A public load-balancer rule is the IaaS API endpoint when it forwards TCP 6443 to 6443 and its backend
 * pools hold only the stack's control-plane VMs.
 */
export function isIaasApiServerRule(rule: Block, stack: PolicyStack): boolean {
  const c = rule.config;
  const pools = referencedAddresses(c.backend_address_pool_ids);
  return (
    String(c.protocol).toLowerCase() === "tcp" &&
    Number(c.frontend_port) === API_SERVER_PORT &&
    Number(c.backend_port) === API_SERVER_PORT &&
    pools.length > 0 &&
    pools.every((pool) => poolMembersAreVms(pool, stack))
  );
}

/** The storage account of an IaaS cluster's VHD: a stack with IaaS nodes, and a container in this account. */
export function isIaasVhdAccount(account: Block, stack: PolicyStack): boolean {
  const hasNodes =
    stack.of("azurerm_linux_virtual_machine").length + stack.of("azurerm_linux_virtual_machine_scale_set").length > 0;
  const holdsContainer = stack
    .of("azurerm_storage_container")
    .some((container) => referencedAddresses(container.config.storage_account_id).includes(account.address));
  return hasNodes && holdsContainer;
}
