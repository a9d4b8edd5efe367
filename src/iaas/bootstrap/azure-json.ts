/**
 * The cloud provider configuration every node gets at /etc/kubernetes/azure.json (root only): what
 * cloud-controller-manager and the Azure Disk CSI driver need to know of the cluster's Azure
 * resources. It holds no credential: they authenticate as the user-assigned managed identity it
 * names (a client id is not a secret), with tokens from the Instance Metadata Service. Values known
 * only at apply are slots. Pure: no cdktf here.
 */
import { CLUSTER_OWNER_TAG } from "../../azure/tags";
import { SlotMarkers } from "./template-slots";

export const AZURE_JSON_PATH = "/etc/kubernetes/azure.json";

export interface AzureJsonInput {
  readonly markers: SlotMarkers;
  /** Azure region. */
  readonly location: string;
  /** kubeadm's cluster name, `<cluster>-<env>`: the services' load balancer is named after it. */
  readonly clusterName: string;
  /** The worker subnet has a route table this stack associates: name it (slots routeTableName, routeTableResourceGroup). @default false */
  readonly workerRouteTable?: boolean;
}

/**
 * The load balancer cloud-controller-manager creates for `LoadBalancer` services (and
 * `<name>-internal` for internal ones): a name of its own, so it never takes over the API server's
 * or the workers' egress load balancer.
 */
export function serviceLoadBalancerName(clusterName: string): string {
  return `${clusterName}-services`;
}

export function renderAzureJson(input: AzureJsonInput): string {
  const m = input.markers;
  const config = {
    cloud: "AzurePublicCloud",
    tenantId: m.tenantId,
    subscriptionId: m.subscriptionId,
    resourceGroup: m.resourceGroup,
    location: input.location,
    // Control-plane VMs and worker scale sets: "vmss" handles both.
    vmType: "vmss",
    vnetName: m.vnetName,
    vnetResourceGroup: m.vnetResourceGroup,
    // Internal load balancers take their frontend addresses here.
    subnetName: m.subnetName,
    // Where cloud-controller-manager adds a rule per LoadBalancer service port.
    securityGroupName: m.securityGroupName,
    securityGroupResourceGroup: m.securityGroupResourceGroup,
    ...(input.workerRouteTable
      ? { routeTableName: m.routeTableName, routeTableResourceGroup: m.routeTableResourceGroup }
      : {}),
    loadBalancerName: serviceLoadBalancerName(input.clusterName),
    loadBalancerSku: "standard",
    // Pool members by node IP: the cloud provider never writes our scale sets or NICs, which would
    // otherwise drift from Terraform's configuration (and may be in one NIC-based public pool only).
    loadBalancerBackendPoolConfigurationType: "nodeIP",
    // Nodes leave through the cluster's egress (load balancer, NAT gateway or routes), never a service's IP.
    disableOutboundSNAT: true,
    excludeMasterFromStandardLB: true,
    useManagedIdentityExtension: true,
    userAssignedIdentityID: m.identityClientId,
    useInstanceMetadata: true,
    // On every load balancer, public IP and rule the cloud provider creates: force-delete finds them by it.
    tags: `${CLUSTER_OWNER_TAG}=${input.clusterName}`,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
