/** Builds the IaaS cluster of an `iaas` cluster spec into its stack, with the stack's outputs. */
import { Construct } from "constructs";
import { IaasCluster } from "../iaas/iaas-cluster";
import { addIaasOutputs } from "../iaas/iaas-outputs";
import { ClusterNetworkRef } from "../network/network-ref";
import { IaasClusterSpec } from "../config/schema/environment";
import { ClusterStorageRef } from "../storage/storage-ref";
import type { ClusterContext } from "./compose-cluster";

export function addIaasCluster(
  scope: Construct,
  context: ClusterContext & { cluster: IaasClusterSpec },
  network: ClusterNetworkRef,
  storage: ClusterStorageRef,
): IaasCluster {
  const { environment, cluster } = context;
  // Azure cannot write boot diagnostics to an account that refuses public network access.
  const privateStorage = cluster.storage.networkAccess === "private";
  const iaas = new IaasCluster(scope, "iaas", {
    clusterName: cluster.name,
    environmentName: environment.name,
    location: environment.location,
    resourceGroupName: context.resourceGroup.name,
    kubernetesVersion: cluster.kubernetesVersion,
    zones: cluster.zones,
    network,
    storage,
    sshPublicKey: cluster.sshPublicKey,
    adminUsername: cluster.adminUsername,
    controlPlane: cluster.controlPlane,
    workerPools: cluster.workerPools,
    image: cluster.image,
    apiServer: cluster.apiServer,
    clusterNetwork: cluster.clusterNetwork,
    proxy: cluster.proxy,
    bootDiagnostics: privateStorage ? "managed" : "clusterStorage",
  });
  addIaasOutputs(scope, iaas);
  return iaas;
}
