/** What goes into a cluster stack besides provider, backend and resource group, by cluster type. */
import { Construct } from "constructs";
import { ClusterSpec, EnvironmentSpec } from "../spec/schema/environment";
import { ClusterResourceGroup } from "./resource-group";

export interface ClusterContext {
  readonly environment: EnvironmentSpec;
  readonly cluster: ClusterSpec;
  readonly resourceGroup: ClusterResourceGroup;
}

export function composeCluster(_scope: Construct, context: ClusterContext): void {
  switch (context.cluster.type) {
    case "aks":
      return; // AksCluster arrives with the AKS issue.
    case "iaas":
      return; // IaasCluster arrives with the IaaS issue.
  }
}
