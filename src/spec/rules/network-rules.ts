/** The network rules of every cluster, with the functions ClusterNetwork runs on its props. */
import { DEFAULT_API_SERVER_SOURCES, networkPlanProblems } from "../../azure/network-plan";
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
 * With egress userDefinedRouting nothing of ours gives a worker subnet a way out (default outbound
 * access is off on subnets we create), so one we create needs a route table. AKS validates it at
 * create; IaaS workers would fail to join, since they reach the API server at its public address.
 */
function routedEgressProblems(cluster: EnvironmentBody["clusters"][number]): string[] {
  const worker = cluster.network.workerSubnet;
  if (cluster.network.egress !== "userDefinedRouting" || worker.existing || worker.routeTable !== undefined) return [];
  const why =
    cluster.type === "aks"
      ? "AKS refuses outbound type userDefinedRouting on a subnet without one"
      : "the workers reach the API server at its public load balancer address, directly (it is in NO_PROXY), and would have no route to it";
  return [
    `egress userDefinedRouting needs a route table on the worker subnet (${why}): name your existing route table, whose 0.0.0.0/0 route goes to your firewall, or use an existing subnet that has one`,
  ];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
