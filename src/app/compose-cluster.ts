/** What goes into a cluster stack besides provider, backend and resource group, by cluster type. */
import { Construct } from "constructs";
import { KubeloginLogin, PacksTarget } from "../packs/kubernetes-access";
import { aksClusterName } from "../config/aks-design";
import { ClusterSpec, EnvironmentSpec } from "../config/schema/environment";
import { addAksCluster } from "./compose-aks";
import { addIaasCluster } from "./compose-iaas";
import { addNetwork, addStorage } from "./compose-network";
import { ClusterResourceGroup } from "./resource-group";

export interface ClusterContext {
  readonly environment: EnvironmentSpec;
  readonly cluster: ClusterSpec;
  readonly resourceGroup: ClusterResourceGroup;
}

/** What other stacks need of a composed cluster. */
export interface ComposedCluster {
  /** What a packs stack points its kubernetes provider at. */
  packsTarget(login: KubeloginLogin): PacksTarget;
}

export function composeCluster(scope: Construct, context: ClusterContext): ComposedCluster {
  const network = addNetwork(scope, context);
  switch (context.cluster.type) {
    case "aks": {
      const aks = addAksCluster(scope, { ...context, cluster: context.cluster }, network);
      // Literal names: the packs stack finds the cluster through the Azure API, not this stack's state.
      const target = {
        clusterName: aksClusterName(context.cluster.name, context.environment.name),
        resourceGroupName: context.environment.resourceGroup.name,
        entraId: aks.entraIdEnabled,
      };
      return { packsTarget: (login) => ({ kind: "aks", ...target, login }) };
    }
    case "iaas": {
      const storage = addStorage(scope, { ...context, cluster: context.cluster }, network);
      const iaas = addIaasCluster(scope, { ...context, cluster: context.cluster }, network, storage);
      // The admin client certificate from the bootstrap (no Entra ID on self-managed clusters); the
      // API server only answers once cloud-init has run kubeadm on the first control-plane node.
      return { packsTarget: () => ({ kind: "access", access: { ...iaas.kubernetesAccess, startsAfterApply: true } }) };
    }
  }
}
