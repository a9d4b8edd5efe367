/** The network rules of every cluster, with the functions ClusterNetwork runs on its props. */
import { DEFAULT_API_SERVER_SOURCES, needsRouteTable, networkPlanProblems } from "../../azure/network-plan";
import { under } from "../../azure/rule-issue";
import { SpecIssue } from "../errors";
import { EnvironmentBody } from "../schema/environment";

export function clusterNetworkRules(env: EnvironmentBody): SpecIssue[] {
  return env.clusters.flatMap((cluster, i) => [
    // Only IaaS clusters run their API server on the control-plane nodes; AKS hosts it itself.
    ...under(["clusters", i, "network"], networkPlanProblems(cluster.network, { apiServerRule: cluster.type === "iaas" })),
    ...(cluster.type === "aks" && !sameList(cluster.network.apiServerSources, DEFAULT_API_SERVER_SOURCES)
      ? [
          {
            path: ["clusters", i, "network", "apiServerSources"],
            message: "apiServerSources opens the API server port on the control-plane NSG of IaaS clusters; AKS hosts its API server itself: restrict it with apiServer.authorizedIpRanges",
          },
        ]
      : []),
    ...routedEgressProblems(cluster).map((message) => ({ path: ["clusters", i, "network", "workerSubnet", "routeTable"], message })),
  ]);
}

/**
 * AKS refuses outbound type userDefinedRouting on a node subnet without a route table (it checks at
 * create). IaaS clusters only get a warning at synth (composeCluster): a default route can also
 * come from BGP (ExpressRoute, VPN forced tunnelling, Virtual WAN) without a route table.
 */
function routedEgressProblems(cluster: EnvironmentBody["clusters"][number]): string[] {
  if (cluster.type !== "aks" || !needsRouteTable(cluster.network)) return [];
  return [
    "egress userDefinedRouting needs a route table on the worker subnet (AKS refuses outbound type userDefinedRouting on a subnet without one): name your existing route table, whose 0.0.0.0/0 route goes to your firewall, or use an existing subnet that has one",
  ];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
