/**
 * From an `aks` cluster spec to the AKS design the rules check and AksCluster builds: Palette's
 * blocks become our settings, pool defaults are filled in. Pure: no cdktf here.
 */
import { AKS_DEFAULTS, AksClusterDesign, AksNetworkFacts } from "../azure/aks-model";
import { resourceName } from "../azure/names";
import { AksClusterSpec } from "./schema/environment";

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
  const aad = plane?.aadProfile?.managed
    ? { adminGroupObjectIds: plane.aadProfile.adminGroupObjectIDs, azureRbac: true }
    : undefined;
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

/** The network's address plan as the spec resolved it (ClusterNetwork's defaults applied). */
export function aksNetworkFactsFromSpec(cluster: AksClusterSpec): AksNetworkFacts {
  return {
    addressSpace: cluster.network.vnet.addressSpace,
    workerSubnetCidr: cluster.network.workerSubnet.cidr,
    addedAuthorizedRanges: cluster.network.natGateway?.publicIpCount ?? cluster.network.egressAddresses.length,
  };
}
