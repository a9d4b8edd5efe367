/**
 * The settings the default node pool (a block of azurerm_kubernetes_cluster) and the extra pools
 * (azurerm_kubernetes_cluster_node_pool) share, so a default changes in one place.
 */
import { AKS_DEFAULTS, AksNodePoolOptions, AzureZone, isAutoscaled } from "../azure/aks-model";

export function sharedPoolSettings(
  pool: AksNodePoolOptions,
  fallbackZones: readonly AzureZone[] | undefined,
  vnetSubnetId: string,
  orchestratorVersion: string,
) {
  const autoscaled = isAutoscaled(pool);
  return {
    vmSize: pool.vmSize ?? AKS_DEFAULTS.vmSize,
    vnetSubnetId,
    zones: [...(pool.zones ?? fallbackZones ?? AKS_DEFAULTS.zones)],
    orchestratorVersion,
    osSku: pool.osSku ?? AKS_DEFAULTS.osSku,
    osDiskSizeGb: pool.osDiskSizeGb ?? AKS_DEFAULTS.osDiskSizeGb,
    osDiskType: pool.osDiskType ?? AKS_DEFAULTS.osDiskType,
    maxPods: pool.maxPods ?? AKS_DEFAULTS.maxPods,
    autoScalingEnabled: autoscaled,
    minCount: autoscaled ? pool.min : undefined,
    maxCount: autoscaled ? pool.max : undefined,
    nodeCount: pool.count,
    nodeLabels: pool.labels && Object.keys(pool.labels).length > 0 ? { ...pool.labels } : undefined,
    upgradeSettings: { maxSurge: pool.maxSurge ?? AKS_DEFAULTS.maxSurge },
  };
}
