/** The storage rules of every IaaS cluster, with the functions ClusterStorage runs on its props. */
import { under } from "../../azure/rule-issue";
import { BLOB_PRIVATE_DNS_ZONE, createsPrivateDnsZone, storagePlanProblems } from "../../azure/storage-plan";
import { SpecIssue } from "../errors";
import { EnvironmentBody } from "../schema/environment";

export function clusterStorageRules(env: EnvironmentBody): SpecIssue[] {
  return env.clusters.flatMap((cluster, i) => (cluster.type === "iaas" ? under(["clusters", i, "storage"], storagePlanProblems(cluster.storage)) : []));
}

/**
 * Two clusters of one environment cannot both create an account of the same name (derived names
 * contain the cluster name, so only names written in the spec can clash).
 */
export function uniqueStorageAccounts(env: EnvironmentBody): SpecIssue[] {
  const created = new Map<string, string>();
  const issues: SpecIssue[] = [];
  env.clusters.forEach((cluster, i) => {
    if (cluster.type !== "iaas" || cluster.storage.account.existing || cluster.storage.account.name === undefined) return;
    const name = cluster.storage.account.name;
    const first = created.get(name);
    if (first !== undefined) {
      issues.push({
        path: ["clusters", i, "storage", "account", "name"],
        message: `${JSON.stringify(name)} is already created by ${first}: to share it, create it in one cluster and attach it here with existing: true`,
      });
    } else {
      created.set(name, `clusters[${i}] (${cluster.name})`);
    }
  });
  return issues;
}

/**
 * The blob private DNS zone has one fixed name, and all clusters of an environment share a
 * resource group: only one of them can create it there. The others use it as an existing zone.
 */
export function onePrivateDnsZonePerResourceGroup(env: EnvironmentBody): SpecIssue[] {
  let creator: string | undefined;
  const issues: SpecIssue[] = [];
  env.clusters.forEach((cluster, i) => {
    if (cluster.type !== "iaas" || !createsPrivateDnsZone(cluster.storage)) return;
    if (creator === undefined) {
      creator = `clusters[${i}] (${cluster.name})`;
      return;
    }
    issues.push({
      path: ["clusters", i, "storage", "networkAccess"],
      message: `${creator} already creates ${BLOB_PRIVATE_DNS_ZONE} in ${env.resourceGroup.name}: use it here with privateDnsZone: { resourceGroup: ${env.resourceGroup.name} } (apply ${creator.split(" ")[0]}'s stack first)`,
    });
  });
  return issues;
}

/**
 * Azure allows one link between a private DNS zone and a VNet. Clusters with private storage in
 * one (static-placement) VNet would each link the blob zone to it: only the first may.
 */
export function onePrivateDnsLinkPerVnet(env: EnvironmentBody): SpecIssue[] {
  const linked = new Map<string, string>();
  const issues: SpecIssue[] = [];
  env.clusters.forEach((cluster, i) => {
    if (cluster.type !== "iaas" || cluster.storage.networkAccess !== "private" || cluster.network.vnet.name === undefined) return;
    const zone = cluster.storage.privateDnsZone;
    if (zone !== undefined && !zone.linkVnet) return;
    const key = [zone?.resourceGroup ?? env.resourceGroup.name, cluster.network.vnet.resourceGroup ?? env.resourceGroup.name, cluster.network.vnet.name].join("/").toLowerCase();
    const first = linked.get(key);
    if (first === undefined) {
      linked.set(key, `clusters[${i}] (${cluster.name})`);
      return;
    }
    issues.push({
      path: ["clusters", i, "storage", zone === undefined ? "networkAccess" : "privateDnsZone"],
      message: `${first} already links ${BLOB_PRIVATE_DNS_ZONE} to VNet ${cluster.network.vnet.name}, and Azure allows one link per zone and VNet: set privateDnsZone: { resourceGroup: ${zone?.resourceGroup ?? env.resourceGroup.name}, linkVnet: false } here`,
    });
  });
  return issues;
}
