/** Rules that look across fields of a whole environment (after the schema has applied defaults). */
import { MAX_STORAGE_TAG_NAME_LENGTH, mergeTags, tagIssues } from "../../azure/tags";
import { EnvironmentBody } from "../schema/environment";
import { Issue } from "../../core/issues";

export function uniqueClusterNames(env: EnvironmentBody): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  env.clusters.forEach((cluster, i) => {
    const first = seen.get(cluster.name);
    if (first !== undefined) {
      issues.push({
        code: "cluster-name-duplicate",
        path: ["clusters", i, "name"],
        message: `${JSON.stringify(cluster.name)} is already the name of clusters[${first}]`,
      });
    } else {
      seen.set(cluster.name, i);
    }
  });
  return issues;
}

/**
 * What lands on a resource is the environment's tags under the cluster's: check the merged set,
 * and, on a cluster that creates a storage account, the shorter names storage accounts take.
 */
export function mergedTagLimits(env: EnvironmentBody): Issue[] {
  return env.clusters.flatMap((cluster, i) => {
    const merged = mergeTags(env.tags, cluster.tags);
    const issues: Issue[] = tagIssues(merged)
      .filter((p) => p.name === undefined)
      .map((p) => ({
        code: p.code,
        path: ["clusters", i, "tags"],
        message: `${p.message}, counting the environment's tags`,
      }));
    const createsAccount = cluster.type === "iaas" && !cluster.storage.account.existing;
    for (const name of createsAccount ? Object.keys(merged) : []) {
      if (name.length <= MAX_STORAGE_TAG_NAME_LENGTH) continue;
      const own = Object.keys(cluster.tags).some((n) => n.toLowerCase() === name.toLowerCase());
      issues.push({
        code: "cluster-storage-tag-name-length",
        path: own ? ["clusters", i, "tags", name] : ["tags", name],
        message:
          `${JSON.stringify(name.slice(0, 20))}... has ${name.length} characters: ` +
          `cluster ${JSON.stringify(cluster.name)} creates a storage account, whose tag ` +
          `names are at most ${MAX_STORAGE_TAG_NAME_LENGTH}`,
      });
    }
    return issues;
  });
}
