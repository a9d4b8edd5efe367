/**
 * Azure resource names, derived once from the environment and cluster names so nobody types a
 * name twice. Pure: no cdktf here.
 */
import { createHash } from "node:crypto";
import { Issue, issueAt, problem, Problem } from "../core/issues";

/** Environment names: short, lowercase, no hyphen, so `<env>-<cluster>` splits unambiguously. */
export const ENVIRONMENT_NAME = /^[a-z][a-z0-9]{0,11}$/;
/** Cluster names: DNS-label-like and short enough for every derived Azure name. */
export const CLUSTER_NAME = /^[a-z][a-z0-9-]{0,22}[a-z0-9]$/;

/** Why an environment name (the file's base name) cannot be used, or undefined when it can. */
export function environmentNameProblem(name: string): Problem | undefined {
  if (!ENVIRONMENT_NAME.test(name))
    return problem(
      "environment-name-syntax",
      `${JSON.stringify(name)} is not a valid environment name: 1-12 lowercase letters ` +
        `and digits, starting with a letter`,
    );
  const word = ["microsoft", "windows"].find((w) => name.includes(w));
  if (word)
    return problem(
      "environment-name-reserved-word",
      `${JSON.stringify(name)} is not a valid environment name: it goes into Azure ` +
        `names, and Azure refuses "${word}" in them`,
    );
  return undefined;
}

/** Why a cluster name cannot be used, or undefined when it can. */
export function clusterNameProblem(name: string): Problem | undefined {
  if (!CLUSTER_NAME.test(name)) {
    return problem(
      "cluster-name-syntax",
      `${JSON.stringify(name)} is not a valid cluster name: 2-24 characters, lowercase ` +
        `letters, digits and hyphens, starting with a letter and not ending with a hyphen`,
    );
  }
  if (name.includes("--"))
    return problem(
      "cluster-name-double-hyphen",
      `${JSON.stringify(name)} is not a valid cluster name: no consecutive hyphens`,
    );
  if (name === SHARED_STACK_SUFFIX)
    return problem(
      "cluster-name-reserved",
      `${JSON.stringify(name)} is not a valid cluster name: ` +
        `<env>-${SHARED_STACK_SUFFIX} is the environment's shared stack (a resource group ` +
        `the spec creates)`,
    );
  const word = ["microsoft", "windows"].find((w) => name.includes(w));
  if (word)
    return problem(
      "cluster-name-reserved-word",
      `${JSON.stringify(name)} is not a valid cluster name: Azure refuses "${word}" as a word or part of a word`,
    );
  return undefined;
}

/**
 * Problems with the two names every construct derives its Azure names from, keyed like the
 * constructs' props (`clusterName`, `environmentName`).
 */
export function derivedNameIssues(clusterName: string, environmentName: string): Issue[] {
  return [
    ...issueAt(["clusterName"], clusterNameProblem(clusterName)),
    ...issueAt(["environmentName"], environmentNameProblem(environmentName)),
  ];
}

/** `<cluster>-<env>-<role>`, the name of every Azure resource that allows hyphens. */
export function resourceName(cluster: string, environment: string, role: string): string {
  return `${cluster}-${environment}-${role}`;
}

/** The Azure name of an AKS cluster: `<cluster>-<env>-aks`. */
export function aksClusterName(cluster: string, environment: string): string {
  return resourceName(cluster, environment, "aks");
}

/** The environment's shared stack is `<env>-shared`: no cluster may take the name. */
export const SHARED_STACK_SUFFIX = "shared";

/** Terraform stack name for a cluster: `<env>-<cluster>`. */
export function stackName(environment: string, cluster: string): string {
  return `${environment}-${cluster}`;
}

/** The stack of a cluster's pack namespaces: `<env>-<cluster>-packs`. */
export function packsStackName(environment: string, cluster: string): string {
  return `${stackName(environment, cluster)}-packs`;
}

/** The environment's shared stack (a resource group the spec creates): `<env>-shared`. */
export function sharedStackName(environment: string): string {
  return `${environment}-${SHARED_STACK_SUFFIX}`;
}

/**
 * A short, stable, lowercase hex digest of the given parts; the same inputs give the same
 * digest on every machine, so derived names never change between runs.
 */
export function stableHash(parts: readonly string[], length: number): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, length);
}
