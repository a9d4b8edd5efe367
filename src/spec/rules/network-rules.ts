/** The network rules of every cluster, with the functions ClusterNetwork runs on its props. */
import { networkPlanProblems } from "../../azure/network-plan";
import { under } from "../../azure/rule-issue";
import { SpecIssue } from "../errors";
import { EnvironmentBody } from "../schema/environment";

export function clusterNetworkRules(env: EnvironmentBody): SpecIssue[] {
  return env.clusters.flatMap((cluster, i) =>
    // Only IaaS clusters run their API server on the control-plane nodes; AKS hosts it itself.
    under(["clusters", i, "network"], networkPlanProblems(cluster.network, { apiServerRule: cluster.type === "iaas" })),
  );
}
