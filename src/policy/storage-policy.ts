/**
 * Policy for storage accounts this stack creates (looked-up accounts are their owners' to govern).
 * azurerm 4.55 defaults for an attribute left out: HTTPS only on, TLS1_2, nested items public on, public
 * network access on, shared keys on, no SAS policy, no blob or container soft delete.
 */
import { referencedAddresses, single } from "../review/stack-json";
import { VHD_COPY_STORAGE, isIaasVhdAccount } from "./exceptions";
import { posture, PolicyRule, resourceRule, shown, stackRule } from "./policy-rule";

const ACCOUNT = "azurerm_storage_account";
const secure = (setting: string) => posture(ACCOUNT, setting);

const httpsOnly = resourceRule(
  {
    id: "PAZ-STORAGE-001",
    severity: "high",
    guardsAgainst: "blobs and keys sent over plain HTTP",
    reads: [`${ACCOUNT}.https_traffic_only_enabled`],
    checkov: ["CKV_AZURE_3"],
    trivy: ["AVD-AZU-0008", "AVD-AZU-0059"],
  },
  [ACCOUNT],
  ({ config }) =>
    secure("HTTPS only")(config)
      ? undefined
      : {
          problem: "accepts plain HTTP",
          setting: `https_traffic_only_enabled = ${shown(config.https_traffic_only_enabled)}`,
        },
);

const minimumTls = resourceRule(
  {
    id: "PAZ-STORAGE-002",
    severity: "medium",
    guardsAgainst: "clients negotiating TLS 1.0 or 1.1",
    reads: [`${ACCOUNT}.min_tls_version`],
    checkov: ["CKV_AZURE_44"],
    trivy: ["AVD-AZU-0011", "AVD-AZU-0059"],
  },
  [ACCOUNT],
  ({ config }) =>
    secure("TLS 1.2 minimum")(config)
      ? undefined
      : { problem: "accepts TLS older than 1.2", setting: `min_tls_version = ${shown(config.min_tls_version)}` },
);

const noAnonymousBlobs = stackRule(
  {
    id: "PAZ-STORAGE-003",
    severity: "high",
    guardsAgainst: "anonymous reads of blobs (a container made public, or an account that allows it)",
    reads: [`${ACCOUNT}.allow_nested_items_to_be_public`, "azurerm_storage_container.container_access_type"],
    checkov: ["CKV_AZURE_190", "CKV2_AZURE_47", "CKV_AZURE_34"],
    trivy: ["AVD-AZU-0007"],
  },
  (stack, found) => {
    const accounts = stack
      .of(ACCOUNT)
      .filter(({ config }) => !secure("no public blob access")(config))
      .map((account) =>
        found(account.address, {
          problem: "lets containers be made public",
          setting: `allow_nested_items_to_be_public = ${shown(account.config.allow_nested_items_to_be_public)} (azurerm default true)`,
        }),
      );
    const containers = stack
      .of("azurerm_storage_container")
      .filter(({ config }) => config.container_access_type !== undefined && config.container_access_type !== "private")
      .map((container) =>
        found(container.address, {
          problem: "is readable without a key or token",
          setting: `container_access_type = ${shown(container.config.container_access_type)}`,
        }),
      );
    return [...accounts, ...containers];
  },
);

const notReachableFromEverywhere = stackRule(
  {
    id: "PAZ-STORAGE-004",
    severity: "high",
    guardsAgainst: "an account endpoint any network can reach (then only a key or token stands in the way)",
    reads: [
      `${ACCOUNT}.public_network_access_enabled`,
      `${ACCOUNT}.network_rules.default_action`,
      "azurerm_storage_account_network_rules.default_action",
    ],
    checkov: ["CKV_AZURE_59", "CKV_AZURE_35"],
    trivy: ["AVD-AZU-0012"],
  },
  (stack, found) => {
    const denyingRules = stack
      .of("azurerm_storage_account_network_rules")
      .filter((r) => r.config.default_action === "Deny")
      .flatMap((r) => referencedAddresses(r.config.storage_account_id));
    return stack
      .of(ACCOUNT)
      .filter(
        (account) =>
          !secure("public network access off")(account.config) &&
          !secure("network rules deny by default")(account.config) &&
          !denyingRules.includes(account.address),
      )
      .map((account) =>
        found(account.address, {
          problem: "is reachable from every network",
          setting: `public_network_access_enabled = ${shown(account.config.public_network_access_enabled)}, network_rules.default_action = ${shown(single(account.config.network_rules)?.default_action)}`,
          ...(isIaasVhdAccount(account, stack) ? { accepted: VHD_COPY_STORAGE } : {}),
        }),
      );
  },
);

const sharedKeysOff = resourceRule(
  {
    id: "PAZ-STORAGE-005",
    severity: "medium",
    guardsAgainst: "account keys and SAS tokens: long-lived, unaudited credentials that bypass Entra ID",
    reads: [`${ACCOUNT}.shared_access_key_enabled`],
    checkov: ["CKV2_AZURE_40"],
    trivy: [],
  },
  [ACCOUNT],
  ({ config }) =>
    secure("shared keys off (Entra ID only)")(config)
      ? undefined
      : {
          problem: "accepts account keys and SAS tokens",
          setting: `shared_access_key_enabled = ${shown(config.shared_access_key_enabled)} (azurerm default true)`,
        },
);

const sasExpiry = resourceRule(
  {
    id: "PAZ-STORAGE-006",
    severity: "medium",
    guardsAgainst: "SAS tokens that never expire, while shared keys stay on",
    reads: [`${ACCOUNT}.shared_access_key_enabled`, `${ACCOUNT}.sas_policy.expiration_period`],
    checkov: ["CKV2_AZURE_41"],
    trivy: [],
  },
  [ACCOUNT],
  ({ config }) =>
    secure("shared keys off (Entra ID only)")(config) ||
    typeof single(config.sas_policy)?.expiration_period === "string"
      ? undefined
      : { problem: "keeps shared keys on without a SAS expiration policy", setting: "sas_policy not set" },
);

/** The retention block of `blob_properties`, present with days ≥ 1 (azurerm's default days is 7). */
function retains(config: Readonly<Record<string, unknown>>, block: string): boolean {
  const policy = single(single(config.blob_properties)?.[block]);
  return policy !== undefined && (policy.days === undefined || Number(policy.days) >= 1);
}

const blobSoftDelete = resourceRule(
  {
    id: "PAZ-STORAGE-007",
    severity: "low",
    guardsAgainst: "a deleted or overwritten blob (the base VHD, boot diagnostics) being gone at once",
    reads: [`${ACCOUNT}.blob_properties.delete_retention_policy.days`],
    checkov: ["CKV2_AZURE_38"],
    trivy: ["AVD-AZU-0056"],
  },
  [ACCOUNT],
  ({ config }) =>
    retains(config, "delete_retention_policy")
      ? undefined
      : { problem: "has no blob soft delete", setting: "blob_properties.delete_retention_policy not set" },
);

const containerSoftDelete = resourceRule(
  {
    id: "PAZ-STORAGE-008",
    severity: "low",
    guardsAgainst: "a deleted container, and every blob in it, being gone at once",
    reads: [`${ACCOUNT}.blob_properties.container_delete_retention_policy.days`],
    checkov: [],
    trivy: [],
  },
  [ACCOUNT],
  ({ config }) =>
    retains(config, "container_delete_retention_policy")
      ? undefined
      : {
          problem: "has no container soft delete",
          setting: "blob_properties.container_delete_retention_policy not set",
        },
);

export const STORAGE_RULES: readonly PolicyRule[] = [
  httpsOnly,
  minimumTls,
  noAnonymousBlobs,
  notReachableFromEverywhere,
  sharedKeysOff,
  sasExpiry,
  blobSoftDelete,
  containerSoftDelete,
];
