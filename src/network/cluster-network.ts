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
import { Annotations, Fn, ITerraformDependable, Op, Postcondition, TerraformSelf, Token } from "cdktf";
import { Construct } from "constructs";
import { derivedNameIssues, resourceName } from "../azure/names";
import {
  builtInRules,
  isStaticPlacement,
  NatGatewayPlan,
  NetworkContext,
  NetworkEgress,
  NetworkInput,
  NetworkPlan,
  networkPlanIssues,
  networkPlanWarnings,
  OutboundPlan,
  resolveNetworkPlan,
  SubnetPlan,
  SubnetRole,
} from "../azure/network-plan";
import { SecurityRule } from "../azure/nsg-rules";
import { ClusterNetworkRef } from "./network-ref";
import { throwOnIssues } from "../core/construct-issues";
import { Issue, issueAt } from "../core/issues";
import { AVAILABILITY_ZONES, Zone, zonesProblem } from "../azure/zones";

export interface ClusterNetworkProps extends NetworkInput {
  /** Cluster name; derived resource names are `<cluster>-<env>-<role>`. */
  readonly clusterName: string;
  /** Environment name, the `<env>` of derived resource names. */
  readonly environmentName: string;
  /** Azure region of everything this construct creates. */
  readonly location: string;
  /** The cluster's resource group (a reference is fine): new NSGs and the NAT gateway go here. */
  readonly resourceGroupName: string;
  /** Zones the nodes use; a NAT gateway is pinned to one of them. @default ["1", "2", "3"] */
  readonly zones?: readonly Zone[];
  /**
   * The control plane runs on VMs in this network (IaaS): a control-plane subnet and NSG with the API
   * server rule. AKS hosts its control plane: only the worker subnet. @default true
   */
  readonly selfHostedControlPlane?: boolean;
  /** The nodes use an HTTP(S) proxy: egress defaults to userDefinedRouting, nothing public is made for them. @default false */
  readonly proxied?: boolean;
  /** Where the VNet came from when the cluster did not name it, for messages (`privateCloudGateways "pcg"`). @default - the cluster's own */
  readonly vnetOrigin?: string;
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
  readonly nsgResourceGroupName: string;
  readonly nsgCreated: boolean;
  /** The route table associated with the subnet by this stack. */
  readonly routeTable?: { readonly name: string; readonly resourceGroupName: string };
}

export class ClusterNetwork extends Construct implements ClusterNetworkRef {
  /** The network as planned, defaults applied. */
  public readonly plan: NetworkPlan;
  public readonly placement: "dynamic" | "static";
  public readonly vnetId: string;
  public readonly vnetName: string;
  public readonly vnetResourceGroupName: string;
  public readonly addressSpace: readonly string[];
  /** Unless the control plane is hosted elsewhere (AKS). */
  public readonly controlPlaneSubnet?: ClusterSubnet;
  public readonly workerSubnet: ClusterSubnet;
  public readonly controlPlaneSubnetId?: string;
  public readonly controlPlaneSubnetCidr?: string;
  public readonly workerSubnetId: string;
  public readonly workerSubnetCidr: string;
  public readonly controlPlaneNsgId?: string;
  public readonly workerNsgId: string;
  public readonly workerSubnetName: string;
  public readonly workerNsg: { readonly name: string; readonly resourceGroupName: string };
  public readonly workerRouteTable?: { readonly name: string; readonly resourceGroupName: string };
  public readonly egress: NetworkEgress;
  /** Settings of egress through load balancers, which the cluster builds on its nodes (egress loadBalancer). */
  public readonly loadBalancerEgress?: OutboundPlan;
  public readonly serviceEndpoints: readonly string[];
  /** The worker subnet's NSG, route table and NAT gateway associations, for `dependsOn`. */
  public readonly workerSubnetDependencies: readonly ITerraformDependable[];
  /** The worker subnet's NAT gateway (egress natGateway). */
  public readonly natGateway?: NatGateway;
  /** Addresses the nodes' internet traffic leaves from: the NAT gateway's IPs, or the firewall's `egressAddresses`. */
  public readonly egressPublicIps?: readonly string[];

  private readonly props: ClusterNetworkProps;
  private readonly associations: Record<SubnetRole, ITerraformDependable[]> = { controlPlane: [], worker: [] };

  constructor(scope: Construct, id: string, props: ClusterNetworkProps) {
    super(scope, id);
    this.props = props;
    const context: NetworkContext = {
      selfHostedControlPlane: props.selfHostedControlPlane ?? true,
      proxied: props.proxied ?? false,
      zones: props.zones ?? AVAILABILITY_ZONES,
      vnetOrigin: props.vnetOrigin,
    };
    throwOnIssues(this, propProblems(props, context.zones));
    const { plan, issues } = resolveNetworkPlan(props, context);
    throwOnIssues(this, issues);
    throwOnIssues(this, networkPlanIssues(plan, context));
    for (const warning of networkPlanWarnings(plan, context))
      Annotations.of(this).addWarning(`${["network", ...warning.path].join(".")}: ${warning.message}`);
    this.plan = plan;
    this.placement = isStaticPlacement(plan) ? "static" : "dynamic";
    this.egress = plan.egress;
    this.loadBalancerEgress = plan.loadBalancer;
    this.serviceEndpoints = [...new Set(props.serviceEndpoints ?? [])].sort();
    this.addressSpace = plan.vnet.addressSpace;

    const vnet = this.addVnet();
    this.vnetId = vnet.id;
    this.vnetName = vnet.name;
    this.vnetResourceGroupName = vnet.resourceGroupName;

    if (plan.controlPlaneSubnet) {
      this.controlPlaneSubnet = this.addSubnet("controlPlane", plan.controlPlaneSubnet);
      this.controlPlaneSubnetId = this.controlPlaneSubnet.id;
      this.controlPlaneSubnetCidr = this.controlPlaneSubnet.cidr;
      this.controlPlaneNsgId = this.controlPlaneSubnet.nsgId;
    }
    this.workerSubnet = this.addSubnet("worker", plan.workerSubnet);
    this.workerSubnetId = this.workerSubnet.id;
    this.workerSubnetCidr = this.workerSubnet.cidr;
    this.workerNsgId = this.workerSubnet.nsgId;
    this.workerSubnetName = this.workerSubnet.name;
    this.workerNsg = { name: this.workerSubnet.nsgName, resourceGroupName: this.workerSubnet.nsgResourceGroupName };
    this.workerRouteTable = this.workerSubnet.routeTable;

    if (plan.natGateway) {
      const { gateway, ips } = this.addNatGateway(plan.natGateway);
      this.natGateway = gateway;
      this.egressPublicIps = ips.map((ip) => ip.ipAddress);
    } else if (plan.egressAddresses.length > 0) {
      this.egressPublicIps = plan.egressAddresses;
    }
    this.workerSubnetDependencies = this.associations.worker;
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
            errorMessage:
              `VNet ${vnet.name} does not have every CIDR of network.vnet.addressSpace ` +
              `(${vnet.addressSpace.join(", ")}) in its address space: make the spec match the ` +
              `VNet.`,
          },
          {
            condition: `\${self.location == ${JSON.stringify(this.props.location)}}`,
            errorMessage:
              `VNet ${vnet.name} is not in ${this.props.location}, the environment's location: ` +
              `a cluster's VNet must be in its region.`,
          },
        ],
      },
    });
    // Literal names, as the spec has them: what other constructs derive defaults from.
    return {
      id: existing.id,
      name: existing.name,
      resourceGroupName: vnet.resourceGroup ?? this.props.resourceGroupName,
    };
  }

  private addSubnet(role: SubnetRole, plan: SubnetPlan): ClusterSubnet {
    const short = role === "controlPlane" ? "cp" : "worker";
    const construct = role === "controlPlane" ? "control_plane" : "worker";
    const vnetResourceGroup = this.plan.vnet.resourceGroup ?? this.props.resourceGroupName;
    const serviceEndpoints = this.serviceEndpoints;

    const nsg = plan.nsg.existing
      ? new DataAzurermNetworkSecurityGroup(this, `${construct}_nsg`, {
          name: plan.nsg.name!,
          resourceGroupName: plan.nsg.resourceGroup ?? vnetResourceGroup,
        })
      : new NetworkSecurityGroup(this, `${construct}_nsg`, {
          name: plan.nsg.name ?? this.name(`${short}-nsg`),
          location: this.props.location,
          resourceGroupName: this.props.resourceGroupName,
          // Rules are separate resources (ours, and those Kubernetes' cloud provider adds).
          lifecycle: { ignoreChanges: ["security_rule"] },
        });
    const rules = [...builtInRules(this.plan, role), ...plan.securityRules];
    for (const rule of rules) this.addRule(`${construct}_nsg_${rule.name}`, rule, nsg);

    let subnet: { id: string; name: string };
    let routeTable: ClusterSubnet["routeTable"];
    if (plan.existing) {
      subnet = new DataAzurermSubnet(this, `${construct}_subnet`, {
        name: plan.name!,
        virtualNetworkName: this.vnetName,
        resourceGroupName: vnetResourceGroup,
        lifecycle: { postcondition: existingSubnetConditions(plan, nsg.id, serviceEndpoints) },
      });
    } else {
      const created = new Subnet(this, `${construct}_subnet`, {
        name: plan.name ?? this.name(`${short}-subnet`),
        virtualNetworkName: this.vnetName,
        resourceGroupName: vnetResourceGroup,
        addressPrefixes: [plan.cidr],
        // Nodes reach the internet only through the egress chosen here, never Azure's implicit SNAT.
        defaultOutboundAccessEnabled: false,
        serviceEndpoints: serviceEndpoints.length > 0 ? [...serviceEndpoints] : undefined,
      });
      this.associations[role].push(
        new SubnetNetworkSecurityGroupAssociation(this, `${construct}_subnet_nsg`, {
          subnetId: created.id,
          networkSecurityGroupId: nsg.id,
        }),
      );
      if (plan.routeTable !== undefined) {
        const table = new DataAzurermRouteTable(this, `${construct}_route_table`, {
          name: plan.routeTable.name,
          resourceGroupName: plan.routeTable.resourceGroup ?? vnetResourceGroup,
        });
        routeTable = { name: plan.routeTable.name, resourceGroupName: table.resourceGroupName };
        this.associations[role].push(
          new SubnetRouteTableAssociation(this, `${construct}_subnet_route_table`, {
            subnetId: created.id,
            routeTableId: table.id,
          }),
        );
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
      nsgResourceGroupName: nsg.resourceGroupName,
      nsgCreated: !plan.nsg.existing,
      routeTable,
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

  /** A Standard NAT gateway lives in one zone: pinned there with its public IPs (see networkPlanWarnings). */
  private addNatGateway(settings: NatGatewayPlan): { gateway: NatGateway; ips: PublicIp[] } {
    const zones = [settings.zone];
    const gateway = new NatGateway(this, "nat_gateway", {
      name: this.name("natgw"),
      location: this.props.location,
      resourceGroupName: this.props.resourceGroupName,
      skuName: "Standard",
      idleTimeoutInMinutes: settings.idleTimeoutMinutes,
      zones,
    });
    const ips: PublicIp[] = [];
    for (let i = 0; i < settings.publicIpCount; i++) {
      const suffix = i === 0 ? "" : `-${i + 1}`;
      const ip = new PublicIp(this, `nat_gateway_ip${suffix}`, {
        name: this.name(`natgw-pip${suffix}`),
        location: this.props.location,
        resourceGroupName: this.props.resourceGroupName,
        sku: "Standard",
        allocationMethod: "Static",
        zones,
      });
      new NatGatewayPublicIpAssociation(this, `nat_gateway_ip${suffix}_association`, {
        natGatewayId: gateway.id,
        publicIpAddressId: ip.id,
      });
      ips.push(ip);
    }
    this.associations.worker.push(
      new SubnetNatGatewayAssociation(this, "worker_subnet_nat_gateway", {
        subnetId: this.workerSubnet.id,
        natGatewayId: gateway.id,
      }),
    );
    return { gateway, ips };
  }
}

/** Rules on the construct's own props (the spec checks these in its schema). */
function propProblems(props: ClusterNetworkProps, zones: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  issues.push(...derivedNameIssues(props.clusterName, props.environmentName));
  issues.push(...issueAt(["zones"], zonesProblem(zones)));
  return issues;
}

/** Plan-time checks that an existing subnet is what the spec says it is. */
function existingSubnetConditions(
  plan: SubnetPlan,
  nsgId: string,
  serviceEndpoints: readonly string[],
): Postcondition[] {
  const conditions: Postcondition[] = [
    {
      condition: `\${contains(self.address_prefixes, ${JSON.stringify(plan.cidr)})}`,
      errorMessage:
        `Subnet ${plan.name} does not have the prefix ${plan.cidr} that the spec ` +
        `declares: make cidr match the subnet.`,
    },
    {
      condition: Op.eq(Fn.lower(TerraformSelf.getString("network_security_group_id")), Fn.lower(nsgId)),
      errorMessage:
        `Subnet ${plan.name} is not associated with NSG ${plan.nsg.name}: name the NSG ` + `the subnet actually has.`,
    },
  ];
  if (serviceEndpoints.length > 0) {
    conditions.push({
      condition:
        `\${alltrue([for endpoint in ${hclList(serviceEndpoints)} : ` + `contains(self.service_endpoints, endpoint)])}`,
      errorMessage:
        `Subnet ${plan.name} lacks the service endpoints ${serviceEndpoints.join(", ")} ` +
        `that private storage access needs: ask the network owners to add them.`,
    });
  }
  return conditions;
}

/** A list of literal strings as an HCL expression. */
function hclList(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;
}
