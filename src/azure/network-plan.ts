/**
 * The cluster network as planned: VNet placement, two subnets with their NSGs, egress. The YAML
 * schema and the ClusterNetwork construct both resolve their input to a NetworkPlan and check it
 * with the functions here, so both report the same rule in the same words. Pure: no cdktf here.
 */
import { cidrContains, cidrProblem, cidrsOverlap, formatIp, parseCidr } from "./cidr";
import {
  addressListProblems,
  controlPlaneBuiltInRules,
  isServiceTagOrAny,
  ruleSetProblems,
  SecurityRule,
  securityRuleProblems,
  workerBuiltInRules,
} from "./nsg-rules";
import { RuleIssue, under } from "./rule-issue";

export type NetworkEgress = "natGateway" | "userDefinedRouting";
export type SubnetRole = "controlPlane" | "worker";

/** CAPZ's defaults (DESIGN.md): VNet 10.0.0.0/8, control plane 10.0.0.0/16, nodes 10.1.0.0/16. */
export const DEFAULT_VNET_ADDRESS_SPACE: readonly string[] = ["10.0.0.0/8"];
export const DEFAULT_SUBNET_CIDR: Readonly<Record<SubnetRole, string>> = { controlPlane: "10.0.0.0/16", worker: "10.1.0.0/16" };
export const DEFAULT_API_SERVER_SOURCES: readonly string[] = ["*"];
export const DEFAULT_EGRESS: NetworkEgress = "natGateway";
export const DEFAULT_NAT_IDLE_TIMEOUT_MINUTES = 4;
export const DEFAULT_NAT_PUBLIC_IP_COUNT = 1;
/** Azure's limit of public IPs on one NAT gateway. */
export const MAX_NAT_PUBLIC_IPS = 16;
/** Azure's smallest subnet. */
export const MIN_SUBNET_PREFIX_LENGTH = 29;

/** An existing Azure resource found by name (and resource group). */
export interface ExistingByName {
  readonly name: string;
  /** @default - the VNet's resource group */
  readonly resourceGroup?: string;
}

export interface NsgPlan {
  /** @default - `<cluster>-<env>-cp-nsg` / `<cluster>-<env>-worker-nsg` */
  readonly name?: string;
  /** Adopt an NSG that already exists (by `name`): our rules are added to it, nothing else changes. */
  readonly existing: boolean;
  /** Only with `existing`. @default - the VNet's resource group */
  readonly resourceGroup?: string;
}

export interface SubnetPlan {
  readonly cidr: string;
  /** @default - `<cluster>-<env>-cp-subnet` / `<cluster>-<env>-worker-subnet` */
  readonly name?: string;
  /** Use the subnet `name` of an existing VNet instead of creating one. */
  readonly existing: boolean;
  readonly nsg: NsgPlan;
  /** Rules added to this subnet's NSG besides the built-in ones. */
  readonly securityRules: readonly SecurityRule[];
  /** An existing route table to associate with this subnet (only for subnets this stack creates). */
  readonly routeTable?: ExistingByName;
}

export interface VnetPlan {
  /** Static placement: the name of an existing VNet. Unset: dynamic placement, a new VNet. */
  readonly name?: string;
  /** Only with `name`. @default - the environment's resource group */
  readonly resourceGroup?: string;
  readonly addressSpace: readonly string[];
}

export interface NatGatewayPlan {
  readonly idleTimeoutMinutes: number;
  readonly publicIpCount: number;
}

export interface NetworkPlan {
  readonly vnet: VnetPlan;
  readonly controlPlaneSubnet: SubnetPlan;
  readonly workerSubnet: SubnetPlan;
  /** Sources allowed to the API server (TCP 6443) on the control-plane NSG; [] for no rule. */
  readonly apiServerSources: readonly string[];
  /** Sources allowed to SSH (TCP 22) on both NSGs; [] (the default) for no rule. */
  readonly sshSources: readonly string[];
  readonly egress: NetworkEgress;
  /** Settings of the NAT gateway; only with `egress: natGateway`. */
  readonly natGateway?: NatGatewayPlan;
}

/** What a plan is checked against besides itself. */
export interface NetworkPlanContext {
  /** Whether the control-plane NSG gets the API server rule (IaaS: yes; AKS runs its API server elsewhere). */
  readonly apiServerRule: boolean;
  /** The cluster's public egress addresses (see controlPlaneBuiltInRules). @default [] */
  readonly clusterEgressSources?: readonly string[];
}

export const AVAILABILITY_ZONES = ["1", "2", "3"] as const;
export type AvailabilityZone = (typeof AVAILABILITY_ZONES)[number];

/** Why a list of zones is not a non-empty subset of 1, 2, 3 without repeats, or undefined. */
export function zonesProblem(zones: readonly string[]): string | undefined {
  if (zones.length === 0) return "list at least one zone";
  const bad = zones.find((z) => !(AVAILABILITY_ZONES as readonly string[]).includes(z));
  if (bad !== undefined) return `zone ${JSON.stringify(bad)} is not one of 1, 2, 3`;
  const dup = zones.find((z, i) => zones.indexOf(z) !== i);
  if (dup !== undefined) return `zone ${dup} is listed twice`;
  return undefined;
}

/**
 * True when the worker subnet is ours, egress is routed by the user, and no route table is named:
 * nothing gives the nodes a way out then (default outbound access is off on our subnets) unless
 * the network advertises a default route (BGP).
 */
export function needsRouteTable(plan: Pick<NetworkPlan, "egress" | "workerSubnet">): boolean {
  return plan.egress === "userDefinedRouting" && !plan.workerSubnet.existing && plan.workerSubnet.routeTable === undefined;
}

/** Placement follows from the VNet: an existing one by name is static placement. */
export function isStaticPlacement(plan: Pick<NetworkPlan, "vnet">): boolean {
  return plan.vnet.name !== undefined;
}

/** The built-in rules of a subnet's NSG under this plan. */
export function builtInRules(plan: NetworkPlan, role: SubnetRole, context: NetworkPlanContext): SecurityRule[] {
  const subnet = role === "controlPlane" ? plan.controlPlaneSubnet : plan.workerSubnet;
  const options = {
    apiServerSources: context.apiServerRule ? plan.apiServerSources : [],
    clusterEgressSources: context.clusterEgressSources,
    sshSources: plan.sshSources,
    subnetCidr: subnet.cidr,
  };
  return role === "controlPlane" ? controlPlaneBuiltInRules(options) : workerBuiltInRules(options);
}

/** Ranges Azure does not allow in a VNet's address space. */
const AZURE_FORBIDDEN_RANGES: readonly [string, string][] = [
  ["224.0.0.0/4", "multicast"],
  ["255.255.255.255/32", "broadcast"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local"],
  ["168.63.129.16/32", "Azure's virtual public IP for DNS and health probes"],
];

/** Every rule of a plan, located by its keys (`controlPlaneSubnet.cidr`, ...). */
export function networkPlanProblems(plan: NetworkPlan, context: NetworkPlanContext): RuleIssue[] {
  return [
    ...vnetProblems(plan),
    ...subnetProblems(plan, "controlPlane", context),
    ...subnetProblems(plan, "worker", context),
    ...subnetLayoutProblems(plan),
    ...sourceListProblems(plan),
    ...egressProblems(plan),
  ];
}

const SUBNET_KEY: Readonly<Record<SubnetRole, "controlPlaneSubnet" | "workerSubnet">> = {
  controlPlane: "controlPlaneSubnet",
  worker: "workerSubnet",
};

function vnetProblems(plan: NetworkPlan): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const { vnet } = plan;
  if (vnet.resourceGroup !== undefined && vnet.name === undefined) {
    issues.push({ path: ["vnet", "resourceGroup"], message: "resourceGroup names where an existing VNet is: set vnet.name too (static placement), or remove it" });
  }
  if (vnet.addressSpace.length === 0) issues.push({ path: ["vnet", "addressSpace"], message: "list at least one CIDR" });
  const parsed = vnet.addressSpace.map((text, i) => {
    const problem = cidrProblem(text);
    if (problem) issues.push({ path: ["vnet", "addressSpace", i], message: problem });
    return parseCidr(text);
  });
  parsed.forEach((cidr, i) => {
    if (!cidr) return;
    for (const [range, what] of AZURE_FORBIDDEN_RANGES) {
      if (cidrsOverlap(cidr, parseCidr(range)!)) {
        issues.push({ path: ["vnet", "addressSpace", i], message: `${vnet.addressSpace[i]} overlaps ${range} (${what}), which Azure does not allow in a VNet` });
      }
    }
    parsed.slice(0, i).forEach((other, j) => {
      if (other && cidrsOverlap(cidr, other)) {
        issues.push({ path: ["vnet", "addressSpace", i], message: `${vnet.addressSpace[i]} overlaps ${vnet.addressSpace[j]}, also in the address space` });
      }
    });
  });
  return issues;
}

function subnetProblems(plan: NetworkPlan, role: SubnetRole, context: NetworkPlanContext): RuleIssue[] {
  const key = SUBNET_KEY[role];
  const subnet = plan[key];
  const issues: RuleIssue[] = [];
  const at = (...path: (string | number)[]) => [key, ...path];

  const cidrIssue = cidrProblem(subnet.cidr);
  if (cidrIssue) issues.push({ path: at("cidr"), message: cidrIssue });
  const cidr = parseCidr(subnet.cidr);
  if (cidr && cidr.prefix > MIN_SUBNET_PREFIX_LENGTH) {
    issues.push({ path: at("cidr"), message: `${subnet.cidr} is smaller than a /${MIN_SUBNET_PREFIX_LENGTH}, the smallest subnet Azure allows` });
  }
  if (cidr && plan.vnet.addressSpace.length > 0) {
    const spaces = plan.vnet.addressSpace.map(parseCidr);
    if (spaces.every((s) => s !== undefined) && !spaces.some((s) => cidrContains(s!, cidr))) {
      issues.push({ path: at("cidr"), message: `${subnet.cidr} is not inside the VNet's address space (${plan.vnet.addressSpace.join(", ")})` });
    }
  }

  if (subnet.existing) {
    if (!isStaticPlacement(plan)) {
      issues.push({ path: at("existing"), message: "an existing subnet lives in an existing VNet: set vnet.name (static placement), or remove existing" });
    }
    if (subnet.name === undefined) issues.push({ path: at("existing"), message: "name the existing subnet with name" });
    if (!subnet.nsg.existing) {
      issues.push({ path: at("nsg"), message: "an existing subnet keeps the NSG it is associated with: name that NSG with nsg: { name, existing: true }" });
    }
    if (subnet.routeTable !== undefined) {
      issues.push({ path: at("routeTable"), message: "an existing subnet keeps its own route table: routeTable only applies to subnets this stack creates" });
    }
  }
  if (subnet.nsg.existing && subnet.nsg.name === undefined) issues.push({ path: at("nsg", "name"), message: "name the existing NSG with name" });
  if (!subnet.nsg.existing && subnet.nsg.resourceGroup !== undefined) {
    issues.push({ path: at("nsg", "resourceGroup"), message: "resourceGroup only applies to an existing NSG (existing: true); new NSGs go in the cluster's resource group" });
  }

  subnet.securityRules.forEach((rule, i) => issues.push(...under(at("securityRules", i), securityRuleProblems(rule))));
  issues.push(...under(at("securityRules"), ruleSetProblems(subnet.securityRules, builtInRules(plan, role, context))));
  return issues;
}

function subnetLayoutProblems(plan: NetworkPlan): RuleIssue[] {
  const cp = parseCidr(plan.controlPlaneSubnet.cidr);
  const worker = parseCidr(plan.workerSubnet.cidr);
  const issues: RuleIssue[] = [];
  if (cp && worker && cidrsOverlap(cp, worker)) {
    issues.push({
      path: ["workerSubnet", "cidr"],
      message: `${plan.workerSubnet.cidr} overlaps the control-plane subnet ${plan.controlPlaneSubnet.cidr}; for example ${suggestNext(cp)} is free after it`,
    });
  }
  const cpName = plan.controlPlaneSubnet.name;
  if (cpName !== undefined && cpName === plan.workerSubnet.name) {
    issues.push({ path: ["workerSubnet", "name"], message: `${JSON.stringify(cpName)} is already the control-plane subnet: the two subnets are separate` });
  }
  return issues;
}

/** The block of the same size right after `cidr`, as a hint. */
function suggestNext(cidr: { base: number; prefix: number; size: number }): string {
  return `${formatIp((cidr.base + cidr.size) % 2 ** 32)}/${cidr.prefix}`;
}

/** SSH sources broader than this are the internet in all but name (0.0.0.0/0, 0.0.0.0/1, ...). */
const MIN_SSH_SOURCE_PREFIX = 8;

function sourceListProblems(plan: NetworkPlan): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (plan.apiServerSources.length > 0) issues.push(...under(["apiServerSources"], addressListProblems(plan.apiServerSources)));
  if (plan.sshSources.length > 0) {
    issues.push(...under(["sshSources"], addressListProblems(plan.sshSources)));
    plan.sshSources.forEach((source, i) => {
      if (source === "*" || source.toLowerCase() === "internet") {
        issues.push({ path: ["sshSources", i], message: `SSH from ${source === "*" ? "anywhere" : "the internet"} is refused: list the CIDRs of your bastion, VPN or jump hosts` });
      } else if (parseCidr(source) !== undefined && parseCidr(source)!.prefix < MIN_SSH_SOURCE_PREFIX) {
        issues.push({ path: ["sshSources", i], message: `SSH from ${source} opens port 22 to ${parseCidr(source)!.size} addresses: list blocks of /${MIN_SSH_SOURCE_PREFIX} or smaller for your bastion, VPN or jump hosts` });
      } else if (isServiceTagOrAny(source) && source.toLowerCase() !== "virtualnetwork") {
        // Other tags (AzureCloud, ...) are whole Azure ranges: as open as the internet for SSH.
        issues.push({ path: ["sshSources", i], message: `SSH from the service tag ${source} opens port 22 to everyone in it: list the CIDRs of your bastion, VPN or jump hosts, or VirtualNetwork` });
      }
    });
  }
  return issues;
}

function egressProblems(plan: NetworkPlan): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (plan.natGateway !== undefined) {
    if (plan.egress !== "natGateway") {
      issues.push({ path: ["natGateway"], message: `natGateway settings only apply with egress: natGateway (egress is ${plan.egress})` });
    }
    const { idleTimeoutMinutes, publicIpCount } = plan.natGateway;
    if (!Number.isInteger(idleTimeoutMinutes) || idleTimeoutMinutes < 4 || idleTimeoutMinutes > 120) {
      issues.push({ path: ["natGateway", "idleTimeoutMinutes"], message: `idle timeout ${idleTimeoutMinutes} is not a whole number of minutes from 4 to 120` });
    }
    if (!Number.isInteger(publicIpCount) || publicIpCount < 1 || publicIpCount > MAX_NAT_PUBLIC_IPS) {
      issues.push({ path: ["natGateway", "publicIpCount"], message: `${publicIpCount} public IPs: a NAT gateway takes 1 to ${MAX_NAT_PUBLIC_IPS}` });
    }
  }
  if (plan.egress === "natGateway" && plan.workerSubnet.existing) {
    issues.push({
      path: ["egress"],
      message: "an existing worker subnet keeps the egress its owners gave it (NAT gateway, firewall route): set egress: userDefinedRouting",
    });
  }
  return issues;
}

/** A security rule as people write it: the common fields may be left out. */
export interface SecurityRuleInput {
  readonly name: string;
  /** 100-4096, unique per direction within the NSG; lower is evaluated first. */
  readonly priority: number;
  /** @default "Inbound" */
  readonly direction?: SecurityRule["direction"];
  /** @default "Allow" */
  readonly access?: SecurityRule["access"];
  readonly protocol: SecurityRule["protocol"];
  /** `*`, one service tag (`AzureLoadBalancer`), or IPv4 addresses and CIDRs. */
  readonly sources: readonly string[];
  /** @default ["*"] */
  readonly sourcePorts?: readonly string[];
  /** @default ["*"] */
  readonly destinations?: readonly string[];
  /** Destination ports or ranges (`443`, `30000-32767`), or `*`. */
  readonly ports: readonly string[];
  readonly description?: string;
}

export interface NsgInput {
  /** @default - `<cluster>-<env>-cp-nsg` / `<cluster>-<env>-worker-nsg` */
  readonly name?: string;
  /** @default false */
  readonly existing?: boolean;
  /** @default - the VNet's resource group */
  readonly resourceGroup?: string;
}

export interface SubnetInput {
  /** @default "10.0.0.0/16" (control plane) / "10.1.0.0/16" (worker); required for an existing subnet */
  readonly cidr?: string;
  /** @default - `<cluster>-<env>-cp-subnet` / `<cluster>-<env>-worker-subnet` */
  readonly name?: string;
  /** @default false */
  readonly existing?: boolean;
  /** @default - a new NSG `<cluster>-<env>-<cp|worker>-nsg` in the cluster's resource group */
  readonly nsg?: NsgInput;
  /** @default [] */
  readonly securityRules?: readonly SecurityRuleInput[];
  /** @default - none: the subnet uses Azure's system routes (and the NAT gateway for workers) */
  readonly routeTable?: ExistingByName;
}

export interface NetworkInput {
  /** @default - dynamic placement: a new VNet `<cluster>-<env>-vnet` with address space 10.0.0.0/8 */
  readonly vnet?: {
    readonly name?: string;
    readonly resourceGroup?: string;
    /** @default ["10.0.0.0/8"]; required with static placement (the existing VNet's space) */
    readonly addressSpace?: readonly string[];
  };
  readonly controlPlaneSubnet?: SubnetInput;
  readonly workerSubnet?: SubnetInput;
  /** @default ["*"] */
  readonly apiServerSources?: readonly string[];
  /** @default [] (no SSH rule) */
  readonly sshSources?: readonly string[];
  /** @default "natGateway" */
  readonly egress?: NetworkEgress;
  /** @default - idle timeout 4 minutes, 1 public IP (only with egress natGateway) */
  readonly natGateway?: { readonly idleTimeoutMinutes?: number; readonly publicIpCount?: number };
}

/**
 * Applies the defaults to what people wrote. Defaults that would silently be wrong for existing
 * resources are not applied: an existing VNet needs its address space, an existing subnet its CIDR.
 */
export function resolveNetworkPlan(input: NetworkInput): { plan: NetworkPlan; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  const vnet = input.vnet ?? {};
  if (vnet.name !== undefined && vnet.addressSpace === undefined) {
    issues.push({ path: ["vnet", "addressSpace"], message: "an existing VNet needs its address space here (static placement), so subnets can be checked against it" });
  }
  const subnet = (role: SubnetRole): SubnetPlan => {
    const key = SUBNET_KEY[role];
    const raw = input[key] ?? {};
    const existing = raw.existing ?? false;
    if (existing && raw.cidr === undefined) {
      issues.push({ path: [key, "cidr"], message: "an existing subnet needs its CIDR here, so capacity and overlaps can be checked" });
    }
    return {
      cidr: raw.cidr ?? DEFAULT_SUBNET_CIDR[role],
      name: raw.name,
      existing,
      nsg: { name: raw.nsg?.name, existing: raw.nsg?.existing ?? false, resourceGroup: raw.nsg?.resourceGroup },
      securityRules: (raw.securityRules ?? []).map(resolveSecurityRule),
      routeTable: raw.routeTable,
    };
  };
  const plan: NetworkPlan = {
    vnet: { name: vnet.name, resourceGroup: vnet.resourceGroup, addressSpace: vnet.addressSpace ?? DEFAULT_VNET_ADDRESS_SPACE },
    controlPlaneSubnet: subnet("controlPlane"),
    workerSubnet: subnet("worker"),
    apiServerSources: input.apiServerSources ?? DEFAULT_API_SERVER_SOURCES,
    sshSources: input.sshSources ?? [],
    egress: input.egress ?? DEFAULT_EGRESS,
    natGateway:
      input.natGateway === undefined
        ? undefined
        : {
            idleTimeoutMinutes: input.natGateway.idleTimeoutMinutes ?? DEFAULT_NAT_IDLE_TIMEOUT_MINUTES,
            publicIpCount: input.natGateway.publicIpCount ?? DEFAULT_NAT_PUBLIC_IP_COUNT,
          },
  };
  return { plan, issues };
}

export function resolveSecurityRule(rule: SecurityRuleInput): SecurityRule {
  return {
    name: rule.name,
    priority: rule.priority,
    direction: rule.direction ?? "Inbound",
    access: rule.access ?? "Allow",
    protocol: rule.protocol,
    sources: rule.sources,
    sourcePorts: rule.sourcePorts ?? ["*"],
    destinations: rule.destinations ?? ["*"],
    ports: rule.ports,
    description: rule.description,
  };
}
