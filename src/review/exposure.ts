/**
 * What a stack makes reachable from the internet, read from its synthesized JSON: public IPs and what
 * they front, load-balancer rules on public frontends, NSG rules that let public sources in, public
 * API servers, storage accounts with a public endpoint. One table a reviewer can scan.
 */
import { cidrContains, parseCidr } from "../azure/cidr";
import { Block, referencedAddresses, resourcesOf, single, StackJson, text } from "./stack-json";

export interface ExposureRow {
  readonly stack: string;
  /** What is reachable: `NSG rule allow-apiserver`, `AKS API server`, `public IP edge-prod-apiserver-pip`. */
  readonly what: string;
  readonly address: string;
  /** Who can reach it: `Internet`, `203.0.113.0/24`, `anywhere`. */
  readonly from: string;
  /** Ports (and protocol) it answers on, or `outbound only`. */
  readonly ports: string;
}

/** A public IP nothing forwards to: egress only. */
export const NO_INBOUND = "none inbound";

/** Address space that never routes on the internet (RFC 1918, shared, link-local, loopback). */
const PRIVATE = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16", "127.0.0.0/8"].map(
  (c) => parseCidr(c)!,
);
/** Service tags that stand for Azure's own or the VNet's addresses, not the internet. */
const INTERNAL_TAGS = new Set(["VirtualNetwork", "AzureLoadBalancer", "AzureCloud"]);

/** True when a source lets in addresses on the internet. */
export function isPublicSource(source: string): boolean {
  if (source === "*" || source === "Internet" || source === "0.0.0.0/0") return true;
  if (INTERNAL_TAGS.has(source) || /^[A-Z][A-Za-z0-9.]*$/.test(source)) return false;
  const cidr = parseCidr(source.includes("/") ? source : `${source}/32`);
  return cidr !== undefined && !PRIVATE.some((p) => cidrContains(p, cidr));
}

const list = (value: unknown): string[] => (Array.isArray(value) ? (value as unknown[]).map(String) : []);

function nsgSources(rule: Readonly<Record<string, unknown>>): string[] {
  return [
    ...(rule.source_address_prefix ? [text(rule.source_address_prefix)] : []),
    ...list(rule.source_address_prefixes),
  ];
}

function nsgPorts(rule: Readonly<Record<string, unknown>>): string {
  const ports = [
    ...(rule.destination_port_range ? [text(rule.destination_port_range)] : []),
    ...list(rule.destination_port_ranges),
  ];
  const protocol = text(rule.protocol);
  return `${protocol === "*" ? "any protocol" : protocol} ${ports.join(", ") === "*" ? "any port" : ports.join(", ")}`;
}

export function exposureOf(stack: string, json: StackJson): ExposureRow[] {
  const resources = resourcesOf(json);
  const byAddress = new Map(resources.map((r) => [r.address, r]));
  const of = (type: string) => resources.filter((r) => r.type === type);
  const rows: ExposureRow[] = [];

  // Public IPs, with the inbound rules of the load balancers whose frontends use them.
  const publicLbs = new Map<string, string[]>();
  for (const lb of of("azurerm_lb")) {
    const frontends = list(lb.config.frontend_ip_configuration).length
      ? (lb.config.frontend_ip_configuration as Record<string, unknown>[])
      : [single(lb.config.frontend_ip_configuration) ?? {}];
    const ips = frontends.flatMap((f) => referencedAddresses(f.public_ip_address_id));
    if (ips.length > 0) publicLbs.set(lb.address, ips);
  }
  const inbound = new Map<string, string[]>();
  for (const rule of of("azurerm_lb_rule")) {
    const lb = referencedAddresses(rule.config.loadbalancer_id)[0];
    for (const ip of publicLbs.get(lb) ?? [])
      inbound.set(ip, [...(inbound.get(ip) ?? []), `${text(rule.config.protocol)} ${text(rule.config.frontend_port)}`]);
  }
  for (const ip of of("azurerm_public_ip")) {
    const label = ip.config.domain_name_label
      ? ` (${text(ip.config.domain_name_label)}.<region>.cloudapp.azure.com)`
      : "";
    rows.push({
      stack,
      what: `public IP ${text(ip.config.name)}${label}`,
      address: ip.address,
      from: inbound.has(ip.address) ? "Internet (then the NSG)" : NO_INBOUND,
      ports: inbound.get(ip.address)?.join(", ") ?? "outbound only",
    });
  }

  // NSG rules that let public sources in.
  for (const rule of of("azurerm_network_security_rule")) {
    const c = rule.config;
    if (c.direction !== "Inbound" || c.access !== "Allow") continue;
    const sources = nsgSources(c);
    if (sources.some(isPublicSource))
      rows.push({
        stack,
        what: `NSG rule ${text(c.name)} (${nsgOf(c, byAddress)})`,
        address: rule.address,
        from: sources.map((s) => (s === "*" ? "anywhere" : s)).join(", "),
        ports: nsgPorts(c),
      });
  }

  // Managed API servers.
  for (const cluster of of("azurerm_kubernetes_cluster")) {
    if (cluster.config.private_cluster_enabled === true) continue;
    const ranges = list(single(cluster.config.api_server_access_profile)?.authorized_ip_ranges);
    rows.push({
      stack,
      what: `AKS API server ${text(cluster.config.name)}`,
      address: cluster.address,
      from: ranges.length > 0 ? ranges.join(", ") : "anywhere",
      ports: "TCP 443",
    });
  }

  // Storage accounts with a public endpoint.
  for (const account of of("azurerm_storage_account")) {
    const c = account.config;
    if (c.public_network_access_enabled === false) continue;
    const rules = single(c.network_rules);
    rows.push({
      stack,
      what: `storage account ${text(c.name)}`,
      address: account.address,
      from:
        rules?.default_action === "Deny"
          ? `only its network rules (${[...list(rules.ip_rules), ...(list(rules.virtual_network_subnet_ids).length ? ["cluster subnets"] : [])].join(", ") || "none"})`
          : "anywhere (with a key or token)",
      ports: "HTTPS 443",
    });
  }
  return rows;
}

function nsgOf(rule: Readonly<Record<string, unknown>>, byAddress: ReadonlyMap<string, Block>): string {
  const nsg = referencedAddresses(rule.network_security_group_name)[0];
  return text(byAddress.get(nsg)?.config.name) || text(rule.network_security_group_name);
}
