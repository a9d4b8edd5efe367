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
  ]);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
