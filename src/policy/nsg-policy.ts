/**
 * Policy for NSG rules: nothing admits SSH, RDP or every port from the internet. Other ports open to the
 * internet (the ingress controller's 80/443, the IaaS API server's 6443) are deliberate spec choices: the
 * review's exposure table lists them, and PAZ-PUBLIC-001 checks what public load balancers forward.
 */
import { isPublicSource } from "../review/exposure";
import { text } from "../review/stack-json";
import { PolicyRule, stackRule } from "./policy-rule";

const ADMIN_PORTS = [
  { port: 22, name: "SSH" },
  { port: 3389, name: "RDP" },
];
/** ICMP, AH and ESP carry no ports. */
const PORTED_PROTOCOLS = new Set(["tcp", "udp", "*"]);

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

function ranges(rule: Readonly<Record<string, unknown>>): string[] {
  return [
    ...(rule.destination_port_range ? [text(rule.destination_port_range)] : []),
    ...list(rule.destination_port_ranges),
  ];
}

const covers = (range: string, port: number) => {
  if (range === "*") return true;
  const [from, to = from] = range.split("-").map(Number);
  return from <= port && port <= to;
};

/** What an inbound rule opens to the internet that it must not: `SSH (22)`, `every port`; empty when nothing. */
function forbiddenOpenings(rule: Readonly<Record<string, unknown>>): string[] {
  if (rule.direction !== "Inbound" || rule.access !== "Allow") return [];
  if (!PORTED_PROTOCOLS.has(text(rule.protocol).toLowerCase())) return [];
  const sources = [
    ...(rule.source_address_prefix ? [text(rule.source_address_prefix)] : []),
    ...list(rule.source_address_prefixes),
  ];
  if (!sources.some(isPublicSource)) return [];
  const ports = ranges(rule);
  if (ports.some((r) => r === "*" || r === "0-65535" || r === "1-65535")) return ["every port"];
  return ADMIN_PORTS.filter(({ port }) => ports.some((r) => covers(r, port))).map(
    ({ port, name }) => `${name} (${port})`,
  );
}

const settingOf = (rule: Readonly<Record<string, unknown>>, prefix = "") =>
  [
    `${prefix}source_address_prefix${rule.source_address_prefixes ? "es" : ""} = ${text(rule.source_address_prefix ?? rule.source_address_prefixes)}`,
    `${prefix}destination_port_range${rule.destination_port_ranges ? "s" : ""} = ${text(rule.destination_port_range ?? rule.destination_port_ranges)}`,
  ].join(", ");

const noAdminPortsFromInternet = stackRule(
  {
    id: "PAZ-NSG-001",
    severity: "high",
    guardsAgainst: "SSH, RDP or every port reachable from the internet: brute force and exploits of anything listening",
    reads: [
      "azurerm_network_security_rule.source_address_prefix(es)",
      "azurerm_network_security_rule.destination_port_range(s)",
      "azurerm_network_security_group.security_rule",
    ],
    checkov: ["CKV_AZURE_10", "CKV_AZURE_9"],
    trivy: ["AVD-AZU-0050", "AVD-AZU-0048", "AVD-AZU-0047"],
  },
  (stack, found) => [
    ...stack.of("azurerm_network_security_rule").flatMap((rule) => {
      const opened = forbiddenOpenings(rule.config);
      return opened.length === 0
        ? []
        : [
            found(rule.address, {
              problem: `admits ${opened.join(" and ")} from the internet`,
              setting: settingOf(rule.config),
            }),
          ];
    }),
    // Rules written inline in the NSG.
    ...stack.of("azurerm_network_security_group").flatMap((nsg) =>
      (Array.isArray(nsg.config.security_rule) ? (nsg.config.security_rule as Record<string, unknown>[]) : []).flatMap(
        (rule, i) => {
          const opened = forbiddenOpenings(rule);
          return opened.length === 0
            ? []
            : [
                found(nsg.address, {
                  problem: `rule ${text(rule.name)} admits ${opened.join(" and ")} from the internet`,
                  setting: settingOf(rule, `security_rule[${i}].`),
                }),
              ];
        },
      ),
    ),
  ],
);

export const NSG_RULES: readonly PolicyRule[] = [noAdminPortsFromInternet];
