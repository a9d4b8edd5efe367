/**
 * The storage rules of every IaaS cluster, with the functions ClusterStorage runs on its props.
 * What two clusters cannot share (account names, the blob zone and its links) is in collisions.ts.
 */
import { storagePlanIssues } from "../../azure/storage-plan";
import { EnvironmentBody } from "../schema/environment";
import { Issue, under } from "../../core/issues";

export function clusterStorageRules(env: EnvironmentBody): Issue[] {
  return env.clusters.flatMap((cluster, i) =>
    cluster.type === "iaas" ? under(["clusters", i, "storage"], storagePlanIssues(cluster.storage)) : [],
  );
}
