/**
 * From an `aks` cluster spec to the AKS design the rules check and AksCluster builds: Palette's
 * blocks become our settings, pool defaults are filled in. Pure: no cdktf here.
 */
import { AKS_DEFAULTS, AksClusterDesign, AksNetworkFacts } from "../azure/aks-model";
import { resourceName } from "../azure/names";
import { AksClusterSpec } from "./schema/aks";

/** The Azure name of an AKS cluster: `<cluster>-<env>-aks`. */
export function aksClusterName(cluster: string, environment: string): string {
  return resourceName(cluster, environment, "aks");
}

/**
 * `managedControlPlane.aadProfile.managed: true` turns Entra ID on (with Azure RBAC, local
 * accounts off); `managed: false` or no aadProfile leaves Kubernetes RBAC with local accounts.
 */
export function aksDesignFromSpec(cluster: AksClusterSpec, environment: string): AksClusterDesign {
  const plane = cluster.managedControlPlane;
  const aad = plane?.aadProfile?.managed ? { adminGroupObjectIds: plane.aadProfile.adminGroupObjectIDs, azureRbac: true } : undefined;
  const maxPods = cluster.managedMachinePool?.maxPodPerNode ?? AKS_DEFAULTS.maxPods;
  return {
    name: aksClusterName(cluster.name, environment),
    kubernetesVersion: cluster.kubernetesVersion,
    skuTier: plane?.sku ?? AKS_DEFAULTS.skuTier,
    upgradeChannel: plane?.autoUpgradeProfile?.upgradeChannel ?? AKS_DEFAULTS.upgradeChannel,
    nodeOsUpgradeChannel: cluster.nodeOsUpgradeChannel,
    aad,
    zones: cluster.zones,
    nodePools: cluster.nodePools.map((pool) => ({ ...pool, maxPods: pool.maxPods ?? maxPods })),
    apiServer: cluster.apiServer,
    networkProfile: cluster.networkProfile,
    oidcIssuer: cluster.oidcIssuer,
    workloadIdentity: cluster.workloadIdentity,
    maintenance: cluster.maintenance,
    proxy: cluster.proxy,
  };
}

/** Admin groups listed under `managed: false`: accepted as Palette documents them, but unused. */
export function unusedAdminGroups(cluster: AksClusterSpec): readonly string[] {
  const aad = cluster.managedControlPlane?.aadProfile;
  return aad && !aad.managed ? aad.adminGroupObjectIDs : [];
}

/** The network's literal address plan, as far as the spec gives it (ClusterNetwork's defaults apply). */
export function aksNetworkFactsFromSpec(cluster: AksClusterSpec): AksNetworkFacts | undefined {
  // Read loosely: the network schema belongs to ClusterNetwork and only its address plan matters here.
  const network = cluster.network as { vnet?: { addressSpace?: readonly string[] }; workerSubnet?: { cidr?: string } } | undefined;
  const addressSpace = network?.vnet?.addressSpace;
  const workerSubnetCidr = network?.workerSubnet?.cidr;
  if (addressSpace === undefined || workerSubnetCidr === undefined) return undefined;
  return { addressSpace, workerSubnetCidr };
}

/** Static placement: the cluster goes into an existing VNet (a private API server needs one its users reach). */
export function isStaticPlacement(cluster: AksClusterSpec): boolean | undefined {
  const vnet = (cluster.network as { vnet?: { name?: string; addressSpace?: unknown } } | undefined)?.vnet;
  if (vnet === undefined || !("addressSpace" in vnet)) return undefined;
  return vnet.name !== undefined;
}
