/** Rules that look across fields of a whole environment (after the schema has applied defaults). */
import { mergeTags, tagProblems } from "../../azure/tags";
import { SpecIssue } from "../errors";
import { EnvironmentBody } from "../schema/environment";

export function uniqueClusterNames(env: EnvironmentBody): SpecIssue[] {
  const seen = new Map<string, number>();
  const issues: SpecIssue[] = [];
  env.clusters.forEach((cluster, i) => {
    const first = seen.get(cluster.name);
    if (first !== undefined) {
      issues.push({ path: ["clusters", i, "name"], message: `${JSON.stringify(cluster.name)} is already the name of clusters[${first}]` });
    } else {
      seen.set(cluster.name, i);
    }
  });
  return issues;
}

/** What lands on a resource is the environment's tags under the cluster's: check the merged set. */
export function mergedTagLimits(env: EnvironmentBody): SpecIssue[] {
  return env.clusters.flatMap((cluster, i) =>
    tagProblems(mergeTags(env.tags, cluster.tags))
      .filter((p) => p.name === undefined)
      .map((p) => ({ path: ["clusters", i, "tags"], message: `${p.message}, counting the environment's tags` })),
  );
}
