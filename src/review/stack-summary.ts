/**
 * What a reviewer checks in a stack, read from its synthesized JSON: what it creates and looks up,
 * its key settings (region, versions, tiers, channels, address plan, zones, storage access, proxy,
 * backend, tags) and its node pools with the capacity they give.
 */
import { memoryGib, parseVmSize } from "../azure/vm-size";
import {
  backendOf,
  Block,
  dataSourcesOf,
  executionOf,
  localsOf,
  resourcesOf,
  single,
  StackJson,
  text,
} from "./stack-json";

export interface PoolRow {
  readonly pool: string;
  /** `AKS default pool`, `AKS pool`, `scale set`, `control-plane VMs`. */
  readonly kind: string;
  readonly vmSize: string;
  /** `3`, or `3-6` for an autoscaled pool. */
  readonly nodes: string;
  readonly zones: string;
  /** Per node, from the size name: `4 vCPU, 16 GiB`. */
  readonly perNode: string;
  /** At the most nodes: `24 vCPU, 96 GiB`. */
  readonly atMost: string;
}

export interface StackSummary {
  readonly stack: string;
  readonly creates: ReadonlyMap<string, number>;
  readonly looksUp: ReadonlyMap<string, number>;
  /** Label → value, in reading order. */
  readonly settings: readonly (readonly [string, string])[];
  readonly pools: readonly PoolRow[];
}

const count = (blocks: readonly Block[]) => {
  const byType = new Map<string, number>();
  for (const b of [...blocks].sort((x, y) => x.type.localeCompare(y.type)))
    byType.set(b.type, (byType.get(b.type) ?? 0) + 1);
  return byType;
};

const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]).map(String).join(", ") : "");

function capacity(vmSize: string, nodes: number): string {
  const size = parseVmSize(vmSize);
  if (!size) return "?";
  const memory = memoryGib(vmSize);
  return `${size.vcpus * nodes} vCPU, ${memory === undefined ? "? GiB" : `${memory * nodes} GiB`}`;
}

function poolRow(pool: string, kind: string, vmSize: string, min: number, max: number, zones: unknown): PoolRow {
  return {
    pool,
    kind,
    vmSize,
    nodes: min === max ? String(max) : `${min}-${max}`,
    zones: list(zones) || "none",
    perNode: capacity(vmSize, 1),
    atMost: capacity(vmSize, max),
  };
}

function aksPoolRow(pool: Readonly<Record<string, unknown>>, kind: string): PoolRow {
  const autoscaled = pool.auto_scaling_enabled === true;
  const min = Number(autoscaled ? pool.min_count : pool.node_count);
  const max = Number(autoscaled ? pool.max_count : pool.node_count);
  return poolRow(text(pool.name), kind, text(pool.vm_size), min, max, pool.zones);
}

/** A value the node bootstrap writes, read back from the cloud-config (e.g. KUBERNETES_PATCH in node.env). */
function bootstrapSetting(json: StackJson, name: string): string | undefined {
  for (const value of Object.values(localsOf(json))) {
    const match = typeof value === "string" ? new RegExp(`\\b${name}='([^']*)'`).exec(value) : null;
    if (match) return match[1];
  }
  return undefined;
}

function kubeadmSetting(json: StackJson, key: string): string | undefined {
  for (const value of Object.values(localsOf(json))) {
    const match = typeof value === "string" ? new RegExp(`\\b${key}: (\\S+)`).exec(value) : null;
    if (match) return match[1];
  }
  return undefined;
}

/** The tags every tagged resource of the stack carries (the spec's; resources add their own). */
function commonTags(resources: readonly Block[]): string {
  const tagged = resources.map((r) => single(r.config.tags)).filter((t): t is Record<string, unknown> => !!t);
  if (tagged.length === 0) return "none";
  const [first, ...rest] = tagged;
  const common = Object.entries(first).filter(([k, v]) => rest.every((t) => t[k] === v));
  return common.length === 0 ? "none in common" : common.map(([k, v]) => `${k}=${text(v)}`).join(", ");
}

export function summarizeStack(stack: string, json: StackJson): StackSummary {
  const resources = resourcesOf(json);
  const of = (type: string) => resources.filter((r) => r.type === type);
  const settings: [string, string][] = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined && value !== "") settings.push([label, value]);
  };
  const pools: PoolRow[] = [];

  const location = resources.map((r) => r.config.location).find((l) => typeof l === "string");
  add("Region", text(location));

  for (const cluster of of("azurerm_kubernetes_cluster")) {
    const c = cluster.config;
    const network = single(c.network_profile) ?? {};
    const api = single(c.api_server_access_profile);
    const aad = single(c.azure_active_directory_role_based_access_control);
    add("AKS cluster", text(c.name));
    add("Kubernetes version", text(c.kubernetes_version));
    add("SKU tier", text(c.sku_tier));
    add("Upgrade channel", text(c.automatic_upgrade_channel) || "none");
    add("Node OS channel", text(c.node_os_upgrade_channel));
    add(
      "API server",
      c.private_cluster_enabled === true
        ? "private"
        : api?.authorized_ip_ranges
          ? `public, from ${list(api.authorized_ip_ranges)}`
          : "public, from anywhere",
    );
    add(
      "Sign-in",
      aad
        ? `Entra ID, local accounts ${c.local_account_disabled === true ? "off" : "on"}`
        : "Kubernetes RBAC, local accounts",
    );
    add(
      "Pods / services",
      `${text(network.pod_cidr)} / ${text(network.service_cidr)} (${text(network.network_plugin_mode)}, policy ${text(network.network_policy) || "none"})`,
    );
    add("Egress", text(network.outbound_type));
    add("Proxy", text(single(c.http_proxy_config)?.https_proxy ?? single(c.http_proxy_config)?.http_proxy));
    pools.push(aksPoolRow(single(c.default_node_pool) ?? {}, "AKS default pool"));
  }
  for (const pool of of("azurerm_kubernetes_cluster_node_pool")) pools.push(aksPoolRow(pool.config, "AKS pool"));

  const vms = of("azurerm_linux_virtual_machine");
  if (vms.length > 0) {
    add("Kubernetes version", bootstrapSetting(json, "KUBERNETES_PATCH") || bootstrapSetting(json, "KUBERNETES_MINOR"));
    const zones = vms.map((vm) => text(vm.config.zone)).filter((z) => z !== "");
    pools.push(poolRow("control plane", "VMs", text(vms[0].config.size), vms.length, vms.length, [...new Set(zones)]));
    add(
      "Pods / services",
      `${kubeadmSetting(json, "podSubnet") ?? "?"} / ${kubeadmSetting(json, "serviceSubnet") ?? "?"}`,
    );
    add("Proxy", bootstrapSetting(json, "HTTPS_PROXY") ?? bootstrapSetting(json, "HTTP_PROXY"));
  }
  for (const set of of("azurerm_linux_virtual_machine_scale_set")) {
    const n = Number(set.config.instances);
    pools.push(poolRow(text(set.config.name), "scale set", text(set.config.sku), n, n, set.config.zones));
  }
  for (const ip of of("azurerm_public_ip"))
    add(`Public IP ${text(ip.config.name)}`, `zones ${list(ip.config.zones) || "none"}`);

  const vnets = [
    ...of("azurerm_virtual_network"),
    ...dataSourcesOf(json).filter((d) => d.type === "azurerm_virtual_network"),
  ];
  for (const vnet of vnets)
    add(
      `VNet ${text(vnet.config.name)}`,
      vnet.mode === "data" ? "existing (looked up)" : `new, ${list(vnet.config.address_space)}`,
    );
  for (const subnet of of("azurerm_subnet"))
    add(`Subnet ${text(subnet.config.name)}`, list(subnet.config.address_prefixes));
  if (of("azurerm_nat_gateway").length > 0)
    add("NAT gateway", `zone ${list(of("azurerm_nat_gateway")[0].config.zones)}`);

  for (const account of of("azurerm_storage_account")) {
    const c = account.config;
    add(
      `Storage ${text(c.name)}`,
      `${text(c.account_replication_type)}, public network access ${c.public_network_access_enabled === false ? "off" : "on"}, shared keys ${c.shared_access_key_enabled === false ? "off" : "on"}`,
    );
  }
  for (const ns of of("kubernetes_namespace_v1")) add("Namespace", text(single(ns.config.metadata)?.name));

  add("State", backendOf(json));
  add("Runs execute", executionOf(json));
  add("Tags", commonTags(resources));
  return { stack, creates: count(resources), looksUp: count(dataSourcesOf(json)), settings, pools };
}
