/**
 * Rules of an environment's backend, checked once the PALETTE_BACKEND* overrides are applied:
 * HCP Terraform workspace names, and packs stacks whose runs cannot reach their cluster from where
 * they execute.
 */
import { apiServerSourcesRestricted } from "../azure/nsg-rules";
import { EnvironmentSpec } from "./schema/environment";
import { clusterStackNames } from "./stack-names";
import { Issue } from "../core/issues";
import { aksPlanFromSpec } from "./aks-design";

export const MAX_WORKSPACE_NAME_LENGTH = 90;

/** `<workspacePrefix><stack>`: at most 90 letters, digits, `-` and `_`; the longest, when it is over. */
export function workspaceNameIssues(environment: EnvironmentSpec): Issue[] {
  const backend = environment.backend;
  if (backend.type !== "cloud") return [];
  const names = environment.clusters
    .flatMap((cluster) => clusterStackNames(environment, cluster))
    .map((stack) => `${backend.workspacePrefix}${stack}`);
  const longest = names.reduce((a, b) => (b.length > a.length ? b : a), "");
  if (longest.length <= MAX_WORKSPACE_NAME_LENGTH) return [];
  return [
    {
      code: "workspace-name-length",
      path: ["backend", "workspacePrefix"],
      message:
        `workspace ${longest} has ${longest.length} characters; HCP Terraform ` +
        `allows ${MAX_WORKSPACE_NAME_LENGTH}: shorten the prefix ` +
        `(${backend.workspacePrefix.length} characters) or the cluster's name`,
    },
  ];
}

/**
 * HCP Terraform's hosted agents (execution remote) have no kubelogin and no Azure CLI login, and no
 * fixed addresses a restricted API server could allow: a packs stack that needs either must run on
 * an agent pool inside the allowed network, or locally (docs/terraform-cloud.md).
 */
export function packsExecutionIssues(environment: EnvironmentSpec): Issue[] {
  const backend = environment.backend;
  if (backend.type !== "cloud" || (backend.packsExecution ?? backend.execution) !== "remote") return [];
  const fix =
    "run the packs stacks on an agent pool in a network the API server allows " +
    "(backend.packsExecution: agent, with agentPool) or locally (packsExecution: " +
    "local)";
  return environment.clusters.flatMap((cluster, i) => {
    if (cluster.packs.length === 0) return [];
    const reasons: string[] = [];
    if (cluster.type === "aks") {
      if (cluster.managedControlPlane?.aadProfile?.managed)
        reasons.push("it signs in to Entra ID with kubelogin, which HCP Terraform's hosted agents do not have");
      const { apiServer } = aksPlanFromSpec(cluster, environment.name);
      if (apiServer.privateCluster) reasons.push("its API server is private");
      else if (apiServer.authorizedIpRanges.length > 0)
        reasons.push("apiServer.authorizedIpRanges admits only listed addresses, and hosted agents have none fixed");
    } else if (apiServerSourcesRestricted(cluster.network.apiServerSources)) {
      reasons.push("network.apiServerSources admits only listed addresses, and hosted agents have none fixed");
    }
    if (reasons.length === 0) return [];
    return [
      {
        code: "packs-execution-unreachable",
        path: ["clusters", i, "packs"],
        message:
          `the packs stack cannot run on HCP Terraform's hosted agents (backend execution ` +
          `remote): ${reasons.join("; ")}: ${fix}`,
      },
    ];
  });
}
