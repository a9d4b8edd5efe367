/**
 * The cluster storage as planned: which account and container receive the base VHD, whether this
 * stack creates them or attaches existing ones, and how the account is reached. The YAML schema
 * and the ClusterStorage construct both check it here. Pure: no cdktf here.
 */
import { containerNameProblem, storageAccountNameProblem } from "./storage-names";
import { Issue } from "../core/issues";

export type StorageNetworkAccess = "public" | "private";
export type StorageReplication = "LRS" | "ZRS" | "GRS" | "RAGRS" | "GZRS" | "RAGZRS";

/** Defaults for an account this stack creates. */
export const DEFAULT_STORAGE_REPLICATION: StorageReplication = "LRS";
/** Entra ID only: account keys and SAS tokens refused (docs/storage.md, Shared keys). */
export const DEFAULT_SHARED_KEY_ACCESS = false;
/** Days a deleted blob or container can be restored (blob soft delete, container delete retention). */
export const DEFAULT_SOFT_DELETE_DAYS = 7;
/** With shared keys on: the longest a SAS should live; Azure logs longer ones (sas_policy). */
export const SAS_EXPIRATION_PERIOD = "01.00:00:00";
export const DEFAULT_STORAGE_NETWORK_ACCESS: StorageNetworkAccess = "public";
/** The zone private endpoints for blob register in (public Azure cloud). */
export const BLOB_PRIVATE_DNS_ZONE = "privatelink.blob.core.windows.net";

export interface StorageAccountPlan {
  /** @default - derived from environment, cluster and resource group (defaultStorageAccountName) */
  readonly name?: string;
  /** Attach an account that already exists (by `name`): nothing about it is created or changed. */
  readonly existing: boolean;
  /** Only with `existing`. @default - the environment's resource group */
  readonly resourceGroup?: string;
  /** Only for an account this stack creates. @default "LRS" */
  readonly replication?: StorageReplication;
  /** Only for an account this stack creates. @default false */
  readonly sharedKeyAccess?: boolean;
  /** Only for an account this stack creates: soft-delete retention of blobs and containers, 0 = off. @default 7 */
  readonly softDeleteDays?: number;
}

export interface StorageContainerPlan {
  /** @default - `<cluster>-<env>-vhds` */
  readonly name?: string;
  /** Attach a container that already exists in an existing account. */
  readonly existing: boolean;
}

export interface PrivateDnsZonePlan {
  /** Resource group of an existing `privatelink.blob.core.windows.net` zone to use instead of creating one. */
  readonly resourceGroup: string;
  /** Link the cluster VNet to that zone (skip when a hub VNet's DNS already resolves it). @default true */
  readonly linkVnet: boolean;
}

export interface StoragePlan {
  /** The storage account: created by this stack, or an existing one attached. */
  readonly account: StorageAccountPlan;
  /** The blob container the base VHD is copied into. */
  readonly container: StorageContainerPlan;
  /** How the account is reached: `public`, or `private` through a private endpoint in the cluster VNet. */
  readonly networkAccess: StorageNetworkAccess;
  /** Only with private access. @default - created and linked in a new VNet; the existing zone of an existing VNet's resource group */
  readonly privateDnsZone?: PrivateDnsZonePlan;
}

/** Every rule of a storage plan, located by its keys (`account.name`, ...). */
export function storagePlanIssues(plan: StoragePlan): Issue[] {
  const issues: Issue[] = [];
  const { account, container } = plan;
  if (account.name !== undefined) {
    const found = storageAccountNameProblem(account.name);
    if (found) issues.push({ ...found, path: ["account", "name"] });
  }
  if (container.name !== undefined) {
    const found = containerNameProblem(container.name);
    if (found) issues.push({ ...found, path: ["container", "name"] });
  }
  if (account.existing) {
    if (account.name === undefined)
      issues.push({
        code: "existing-account-name-missing",
        path: ["account", "name"],
        message: "name the existing storage account with name",
      });
    if (account.replication !== undefined) {
      issues.push({
        code: "existing-account-replication",
        path: ["account", "replication"],
        message: "replication only applies to an account this stack creates; an existing account keeps its own",
      });
    }
    for (const key of ["sharedKeyAccess", "softDeleteDays"] as const) {
      if (account[key] !== undefined)
        issues.push({
          code: "existing-account-setting",
          path: ["account", key],
          message: `${key} only applies to an account this stack creates; an existing account keeps its own`,
        });
    }
  } else if (account.resourceGroup !== undefined) {
    issues.push({
      code: "account-resource-group-without-existing",
      path: ["account", "resourceGroup"],
      message:
        "resourceGroup only applies to an existing account (existing: true); a new " +
        "account goes in the cluster's resource group",
    });
  }
  if (container.existing) {
    if (!account.existing) {
      issues.push({
        code: "existing-container-needs-account",
        path: ["container", "existing"],
        message: "an existing container lives in an existing account: set account.existing and account.name too",
      });
    }
    if (container.name === undefined)
      issues.push({
        code: "existing-container-name-missing",
        path: ["container", "name"],
        message: "name the existing container with name",
      });
  }
  if (plan.privateDnsZone !== undefined && plan.networkAccess !== "private") {
    issues.push({
      code: "private-dns-zone-unused",
      path: ["privateDnsZone"],
      message: "privateDnsZone only applies with networkAccess: private",
    });
  }
  return issues;
}

/** What the storage plan needs to know of the network it lands in. */
export interface StorageContext {
  /**
   * The cluster's VNet exists already (static placement) in this resource group: a network team's
   * VNet already resolves privatelink.blob.core.windows.net through their zone, and Azure refuses a
   * second zone of that name linked to it. Unset: the cluster creates its VNet.
   */
  readonly existingVnetResourceGroup?: string;
}

/** Whether this plan creates the blob private DNS zone (private access without an existing zone). */
export function createsPrivateDnsZone(plan: StoragePlan): boolean {
  return plan.networkAccess === "private" && plan.privateDnsZone === undefined;
}

/** Whether the account's own network rules are ours to set (only for an account we create). */
export function managesAccountNetworkRules(plan: StoragePlan): boolean {
  return plan.networkAccess === "private" && !plan.account.existing;
}

/** Storage as people write it: everything may be left out. */
export interface StorageInput {
  /** @default - a new account with a derived name */
  readonly account?: {
    readonly name?: string;
    /** @default false */
    readonly existing?: boolean;
    readonly resourceGroup?: string;
    readonly replication?: StorageReplication;
    readonly sharedKeyAccess?: boolean;
    readonly softDeleteDays?: number;
  };
  /** @default - a new private container `<cluster>-<env>-vhds` */
  readonly container?: { readonly name?: string; /** @default false */ readonly existing?: boolean };
  /** @default "public" */
  readonly networkAccess?: StorageNetworkAccess;
  /**
   * @default - with private access: in a VNet the cluster creates, a zone created in the cluster's
   * resource group and linked; in an existing VNet, the existing zone of its resource group, not linked
   */
  readonly privateDnsZone?: { readonly resourceGroup: string; /** @default true */ readonly linkVnet?: boolean };
}

/**
 * Applies the defaults. With private access, the blob zone is created and linked in a VNet the
 * cluster creates; in an existing VNet it is the existing zone of the VNet's resource group, not
 * linked again (override with privateDnsZone).
 */
export function resolveStoragePlan(input: StorageInput, context: StorageContext = {}): StoragePlan {
  const networkAccess = input.networkAccess ?? DEFAULT_STORAGE_NETWORK_ACCESS;
  const existingZone =
    networkAccess === "private" && input.privateDnsZone === undefined && context.existingVnetResourceGroup !== undefined
      ? { resourceGroup: context.existingVnetResourceGroup, linkVnet: false }
      : undefined;
  return {
    account: { ...input.account, existing: input.account?.existing ?? false },
    container: { ...input.container, existing: input.container?.existing ?? false },
    networkAccess,
    privateDnsZone:
      input.privateDnsZone === undefined
        ? existingZone
        : { resourceGroup: input.privateDnsZone.resourceGroup, linkVnet: input.privateDnsZone.linkVnet ?? true },
  };
}
