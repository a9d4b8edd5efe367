/**
 * The library: constructs and stacks for the two Azure cluster topologies of Spectro Cloud Palette,
 * their typed inputs (with the one function that applies each one's defaults and the one that checks
 * its rules), and the loader of environment files. Internals (bootstrap rendering, the YAML schema,
 * provider wiring) stay internal. Reference: docs/library.md
 */

// Problems, errors, shared types.
export { formatPath } from "./core/issues";
export type { Issue, KeyPath, Problem } from "./core/issues";
export { ConfigError, formatIssue, ValidationError } from "./core/errors";
export type { LocatedIssue, SourcePosition } from "./core/errors";
export { EXECUTION_MODES } from "./core/backend";
export type { AzurermBackend, CloudBackend, ExecutionMode, LocalBackend, StackBackend } from "./core/backend";
export { KUBELOGIN_LOGINS } from "./core/kubernetes-access";
export type { KubeloginLogin, KubernetesAccess, KubernetesCredentials, PacksTarget } from "./core/kubernetes-access";

// Inputs, defaults and rules (pure: no cdktf).
export { AVAILABILITY_ZONES } from "./azure/zones";
export type { Zone } from "./azure/zones";
export type { Tags } from "./azure/tags";
export type { ProxyInput } from "./azure/proxy-rules";
export { networkPlanIssues, resolveNetworkPlan } from "./azure/network-plan";
export type { NetworkContext, NetworkEgress, NetworkInput, NetworkPlan } from "./azure/network-plan";
export type { SecurityRule } from "./azure/nsg-rules";
export { resolveStoragePlan, storagePlanIssues } from "./azure/storage-plan";
export type { StorageInput, StoragePlan } from "./azure/storage-plan";
export { iaasPlanIssues, resolveIaasPlan } from "./azure/iaas-plan";
export type {
  ApiServerInput,
  ControlPlaneInput,
  IaasInput,
  IaasPlan,
  ImagePlan,
  KubernetesNetworkInput,
  OsDiskInput,
  TaintInput,
  WorkerPoolInput,
} from "./azure/iaas-plan";
export { AKS_DEFAULTS, resolveAksNodePool, resolveAksPlan } from "./azure/aks-model";
export type {
  AksAadOptions,
  AksApiServerOptions,
  AksClusterDesign,
  AksMaintenanceWindow,
  AksNetworkProfileOptions,
  AksNodePoolOptions,
  AksNodePoolPlan,
  AksPlan,
} from "./azure/aks-model";
export { aksPlanIssues } from "./azure/aks-rules";
export { isStateful, updateBehaviour, UPDATE_RULES } from "./azure/update-rules";
export type { UpdateKind, UpdateRule } from "./azure/update-rules";

// Constructs.
export { ClusterNetwork } from "./network/cluster-network";
export type { ClusterNetworkProps } from "./network/cluster-network";
export type { ClusterNetworkRef } from "./network/network-ref";
export { ClusterStorage } from "./storage/cluster-storage";
export type { ClusterStorageProps } from "./storage/cluster-storage";
export type { ClusterStorageRef } from "./storage/storage-ref";
export { AksCluster } from "./aks/aks-cluster";
export type { AksClusterProps } from "./aks/aks-cluster";
export { AksNodePool } from "./aks/aks-node-pool";
export type { AksNodePoolProps } from "./aks/aks-node-pool";
export { AKS_OUTPUTS } from "./aks/aks-outputs";
export { IaasCluster } from "./iaas/iaas-cluster";
export type { IaasClusterProps } from "./iaas/iaas-cluster";
export { IAAS_OUTPUTS } from "./iaas/iaas-outputs";
export { PackNamespaces } from "./packs/pack-namespaces";
export type { PackLayer, PackNamespacesProps } from "./packs/pack-namespaces";

// Stacks.
export { ClusterStack } from "./stacks/cluster-stack";
export type { ClusterStackProps } from "./stacks/cluster-stack";
export { AksClusterStack } from "./stacks/aks-cluster-stack";
export type { AksClusterStackProps } from "./stacks/aks-cluster-stack";
export { IaasClusterStack } from "./stacks/iaas-cluster-stack";
export type { IaasClusterStackProps } from "./stacks/iaas-cluster-stack";
export { PacksStack } from "./stacks/packs-stack";
export type { PacksStackProps } from "./stacks/packs-stack";
export { SharedStack } from "./stacks/shared-stack";
export type { SharedStackProps } from "./stacks/shared-stack";

// Environment files (YAML).
export { loadEnvironmentFile, parseEnvironment } from "./config/load";
export type { ClusterSpec, EnvironmentSpec } from "./config/schema/environment";
export { addEnvironmentStacks } from "./app/environment-app";
export { loadEnvironments, synthesize } from "./app/synthesize";
export type { SynthesizeOptions, SynthesisResult } from "./app/synthesize";
