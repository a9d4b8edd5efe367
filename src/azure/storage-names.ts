/**
 * Storage account and blob container names: Azure's rules, and the derived names ClusterStorage
 * uses when the spec names nothing. Pure: no cdktf here.
 */
import { resourceName, stableHash } from "./names";
import { problem, Problem } from "../core/issues";

const ACCOUNT_NAME = /^[a-z0-9]{3,24}$/;
const CONTAINER_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
export const STORAGE_ACCOUNT_NAME_MAX = 24;
/** Hex digits of hash in a derived account name at least: 56 bits, so collisions stay unlikely. */
const MIN_HASH_DIGITS = 14;

/** Why `name` cannot name a storage account, or undefined. Global uniqueness is Azure's to check. */
export function storageAccountNameProblem(name: string): Problem | undefined {
  if (ACCOUNT_NAME.test(name)) return undefined;
  const detail = name.length < 3 || name.length > 24 ? `it has ${name.length}` : "only lowercase letters and digits";
  return problem(
    "storage-account-name-syntax",
    `${JSON.stringify(name)} is not a valid storage account name: 3-24 lowercase ` +
      `letters and digits (${detail}), unique across Azure`,
  );
}

/** Why `name` cannot name a blob container, or undefined. */
export function containerNameProblem(name: string): Problem | undefined {
  if (CONTAINER_NAME.test(name) && !name.includes("--")) return undefined;
  return problem(
    "container-name-syntax",
    `${JSON.stringify(name)} is not a valid container name: 3-63 lowercase letters, ` +
      `digits and hyphens, starting and ending with a letter or digit, no consecutive ` +
      `hyphens`,
  );
}

/**
 * The storage account name of a cluster when the spec names none: `st`, up to 8 letters and
 * digits of the cluster name (so reviewers can tell accounts apart), then a hash of environment,
 * cluster and resource group filling 24 characters. Same inputs, same name, on every machine.
 */
export function defaultStorageAccountName(environment: string, cluster: string, resourceGroup: string): string {
  const readable = `st${cluster.replace(/[^a-z0-9]/g, "").slice(0, 8)}`;
  const digits = Math.max(MIN_HASH_DIGITS, STORAGE_ACCOUNT_NAME_MAX - readable.length);
  const name = `${readable}${stableHash(["storage", environment, cluster, resourceGroup], digits)}`;
  return name.slice(0, STORAGE_ACCOUNT_NAME_MAX);
}

/** The VHD container of a cluster when the spec names none: `<cluster>-<env>-vhds`. */
export function defaultContainerName(environment: string, cluster: string): string {
  return resourceName(cluster, environment, "vhds");
}
