/**
 * A Mermaid flowchart of one synthesized stack: the VNet and its subnets (with their NSGs), what runs
 * in each subnet (control-plane VMs, scale sets, AKS pools, load balancers, private endpoints), the
 * public load balancers and IPs from the internet, egress (NAT gateway, egress load balancer), the
 * storage account; for a packs stack, its namespaces and what they wait for. GitHub renders it.
 */
import { Block, dataSourcesOf, referencedAddresses, resourcesOf, single, StackJson, text } from "./stack-json";

/** Mermaid node ids: letters, digits, underscores. */
const id = (address: string) => address.replace(/[^A-Za-z0-9_]/g, "_");
/** A quoted Mermaid label; quotes and brackets would end it. */
const label = (text: string) => `"${text.replace(/["[\]{}<>]/g, "")}"`;

export function topologyOf(json: StackJson): string {
  const resources = resourcesOf(json);
  const data = dataSourcesOf(json);
  const all = [...resources, ...data];
  const of = (type: string) => all.filter((b) => b.type === type);
  const lines = ["flowchart LR"];
  const edges: string[] = [];
  const placed = new Set<string>();

  // What sits in which subnet, by the subnet it references.
  const subnetOf = (block: Block): string | undefined => {
    const refs = referencedAddresses(block.config).filter((a) => a.includes("azurerm_subnet."));
    return refs[0];
  };
  const nicSubnet = new Map(of("azurerm_network_interface").map((nic) => [nic.address, subnetOf(nic)]));
  const inSubnet = new Map<string, string[]>();
  const put = (subnet: string | undefined, node: string) => {
    if (!subnet) return;
    inSubnet.set(subnet, [...(inSubnet.get(subnet) ?? []), node]);
    placed.add(node);
  };

  const vms = of("azurerm_linux_virtual_machine");
  if (vms.length > 0) {
    const nic = referencedAddresses(vms[0].config.network_interface_ids)[0];
    lines.push(`  cp[${label(`control plane: ${vms.length} x ${text(vms[0].config.size)}`)}]`);
    put(nicSubnet.get(nic), "cp");
  }
  for (const set of of("azurerm_linux_virtual_machine_scale_set")) {
    lines.push(
      `  ${id(set.address)}[${label(`pool ${text(set.config.name)}: ${text(set.config.instances)} x ${text(set.config.sku)}`)}]`,
    );
    put(subnetOf(set), id(set.address));
  }
  for (const cluster of resources.filter((r) => r.type === "azurerm_kubernetes_cluster")) {
    const pool = single(cluster.config.default_node_pool) ?? {};
    const nodes = pool.auto_scaling_enabled ? `${text(pool.min_count)}-${text(pool.max_count)}` : text(pool.node_count);
    lines.push(
      `  ${id(cluster.address)}_pool[${label(`AKS pool ${text(pool.name)}: ${nodes} x ${text(pool.vm_size)}`)}]`,
    );
    put(referencedAddresses(pool.vnet_subnet_id)[0], `${id(cluster.address)}_pool`);
    lines.push(`  ${id(cluster.address)}{{${label(`AKS control plane ${text(cluster.config.name)}`)}}}`);
    edges.push(`  ${id(cluster.address)} --- ${id(cluster.address)}_pool`);
  }
  for (const pool of of("azurerm_kubernetes_cluster_node_pool")) {
    const c = pool.config;
    const nodes = c.auto_scaling_enabled ? `${text(c.min_count)}-${text(c.max_count)}` : text(c.node_count);
    lines.push(`  ${id(pool.address)}[${label(`AKS pool ${text(c.name)}: ${nodes} x ${text(c.vm_size)}`)}]`);
    put(referencedAddresses(c.vnet_subnet_id)[0], id(pool.address));
    const cluster = referencedAddresses(c.kubernetes_cluster_id)[0];
    if (cluster) edges.push(`  ${id(cluster)} --- ${id(pool.address)}`);
  }

  // Load balancers: public ones from the internet; internal ones in their subnet.
  for (const lb of of("azurerm_lb")) {
    const frontend = single(lb.config.frontend_ip_configuration) ?? {};
    lines.push(`  ${id(lb.address)}[/${label(`LB ${text(lb.config.name)}`)}/]`);
    const publicIp = referencedAddresses(frontend.public_ip_address_id)[0];
    if (publicIp) {
      const rules = of("azurerm_lb_rule").filter(
        (r) => referencedAddresses(r.config.loadbalancer_id)[0] === lb.address,
      );
      const ports = rules.map((r) => `${text(r.config.protocol)} ${text(r.config.frontend_port)}`).join(", ");
      if (ports) edges.push(`  internet((Internet)) -- ${label(ports)} --> ${id(lb.address)}`);
      if (of("azurerm_lb_outbound_rule").some((r) => referencedAddresses(r.config.loadbalancer_id)[0] === lb.address))
        edges.push(`  ${id(lb.address)} -. outbound .-> internet((Internet))`);
    } else put(referencedAddresses(frontend.subnet_id)[0], id(lb.address));
  }
  for (const assoc of of("azurerm_network_interface_backend_address_pool_association")) {
    const pool = referencedAddresses(assoc.config.backend_address_pool_id)[0];
    const lb = referencedAddresses(all.find((b) => b.address === pool)?.config.loadbalancer_id)[0];
    const edge = `  ${id(lb)} --> cp`;
    if (lb && !edges.includes(edge)) edges.push(edge);
  }
  for (const set of of("azurerm_linux_virtual_machine_scale_set")) {
    for (const pool of referencedAddresses(set.config.network_interface)) {
      const lb = referencedAddresses(all.find((b) => b.address === pool)?.config.loadbalancer_id)[0];
      if (lb) edges.push(`  ${id(set.address)} -. egress .-> ${id(lb)}`);
    }
  }

  // NAT gateways, storage, private endpoints.
  for (const nat of of("azurerm_nat_gateway")) {
    lines.push(`  ${id(nat.address)}[/${label(`NAT gateway ${text(nat.config.name)}`)}/]`);
    edges.push(`  ${id(nat.address)} -. outbound .-> internet((Internet))`);
    for (const assoc of of("azurerm_subnet_nat_gateway_association"))
      if (referencedAddresses(assoc.config.nat_gateway_id)[0] === nat.address)
        edges.push(`  ${id(referencedAddresses(assoc.config.subnet_id)[0])} -. egress .-> ${id(nat.address)}`);
  }
  for (const account of of("azurerm_storage_account")) {
    const access = account.config.public_network_access_enabled === false ? "private" : "public endpoint";
    lines.push(`  ${id(account.address)}[(${label(`storage ${text(account.config.name)}: ${access}`)})]`);
  }
  for (const endpoint of of("azurerm_private_endpoint")) {
    lines.push(`  ${id(endpoint.address)}[${label(`private endpoint ${text(endpoint.config.name)}`)}]`);
    put(subnetOf(endpoint), id(endpoint.address));
    const target = referencedAddresses(
      single(endpoint.config.private_service_connection)?.private_connection_resource_id,
    )[0];
    if (target) edges.push(`  ${id(endpoint.address)} --> ${id(target)}`);
  }

  // The VNet, its subnets and what is in them.
  const vnets = of("azurerm_virtual_network");
  const subnets = of("azurerm_subnet");
  if (vnets.length > 0 || subnets.length > 0) {
    const vnet = vnets[0];
    const vnetLabel = vnet
      ? `VNet ${text(vnet.config.name)}${vnet.mode === "data" ? " (existing)" : ` ${(vnet.config.address_space as string[] | undefined)?.join(", ") ?? ""}`}`
      : "VNet";
    lines.push(`  subgraph vnet[${label(vnetLabel)}]`);
    for (const subnet of subnets) {
      const nsg = of("azurerm_subnet_network_security_group_association").find(
        (a) => referencedAddresses(a.config.subnet_id)[0] === subnet.address,
      );
      const nsgName = nsg
        ? all.find((b) => b.address === referencedAddresses(nsg.config.network_security_group_id)[0])
        : undefined;
      const cidr = (subnet.config.address_prefixes as string[] | undefined)?.join(", ") ?? "existing";
      const title = `subnet ${text(subnet.config.name)} ${cidr}${nsgName ? `, NSG ${text(nsgName.config.name)}` : ""}`;
      lines.push(`    subgraph ${id(subnet.address)}[${label(title)}]`);
      for (const node of inSubnet.get(subnet.address) ?? []) lines.push(`      ${node}`);
      if ((inSubnet.get(subnet.address) ?? []).length === 0) lines.push(`      ${id(subnet.address)}_empty[" "]`);
      lines.push("    end");
    }
    lines.push("  end");
  }

  // A packs stack: the namespaces, and what they wait for.
  for (const ns of of("kubernetes_namespace_v1")) {
    lines.push(`  ${id(ns.address)}[${label(`namespace ${text(single(ns.config.metadata)?.name)}`)}]`);
    for (const dep of (ns.config.depends_on as string[] | undefined) ?? [])
      edges.push(`  ${id(dep)} --> ${id(ns.address)}`);
  }
  for (const ready of data.filter((d) => d.type === "http"))
    lines.push(`  ${id(ready.address)}{${label("API server answers /readyz")}}`);
  for (const state of data.filter((d) => d.type === "terraform_remote_state")) {
    lines.push(`  ${id(state.address)}[(${label("cluster stack outputs (remote state)")})]`);
    for (const ready of data.filter((d) => d.type === "http"))
      edges.push(`  ${id(state.address)} --> ${id(ready.address)}`);
  }
  for (const aks of data.filter((d) => d.type === "azurerm_kubernetes_cluster"))
    for (const ns of of("kubernetes_namespace_v1"))
      edges.push(`  ${id(aks.address)}[${label(`AKS ${text(aks.config.name)} (looked up)`)}] --> ${id(ns.address)}`);

  return [...lines, ...[...new Set(edges)]].join("\n");
}
