/**
 * An extra AKS node pool (`azurerm_kubernetes_cluster_node_pool`): every pool but the default one.
 * Usually made by AksCluster (from `nodePools`) or `cluster.addNodePool(...)`.
 */
import { KubernetesClusterNodePool } from "@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool";
import { Token } from "cdktf";
import { Construct } from "constructs";
import { AksNodePoolPlan, isAutoscaled, rotationPoolName } from "../azure/aks-model";
import { nodePoolIssues } from "../azure/aks-rules";
import { sharedPoolSettings } from "./pool-settings";
import { throwOnIssues } from "../core/construct-issues";

/** A pool (defaults applied: resolveAksNodePool) and what it needs of its cluster; AksCluster provides it. */
export interface AksNodePoolProps extends AksNodePoolPlan {
  /** Resource Manager id of the cluster. */
  readonly clusterId: string;
  /** The subnet the nodes' NICs go in (the worker subnet). */
  readonly vnetSubnetId: string;
  /** Kubernetes version of the nodes; follows the control plane. */
  readonly orchestratorVersion: string;
  /** The cluster's upgrade channel moves versions on its own: Terraform ignores orchestrator_version. @default false */
  readonly versionManagedByAks?: boolean;
}

export class AksNodePool extends Construct {
  public readonly pool: KubernetesClusterNodePool;
  public readonly name: string;
  public readonly id: string;

  constructor(scope: Construct, id: string, props: AksNodePoolProps) {
    super(scope, id);
    throwOnIssues(
      this,
      nodePoolIssues(props, (v) => Token.isUnresolved(v)),
    );

    const autoscaled = isAutoscaled(props);
    const taints = [...(props.criticalAddonsOnly ? ["CriticalAddonsOnly=true:NoSchedule"] : []), ...props.taints];
    const ignoreChanges = [
      // With the autoscaler on, node_count is only the size to start with.
      ...(autoscaled && props.count !== undefined ? ["node_count"] : []),
      ...(props.versionManagedByAks ? ["orchestrator_version"] : []),
    ];
    // "Resource" keeps the Terraform address short: azurerm_kubernetes_cluster_node_pool.<cluster>_pool-<name>_<hash>.
    this.pool = new KubernetesClusterNodePool(this, "Resource", {
      name: props.name,
      kubernetesClusterId: props.clusterId,
      mode: props.mode,
      osType: "Linux",
      ...sharedPoolSettings(props, props.vnetSubnetId, props.orchestratorVersion),
      nodeTaints: taints.length > 0 ? taints : undefined,
      // vm_size, max_pods, OS disk, zones... are changed by rotating through a pool of this name (azurerm 4.55).
      temporaryNameForRotation: rotationPoolName(props.name),
      lifecycle: ignoreChanges.length > 0 ? { ignoreChanges } : undefined,
    });
    this.name = props.name;
    this.id = this.pool.id;
  }
}
