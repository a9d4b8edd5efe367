/**
 * HCP Terraform workspace names: `<workspacePrefix><stack>`, at most 90 letters, digits, `-` and
 * `_`. Checked once the PALETTE_BACKEND* overrides are applied, against every stack of the environment.
 */
import { SpecIssue } from "./errors";
import { EnvironmentSpec } from "./schema/environment";
import { clusterStackNames } from "./stack-names";

export const MAX_WORKSPACE_NAME_LENGTH = 90;

/** The longest workspace name of the environment, when it is over HCP Terraform's limit. */
export function workspaceNameIssues(environment: EnvironmentSpec): SpecIssue[] {
  const backend = environment.backend;
  if (backend.type !== "cloud") return [];
  const names = environment.clusters.flatMap((cluster) => clusterStackNames(environment, cluster)).map((stack) => `${backend.workspacePrefix}${stack}`);
  const longest = names.reduce((a, b) => (b.length > a.length ? b : a), "");
  if (longest.length <= MAX_WORKSPACE_NAME_LENGTH) return [];
  return [
    {
      path: ["backend", "workspacePrefix"],
      message: `workspace ${longest} has ${longest.length} characters; HCP Terraform allows ${MAX_WORKSPACE_NAME_LENGTH}: shorten the prefix (${backend.workspacePrefix.length} characters) or the cluster's name`,
    },
  ];
}
