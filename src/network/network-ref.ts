import type { ITerraformDependable } from "cdktf";

/**
 * What cluster constructs (AksCluster, IaasCluster) need of the network. ClusterNetwork
 * implements it; tests and library users may pass any object of this shape.
 */
export interface ClusterNetworkRef {
  readonly vnetId: string;
  readonly vnetName: string;
  /** Resource group of the VNet (differs from the cluster's with static placement). */
  readonly vnetResourceGroupName: string;
  /** The VNet's address space as planned (literal CIDRs, for validation and no_proxy). */
  readonly addressSpace: readonly string[];
  readonly controlPlaneSubnetId: string;
  readonly controlPlaneSubnetCidr: string;
  readonly workerSubnetId: string;
  readonly workerSubnetCidr: string;
  readonly controlPlaneNsgId: string;
  readonly workerNsgId: string;
  /**
   * How nodes without public IPs reach the internet: a NAT gateway on the worker subnet, or
   * routes the user manages (firewall or proxy, e.g. behind a Private Cloud Gateway).
   */
  readonly egress: "natGateway" | "userDefinedRouting";
  /**
   * Public IP addresses the nodes egress from, when this network owns them (the NAT gateway's),
   * as literals or references. AksCluster adds them (as /32) to the API server's authorized IP
   * ranges so nodes reach a restricted API server. Unset with userDefinedRouting.
   */
  readonly egressPublicIps?: readonly string[];
  /**
   * Service endpoints on the cluster subnets (e.g. `Microsoft.Storage`): set on subnets the
   * network creates, checked at plan time on existing ones. Unset when unknown.
   */
  readonly serviceEndpoints?: readonly string[];
  /**
   * What must exist before a cluster uses the worker subnet: its NAT gateway, NSG and route table
   * associations. AKS with outbound type userAssignedNATGateway checks the NAT gateway when it
   * creates the cluster, and the subnet id alone does not make Terraform wait for the association.
   */
  readonly workerSubnetDependencies?: readonly ITerraformDependable[];
}
