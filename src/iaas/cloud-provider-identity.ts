/**
 * The Azure identity of an IaaS cluster's cloud provider: a user-assigned managed identity on the
 * control-plane VMs, where cloud-controller-manager and the Azure Disk CSI controller run and take
 * its tokens from the Instance Metadata Service (no secret anywhere), and the narrowest built-in
 * roles that let them work:
 *
 * - Network Contributor on the cluster's resource group: the services' load balancers and public
 *   IPs are created there, and creating a resource needs a role on its group.
 * - Network Contributor on the VNet: internal load balancers take addresses in the worker subnet
 *   (`subnets/join`), and load balancer pools list nodes by IP in the VNet (`joinLoadBalancer`).
 *   With static placement the VNet is in another group, which the first grant does not reach.
 * - Network Contributor on the worker NSG: a rule per LoadBalancer service port (the NSG may be an
 *   existing one, elsewhere).
 * - Virtual Machine Contributor on the cluster's resource group: create, attach and detach managed
 *   disks (a new disk again needs the group; attaching writes the VM or scale-set instance).
 *
 * Not on the workers: every pod can reach the Instance Metadata Service, and this identity can
 * rewrite the cluster's VMs. The workers' CSI node plugin and cloud-node-manager need no Azure
 * credential (they read instance metadata).
 */
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { Construct } from "constructs";
import { resourceName } from "../azure/names";

export interface CloudProviderIdentityProps {
  readonly clusterName: string;
  readonly environmentName: string;
  readonly location: string;
  readonly resourceGroupName: string;
  /** Azure resource ID of the cluster's resource group. @default - built from the subscription and resourceGroupName */
  readonly resourceGroupId?: string;
  readonly vnetId: string;
  readonly workerNsgId: string;
}

export class CloudProviderIdentity extends Construct {
  public readonly identity: UserAssignedIdentity;
  /** The subscription and tenant Terraform runs in: azure.json's, read at plan time, never written in the JSON. */
  public readonly clientConfig: DataAzurermClientConfig;
  public readonly roleAssignments: RoleAssignment[] = [];

  constructor(scope: Construct, id: string, props: CloudProviderIdentityProps) {
    super(scope, id);
    this.clientConfig = new DataAzurermClientConfig(this, "client_config");
    this.identity = new UserAssignedIdentity(this, "identity", {
      name: resourceName(props.clusterName, props.environmentName, "cloud-provider"),
      location: props.location,
      resourceGroupName: props.resourceGroupName,
    });
    const group =
      props.resourceGroupId ??
      `/subscriptions/${this.clientConfig.subscriptionId}/resourceGroups/${props.resourceGroupName}`;
    const grant = (key: string, scope: string, role: string, why: string) =>
      this.roleAssignments.push(
        new RoleAssignment(this, key, {
          scope,
          roleDefinitionName: role,
          principalId: this.identity.principalId,
          // A new identity may not have replicated yet; the type skips the directory lookup.
          principalType: "ServicePrincipal",
          description: `${props.clusterName}-${props.environmentName} cloud provider: ${why}`,
        }),
      );
    grant("network_group", group, "Network Contributor", "load balancers and public IPs of LoadBalancer services");
    grant("network_vnet", props.vnetId, "Network Contributor", "internal load balancers and node IP pools");
    grant("network_nsg", props.workerNsgId, "Network Contributor", "rules for LoadBalancer service ports");
    grant("compute_group", group, "Virtual Machine Contributor", "create and attach managed disks (Azure Disk CSI)");
  }
}
