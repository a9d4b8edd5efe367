/**
 * Cluster network: VNet placement, subnets, NSGs, egress (ClusterNetwork). The schema checks the
 * shape; the environment resolves it with the cluster's context (resolveNetworkPlan: its type, proxy,
 * zones, gateway), and the Azure rules that look across fields run in rules/cluster-networks.ts with
 * the same functions ClusterNetwork uses. Reference: docs/network.md
 */
import { z } from "zod";
import { azureNameSchema, zoneSchema } from "./common";

/** YAML reads `ports: [443]` as numbers; Azure wants strings. */
const portSchema = z.union([z.string(), z.number()]).transform((v) => String(v));

const addressListSchema = z.array(z.string());

const existingByNameSchema = z.strictObject({
  name: azureNameSchema("resource"),
  resourceGroup: azureNameSchema("resource group").optional().describe("@default the VNet's resource group"),
});

export const securityRuleSchema = z
  .strictObject({
    name: z.string().describe("Unique within the NSG: 1-80 letters, digits, . _ -"),
    priority: z
      .number()
      .describe(
        "100-4096, unique per direction within the NSG; lower numbers are evaluated " +
          "first. 2200 and 2201 are taken by the built-in SSH and API server rules.",
      ),
    direction: z.enum(["Inbound", "Outbound"]).optional().describe("@default Inbound"),
    access: z.enum(["Allow", "Deny"]).optional().describe("@default Allow"),
    protocol: z.enum(["Tcp", "Udp", "Icmp", "Esp", "Ah", "*"]).describe("Tcp, Udp, Icmp, Esp, Ah or *"),
    sources: addressListSchema.describe(
      "*, one service tag (e.g. AzureLoadBalancer, VirtualNetwork), or IPv4 addresses and CIDRs",
    ),
    sourcePorts: z.array(portSchema).optional().describe('@default ["*"]'),
    destinations: addressListSchema.optional().describe('@default ["*"] (everything behind this NSG)'),
    ports: z.array(portSchema).describe("Destination ports (443) or ranges (30000-32767), or *"),
    description: z.string().optional().describe("At most 140 characters"),
  })
  .describe("An extra NSG rule, added next to the built-in ones.");

const nsgSchema = z
  .strictObject({
    name: azureNameSchema("resource")
      .optional()
      .describe("@default <cluster>-<env>-cp-nsg / <cluster>-<env>-worker-nsg"),
    existing: z
      .boolean()
      .optional()
      .describe(
        "Adopt the existing NSG `name`: this stack adds its rules to it and changes nothing else. @default false",
      ),
    resourceGroup: azureNameSchema("resource group")
      .optional()
      .describe("Resource group of the existing NSG. @default the VNet's resource group"),
  })
  .describe("The subnet's network security group: a new one (default) or an existing one to adopt.");

function subnetSchema(role: "control-plane" | "worker", defaultCidr: string) {
  return z
    .strictObject({
      cidr: z
        .string()
        .optional()
        .describe(
          `IPv4 CIDR inside the VNet's address space. @default ${defaultCidr} in the ` +
            `default VNet; required in any other VNet (static placement, a Private Cloud ` +
            `Gateway's, a custom address space)`,
        ),
      name: z
        .string()
        .min(1)
        .optional()
        .describe(`@default <cluster>-<env>-${role === "control-plane" ? "cp" : "worker"}-subnet`),
      existing: z
        .boolean()
        .optional()
        .describe(
          "Use the existing subnet `name` of the static-placement VNet instead of creating one. @default false",
        ),
      nsg: nsgSchema.optional(),
      securityRules: z.array(securityRuleSchema).optional().describe("Extra rules for this subnet's NSG. @default []"),
      routeTable: existingByNameSchema
        .optional()
        .describe(
          "An existing route table (e.g. 0.0.0.0/0 to a firewall) to associate with this " +
            "subnet; only for subnets this stack creates.",
        ),
    })
    .describe(`The ${role} subnet and its NSG.`);
}

const outboundSchema = {
  idleTimeoutMinutes: z
    .number()
    .optional()
    .describe("Minutes an idle outbound flow is kept: 4-120 (NAT gateway), 4-100 (load balancers). @default 4"),
  publicIpCount: z
    .number()
    .optional()
    .describe(
      "Public IPs to leave from, 64,512 SNAT ports each: 1-16 (NAT gateway), 1-100 (load balancers). @default 1",
    ),
};

export const networkSchema = z
  .strictObject({
    vnet: z
      .strictObject({
        name: azureNameSchema("resource")
          .optional()
          .describe(
            "Static placement: the name of an existing VNet. Unset: dynamic placement, a new " +
              "VNet <cluster>-<env>-vnet.",
          ),
        resourceGroup: azureNameSchema("resource group")
          .optional()
          .describe(
            "Resource group of the existing VNet, which may differ from the cluster's. " +
              "@default the environment's resource group",
          ),
        addressSpace: z
          .array(z.string())
          .optional()
          .describe(
            'IPv4 CIDRs of the VNet. @default ["10.0.0.0/8"]; with static placement, ' +
              "required: the existing VNet's address space",
          ),
      })
      .optional()
      .describe(
        "Where the cluster's subnets live: a new VNet (dynamic placement, the default), " +
          "an existing one (static placement), or the Private Cloud Gateway's.",
      ),
    controlPlaneSubnet: subnetSchema("control-plane", "10.0.0.0/16")
      .optional()
      .describe("IaaS only: the control-plane subnet and its NSG (AKS hosts its control plane)."),
    workerSubnet: subnetSchema("worker", "10.1.0.0/16").optional(),
    apiServerSources: addressListSchema
      .optional()
      .describe(
        "IaaS only: sources allowed to the API server (TCP 6443) on the control-plane " +
          "NSG: * (the default), one service tag, or CIDRs.",
      ),
    sshSources: addressListSchema
      .optional()
      .describe(
        "Sources allowed to SSH (TCP 22) on both NSGs, e.g. a bastion or VPN CIDR. " +
          "@default [] (no SSH rule); * and Internet are refused.",
      ),
    publicServices: z
      .strictObject({
        ports: z
          .array(portSchema)
          .min(1)
          .describe("Ports of the public LoadBalancer services, e.g. [80, 443] for an ingress controller"),
        sources: addressListSchema.optional().describe("Who may reach them. @default [Internet]"),
        protocol: z.enum(["Tcp", "Udp", "*"]).optional().describe("@default Tcp"),
      })
      .optional()
      .describe(
        "Public LoadBalancer services (ingress): the worker NSG lets these ports in; AKS " +
          "and Kubernetes' cloud provider add no rule to a subnet NSG. @default - none: a " +
          "public service gets an address nobody reaches",
      ),
    egress: z
      .enum(["loadBalancer", "natGateway", "userDefinedRouting"])
      .optional()
      .describe(
        "How nodes without public IPs reach the internet: loadBalancer (outbound rules on " +
          "zone-redundant public IPs; survives a zone), natGateway (a NAT gateway on the " +
          "worker subnet: more SNAT ports, but it lives in one zone) or userDefinedRouting " +
          "(nothing public; your firewall, routes or proxy). @default loadBalancer; " +
          "userDefinedRouting behind a proxy",
      ),
    natGateway: z
      .strictObject({
        ...outboundSchema,
        zone: zoneSchema.optional().describe("The zone it lives in. @default the cluster's first zone"),
      })
      .optional()
      .describe("NAT gateway settings; implies egress natGateway."),
    loadBalancer: z
      .strictObject(outboundSchema)
      .optional()
      .describe("Settings of egress through load balancers; implies egress loadBalancer."),
    egressAddresses: addressListSchema
      .optional()
      .describe(
        "AKS with egress userDefinedRouting: the public addresses (or CIDRs) your " +
          "firewall sends node traffic from; AKS adds them to a restricted API server's " +
          "authorized ranges. @default []",
      ),
  })
  .describe("Cluster network: VNet placement, subnets, NSGs, egress. Reference: docs/network.md");

export type NetworkSpec = z.output<typeof networkSchema>;
