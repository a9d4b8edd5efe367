/** Builds the AKS cluster of an `aks` cluster spec into its stack, with the stack's outputs. */
import { Annotations } from "cdktf";
import { Construct } from "constructs";
import { AksCluster } from "../aks/aks-cluster";
import { addAksOutputs } from "../aks/aks-outputs";
import { ClusterNetworkRef } from "../network/network-ref";
import { aksDesignFromSpec, unusedAdminGroups } from "../config/aks-design";
import { AksClusterSpec } from "../config/schema/environment";
import type { ClusterContext } from "./compose-cluster";

export function addAksCluster(
  scope: Construct,
  context: ClusterContext & { cluster: AksClusterSpec },
  network: ClusterNetworkRef,
): AksCluster {
  const { environment, cluster } = context;
  const aks = new AksCluster(scope, "aks", {
    ...aksDesignFromSpec(cluster, environment.name),
    location: environment.location,
    resourceGroupName: context.resourceGroup.name,
    network,
    azurePolicy: cluster.azurePolicy,
    keda: cluster.keda,
    grantNetworkContributor: cluster.identity.grantNetworkContributor,
  });
  const unused = unusedAdminGroups(cluster);
  if (unused.length > 0) {
    Annotations.of(aks).addWarning(
      `${environment.file} clusters[${environment.clusters.indexOf(cluster)}]: aadProfile.managed is false, so the cluster uses Kubernetes RBAC with local accounts and adminGroupObjectIDs (${unused.length}) are not used; set managed: true for Entra ID`,
    );
  }
  addAksOutputs(scope, aks);
  return aks;
}
