/**
 * From an `aks` cluster spec to the AKS design AksCluster takes (Palette's blocks become our
 * settings; defaults are resolveAksPlan's), and to its plan. Pure: no cdktf here.
 */
import { AksClusterDesign, AksNetworkFacts, AksPlan, resolveAksPlan } from "../azure/aks-model";
import { aksClusterName } from "../azure/names";
import { AksClusterSpec } from "./schema/environment";

/**
 * `managedControlPlane.aadProfile.managed: true` turns Entra ID on (with Azure RBAC, local
 * accounts off); `managed: false` or no aadProfile leaves Kubernetes RBAC with local accounts.
 */
export function aksDesignFromSpec(cluster: AksClusterSpec, environment: string): AksClusterDesign {
  const plane = cluster.managedControlPlane;
  const aad = plane?.aadProfile?.managed
    ? { adminGroupObjectIds: plane.aadProfile.adminGroupObjectIDs ?? [], azureRbac: true }
    : undefined;
  const maxPodPerNode = cluster.managedMachinePool?.maxPodPerNode;
  return {
    name: aksClusterName(cluster.name, environment),
    kubernetesVersion: cluster.kubernetesVersion,
    skuTier: plane?.sku,
    upgradeChannel: plane?.autoUpgradeProfile?.upgradeChannel,
    nodeOsUpgradeChannel: cluster.nodeOsUpgradeChannel,
    aad,
    zones: cluster.zones,
    nodePools: cluster.nodePools?.map((pool) => ({ ...pool, maxPods: pool.maxPods ?? maxPodPerNode })),
    apiServer: cluster.apiServer,
    networkProfile: cluster.networkProfile,
    oidcIssuer: cluster.oidcIssuer,
    workloadIdentity: cluster.workloadIdentity,
    maintenance: cluster.maintenance,
    proxy: cluster.proxy,
    azurePolicy: cluster.azurePolicy,
    keda: cluster.keda,
    grantNetworkContributor: cluster.identity?.grantNetworkContributor,
    encryptionAtHost: cluster.encryptionAtHost,
    keyVaultSecretsProvider: cluster.keyVaultSecretsProvider,
    monitoring: cluster.monitoring,
  };
}

/**
 * The cluster's plan: its design with every default applied. Without the environment's name, its
 * Azure name is the cluster's (the rules that judge the Azure name run in AksCluster).
 */
export function aksPlanFromSpec(cluster: AksClusterSpec, environment?: string): AksPlan {
  const design = aksDesignFromSpec(cluster, environment ?? "");
  return resolveAksPlan(environment === undefined ? { ...design, name: cluster.name } : design);
}

/** Admin groups listed under `managed: false`: accepted as Palette documents them, but unused. */
export function unusedAdminGroups(cluster: AksClusterSpec): readonly string[] {
  const aad = cluster.managedControlPlane?.aadProfile;
  return aad && !aad.managed ? (aad.adminGroupObjectIDs ?? []) : [];
}

/** The network's address plan as the spec resolved it (ClusterNetwork's defaults applied). */
export function aksNetworkFactsFromSpec(cluster: AksClusterSpec): AksNetworkFacts {
  return {
    addressSpace: cluster.network.vnet.addressSpace,
    workerSubnetCidr: cluster.network.workerSubnet.cidr,
    addedAuthorizedRanges: cluster.network.natGateway?.publicIpCount ?? cluster.network.egressAddresses.length,
  };
}
