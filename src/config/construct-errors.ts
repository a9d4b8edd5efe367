/**
 * A construct's refusal of what an environment file says, placed back in that file. The schema and
 * rules refuse almost everything first; what only a construct can judge (the exact size of an IaaS
 * node's bootstrap, say) would otherwise name a construct path (`prod-edge/iaas controlPlane: ...`)
 * that a YAML user cannot find. The construct's stack names the cluster, and its props mirror the
 * cluster's keys, so the problem points at that key in the cluster, or at the cluster.
 */
import { sharedStackName } from "../azure/names";
import { environmentSource } from "./load";
import { EnvironmentSpec } from "./schema/environment";
import { clusterStackNames } from "./stack-names";
import { locateIssues } from "./yaml-source";
import { ConfigError, LocatedIssue, ValidationError } from "../core/errors";
import { KeyPath } from "../core/issues";

/** Where in which environment file the construct at `constructPath` comes from, or undefined. */
function origin(
  constructPath: string,
  environments: readonly EnvironmentSpec[],
): { environment: EnvironmentSpec; at: KeyPath } | undefined {
  const stack = constructPath.split("/")[0];
  for (const environment of environments) {
    if (stack === sharedStackName(environment.name)) return { environment, at: ["resourceGroup"] };
    const i = environment.clusters.findIndex((cluster) =>
      clusterStackNames(environment, cluster)
        .filter((name) => name !== sharedStackName(environment.name))
        .includes(stack),
    );
    if (i >= 0) return { environment, at: ["clusters", i] };
  }
  return undefined;
}

/**
 * The construct errors (construct path and its issues) as issues of the environment files they
 * come from, or undefined when one of them comes from none (a construct a TypeScript caller made).
 */
export function constructErrorsInFiles(
  errors: readonly ValidationError[],
  environments: readonly EnvironmentSpec[],
): ConfigError | undefined {
  const located: LocatedIssue[] = [];
  for (const error of errors) {
    const from = origin(error.constructPath, environments);
    const source = from && environmentSource(from.environment);
    if (!from || !source) return undefined;
    located.push(
      ...locateIssues(
        source,
        error.issues.map((issue) => ({
          ...issue,
          path: [...from.at, ...issue.path],
          message: `${issue.message} (construct ${error.constructPath})`,
        })),
      ),
    );
  }
  return located.length > 0 ? new ConfigError(located) : undefined;
}
