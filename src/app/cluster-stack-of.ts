/**
 * The stack of one cluster of an environment file: the typed props of AksClusterStack or
 * IaasClusterStack, from the environment and the cluster as the YAML layer resolved them. A
 * TypeScript caller writes the same props by hand and gets the same JSON (test/app/typescript-stacks).
 */
import { Annotations } from "cdktf";
import { Construct } from "constructs";
import { networkInputOf } from "../azure/network-plan";
import { aksDesignFromSpec, unusedAdminGroups } from "../config/aks-design";
import { ClusterSpec, EnvironmentSpec } from "../config/schema/environment";
import { mergeTags } from "../azure/tags";
import { ClusterStack, ClusterStackProps } from "../stacks/cluster-stack";
import { aksClusterStackClass, iaasClusterStackClass } from "./stack-classes";

/** Environments whose clusters are protected from deletion unless the file says otherwise. */
export const PRODUCTION_ENVIRONMENTS: readonly string[] = ["prod", "production"];

export function clusterStackOf(scope: Construct, environment: EnvironmentSpec, cluster: ClusterSpec): ClusterStack {
  const common: ClusterStackProps = {
    environmentName: environment.name,
    clusterName: cluster.name,
    location: environment.location,
    resourceGroupName: environment.resourceGroup.name,
    backend: environment.backend,
    tags: mergeTags(environment.tags, cluster.tags),
    zones: cluster.zones,
    network: networkInputOf(cluster.network),
    vnetOrigin: cluster.gateway?.vnet ? `privateCloudGateways ${JSON.stringify(cluster.gateway.name)}` : undefined,
    proxy: cluster.proxy,
    deletionProtection:
      cluster.deletionProtection ??
      environment.deletionProtection ??
      PRODUCTION_ENVIRONMENTS.includes(environment.name),
  };
  if (cluster.type === "iaas") {
    const {
      kubernetesVersion,
      sshPublicKey,
      adminUsername,
      controlPlane,
      workerPools,
      image,
      apiServer,
      clusterNetwork,
      encryptionAtHost,
      storage,
    } = cluster;
    const IaasClusterStack = iaasClusterStackClass();
    return new IaasClusterStack(scope, {
      ...common,
      kubernetesVersion,
      sshPublicKey,
      adminUsername,
      controlPlane,
      workerPools,
      image,
      apiServer,
      clusterNetwork,
      encryptionAtHost,
      storage,
    });
  }
  const { name, zones: _zones, proxy: _proxy, ...design } = aksDesignFromSpec(cluster, environment.name);
  const AksClusterStack = aksClusterStackClass();
  const stack = new AksClusterStack(scope, { ...common, ...design, name });
  const unused = unusedAdminGroups(cluster);
  if (unused.length > 0) {
    Annotations.of(stack.cluster).addWarning(
      `${environment.file} clusters[${environment.clusters.indexOf(cluster)}]: ` +
        `aadProfile.managed is false, so the cluster uses Kubernetes RBAC with local ` +
        `accounts and adminGroupObjectIDs (${unused.length}) are not used; set managed: ` +
        `true for Entra ID`,
    );
  }
  return stack;
}
