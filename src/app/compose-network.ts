/** Builds ClusterNetwork and ClusterStorage for a cluster stack from its spec. */
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { defaultStorageAccountName } from "../azure/storage-names";
import { networkInputOf } from "../azure/network-plan";
import { managesAccountNetworkRules } from "../azure/storage-plan";
import { ClusterNetwork } from "../network/cluster-network";
import { ClusterNetworkRef } from "../network/network-ref";
import { networkContextOf } from "../config/rules/network-rules";
import { IaasClusterSpec } from "../config/schema/environment";
import { ClusterStorage } from "../storage/cluster-storage";
import type { ClusterContext } from "./compose-cluster";

export function addNetwork(scope: Construct, context: ClusterContext): ClusterNetwork {
  const { environment, cluster, resourceGroup } = context;
  // A storage account whose network rules allow the cluster subnets needs their service endpoint.
  const storageRules = cluster.type === "iaas" && managesAccountNetworkRules(cluster.storage);
  const networkContext = networkContextOf(cluster);
  const network = new ClusterNetwork(scope, "network", {
    ...networkInputOf(cluster.network),
    clusterName: cluster.name,
    environmentName: environment.name,
    location: environment.location,
    resourceGroupName: resourceGroup.name,
    zones: cluster.zones,
    selfHostedControlPlane: networkContext.selfHostedControlPlane,
    proxied: networkContext.proxied,
    vnetOrigin: networkContext.vnetOrigin,
    serviceEndpoints: storageRules ? ["Microsoft.Storage"] : [],
  });
  if (network.egressPublicIps !== undefined) {
    new TerraformOutput(scope, "egress_public_ips", {
      value: network.egressPublicIps,
      description:
        "Where the nodes' internet traffic leaves from (the NAT gateway's IPs, or your firewall's egressAddresses), for allow-lists.",
    });
  }
  return network;
}

export function addStorage(
  scope: Construct,
  context: ClusterContext & { cluster: IaasClusterSpec },
  network: ClusterNetworkRef,
): ClusterStorage {
  const { environment, cluster, resourceGroup } = context;
  const { storage } = cluster;
  return new ClusterStorage(scope, "storage", {
    ...storage,
    account: {
      ...storage.account,
      // Derived from the resource group's name as written, not the Terraform reference the stack uses.
      name:
        storage.account.name ??
        (storage.account.existing
          ? undefined
          : defaultStorageAccountName(environment.name, cluster.name, environment.resourceGroup.name)),
    },
    clusterName: cluster.name,
    environmentName: environment.name,
    location: environment.location,
    resourceGroupName: resourceGroup.name,
    network,
  });
}
