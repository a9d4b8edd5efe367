/**
 * Network security group rules: Azure's limits on names, priorities, ports and address prefixes,
 * and the rules every cluster NSG gets. Pure: no cdktf here.
 */
import { cidrProblem, parseCidr } from "./cidr";
import { Issue, Problem, problem, under } from "../core/issues";

export type SecurityRuleDirection = "Inbound" | "Outbound";
export type SecurityRuleAccess = "Allow" | "Deny";
export type SecurityRuleProtocol = "Tcp" | "Udp" | "Icmp" | "Esp" | "Ah" | "*";

export const SECURITY_RULE_PROTOCOLS: readonly SecurityRuleProtocol[] = ["Tcp", "Udp", "Icmp", "Esp", "Ah", "*"];

/** One NSG rule, in our words; ClusterNetwork turns it into an `azurerm_network_security_rule`. */
export interface SecurityRule {
  /** Unique within the NSG: letters, digits, `.`, `_`, `-`; at most 80 characters. */
  readonly name: string;
  /** 100-4096; lower numbers are evaluated first; unique per direction within the NSG. */
  readonly priority: number;
  /** Which traffic the rule matches: `Inbound` or `Outbound`. */
  readonly direction: SecurityRuleDirection;
  /** What happens to matching traffic: `Allow` or `Deny`. */
  readonly access: SecurityRuleAccess;
  /** `Tcp`, `Udp`, `Icmp`, `Esp`, `Ah`, or `*` for any. */
  readonly protocol: SecurityRuleProtocol;
  /** `*`, one service tag, or IPv4 CIDRs / addresses. */
  readonly sources: readonly string[];
  /** `*`, ports (`443`) or ranges (`30000-32767`). */
  readonly sourcePorts: readonly string[];
  /** `*`, one service tag, or IPv4 CIDRs / addresses. */
  readonly destinations: readonly string[];
  /** Destination ports: `*`, ports or ranges. */
  readonly ports: readonly string[];
  /** Free text shown with the rule, at most 140 characters. @default - none */
  readonly description?: string;
}

export const NSG_PRIORITY_MIN = 100;
export const NSG_PRIORITY_MAX = 4096;
export const NSG_DESCRIPTION_MAX = 140;
const RULE_NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,78}[A-Za-z0-9_])?$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const SERVICE_TAG = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)?$/;
const PORT_RANGE = /^(\d{1,5})(?:-(\d{1,5}))?$/;

/** Why `name` cannot name an NSG rule, or undefined. */
export function securityRuleNameProblem(name: string): Problem | undefined {
  if (RULE_NAME.test(name)) return undefined;
  return problem(
    "security-rule-name-syntax",
    `${JSON.stringify(name)} is not a valid rule name: 1-80 letters, digits, ".", "_" ` +
      `or "-", starting with a letter or digit and ending with a letter, digit or "_"`,
  );
}

export function priorityProblem(priority: number): Problem | undefined {
  if (Number.isInteger(priority) && priority >= NSG_PRIORITY_MIN && priority <= NSG_PRIORITY_MAX) return undefined;
  return problem(
    "security-rule-priority",
    `priority ${priority} is not an integer from ${NSG_PRIORITY_MIN} to ${NSG_PRIORITY_MAX}`,
  );
}

/** Why `text` is not `*`, a port (`443`) or a range (`30000-32767`) within 0-65535. */
export function portRangeProblem(text: string): Problem | undefined {
  if (text === "*") return undefined;
  const m = PORT_RANGE.exec(text);
  if (!m)
    return problem(
      "port-syntax",
      `${JSON.stringify(text)} is not a port such as 443, a range such as 30000-32767, or *`,
    );
  const low = Number(m[1]);
  const high = m[2] === undefined ? low : Number(m[2]);
  if (high > 65535) return problem("port-out-of-range", `${text}: ports go up to 65535`);
  if (low > high) return problem("port-range-order", `${text}: the range starts after it ends`);
  return undefined;
}

/** Why `text` is not `*`, an IPv4 address, an IPv4 CIDR or a service tag such as `AzureLoadBalancer`. */
export function addressPrefixProblem(text: string): Problem | undefined {
  if (text === "*" || SERVICE_TAG.test(text)) return undefined;
  if (IPV4.test(text))
    return parseCidr(`${text}/32`)
      ? undefined
      : problem("ip-address-syntax", `${JSON.stringify(text)} is not an IPv4 address`);
  if (text.includes("/")) return cidrProblem(text);
  return problem(
    "address-prefix-syntax",
    `${JSON.stringify(text)} is not *, an IPv4 address, a CIDR such as 203.0.113.0/24 ` +
      `or a service tag such as AzureLoadBalancer`,
  );
}

/** `*` and service tags (`Internet`, `AzureCloud.westeurope`) match sets Azure defines. */
export function isServiceTagOrAny(text: string): boolean {
  return text === "*" || SERVICE_TAG.test(text);
}

/** Problems of a list of address prefixes, each located by its index. */
export function addressListIssues(list: readonly string[]): Issue[] {
  if (list.length === 0)
    return [{ code: "address-list-empty", path: [], message: "list at least one address: *, a service tag, or CIDRs" }];
  const issues: Issue[] = [];
  list.forEach((entry, i) => {
    const found = addressPrefixProblem(entry);
    if (found) issues.push({ ...found, path: [i] });
  });
  // Azure takes several prefixes, or exactly one of * / a service tag (`source_address_prefixes` refuses tags).
  const alone = list.find(isServiceTagOrAny);
  if (alone !== undefined && list.length > 1) {
    issues.push({
      code: "address-list-tag-alone",
      path: [],
      message:
        `${JSON.stringify(alone)} must be the only entry: Azure accepts either one ` +
        `service tag or *, or a list of addresses and CIDRs`,
    });
  }
  const dup = list.find((entry, i) => list.indexOf(entry) !== i);
  if (dup !== undefined)
    issues.push({ code: "listed-twice", path: [], message: `${JSON.stringify(dup)} is listed twice` });
  return issues;
}

/** Problems of a list of ports or ranges, each located by its index. */
export function portListIssues(list: readonly string[]): Issue[] {
  if (list.length === 0) return [{ code: "port-list-empty", path: [], message: "list at least one port, range, or *" }];
  const issues: Issue[] = [];
  list.forEach((entry, i) => {
    const found = portRangeProblem(entry);
    if (found) issues.push({ ...found, path: [i] });
  });
  if (list.includes("*") && list.length > 1)
    issues.push({
      code: "port-list-any-alone",
      path: [],
      message: `"*" must be the only entry: it already matches every port`,
    });
  const dup = list.find((entry, i) => list.indexOf(entry) !== i);
  if (dup !== undefined)
    issues.push({ code: "listed-twice", path: [], message: `${JSON.stringify(dup)} is listed twice` });
  return issues;
}

/** Every problem of one rule on its own, located by the rule's keys. */
export function securityRuleIssues(rule: SecurityRule): Issue[] {
  const issues: Issue[] = [];
  const nameProblem = securityRuleNameProblem(rule.name);
  if (nameProblem) issues.push({ ...nameProblem, path: ["name"] });
  const prio = priorityProblem(rule.priority);
  if (prio) issues.push({ ...prio, path: ["priority"] });
  if (!SECURITY_RULE_PROTOCOLS.includes(rule.protocol)) {
    issues.push({
      code: "security-rule-protocol",
      subject: rule.protocol,
      path: ["protocol"],
      message: `protocol is one of ${SECURITY_RULE_PROTOCOLS.join(", ")}`,
    });
  }
  for (const key of ["sources", "destinations"] as const) {
    issues.push(...under([key], addressListIssues(rule[key])));
  }
  for (const key of ["sourcePorts", "ports"] as const) {
    issues.push(...under([key], portListIssues(rule[key])));
  }
  if (rule.description !== undefined && rule.description.length > NSG_DESCRIPTION_MAX) {
    issues.push({
      code: "security-rule-description-length",
      path: ["description"],
      message: `descriptions are at most ${NSG_DESCRIPTION_MAX} characters (this one has ${rule.description.length})`,
    });
  }
  return issues;
}

/**
 * Rules that share one NSG: names unique, priorities unique per direction. `builtIn` are the
 * rules ClusterNetwork adds itself; a clash with one of them is reported on the user's rule.
 * Issues are located as `[index, key]` into `rules`.
 */
export function ruleSetIssues(rules: readonly SecurityRule[], builtIn: readonly SecurityRule[] = []): Issue[] {
  const issues: Issue[] = [];
  const names = new Map<string, string>();
  const priorities = new Map<string, string>();
  for (const rule of builtIn) {
    names.set(rule.name.toLowerCase(), `the built-in rule ${JSON.stringify(rule.name)}`);
    priorities.set(`${rule.direction}/${rule.priority}`, `the built-in rule ${JSON.stringify(rule.name)}`);
  }
  rules.forEach((rule, i) => {
    const nameOwner = names.get(rule.name.toLowerCase());
    if (nameOwner)
      issues.push({
        code: "security-rule-name-duplicate",
        path: [i, "name"],
        message:
          `${JSON.stringify(rule.name)} is already the name of ${nameOwner} (rule names are ` +
          `unique per NSG, ignoring case)`,
      });
    else names.set(rule.name.toLowerCase(), `rule [${i}]`);
    const key = `${rule.direction}/${rule.priority}`;
    const prioOwner = priorities.get(key);
    if (prioOwner)
      issues.push({
        code: "security-rule-priority-duplicate",
        path: [i, "priority"],
        message:
          `${rule.direction} priority ${rule.priority} is already used by ${prioOwner} ` +
          `(priorities are unique per direction within an NSG)`,
      });
    else priorities.set(key, `rule [${i}] ${JSON.stringify(rule.name)}`);
  });
  return issues;
}

/** Priorities of the rules ClusterNetwork adds (CAPZ uses the same: SSH 2200, API server 2201). */
export const SSH_RULE_PRIORITY = 2200;
export const API_SERVER_RULE_PRIORITY = 2201;
export const PUBLIC_SERVICES_RULE_PRIORITY = 2300;
export const API_SERVER_PORT = 6443;

/** True when the API server port is open only to some sources, not the whole internet. */
export function apiServerSourcesRestricted(sources: readonly string[]): boolean {
  return sources.length > 0 && !sources.some((s) => s === "*" || s.toLowerCase() === "internet");
}

export interface BuiltInRuleOptions {
  /** Sources allowed to the API server port; empty: no rule. */
  readonly apiServerSources: readonly string[];
  /** Sources allowed to SSH (22); empty: no rule. */
  readonly sshSources: readonly string[];
  /** Ports of public LoadBalancer services, let in on the worker NSG. @default - none */
  readonly publicServices?: {
    readonly ports: readonly string[];
    readonly sources: readonly string[];
    readonly protocol: SecurityRuleProtocol;
  };
  /** The subnet the NSG guards: rules open ports on it, not on the whole VNet. */
  readonly subnetCidr: string;
}

/** The rules ClusterNetwork adds to the control-plane NSG. */
export function controlPlaneBuiltInRules(options: BuiltInRuleOptions): SecurityRule[] {
  const rules: SecurityRule[] = [];
  if (options.sshSources.length > 0) rules.push(sshRule(options));
  if (options.apiServerSources.length > 0) {
    rules.push({
      name: "allow-apiserver",
      priority: API_SERVER_RULE_PRIORITY,
      direction: "Inbound",
      access: "Allow",
      protocol: "Tcp",
      sources: options.apiServerSources,
      sourcePorts: ["*"],
      destinations: [options.subnetCidr],
      ports: [String(API_SERVER_PORT)],
      description: "Kubernetes API server, reached through the API load balancer",
    });
  }
  return rules;
}

/** The rules ClusterNetwork adds to the worker NSG: SSH and public service ports, each only when asked. */
export function workerBuiltInRules(options: BuiltInRuleOptions): SecurityRule[] {
  const rules = options.sshSources.length > 0 ? [sshRule(options)] : [];
  if (options.publicServices !== undefined) {
    rules.push({
      name: "allow-public-services",
      priority: PUBLIC_SERVICES_RULE_PRIORITY,
      direction: "Inbound",
      access: "Allow",
      protocol: options.publicServices.protocol,
      sources: options.publicServices.sources,
      sourcePorts: ["*"],
      // A load balancer rule with floating IP keeps the service's public address as the destination.
      destinations: ["*"],
      ports: options.publicServices.ports,
      description: "Public LoadBalancer services (ingress) on the workers",
    });
  }
  return rules;
}

function sshRule(options: BuiltInRuleOptions): SecurityRule {
  return {
    name: "allow-ssh",
    priority: SSH_RULE_PRIORITY,
    direction: "Inbound",
    access: "Allow",
    protocol: "Tcp",
    sources: options.sshSources,
    sourcePorts: ["*"],
    destinations: [options.subnetCidr],
    ports: ["22"],
    description: "SSH to nodes from the listed sources",
  };
}
