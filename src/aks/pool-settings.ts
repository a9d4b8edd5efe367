/**
 * The settings the default node pool (a block of azurerm_kubernetes_cluster) and the extra pools
 * (azurerm_kubernetes_cluster_node_pool) share, so the two cannot drift apart.
 */
import { AksNodePoolPlan, isAutoscaled } from "../azure/aks-model";

export function sharedPoolSettings(pool: AksNodePoolPlan, vnetSubnetId: string, orchestratorVersion: string) {
  const autoscaled = isAutoscaled(pool);
  return {
    vmSize: pool.vmSize,
    vnetSubnetId,
    zones: [...pool.zones],
    orchestratorVersion,
    osSku: pool.osSku,
    osDiskSizeGb: pool.osDiskSizeGb,
    osDiskType: pool.osDiskType,
    maxPods: pool.maxPods,
    autoScalingEnabled: autoscaled,
    minCount: autoscaled ? pool.min : undefined,
    maxCount: autoscaled ? pool.max : undefined,
    nodeCount: pool.count,
    nodeLabels: Object.keys(pool.labels).length > 0 ? { ...pool.labels } : undefined,
    upgradeSettings: { maxSurge: pool.maxSurge },
    hostEncryptionEnabled: pool.encryptionAtHost,
  };
}
