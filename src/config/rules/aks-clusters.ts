/**
 * The AKS rules over each `aks` cluster of an environment, with the same functions AksCluster
 * runs, their paths translated to the YAML keys. Problems of Palette's blocks read from a profile
 * file point at the `profileFile:` line and name the file.
 */
import { aksPlanIssues } from "../../azure/aks-rules";
import { isStaticPlacement } from "../../azure/network-plan";
import { aksNetworkFactsFromSpec, aksPlanFromSpec } from "../aks-design";
import { AksClusterSpec } from "../schema/environment";
import { EnvironmentBody } from "../schema/environment";
import { Issue, KeyPath } from "../../core/issues";

/** Design keys that live under different YAML keys. */
function specPath(path: readonly (string | number)[]): KeyPath {
  const [head, second, ...rest] = path;
  if (head === "skuTier") return ["managedControlPlane", "sku"];
  if (head === "upgradeChannel") return ["managedControlPlane", "autoUpgradeProfile", "upgradeChannel"];
  if (head === "aad") return ["managedControlPlane", "aadProfile", "adminGroupObjectIDs", ...rest];
  if (head === "network" && second === "workerSubnetCidr") return ["network", "workerSubnet", "cidr"];
  return path;
}

function clusterIssues(cluster: AksClusterSpec, index: number): Issue[] {
  // The Azure name needs the environment's name, which the rules do not see: AksCluster checks
  // it. The spec's cluster name already passed the stricter clusterNameProblem.
  const plan = aksPlanFromSpec(cluster);
  const issues = aksPlanIssues(plan, aksNetworkFactsFromSpec(cluster)).map((issue): Issue => {
    const path = specPath(issue.path);
    const fromProfile =
      cluster.profileFile !== undefined && (path[0] === "managedControlPlane" || path[0] === "managedMachinePool");
    return fromProfile
      ? {
          code: issue.code,
          path: ["clusters", index, ...path],
          message: `${issue.message} (in ${cluster.profileFile})`,
          locate: ["clusters", index, "profileFile"],
        }
      : { ...issue, path: ["clusters", index, ...path] };
  });
  if (plan.apiServer.privateCluster && !isStaticPlacement(cluster.network)) {
    issues.push({
      code: "private-cluster-needs-static-placement",
      path: ["clusters", index, "apiServer", "privateCluster"],
      message:
        "a private API server needs static placement (network.vnet.name: an existing VNet " +
        "its users and your Private Cloud Gateway reach); a new VNet is reachable by " +
        "nobody",
    });
  }
  return issues;
}

/** Every AKS rule for every AKS cluster of the environment. */
export function aksClusterRules(env: EnvironmentBody): Issue[] {
  return env.clusters.flatMap((cluster, i) => (cluster.type === "aks" ? clusterIssues(cluster, i) : []));
}
