/**
 * The security settings a reviewer must not lose, read from a resource's synthesized configuration:
 * each check says whether the setting is on its secure side. A change that moves a check from secure to
 * not secure is "weaker security" in the review. Defaults are azurerm 4's, for an attribute left out.
 * Sources (v4.55.0): internal/services/storage/storage_account_resource.go,
 * internal/services/containers/kubernetes_cluster_resource.go, internal/services/compute/linux_virtual_machine*.go.
 */
import { Block, single } from "./stack-json";

export interface PostureCheck {
  /** What the secure side is, in words: `public network access off`. */
  readonly setting: string;
  /** True when the configuration is on the secure side. */
  readonly secure: (config: Readonly<Record<string, unknown>>) => boolean;
}

const off = (attribute: string) => (c: Readonly<Record<string, unknown>>) => c[attribute] === false;
/** On unless written `false` (azurerm's default is on). */
const notOff = (attribute: string) => (c: Readonly<Record<string, unknown>>) => c[attribute] !== false;
const on = (attribute: string) => (c: Readonly<Record<string, unknown>>) => c[attribute] === true;
/** deletionProtection: Terraform refuses to destroy or replace it. */
const DELETION_PROTECTION: PostureCheck = {
  setting: "deletion protection (prevent_destroy)",
  secure: (c) => single(c.lifecycle)?.prevent_destroy === true,
};
const HOST_ENCRYPTION_CHECK: PostureCheck = { setting: "encryption at host on", secure: on("host_encryption_enabled") };

const VM_CHECKS: readonly PostureCheck[] = [
  { setting: "password sign-in off", secure: notOff("disable_password_authentication") },
  { setting: "Secure Boot on", secure: on("secure_boot_enabled") },
  { setting: "vTPM on", secure: on("vtpm_enabled") },
  { setting: "encryption at host on", secure: on("encryption_at_host_enabled") },
  { setting: "VM extensions off", secure: off("allow_extension_operations") },
];

/** By resource type. */
export const POSTURE_CHECKS: Readonly<Record<string, readonly PostureCheck[]>> = {
  azurerm_storage_account: [
    { setting: "public network access off", secure: off("public_network_access_enabled") },
    {
      setting: "network rules deny by default",
      secure: (c) => single(c.network_rules)?.default_action === "Deny",
    },
    { setting: "shared keys off (Entra ID only)", secure: off("shared_access_key_enabled") },
    { setting: "HTTPS only", secure: notOff("https_traffic_only_enabled") },
    { setting: "TLS 1.2 minimum", secure: (c) => c.min_tls_version === undefined || c.min_tls_version === "TLS1_2" },
    { setting: "no public blob access", secure: off("allow_nested_items_to_be_public") },
    { setting: "local (SFTP) users off", secure: off("local_user_enabled") },
    { setting: "cross-tenant replication off", secure: off("cross_tenant_replication_enabled") },
    {
      setting: "deleted blobs kept (soft delete)",
      secure: (c) => single(single(c.blob_properties)?.delete_retention_policy) !== undefined,
    },
    DELETION_PROTECTION,
  ],
  azurerm_kubernetes_cluster: [
    {
      setting: "Entra ID sign-in",
      secure: (c) => single(c.azure_active_directory_role_based_access_control) !== undefined,
    },
    {
      setting: "Azure RBAC for Kubernetes authorization",
      secure: (c) => single(c.azure_active_directory_role_based_access_control)?.azure_rbac_enabled === true,
    },
    { setting: "local accounts off", secure: on("local_account_disabled") },
    { setting: "Kubernetes RBAC on", secure: notOff("role_based_access_control_enabled") },
    { setting: "Azure Policy on", secure: on("azure_policy_enabled") },
    {
      setting: "API server private or limited to authorized ranges",
      secure: (c) =>
        c.private_cluster_enabled === true ||
        ((single(c.api_server_access_profile)?.authorized_ip_ranges as unknown[] | undefined) ?? []).length > 0,
    },
    {
      setting: "network policy enforced",
      secure: (c) => typeof single(c.network_profile)?.network_policy === "string",
    },
    { setting: "workload identity on", secure: on("workload_identity_enabled") },
    {
      setting: "encryption at host on the default pool",
      secure: (c) => single(c.default_node_pool)?.host_encryption_enabled === true,
    },
    { setting: "Key Vault secrets provider on", secure: (c) => single(c.key_vault_secrets_provider) !== undefined },
    { setting: "Container Insights on", secure: (c) => single(c.oms_agent) !== undefined },
    DELETION_PROTECTION,
  ],
  azurerm_kubernetes_cluster_node_pool: [HOST_ENCRYPTION_CHECK],
  azurerm_linux_virtual_machine: [...VM_CHECKS, DELETION_PROTECTION],
  azurerm_linux_virtual_machine_scale_set: VM_CHECKS.map((check) =>
    check.setting === "VM extensions off" ? { ...check, secure: off("extension_operations_enabled") } : check,
  ),
  azurerm_log_analytics_workspace: [DELETION_PROTECTION],
  azurerm_managed_disk: [DELETION_PROTECTION],
};

/** The checks that were secure in `before` and are not in `after`, in words. */
export function weakenedSettings(before: Block, after: Block): string[] {
  const checks = Object.hasOwn(POSTURE_CHECKS, after.type) ? POSTURE_CHECKS[after.type] : [];
  return checks.filter((c) => c.secure(before.config) && !c.secure(after.config)).map((c) => c.setting);
}
