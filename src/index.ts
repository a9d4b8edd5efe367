/** Public API of the library. */
export * from "./config/errors";
export * from "./config/load";
export * from "./config/schema/environment";
export * from "./azure/tags";
export * from "./azure/names";
export * from "./azure/cidr";
export * from "./azure/rule-issue";
export * from "./azure/nsg-rules";
export * from "./azure/network-plan";
export * from "./azure/storage-names";
export * from "./azure/storage-plan";
export * from "./azure/aks-model";
export * from "./azure/aks-rules";
export * from "./azure/no-proxy";
export * from "./azure/vm-size";
export * from "./azure/ssh-public-key";
export * from "./azure/control-plane";
export * from "./azure/kubeadm-version";
export * from "./azure/node-labels";
export * from "./azure/vm-image";
export * from "./azure/admin-username";
export * from "./azure/iaas-defaults";
export * from "./azure/update-rules";
export type {
  AksNodePoolSpec,
  AksProfileFileSpec,
  ManagedControlPlaneSpec,
  ManagedMachinePoolSpec,
} from "./config/schema/aks";
export { aksClusterName, aksDesignFromSpec } from "./config/aks-design";
export { loadAksProfileFile } from "./config/aks-profile";
export * from "./network/network-ref";
export * from "./network/cluster-network";
export * from "./storage/storage-ref";
export * from "./storage/cluster-storage";
export * from "./aks/aks-cluster";
export * from "./aks/aks-node-pool";
export * from "./aks/aks-outputs";
export type { WorkerPoolSpec } from "./config/schema/iaas";
export * from "./config/rules/iaas-rules";
export * from "./iaas/iaas-cluster";
export * from "./iaas/iaas-outputs";
export * from "./iaas/api-server-load-balancer";
export * from "./iaas/control-plane";
export * from "./iaas/worker-pool";
export * from "./iaas/node-image";
export * from "./iaas/cluster-secrets";
export * from "./iaas/node-bootstrap";
export * from "./iaas/bootstrap/cloud-config";
export * from "./app/cluster-stack";
export * from "./app/environment-app";
export * from "./app/synthesize";
export * from "./app/tagging";
export * from "./app/backend";
export * from "./azure/proxy-rules";
export * from "./azure/kubernetes-names";
export * from "./packs/kubernetes-access";
export * from "./packs/pack-namespaces";
export * from "./packs/api-server-ready";
export * from "./app/packs-stack";
