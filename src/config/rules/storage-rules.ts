/**
 * The storage rules of every IaaS cluster, with the functions ClusterStorage runs on its props.
 * What two clusters cannot share (account names, the blob zone and its links) is in collisions.ts.
 */
import { under } from "../../azure/rule-issue";
import { storagePlanProblems } from "../../azure/storage-plan";
import { SpecIssue } from "../errors";
import { EnvironmentBody } from "../schema/environment";

export function clusterStorageRules(env: EnvironmentBody): SpecIssue[] {
  return env.clusters.flatMap((cluster, i) =>
    cluster.type === "iaas" ? under(["clusters", i, "storage"], storagePlanProblems(cluster.storage)) : [],
  );
}
