import type { ITerraformDependable } from "cdktf";
import type { NetworkEgress, OutboundPlan } from "../azure/network-plan";

/**
 * What cluster constructs (AksCluster, IaasCluster) need of the network. ClusterNetwork
 * implements it; tests and library users may pass any object of this shape.
 */
export interface ClusterNetworkRef {
  /** Azure resource ID of the VNet. */
  readonly vnetId: string;
  /** Name of the VNet. */
  readonly vnetName: string;
  /** Resource group of the VNet (differs from the cluster's with static placement). */
  readonly vnetResourceGroupName: string;
  /** `static`: the VNet existed before this stack (its owners run its DNS). @default "dynamic" */
  readonly placement?: "dynamic" | "static";
  /** The VNet's address space as planned (literal CIDRs, for validation and no_proxy). */
  readonly addressSpace: readonly string[];
  /**
   * Azure resource ID of the control-plane subnet, where a self-hosted control plane runs (IaaS); AKS has none.
   * @default - none (AKS); IaasCluster refuses a network without it
   */
  readonly controlPlaneSubnetId?: string;
  /** The control-plane subnet's CIDR: checked, and the default internal API server address. @default - none (AKS) */
  readonly controlPlaneSubnetCidr?: string;
  /** Azure resource ID of the control-plane subnet's NSG. @default - none (AKS) */
  readonly controlPlaneNsgId?: string;
  /** Azure resource ID of the worker subnet: the worker nodes' (AKS: every node pool's). */
  readonly workerSubnetId: string;
  /** The worker subnet's CIDR, checked for room for the cluster's nodes. */
  readonly workerSubnetCidr: string;
  /** Azure resource ID of the worker subnet's NSG. */
  readonly workerNsgId: string;
  /**
   * Name of the worker subnet: where an IaaS cluster's cloud provider puts internal load balancers.
   * @default - none; IaasCluster refuses a network without it
   */
  readonly workerSubnetName?: string;
  /**
   * Name and resource group of the worker subnet's NSG: where an IaaS cluster's cloud provider adds
   * a rule per LoadBalancer service port. @default - none; IaasCluster refuses a network without them
   */
  readonly workerNsg?: { readonly name: string; readonly resourceGroupName: string };
  /** The route table this network associates with the worker subnet. @default - none */
  readonly workerRouteTable?: { readonly name: string; readonly resourceGroupName: string };
  /**
   * How nodes without public IPs reach the internet: outbound rules of load balancers the cluster
   * builds on its nodes, a NAT gateway on the worker subnet, or routes the user manages (a firewall,
   * or a proxy behind a Private Cloud Gateway).
   */
  readonly egress: NetworkEgress;
  /**
   * With egress loadBalancer: how many public IPs and what idle timeout the cluster's outbound rules get.
   * @default - none: AKS keeps its load balancer's own settings, IaaS workers get no egress load balancer
   */
  readonly loadBalancerEgress?: OutboundPlan;
  /**
   * Public addresses the nodes egress from, when the network knows them: the NAT gateway's IPs
   * (references), or a firewall's addresses or CIDRs (userDefinedRouting). AksCluster adds them to
   * the API server's authorized ranges so nodes reach a restricted API server.
   * @default - none (not known)
   */
  readonly egressPublicIps?: readonly string[];
  /**
   * Service endpoints on the cluster subnets (e.g. `Microsoft.Storage`): set on subnets the
   * network creates, checked at plan time on existing ones.
   * @default - unknown: ClusterStorage does not check them
   */
  readonly serviceEndpoints?: readonly string[];
  /**
   * What must exist before a cluster uses the worker subnet: its NAT gateway, NSG and route table
   * associations. AKS with outbound type userAssignedNATGateway checks the NAT gateway when it
   * creates the cluster, and the subnet id alone does not make Terraform wait for the association.
   * @default []
   */
  readonly workerSubnetDependencies?: readonly ITerraformDependable[];
}
