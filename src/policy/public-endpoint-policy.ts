/**
 * Policy for what public IPs front: the only inbound public endpoint is the IaaS API server (an accepted
 * exception). A public IP that only carries egress (outbound rules, a NAT gateway) receives no connections
 * and passes; NICs with public IPs are PAZ-VM-002's.
 */
import { Block, referencedAddresses, single, text } from "../review/stack-json";
import { IAAS_API_PUBLIC_LB, isIaasApiServerRule } from "./exceptions";
import { PolicyRule, stackRule } from "./policy-rule";

/** Resources that may refer to a public IP without making anything reachable here (or that another rule owns). */
const EGRESS_OR_OWNED_ELSEWHERE = new Set([
  "azurerm_lb",
  "azurerm_nat_gateway_public_ip_association",
  "azurerm_network_interface",
]);

/** Inbound forwarding on a load balancer: rules to a pool, NAT rules and pools to single instances. */
const FORWARDING = ["azurerm_lb_rule", "azurerm_lb_nat_rule", "azurerm_lb_nat_pool"];

const frontendsOf = (lb: Block): Record<string, unknown>[] =>
  Array.isArray(lb.config.frontend_ip_configuration)
    ? (lb.config.frontend_ip_configuration as Record<string, unknown>[])
    : [single(lb.config.frontend_ip_configuration) ?? {}];

/** `lb address/frontend name` → the public IP (or prefix) it listens on. */
function publicFrontends(lbs: readonly Block[]): Map<string, string> {
  const result = new Map<string, string>();
  for (const lb of lbs)
    for (const frontend of frontendsOf(lb)) {
      const ip = referencedAddresses(frontend.public_ip_address_id ?? frontend.public_ip_prefix_id)[0];
      if (ip !== undefined) result.set(`${lb.address}/${text(frontend.name)}`, ip);
    }
  return result;
}

function ports(forwarding: Block): string {
  const c = forwarding.config;
  const front =
    c.frontend_port !== undefined
      ? text(c.frontend_port)
      : `${text(c.frontend_port_start)}-${text(c.frontend_port_end)}`;
  return `${text(c.protocol)} ${front}`;
}

const onlyTheApiServerIsPublic = stackRule(
  {
    id: "PAZ-PUBLIC-001",
    severity: "high",
    guardsAgainst: "services reachable from the internet through a public IP other than the cluster's API endpoint",
    reads: [
      "azurerm_lb.frontend_ip_configuration.public_ip_address_id",
      "azurerm_lb_rule.frontend_port",
      "azurerm_lb_nat_rule.frontend_port",
      "azurerm_lb_nat_pool.frontend_port_start",
      "azurerm_public_ip (what refers to it)",
    ],
    checkov: [],
    trivy: [],
  },
  (stack, found) => {
    const frontends = publicFrontends(stack.of("azurerm_lb"));
    const forwarded = FORWARDING.flatMap((type) => stack.of(type)).flatMap((forwarding) => {
      const lb = referencedAddresses(forwarding.config.loadbalancer_id)[0];
      const ip = frontends.get(`${lb}/${text(forwarding.config.frontend_ip_configuration_name)}`);
      if (ip === undefined) return [];
      const apiServer = forwarding.type === "azurerm_lb_rule" && isIaasApiServerRule(forwarding, stack);
      return [
        found(forwarding.address, {
          problem: `forwards ${ports(forwarding)} from the internet`,
          setting: `frontend_ip_configuration_name = ${text(forwarding.config.frontend_ip_configuration_name)}, on ${ip}`,
          ...(apiServer ? { accepted: IAAS_API_PUBLIC_LB } : {}),
        }),
      ];
    });
    const publicIps = new Set(stack.of("azurerm_public_ip").map((ip) => ip.address));
    const elsewhere = stack.resources
      .filter((r) => !EGRESS_OR_OWNED_ELSEWHERE.has(r.type))
      .flatMap((r) =>
        [...new Set(referencedAddresses(r.config))]
          .filter((address) => publicIps.has(address))
          .map((ip) => found(r.address, { problem: `puts public IP ${ip} on a ${r.type}`, setting: "refers to it" })),
      );
    return [...forwarded, ...elsewhere];
  },
);

export const PUBLIC_ENDPOINT_RULES: readonly PolicyRule[] = [onlyTheApiServerIsPublic];
