/** What goes into a cluster stack besides provider, backend and resource group, by cluster type. */
import { Construct } from "constructs";
import { ClusterSpec, EnvironmentSpec } from "../spec/schema/environment";
import { addAksCluster } from "./compose-aks";
import { addIaasCluster } from "./compose-iaas";
import { addNetwork, addStorage } from "./compose-network";
import { ClusterResourceGroup } from "./resource-group";

export interface ClusterContext {
  readonly environment: EnvironmentSpec;
  readonly cluster: ClusterSpec;
  readonly resourceGroup: ClusterResourceGroup;
}

export function composeCluster(scope: Construct, context: ClusterContext): void {
  const network = addNetwork(scope, context);
  switch (context.cluster.type) {
    case "aks":
      addAksCluster(scope, { ...context, cluster: context.cluster }, network);
      return;
    case "iaas":
      addIaasCluster(scope, { ...context, cluster: context.cluster }, network, addStorage(scope, { ...context, cluster: context.cluster }, network));
      return;
  }
}
