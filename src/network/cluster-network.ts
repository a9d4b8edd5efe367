/**
 * ClusterNetwork: the VNet, the control-plane and worker subnets with one NSG each, and node
 * egress, for both topologies. Dynamic placement creates the VNet; static placement uses an
 * existing one (possibly in another resource group) with new or existing subnets and NSGs.
 */
import { DataAzurermNetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/data-azurerm-network-security-group";
import { DataAzurermRouteTable } from "@cdktf/provider-azurerm/lib/data-azurerm-route-table";
import { DataAzurermSubnet } from "@cdktf/provider-azurerm/lib/data-azurerm-subnet";
import { DataAzurermVirtualNetwork } from "@cdktf/provider-azurerm/lib/data-azurerm-virtual-network";
import { NatGateway } from "@cdktf/provider-azurerm/lib/nat-gateway";
import { NatGatewayPublicIpAssociation } from "@cdktf/provider-azurerm/lib/nat-gateway-public-ip-association";
import { NetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
import { NetworkSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-rule";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { SubnetNatGatewayAssociation } from "@cdktf/provider-azurerm/lib/subnet-nat-gateway-association";
import { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
import { SubnetRouteTableAssociation } from "@cdktf/provider-azurerm/lib/subnet-route-table-association";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { Fn, ITerraformDependable, Lazy, Op, Postcondition, TerraformSelf, Token } from "cdktf";
import { Construct } from "constructs";
import { derivedNameIssues, resourceName } from "../azure/names";
import {
  AVAILABILITY_ZONES,
  AvailabilityZone,
  builtInRules,
  DEFAULT_NAT_IDLE_TIMEOUT_MINUTES,
  DEFAULT_NAT_PUBLIC_IP_COUNT,
  isStaticPlacement,
  NetworkEgress,
  NetworkInput,
  NetworkPlan,
  networkPlanProblems,
  resolveNetworkPlan,
  SubnetPlan,
  SubnetRole,
  zonesProblem,
} from "../azure/network-plan";
import { SecurityRule } from "../azure/nsg-rules";
import { RuleIssue } from "../azure/rule-issue";
import { ClusterNetworkRef } from "./network-ref";
import { throwOnIssues } from "./prop-issues";

export interface ClusterNetworkProps extends NetworkInput {
  /** Cluster name; derived resource names are `<cluster>-<env>-<role>`. */
  readonly clusterName: string;
  readonly environmentName: string;
  /** Azure region of everything this construct creates. */
  readonly location: string;
  /** The cluster's resource group (a reference is fine): new NSGs and the NAT gateway go here. */
  readonly resourceGroupName: string;
  /**
   * Zones the nodes use. One zone: the NAT gateway and its IPs are pinned to it (a zonal stack).
   * Several: the NAT gateway's public IPs are zone-redundant.
   * @default ["1", "2", "3"]
   */
  readonly zones?: readonly AvailabilityZone[];
  /**
   * Open the API server port (6443) on the control-plane NSG to `apiServerSources`. IaaS clusters
   * need it (the API load balancer forwards to the control-plane nodes); AKS hosts its API server.
   * @default true
   */
  readonly apiServerRule?: boolean;
  /**
   * Service endpoints the subnets need, e.g. `Microsoft.Storage` for a storage account whose
   * network rules allow the cluster subnets. Set on subnets this construct creates; checked at
   * plan time on existing ones.
   * @default []
   */
  readonly serviceEndpoints?: readonly string[];
}

/** One subnet as later constructs use it. */
export interface ClusterSubnet {
  readonly id: string;
  readonly name: string;
  readonly cidr: string;
  /** False when the subnet existed before this stack. */
  readonly created: boolean;
  readonly nsgId: string;
  readonly nsgName: string;
  readonly nsgCreated: boolean;
}

export class ClusterNetwork extends Construct implements ClusterNetworkRef {
  /** The network as planned, defaults applied. */
  public readonly plan: NetworkPlan;
  public readonly placement: "dynamic" | "static";
  public readonly vnetId: string;
  public readonly vnetName: string;
  public readonly vnetResourceGroupName: string;
  public readonly addressSpace: readonly string[];
  public readonly controlPlaneSubnet: ClusterSubnet;
  public readonly workerSubnet: ClusterSubnet;
  public readonly controlPlaneSubnetId: string;
  public readonly controlPlaneSubnetCidr: string;
  public readonly workerSubnetId: string;
  public readonly workerSubnetCidr: string;
  public readonly controlPlaneNsgId: string;
  public readonly workerNsgId: string;
  public readonly egress: NetworkEgress;
  public readonly serviceEndpoints: readonly string[];
  /** The worker subnet's NSG, route table and NAT gateway associations, for `dependsOn`. */
  public readonly workerSubnetDependencies: readonly ITerraformDependable[];
  /** The worker subnet's NAT gateway (egress natGateway). */
  public readonly natGateway?: NatGateway;
  /** Addresses the nodes' internet traffic leaves from (the NAT gateway's IPs); unset with userDefinedRouting. */
  public readonly egressPublicIps?: readonly string[];

  private readonly props: ClusterNetworkProps;
  /** Allowed to the API server next to `apiServerSources`, when those are restricted; resolved at synth. */
  private readonly apiServerClients: string[] = [];
  private readonly associations: Record<SubnetRole, ITerraformDependable[]> = { controlPlane: [], worker: [] };
  private readonly zones: readonly AvailabilityZone[];

  constructor(scope: Construct, id: string, props: ClusterNetworkProps) {
    super(scope, id);
    this.props = props;
    this.zones = props.zones ?? AVAILABILITY_ZONES;
    const { plan, issues } = resolveNetworkPlan(props);
    throwOnIssues(this, [...issues, ...propProblems(props, this.zones), ...networkPlanProblems(plan, { apiServerRule: props.apiServerRule ?? true })]);
    this.plan = plan;
    this.placement = isStaticPlacement(plan) ? "static" : "dynamic";
    this.egress = plan.egress;
    this.serviceEndpoints = [...new Set(props.serviceEndpoints ?? [])].sort();
    this.addressSpace = plan.vnet.addressSpace;

    const vnet = this.addVnet();
    this.vnetId = vnet.id;
    this.vnetName = vnet.name;
    this.vnetResourceGroupName = vnet.resourceGroupName;

    this.controlPlaneSubnet = this.addSubnet("controlPlane", plan.controlPlaneSubnet);
    this.workerSubnet = this.addSubnet("worker", plan.workerSubnet);
    this.controlPlaneSubnetId = this.controlPlaneSubnet.id;
    this.controlPlaneSubnetCidr = this.controlPlaneSubnet.cidr;
    this.controlPlaneNsgId = this.controlPlaneSubnet.nsgId;
    this.workerSubnetId = this.workerSubnet.id;
    this.workerSubnetCidr = this.workerSubnet.cidr;
    this.workerNsgId = this.workerSubnet.nsgId;

    if (plan.egress === "natGateway") {
      const { gateway, ips } = this.addNatGateway();
      this.natGateway = gateway;
      this.egressPublicIps = ips.map((ip) => ip.ipAddress);
      this.apiServerClients.push(...this.egressPublicIps);
    }
    this.workerSubnetDependencies = this.associations.worker;
  }

  /**
   * Allows more of the cluster's own public addresses (e.g. the API load balancer's outbound SNAT
   * address) to the API server when `apiServerSources` are restricted. The NAT gateway's are in
   * already. No effect when the API server is open to the internet.
   */
  allowApiServerClients(...addresses: string[]): void {
    this.apiServerClients.push(...addresses);
  }

  private name(role: string): string {
    return resourceName(this.props.clusterName, this.props.environmentName, role);
  }

  private addVnet(): { id: string; name: string; resourceGroupName: string } {
    const { vnet } = this.plan;
    if (vnet.name === undefined) {
      const created = new VirtualNetwork(this, "vnet", {
        name: this.name("vnet"),
        location: this.props.location,
        resourceGroupName: this.props.resourceGroupName,
        addressSpace: [...vnet.addressSpace],
        // Subnets are separate resources: azurerm 4 would otherwise plan to remove them.
        lifecycle: { ignoreChanges: ["subnet"] },
      });
      return { id: created.id, name: created.name, resourceGroupName: created.resourceGroupName };
    }
    const existing = new DataAzurermVirtualNetwork(this, "vnet", {
      name: vnet.name,
      resourceGroupName: vnet.resourceGroup ?? this.props.resourceGroupName,
      lifecycle: {
        postcondition: [
          {
            condition: `\${alltrue([for cidr in ${hclList(vnet.addressSpace)} : contains(self.address_space, cidr)])}`,
            errorMessage: `VNet ${vnet.name} does not have every CIDR of network.vnet.addressSpace (${vnet.addressSpace.join(", ")}) in its address space: make the spec match the VNet.`,
          },
          {
            condition: `\${self.location == ${JSON.stringify(this.props.location)}}`,
            errorMessage: `VNet ${vnet.name} is not in ${this.props.location}, the environment's location: a cluster's VNet must be in its region.`,
          },
        ],
      },
    });
    return { id: existing.id, name: existing.name, resourceGroupName: existing.resourceGroupName };
  }

  private addSubnet(role: SubnetRole, plan: SubnetPlan): ClusterSubnet {
    const short = role === "controlPlane" ? "cp" : "worker";
    const construct = role === "controlPlane" ? "control-plane" : "worker";
    const vnetResourceGroup = this.plan.vnet.resourceGroup ?? this.props.resourceGroupName;
    const serviceEndpoints = this.serviceEndpoints;

    const nsg = plan.nsg.existing
      ? new DataAzurermNetworkSecurityGroup(this, `${construct}-nsg`, {
          name: plan.nsg.name!,
          resourceGroupName: plan.nsg.resourceGroup ?? vnetResourceGroup,
        })
      : new NetworkSecurityGroup(this, `${construct}-nsg`, {
          name: plan.nsg.name ?? this.name(`${short}-nsg`),
          location: this.props.location,
          resourceGroupName: this.props.resourceGroupName,
          // Rules are separate resources (ours, and those Kubernetes' cloud provider adds).
          lifecycle: { ignoreChanges: ["security_rule"] },
        });
    const clusterEgressSources = Lazy.listValue({ produce: () => [...this.apiServerClients] });
    const rules = [...builtInRules(this.plan, role, { apiServerRule: this.props.apiServerRule ?? true, clusterEgressSources }), ...plan.securityRules];
    for (const rule of rules) this.addRule(`${construct}-nsg-${rule.name}`, rule, nsg);

    let subnet: { id: string; name: string };
    if (plan.existing) {
      subnet = new DataAzurermSubnet(this, `${construct}-subnet`, {
        name: plan.name!,
        virtualNetworkName: this.vnetName,
        resourceGroupName: vnetResourceGroup,
        lifecycle: { postcondition: existingSubnetConditions(plan, nsg.id, serviceEndpoints) },
      });
    } else {
      const created = new Subnet(this, `${construct}-subnet`, {
        name: plan.name ?? this.name(`${short}-subnet`),
        virtualNetworkName: this.vnetName,
        resourceGroupName: vnetResourceGroup,
        addressPrefixes: [plan.cidr],
        // Nodes reach the internet only through the egress chosen here, never Azure's implicit SNAT.
        defaultOutboundAccessEnabled: false,
        serviceEndpoints: serviceEndpoints.length > 0 ? [...serviceEndpoints] : undefined,
      });
      this.associations[role].push(
        new SubnetNetworkSecurityGroupAssociation(this, `${construct}-subnet-nsg`, {
          subnetId: created.id,
          networkSecurityGroupId: nsg.id,
        }),
      );
      if (plan.routeTable !== undefined) {
        const table = new DataAzurermRouteTable(this, `${construct}-route-table`, {
          name: plan.routeTable.name,
          resourceGroupName: plan.routeTable.resourceGroup ?? vnetResourceGroup,
        });
        this.associations[role].push(new SubnetRouteTableAssociation(this, `${construct}-subnet-route-table`, { subnetId: created.id, routeTableId: table.id }));
      }
      subnet = created;
    }
    return {
      id: subnet.id,
      name: subnet.name,
      cidr: plan.cidr,
      created: !plan.existing,
      nsgId: nsg.id,
      nsgName: nsg.name,
      nsgCreated: !plan.nsg.existing,
    };
  }

  private addRule(id: string, rule: SecurityRule, nsg: { name: string; resourceGroupName: string }): void {
    const one = <T>(list: readonly T[]) => (list.length === 1 ? list[0] : undefined);
    const many = <T>(list: readonly T[]) => (list.length > 1 ? [...list] : undefined);
    new NetworkSecurityRule(this, id, {
      name: rule.name,
      resourceGroupName: nsg.resourceGroupName,
      networkSecurityGroupName: nsg.name,
      priority: rule.priority,
      direction: rule.direction,
      access: rule.access,
      protocol: rule.protocol,
      // A Terraform list token (addresses known at apply) is always the list form.
      sourceAddressPrefix: Token.isUnresolved(rule.sources) ? undefined : one(rule.sources),
      sourceAddressPrefixes: Token.isUnresolved(rule.sources) ? [...rule.sources] : many(rule.sources),
      sourcePortRange: one(rule.sourcePorts),
      sourcePortRanges: many(rule.sourcePorts),
      destinationAddressPrefix: one(rule.destinations),
      destinationAddressPrefixes: many(rule.destinations),
      destinationPortRange: one(rule.ports),
      destinationPortRanges: many(rule.ports),
      description: rule.description,
    });
  }

  private addNatGateway(): { gateway: NatGateway; ips: PublicIp[] } {
    const settings = this.plan.natGateway ?? { idleTimeoutMinutes: DEFAULT_NAT_IDLE_TIMEOUT_MINUTES, publicIpCount: DEFAULT_NAT_PUBLIC_IP_COUNT };
    // A Standard NAT gateway lives in one zone. With one cluster zone, pin it and its IPs there;
    // with several, Azure picks its zone and the IPs are zone-redundant (allowed for "no zone").
    const single = this.zones.length === 1 ? [...this.zones] : undefined;
    const gateway = new NatGateway(this, "nat-gateway", {
      name: this.name("natgw"),
      location: this.props.location,
      resourceGroupName: this.props.resourceGroupName,
      skuName: "Standard",
      idleTimeoutInMinutes: settings.idleTimeoutMinutes,
      zones: single,
    });
    const ips: PublicIp[] = [];
    for (let i = 0; i < settings.publicIpCount; i++) {
      const suffix = i === 0 ? "" : `-${i + 1}`;
      const ip = new PublicIp(this, `nat-gateway-ip${suffix}`, {
        name: this.name(`natgw-pip${suffix}`),
        location: this.props.location,
        resourceGroupName: this.props.resourceGroupName,
        sku: "Standard",
        allocationMethod: "Static",
        // Without zones a Standard public IP is not zone-redundant.
        zones: single ?? [...AVAILABILITY_ZONES],
      });
      new NatGatewayPublicIpAssociation(this, `nat-gateway-ip${suffix}-association`, { natGatewayId: gateway.id, publicIpAddressId: ip.id });
      ips.push(ip);
    }
    this.associations.worker.push(new SubnetNatGatewayAssociation(this, "worker-subnet-nat-gateway", { subnetId: this.workerSubnet.id, natGatewayId: gateway.id }));
    return { gateway, ips };
  }
}

/** Rules on the construct's own props (the spec checks these in its schema). */
function propProblems(props: ClusterNetworkProps, zones: readonly string[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  issues.push(...derivedNameIssues(props.clusterName, props.environmentName));
  const zoneProblem = zonesProblem(zones);
  if (zoneProblem) issues.push({ path: ["zones"], message: zoneProblem });
  return issues;
}

/** Plan-time checks that an existing subnet is what the spec says it is. */
function existingSubnetConditions(plan: SubnetPlan, nsgId: string, serviceEndpoints: readonly string[]): Postcondition[] {
  const conditions: Postcondition[] = [
    {
      condition: `\${contains(self.address_prefixes, ${JSON.stringify(plan.cidr)})}`,
      errorMessage: `Subnet ${plan.name} does not have the prefix ${plan.cidr} that the spec declares: make cidr match the subnet.`,
    },
    {
      condition: Op.eq(Fn.lower(TerraformSelf.getString("network_security_group_id")), Fn.lower(nsgId)),
      errorMessage: `Subnet ${plan.name} is not associated with NSG ${plan.nsg.name}: name the NSG the subnet actually has.`,
    },
  ];
  if (serviceEndpoints.length > 0) {
    conditions.push({
      condition: `\${alltrue([for endpoint in ${hclList(serviceEndpoints)} : contains(self.service_endpoints, endpoint)])}`,
      errorMessage: `Subnet ${plan.name} lacks the service endpoints ${serviceEndpoints.join(", ")} that private storage access needs: ask the network owners to add them.`,
    });
  }
  return conditions;
}

/** A list of literal strings as an HCL expression. */
function hclList(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;
}
