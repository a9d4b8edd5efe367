/** The network rules of every cluster, with the functions ClusterNetwork runs on its props. */
import { NetworkContext, needsRouteTable, networkPlanIssues } from "../../azure/network-plan";
import { ClusterSpec, EnvironmentBody } from "../schema/environment";
import { Issue, under } from "../../core/issues";

/** The context a cluster's network was resolved in (resolve-clusters.ts). */
export function networkContextOf(cluster: ClusterSpec): NetworkContext {
  return {
    selfHostedControlPlane: cluster.type === "iaas",
    proxied: cluster.proxy !== undefined,
    zones: cluster.zones,
    vnetOrigin: cluster.gateway?.vnet ? `privateCloudGateways ${JSON.stringify(cluster.gateway.name)}` : undefined,
  };
}

export function clusterNetworkRules(env: EnvironmentBody): Issue[] {
  return env.clusters.flatMap((cluster, i) => [
    ...under(["clusters", i, "network"], networkPlanIssues(cluster.network, networkContextOf(cluster))),
    ...routedEgressProblems(cluster).map((message) => ({
      code: "route-table-required",
      path: ["clusters", i, "network", "workerSubnet", "routeTable"],
      message,
    })),
  ]);
}

/**
 * AKS refuses outbound type userDefinedRouting on a node subnet without a route table (it checks at
 * create). IaaS clusters only get a warning at synth (ClusterNetwork): a default route can also
 * come from BGP (ExpressRoute, VPN forced tunnelling, Virtual WAN) without a route table.
 */
function routedEgressProblems(cluster: ClusterSpec): string[] {
  if (cluster.type !== "aks" || !needsRouteTable(cluster.network)) return [];
  const why = cluster.proxy !== undefined ? " (egress defaults to userDefinedRouting behind a proxy)" : "";
  return [
    `egress userDefinedRouting${why} needs a route table on the worker subnet (AKS ` +
      `refuses outbound type userDefinedRouting on a subnet without one): name your ` +
      `existing route table, whose 0.0.0.0/0 route goes to your firewall, or use an ` +
      `existing subnet that has one`,
  ];
}
