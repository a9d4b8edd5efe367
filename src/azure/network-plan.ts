/**
 * The cluster network as planned: VNet placement, two subnets with their NSGs, egress. The YAML
 * schema and the ClusterNetwork construct both resolve their input to a NetworkPlan and check it
 * with the functions here, so both report the same rule in the same words. Pure: no cdktf here.
 */
import { cidrContains, cidrProblem, cidrsOverlap, formatIp, parseCidr } from "./cidr";
import {
  addressListIssues,
  controlPlaneBuiltInRules,
  isServiceTagOrAny,
  portListIssues,
  ruleSetIssues,
  SecurityRule,
  securityRuleIssues,
  SSH_RULE_PRIORITY,
  workerBuiltInRules,
} from "./nsg-rules";
import { Issue, problem, under } from "../core/issues";
import { Zone } from "./zones";

/**
 * How nodes without public IPs reach the internet. `loadBalancer`: outbound rules of Standard load
 * balancers with zone-redundant public IPs (IaaS: the API load balancer for the control plane, an
 * egress load balancer for the workers; AKS: its own load balancer), which survive a zone. `natGateway`:
 * a NAT gateway on the worker subnet, more SNAT ports but zonal (azurerm 4.55 has only the zonal
 * Standard SKU), so egress fails with its zone. `userDefinedRouting`: nothing public; the network's
 * routes (a firewall) or a proxy provide egress.
 */
export type NetworkEgress = "loadBalancer" | "natGateway" | "userDefinedRouting";
export type SubnetRole = "controlPlane" | "worker";

/** CAPZ's defaults (DESIGN.md): VNet 10.0.0.0/8, control plane 10.0.0.0/16, nodes 10.1.0.0/16. */
export const DEFAULT_VNET_ADDRESS_SPACE: readonly string[] = ["10.0.0.0/8"];
export const DEFAULT_SUBNET_CIDR: Readonly<Record<SubnetRole, string>> = {
  controlPlane: "10.0.0.0/16",
  worker: "10.1.0.0/16",
};
export const DEFAULT_API_SERVER_SOURCES: readonly string[] = ["*"];
/** Egress that survives a zone; behind a proxy, nothing public (userDefinedRouting). */
export const DEFAULT_EGRESS: NetworkEgress = "loadBalancer";
export const DEFAULT_PROXIED_EGRESS: NetworkEgress = "userDefinedRouting";
export const DEFAULT_OUTBOUND_IDLE_TIMEOUT_MINUTES = 4;
export const DEFAULT_OUTBOUND_PUBLIC_IP_COUNT = 1;
/** Azure's limit of public IPs on one NAT gateway. */
export const MAX_NAT_PUBLIC_IPS = 16;
/** AKS' limit of managed outbound IPs (load_balancer_profile.managed_outbound_ip_count). */
export const MAX_LOAD_BALANCER_EGRESS_IPS = 100;
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

export interface OutboundPlan {
  readonly idleTimeoutMinutes: number;
  readonly publicIpCount: number;
}

export interface NatGatewayPlan extends OutboundPlan {
  /** The one zone a Standard NAT gateway and its public IPs live in. */
  readonly zone: Zone;
}

/** Public `LoadBalancer` services: the worker NSG lets these ports in (AKS and cloud-provider-azure add no rule to a subnet NSG). */
export interface PublicServicesPlan {
  readonly ports: readonly string[];
  readonly sources: readonly string[];
  readonly protocol: "Tcp" | "Udp" | "*";
}

export interface NetworkPlan {
  /** The VNet: an existing one by name (static placement), or a new one (dynamic placement). */
  readonly vnet: VnetPlan;
  /** Only where the control plane runs in the VNet (IaaS); AKS hosts it. @default - none (AKS) */
  readonly controlPlaneSubnet?: SubnetPlan;
  /** The subnet of the worker nodes (AKS: of every node pool). */
  readonly workerSubnet: SubnetPlan;
  /** Sources allowed to the API server (TCP 6443) on the control-plane NSG; [] without a control-plane subnet. */
  readonly apiServerSources: readonly string[];
  /** Sources allowed to SSH (TCP 22) on both NSGs; [] (the default) for no rule. */
  readonly sshSources: readonly string[];
  /** @default - no public service ports */
  readonly publicServices?: PublicServicesPlan;
  /** How nodes without public IPs reach the internet. */
  readonly egress: NetworkEgress;
  /** With egress natGateway. @default - none (other egress) */
  readonly natGateway?: NatGatewayPlan;
  /** With egress loadBalancer. @default - none (other egress) */
  readonly loadBalancer?: OutboundPlan;
  /** With egress userDefinedRouting: the public addresses your firewall sends node traffic from. @default [] */
  readonly egressAddresses: readonly string[];
}

/** What a network is planned and checked for, besides what people wrote. */
export interface NetworkContext {
  /**
   * The control plane runs on VMs in this network (IaaS): it gets a subnet, an NSG with the API
   * server rule, and `apiServerSources`. AKS hosts its control plane: the worker subnet only.
   */
  readonly selfHostedControlPlane: boolean;
  /** The nodes use an HTTP(S) proxy: egress defaults to userDefinedRouting, nothing public is made for them. */
  readonly proxied: boolean;
  /** The cluster's zones (a NAT gateway is pinned to one of them). */
  readonly zones: readonly Zone[];
  /**
   * Where the VNet comes from when the cluster did not name it, for messages: `privateCloudGateways "pcg-prod"`.
   * @default - the cluster's own
   */
  readonly vnetOrigin?: string;
}

/**
 * True when the worker subnet is ours, egress is routed by the user, and no route table is named:
 * nothing gives the nodes a way out then (default outbound access is off on our subnets) unless
 * the network advertises a default route (BGP).
 */
export function needsRouteTable(plan: Pick<NetworkPlan, "egress" | "workerSubnet">): boolean {
  return (
    plan.egress === "userDefinedRouting" && !plan.workerSubnet.existing && plan.workerSubnet.routeTable === undefined
  );
}

/** Placement follows from the VNet: an existing one by name is static placement. */
export function isStaticPlacement(plan: Pick<NetworkPlan, "vnet">): boolean {
  return plan.vnet.name !== undefined;
}

/** The subnets the plan has, by role. */
export function plannedSubnets(plan: NetworkPlan): [SubnetRole, SubnetPlan][] {
  return [
    ...(plan.controlPlaneSubnet ? [["controlPlane", plan.controlPlaneSubnet] as [SubnetRole, SubnetPlan]] : []),
    ["worker", plan.workerSubnet],
  ];
}

/** The built-in rules of a subnet's NSG under this plan. */
export function builtInRules(plan: NetworkPlan, role: SubnetRole): SecurityRule[] {
  const subnet = role === "controlPlane" ? plan.controlPlaneSubnet : plan.workerSubnet;
  const options = {
    apiServerSources: plan.apiServerSources,
    sshSources: plan.sshSources,
    publicServices: plan.publicServices,
    subnetCidr: subnet?.cidr ?? "",
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
export function networkPlanIssues(plan: NetworkPlan, context: NetworkContext): Issue[] {
  return [
    ...vnetProblems(plan, context),
    ...plannedSubnets(plan).flatMap(([role]) => subnetProblems(plan, role, context)),
    ...subnetLayoutProblems(plan),
    ...sourceListProblems(plan),
    ...publicServicesProblems(plan),
    ...egressProblems(plan, context),
  ];
}

/**
 * What deserves a warning rather than a refusal: egress that depends on one zone, and routed
 * egress (without a proxy) on a subnet of ours that no route table serves.
 */
export function networkPlanWarnings(plan: NetworkPlan, context: NetworkContext): Issue[] {
  const warnings: Issue[] = [];
  if (plan.natGateway !== undefined && context.zones.length > 1) {
    warnings.push({
      code: "egress-single-zone",
      path: ["egress"],
      message:
        `egress natGateway: a NAT gateway lives in one zone (${plan.natGateway.zone}), so ` +
        `nodes in every zone lose egress when it fails; egress loadBalancer survives a ` +
        `zone`,
    });
  }
  if (!context.proxied && context.selfHostedControlPlane && needsRouteTable(plan)) {
    warnings.push({
      code: "egress-no-route",
      path: ["workerSubnet", "routeTable"],
      message:
        "egress userDefinedRouting without a route table or proxy: nodes reach the " +
        "internet only if the network advertises a default route (BGP); name a routeTable " +
        "otherwise",
    });
  }
  return warnings;
}

const SUBNET_KEY: Readonly<Record<SubnetRole, "controlPlaneSubnet" | "workerSubnet">> = {
  controlPlane: "controlPlaneSubnet",
  worker: "workerSubnet",
};

function vnetProblems(plan: NetworkPlan, context: NetworkContext): Issue[] {
  const issues: Issue[] = [];
  const { vnet } = plan;
  if (vnet.resourceGroup !== undefined && vnet.name === undefined) {
    issues.push({
      code: "vnet-resource-group-without-name",
      path: ["vnet", "resourceGroup"],
      message: "resourceGroup names where an existing VNet is: set vnet.name too (static placement), or remove it",
    });
  }
  if (vnet.name !== undefined && !NAME.test(vnet.name)) {
    issues.push({
      code: "vnet-name-syntax",
      path: ["vnet", "name"],
      message: `${JSON.stringify(vnet.name)} is not a VNet name: ${NAME_RULE}${origin(context)}`,
    });
  }
  if (vnet.addressSpace.length === 0)
    issues.push({ code: "address-space-empty", path: ["vnet", "addressSpace"], message: "list at least one CIDR" });
  const parsed = vnet.addressSpace.map((text, i) => {
    const found = cidrProblem(text);
    if (found) issues.push({ ...found, path: ["vnet", "addressSpace", i] });
    return parseCidr(text);
  });
  parsed.forEach((cidr, i) => {
    if (!cidr) return;
    for (const [range, what] of AZURE_FORBIDDEN_RANGES) {
      if (cidrsOverlap(cidr, parseCidr(range)!)) {
        issues.push({
          code: "address-space-forbidden-range",
          path: ["vnet", "addressSpace", i],
          message: `${vnet.addressSpace[i]} overlaps ${range} (${what}), which Azure does not allow in a VNet`,
        });
      }
    }
    parsed.slice(0, i).forEach((other, j) => {
      if (other && cidrsOverlap(cidr, other)) {
        issues.push({
          code: "address-space-overlap",
          path: ["vnet", "addressSpace", i],
          message: `${vnet.addressSpace[i]} overlaps ${vnet.addressSpace[j]}, also in the address space`,
        });
      }
    });
  });
  return issues;
}

function subnetProblems(plan: NetworkPlan, role: SubnetRole, context: NetworkContext): Issue[] {
  const key = SUBNET_KEY[role];
  const subnet = plan[key]!;
  const issues: Issue[] = [];
  const at = (...path: (string | number)[]) => [key, ...path];

  const cidrIssue = cidrProblem(subnet.cidr);
  if (cidrIssue) issues.push({ ...cidrIssue, path: at("cidr") });
  const cidr = parseCidr(subnet.cidr);
  if (cidr && cidr.prefix > MIN_SUBNET_PREFIX_LENGTH) {
    issues.push({
      code: "subnet-too-small",
      path: at("cidr"),
      message: `${subnet.cidr} is smaller than a /${MIN_SUBNET_PREFIX_LENGTH}, the smallest subnet Azure allows`,
    });
  }
  if (cidr && plan.vnet.addressSpace.length > 0) {
    const spaces = plan.vnet.addressSpace.map(parseCidr);
    if (spaces.every((s) => s !== undefined) && !spaces.some((s) => cidrContains(s, cidr))) {
      issues.push({
        code: "subnet-outside-vnet",
        path: at("cidr"),
        message:
          `${subnet.cidr} is not inside the VNet's address space ` +
          `(${plan.vnet.addressSpace.join(", ")}${origin(context)})`,
      });
    }
  }

  if (subnet.existing) {
    if (!isStaticPlacement(plan)) {
      issues.push({
        code: "existing-subnet-needs-vnet",
        path: at("existing"),
        message: "an existing subnet lives in an existing VNet: set vnet.name (static placement), or remove existing",
      });
    }
    if (subnet.name === undefined)
      issues.push({
        code: "existing-subnet-name-missing",
        path: at("existing"),
        message: "name the existing subnet with name",
      });
    if (!subnet.nsg.existing) {
      issues.push({
        code: "existing-subnet-nsg",
        path: at("nsg"),
        message:
          "an existing subnet keeps the NSG it is associated with: name that NSG with nsg: { name, existing: true }",
      });
    }
    if (subnet.routeTable !== undefined) {
      issues.push({
        code: "existing-subnet-route-table",
        path: at("routeTable"),
        message: "an existing subnet keeps its own route table: routeTable only applies to subnets this stack creates",
      });
    }
  }
  if (subnet.nsg.existing && subnet.nsg.name === undefined)
    issues.push({
      code: "existing-nsg-name-missing",
      path: at("nsg", "name"),
      message: "name the existing NSG with name",
    });
  if (!subnet.nsg.existing && subnet.nsg.resourceGroup !== undefined) {
    issues.push({
      code: "nsg-resource-group-without-existing",
      path: at("nsg", "resourceGroup"),
      message:
        "resourceGroup only applies to an existing NSG (existing: true); new NSGs go in the cluster's resource group",
    });
  }

  for (const [what, name] of [
    ["subnet", subnet.name],
    ["NSG", subnet.nsg.name],
  ] as const) {
    if (name !== undefined && !NAME.test(name))
      issues.push({
        code: "resource-name-syntax",
        path: what === "subnet" ? at("name") : at("nsg", "name"),
        message: `${JSON.stringify(name)} is not a${what === "NSG" ? "n" : ""} ${what} name: ${NAME_RULE}`,
      });
  }

  subnet.securityRules.forEach((rule, i) => issues.push(...under(at("securityRules", i), securityRuleIssues(rule))));
  issues.push(...under(at("securityRules"), ruleSetIssues(subnet.securityRules, builtInRules(plan, role))));
  return issues;
}

function subnetLayoutProblems(plan: NetworkPlan): Issue[] {
  const controlPlane = plan.controlPlaneSubnet;
  if (controlPlane === undefined) return [];
  const cp = parseCidr(controlPlane.cidr);
  const worker = parseCidr(plan.workerSubnet.cidr);
  const issues: Issue[] = [];
  if (cp && worker && cidrsOverlap(cp, worker)) {
    issues.push({
      code: "subnets-overlap",
      path: ["workerSubnet", "cidr"],
      message:
        `${plan.workerSubnet.cidr} overlaps the control-plane ` +
        `subnet ${controlPlane.cidr}; for example ${suggestNext(cp)} is free after it`,
    });
  }
  if (controlPlane.name !== undefined && controlPlane.name === plan.workerSubnet.name) {
    issues.push({
      code: "subnet-names-equal",
      path: ["workerSubnet", "name"],
      message: `${JSON.stringify(controlPlane.name)} is already the control-plane subnet: the two subnets are separate`,
    });
  }
  const cpNsg = controlPlane.nsg;
  const workerNsg = plan.workerSubnet.nsg;
  if (
    cpNsg.existing &&
    workerNsg.existing &&
    cpNsg.name?.toLowerCase() === workerNsg.name?.toLowerCase() &&
    (cpNsg.resourceGroup ?? "") === (workerNsg.resourceGroup ?? "")
  ) {
    issues.push({
      code: "nsg-adopted-twice",
      path: ["workerSubnet", "nsg", "name"],
      message:
        `both subnets adopt NSG ${JSON.stringify(workerNsg.name)}: each subnet's built-in ` +
        `rules (allow-ssh at ${SSH_RULE_PRIORITY}, ...) would be added to it twice; give ` +
        `each subnet an NSG of its own`,
    });
  }
  return issues;
}

/** The block of the same size right after `cidr`, as a hint. */
function suggestNext(cidr: { base: number; prefix: number; size: number }): string {
  return `${formatIp((cidr.base + cidr.size) % 2 ** 32)}/${cidr.prefix}`;
}

/** SSH sources broader than this are the internet in all but name (0.0.0.0/0, 0.0.0.0/1, ...). */
const MIN_SSH_SOURCE_PREFIX = 8;

function sourceListProblems(plan: NetworkPlan): Issue[] {
  const issues: Issue[] = [];
  if (plan.apiServerSources.length > 0)
    issues.push(...under(["apiServerSources"], addressListIssues(plan.apiServerSources)));
  if (plan.sshSources.length > 0) {
    issues.push(...under(["sshSources"], addressListIssues(plan.sshSources)));
    plan.sshSources.forEach((source, i) => {
      if (source === "*" || source.toLowerCase() === "internet") {
        issues.push({
          code: "ssh-from-internet",
          path: ["sshSources", i],
          message:
            `SSH from ${source === "*" ? "anywhere" : "the internet"} is refused: list the ` +
            `CIDRs of your bastion, VPN or jump hosts`,
        });
      } else if (parseCidr(source) !== undefined && parseCidr(source)!.prefix < MIN_SSH_SOURCE_PREFIX) {
        issues.push({
          code: "ssh-source-too-wide",
          path: ["sshSources", i],
          message:
            `SSH from ${source} opens port 22 to ${parseCidr(source)!.size} addresses: list ` +
            `blocks of /${MIN_SSH_SOURCE_PREFIX} or smaller for your bastion, VPN or jump ` +
            `hosts`,
        });
      } else if (isServiceTagOrAny(source) && source.toLowerCase() !== "virtualnetwork") {
        // Other tags (AzureCloud, ...) are whole Azure ranges: as open as the internet for SSH.
        issues.push({
          code: "ssh-from-service-tag",
          path: ["sshSources", i],
          message:
            `SSH from the service tag ${source} opens port 22 to everyone in it: list the ` +
            `CIDRs of your bastion, VPN or jump hosts, or VirtualNetwork`,
        });
      }
    });
  }
  return issues;
}

function publicServicesProblems(plan: NetworkPlan): Issue[] {
  const services = plan.publicServices;
  if (services === undefined) return [];
  return [
    ...under(["publicServices", "ports"], portListIssues(services.ports)),
    ...under(["publicServices", "sources"], addressListIssues(services.sources)),
    ...(services.ports.includes("*")
      ? [
          {
            code: "public-services-any-port",
            path: ["publicServices", "ports"],
            message: "list the service ports (80, 443): * would open every port of every node to the sources",
          },
        ]
      : []),
  ];
}

function egressProblems(plan: NetworkPlan, context: NetworkContext): Issue[] {
  const issues: Issue[] = [];
  const outbound = plan.natGateway ?? plan.loadBalancer;
  const key = plan.natGateway ? "natGateway" : "loadBalancer";
  if (outbound !== undefined) {
    const { idleTimeoutMinutes, publicIpCount } = outbound;
    const maxIdle = plan.natGateway ? 120 : 100;
    const maxIps = plan.natGateway ? MAX_NAT_PUBLIC_IPS : MAX_LOAD_BALANCER_EGRESS_IPS;
    if (!Number.isInteger(idleTimeoutMinutes) || idleTimeoutMinutes < 4 || idleTimeoutMinutes > maxIdle) {
      issues.push({
        code: "egress-idle-timeout",
        path: [key, "idleTimeoutMinutes"],
        message: `idle timeout ${idleTimeoutMinutes} is not a whole number of minutes from 4 to ${maxIdle}`,
      });
    }
    if (!Number.isInteger(publicIpCount) || publicIpCount < 1 || publicIpCount > maxIps) {
      issues.push({
        code: "egress-public-ip-count",
        path: [key, "publicIpCount"],
        message:
          `${publicIpCount} public ` +
          `IPs: ${plan.natGateway ? "a NAT gateway" : "egress through load balancers"} ` +
          `takes 1 to ${maxIps}`,
      });
    }
  }
  plan.egressAddresses.forEach((address, i) => {
    const found = address.includes("/")
      ? cidrProblem(address)
      : parseCidr(`${address}/32`)
        ? undefined
        : problem("ip-address-syntax", `${JSON.stringify(address)} is not an IPv4 address or CIDR`);
    if (found) issues.push({ ...found, path: ["egressAddresses", i] });
  });
  if (plan.natGateway !== undefined && !context.zones.includes(plan.natGateway.zone)) {
    issues.push({
      code: "nat-gateway-zone",
      path: ["natGateway", "zone"],
      message: `zone ${plan.natGateway.zone} is not one of the cluster's zones (${context.zones.join(", ")})`,
    });
  }
  if (plan.egress === "natGateway" && plan.workerSubnet.existing) {
    issues.push({
      code: "existing-subnet-egress",
      path: ["egress"],
      message:
        "an existing worker subnet keeps the egress its owners gave it (NAT gateway, " +
        "firewall route): set egress: userDefinedRouting",
    });
  }
  return issues;
}

/** Names of subnets, NSGs and VNets: 1-80 (VNets 2-64) letters, digits, `_`, `.` and `-`, starting with a letter or digit, ending with a letter, digit or `_`. */
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/;
const NAME_RULE =
  "1-80 letters, digits, '_', '.' and '-', starting with a letter or digit and ending with a letter, digit or '_'";

function origin(context: NetworkContext): string {
  return context.vnetOrigin === undefined ? "" : `, inherited from ${context.vnetOrigin}`;
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

export interface OutboundInput {
  /** Minutes an idle outbound flow is kept: 4-120 (NAT gateway), 4-100 (load balancers). @default 4 */
  readonly idleTimeoutMinutes?: number;
  /** Public IPs to leave from, each 64,512 SNAT ports: 1-16 (NAT gateway), 1-100 (load balancers). @default 1 */
  readonly publicIpCount?: number;
}

export interface NetworkInput {
  /** @default - dynamic placement: a new VNet `<cluster>-<env>-vnet` with address space 10.0.0.0/8 */
  readonly vnet?: {
    readonly name?: string;
    readonly resourceGroup?: string;
    /** @default ["10.0.0.0/8"]; required with static placement (the existing VNet's space) */
    readonly addressSpace?: readonly string[];
  };
  /**
   * The control plane's subnet, IaaS only: AKS hosts its control plane.
   * @default - a new subnet `<cluster>-<env>-cp-subnet`, 10.0.0.0/16 in the default VNet, with a new NSG
   */
  readonly controlPlaneSubnet?: SubnetInput;
  /**
   * The worker nodes' subnet (AKS: every node pool's).
   * @default - a new subnet `<cluster>-<env>-worker-subnet`, 10.1.0.0/16 in the default VNet, with a new NSG
   */
  readonly workerSubnet?: SubnetInput;
  /** IaaS only. @default ["*"] */
  readonly apiServerSources?: readonly string[];
  /** @default [] (no SSH rule) */
  readonly sshSources?: readonly string[];
  /**
   * Ports of public `LoadBalancer` services (an ingress controller), let in on the worker NSG from
   * `sources`. @default - none: services get a public address nobody reaches until this is set
   */
  readonly publicServices?: {
    readonly ports: readonly string[];
    /** @default ["Internet"] */ readonly sources?: readonly string[];
    /** @default "Tcp" */ readonly protocol?: "Tcp" | "Udp" | "*";
  };
  /** @default "loadBalancer", or "userDefinedRouting" for a proxied cluster; the kind whose settings are given otherwise */
  readonly egress?: NetworkEgress;
  /** Only with egress natGateway. @default - idle timeout 4 minutes, 1 public IP, the cluster's first zone */
  readonly natGateway?: OutboundInput & { /** @default - the cluster's first zone */ readonly zone?: Zone };
  /** Only with egress loadBalancer. @default - idle timeout 4 minutes, 1 public IP */
  readonly loadBalancer?: OutboundInput;
  /**
   * Only with egress userDefinedRouting: the public IPv4 addresses or CIDRs your firewall sends the
   * nodes' internet traffic from. AKS adds them to a restricted API server's authorized ranges.
   * @default []
   */
  readonly egressAddresses?: readonly string[];
}

/**
 * Applies the defaults to what people wrote. Defaults that would silently be wrong are not
 * applied: an existing VNet needs its address space; subnets in a VNet that is not this cluster's
 * default VNet need their CIDRs (no default can know what is free there).
 */
export function resolveNetworkPlan(
  input: NetworkInput,
  context: NetworkContext,
): { plan: NetworkPlan; issues: Issue[] } {
  const issues: Issue[] = [];
  const vnet = input.vnet ?? {};
  const defaultVnet = vnet.name === undefined && vnet.addressSpace === undefined;
  if (vnet.name !== undefined && vnet.addressSpace === undefined) {
    issues.push({
      code: "existing-vnet-address-space",
      path: ["vnet", "addressSpace"],
      message:
        `an existing VNet needs its address space here (static placement), so subnets can ` +
        `be checked against it${origin(context)}`,
    });
  }
  if (!context.selfHostedControlPlane) {
    for (const key of ["controlPlaneSubnet", "apiServerSources"] as const) {
      if (input[key] !== undefined) {
        issues.push({
          code: "aks-no-control-plane-subnet",
          path: [key],
          message:
            `AKS hosts its control plane outside the VNet: there is no control-plane subnet ` +
            `or NSG; remove ${key}${key === "apiServerSources" ? " and restrict the API server with apiServer.authorizedIpRanges" : ""}`,
        });
      }
    }
  }
  const subnet = (role: SubnetRole): SubnetPlan => {
    const key = SUBNET_KEY[role];
    const raw = input[key] ?? {};
    const existing = raw.existing ?? false;
    if (raw.cidr === undefined && existing) {
      issues.push({
        code: "existing-subnet-cidr-missing",
        path: [key, "cidr"],
        message: "an existing subnet needs its CIDR here, so capacity and overlaps can be checked",
      });
    } else if (raw.cidr === undefined && !defaultVnet) {
      const inherited = context.vnetOrigin === undefined ? "" : ` (inherited from ${context.vnetOrigin})`;
      const where =
        vnet.name === undefined
          ? "the VNet's address space is not the default one"
          : `VNet ${vnet.name}${inherited} is not this cluster's own`;
      issues.push({
        code: "subnet-cidr-required",
        path: [key, "cidr"],
        message: `is required: ${where}, so no default can know which addresses are free in it`,
      });
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
  const egress =
    input.egress ??
    (input.natGateway
      ? "natGateway"
      : input.loadBalancer
        ? "loadBalancer"
        : context.proxied
          ? DEFAULT_PROXIED_EGRESS
          : DEFAULT_EGRESS);
  for (const key of ["natGateway", "loadBalancer"] as const) {
    if (input[key] !== undefined && egress !== key)
      issues.push({
        code: "egress-settings-unused",
        path: [key],
        message: `${key} settings only apply with egress: ${key} (egress is ${egress})`,
      });
  }
  const outbound = (settings: OutboundInput | undefined): OutboundPlan => ({
    idleTimeoutMinutes: settings?.idleTimeoutMinutes ?? DEFAULT_OUTBOUND_IDLE_TIMEOUT_MINUTES,
    publicIpCount: settings?.publicIpCount ?? DEFAULT_OUTBOUND_PUBLIC_IP_COUNT,
  });
  const plan: NetworkPlan = {
    vnet: {
      name: vnet.name,
      resourceGroup: vnet.resourceGroup,
      addressSpace: vnet.addressSpace ?? DEFAULT_VNET_ADDRESS_SPACE,
    },
    controlPlaneSubnet: context.selfHostedControlPlane ? subnet("controlPlane") : undefined,
    workerSubnet: subnet("worker"),
    apiServerSources: context.selfHostedControlPlane ? (input.apiServerSources ?? DEFAULT_API_SERVER_SOURCES) : [],
    sshSources: input.sshSources ?? [],
    publicServices:
      input.publicServices === undefined
        ? undefined
        : {
            ports: input.publicServices.ports,
            sources: input.publicServices.sources ?? ["Internet"],
            protocol: input.publicServices.protocol ?? "Tcp",
          },
    egress,
    natGateway:
      egress === "natGateway"
        ? { ...outbound(input.natGateway), zone: input.natGateway?.zone ?? context.zones[0] ?? "1" }
        : undefined,
    loadBalancer: egress === "loadBalancer" ? outbound(input.loadBalancer) : undefined,
    egressAddresses: input.egressAddresses ?? [],
  };
  if (input.egressAddresses !== undefined && context.selfHostedControlPlane) {
    issues.push({
      code: "egress-addresses-iaas",
      path: ["egressAddresses"],
      message:
        "only AKS uses them (it adds them to its API server's authorized ranges); IaaS " +
        "nodes reach their API server through the internal load balancer",
    });
  } else if (input.egressAddresses !== undefined && egress !== "userDefinedRouting") {
    issues.push({
      code: "egress-addresses-unused",
      path: ["egressAddresses"],
      message:
        `egressAddresses name your firewall's addresses with egress userDefinedRouting ` +
        `(egress is ${egress}: this stack knows its own addresses)`,
    });
  }
  return { plan, issues };
}

/** A plan as input again: resolving it gives the same plan (what a composed construct is built from). */
export function networkInputOf(plan: NetworkPlan): NetworkInput {
  const { apiServerSources, egressAddresses, controlPlaneSubnet, natGateway, loadBalancer, ...rest } = plan;
  return {
    ...rest,
    ...(controlPlaneSubnet ? { controlPlaneSubnet, apiServerSources } : {}),
    ...(natGateway ? { natGateway } : {}),
    ...(loadBalancer ? { loadBalancer } : {}),
    ...(egressAddresses.length > 0 ? { egressAddresses } : {}),
  };
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
