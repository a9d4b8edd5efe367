/**
 * Policy for AKS clusters and their pools. azurerm 4.55 defaults for an attribute left out: Kubernetes RBAC
 * on, no Entra ID block, local accounts on, no network policy, Azure Policy off, a public API server open to
 * all, no monitoring, no Key Vault secrets provider, host encryption off, no automatic upgrade channel,
 * node OS channel NodeImage, SKU tier Free.
 */
import { Block, single } from "../review/stack-json";
import { posture, PolicyRule, resourceRule, shown, stackRule, Violation } from "./policy-rule";
import { isProduction } from "./production-stack";

const CLUSTER = "azurerm_kubernetes_cluster";
const POOL = "azurerm_kubernetes_cluster_node_pool";
const secure = (setting: string) => posture(CLUSTER, setting);

const kubernetesRbac = resourceRule(
  {
    id: "PAZ-AKS-001",
    severity: "high",
    guardsAgainst: "a cluster where every authenticated user can do anything",
    reads: [`${CLUSTER}.role_based_access_control_enabled`],
    checkov: ["CKV_AZURE_5"],
    trivy: ["AVD-AZU-0042"],
  },
  [CLUSTER],
  ({ config }) =>
    secure("Kubernetes RBAC on")(config)
      ? undefined
      : { problem: "has Kubernetes RBAC off", setting: "role_based_access_control_enabled = false" },
);

const entraIdWithAzureRbac = resourceRule(
  {
    id: "PAZ-AKS-002",
    severity: "medium",
    guardsAgainst: "cluster access outside Entra ID: no conditional access, no central revocation, no audit",
    reads: [`${CLUSTER}.azure_active_directory_role_based_access_control.azure_rbac_enabled`],
    checkov: [],
    trivy: [],
  },
  [CLUSTER],
  ({ config }) => {
    if (!secure("Entra ID sign-in")(config))
      return {
        problem: "has no Entra ID sign-in",
        setting: "azure_active_directory_role_based_access_control not set",
      };
    if (!secure("Azure RBAC for Kubernetes authorization")(config))
      return {
        problem: "authorizes Entra ID users with Kubernetes RBAC only, not Azure RBAC",
        setting: `azure_active_directory_role_based_access_control.azure_rbac_enabled = ${shown(single(config.azure_active_directory_role_based_access_control)?.azure_rbac_enabled)}`,
      };
    return undefined;
  },
);

const localAccountsOff = resourceRule(
  {
    id: "PAZ-AKS-003",
    severity: "medium",
    guardsAgainst: "the static cluster-admin certificate (az aks get-credentials --admin) that bypasses Entra ID",
    reads: [`${CLUSTER}.local_account_disabled`],
    checkov: ["CKV_AZURE_141"],
    trivy: [],
  },
  [CLUSTER],
  ({ config }) =>
    secure("local accounts off")(config)
      ? undefined
      : {
          problem: "keeps local accounts",
          setting: `local_account_disabled = ${shown(config.local_account_disabled)}`,
        },
);

const networkPolicy = resourceRule(
  {
    id: "PAZ-AKS-004",
    severity: "medium",
    guardsAgainst: "every pod reaching every other pod: NetworkPolicy objects are not enforced",
    reads: [`${CLUSTER}.network_profile.network_policy`],
    checkov: ["CKV_AZURE_7"],
    trivy: ["AVD-AZU-0043"],
  },
  [CLUSTER],
  ({ config }) =>
    secure("network policy enforced")(config)
      ? undefined
      : { problem: "enforces no network policy", setting: "network_profile.network_policy not set" },
);

const azurePolicy = resourceRule(
  {
    id: "PAZ-AKS-005",
    severity: "medium",
    guardsAgainst: "workloads that break the organisation's Azure Policy (privileged pods, host paths) being admitted",
    reads: [`${CLUSTER}.azure_policy_enabled`],
    checkov: ["CKV_AZURE_116"],
    trivy: ["AVD-AZU-0066"],
  },
  [CLUSTER],
  ({ config }) =>
    secure("Azure Policy on")(config)
      ? undefined
      : {
          problem: "has no Azure Policy add-on",
          setting: `azure_policy_enabled = ${shown(config.azure_policy_enabled)}`,
        },
);

const apiServerExposure = resourceRule(
  {
    id: "PAZ-AKS-006",
    severity: "high",
    guardsAgainst: "an API server every address on the internet can reach",
    reads: [`${CLUSTER}.private_cluster_enabled`, `${CLUSTER}.api_server_access_profile.authorized_ip_ranges`],
    checkov: ["CKV_AZURE_6", "CKV_AZURE_115"],
    trivy: ["AVD-AZU-0041", "AVD-AZU-0065"],
  },
  [CLUSTER],
  ({ config }) => {
    const ranges = single(config.api_server_access_profile)?.authorized_ip_ranges;
    const anywhere = Array.isArray(ranges) && ranges.some((r) => r === "0.0.0.0/0");
    if (secure("API server private or limited to authorized ranges")(config) && !anywhere) return undefined;
    return {
      problem: "has a public API server open to the internet",
      setting: `private_cluster_enabled = ${shown(config.private_cluster_enabled)}, api_server_access_profile.authorized_ip_ranges = ${shown(ranges)}`,
    };
  },
);

const monitoring = resourceRule(
  {
    id: "PAZ-AKS-007",
    severity: "low",
    guardsAgainst: "a cluster nobody watches: no Container Insights logs, no managed Prometheus metrics",
    reads: [`${CLUSTER}.oms_agent.log_analytics_workspace_id`, `${CLUSTER}.monitor_metrics`],
    checkov: ["CKV_AZURE_4"],
    trivy: ["AVD-AZU-0040"],
  },
  [CLUSTER],
  ({ config }) =>
    single(config.oms_agent)?.log_analytics_workspace_id !== undefined || single(config.monitor_metrics) !== undefined
      ? undefined
      : { problem: "has no monitoring", setting: "oms_agent and monitor_metrics not set" },
);

const keyVaultSecretsProvider = resourceRule(
  {
    id: "PAZ-AKS-008",
    severity: "low",
    guardsAgainst: "secrets kept as Kubernetes Secrets, or Key Vault secrets mounted once and never rotated",
    reads: [`${CLUSTER}.key_vault_secrets_provider.secret_rotation_enabled`],
    checkov: ["CKV_AZURE_172"],
    trivy: [],
  },
  [CLUSTER],
  ({ config }) => {
    const provider = single(config.key_vault_secrets_provider);
    if (provider === undefined)
      return { problem: "has no Key Vault secrets provider", setting: "key_vault_secrets_provider not set" };
    if (provider.secret_rotation_enabled !== true)
      return {
        problem: "does not rotate Key Vault secrets",
        setting: `key_vault_secrets_provider.secret_rotation_enabled = ${shown(provider.secret_rotation_enabled)}`,
      };
    return undefined;
  },
);

const HOST_ENCRYPTION: Violation = {
  problem: "leaves temp disks and disk caches unencrypted on the host",
  setting: "host_encryption_enabled",
};

const hostEncryption = stackRule(
  {
    id: "PAZ-AKS-009",
    severity: "medium",
    guardsAgainst: "node temp disks and OS-disk caches stored unencrypted on the Azure host",
    reads: [`${CLUSTER}.default_node_pool.host_encryption_enabled`, `${POOL}.host_encryption_enabled`],
    checkov: ["CKV_AZURE_227"],
    trivy: [],
  },
  (stack, found) => [
    ...stack
      .of(CLUSTER)
      .filter((c) => single(c.config.default_node_pool)?.host_encryption_enabled !== true)
      .map((c) =>
        found(c.address, {
          problem: `default pool ${shown(single(c.config.default_node_pool)?.name)} ${HOST_ENCRYPTION.problem}`,
          setting: `default_node_pool.${HOST_ENCRYPTION.setting} = ${shown(single(c.config.default_node_pool)?.host_encryption_enabled)}`,
        }),
      ),
    ...stack
      .of(POOL)
      .filter((p) => p.config.host_encryption_enabled !== true)
      .map((p) =>
        found(p.address, {
          problem: HOST_ENCRYPTION.problem,
          setting: `${HOST_ENCRYPTION.setting} = ${shown(p.config.host_encryption_enabled)}`,
        }),
      ),
  ],
);

/** Channels that leave the control plane or the node images unpatched. */
const NO_NODE_OS_UPDATES = new Set(["None", "Unmanaged"]);

const upgradeChannels = resourceRule(
  {
    id: "PAZ-AKS-010",
    severity: "low",
    guardsAgainst: "a control plane or node images that fall behind on security patches",
    reads: [`${CLUSTER}.automatic_upgrade_channel`, `${CLUSTER}.node_os_upgrade_channel`],
    checkov: ["CKV_AZURE_171"],
    trivy: [],
  },
  [CLUSTER],
  ({ config }) => {
    const missing = [
      ...(config.automatic_upgrade_channel === undefined ? ["automatic_upgrade_channel not set"] : []),
      ...(NO_NODE_OS_UPDATES.has(String(config.node_os_upgrade_channel))
        ? [`node_os_upgrade_channel = ${shown(config.node_os_upgrade_channel)}`]
        : []),
    ];
    return missing.length === 0 ? undefined : { problem: "is not upgraded automatically", setting: missing.join(", ") };
  },
);

/** Paid tiers: the uptime SLA and a control plane sized for production. */
const PAID_TIERS = new Set(["Standard", "Premium"]);

const paidTierInProduction = resourceRule(
  {
    id: "PAZ-AKS-011",
    severity: "low",
    guardsAgainst: "a production control plane without the uptime SLA (the Free tier has none, and fewer resources)",
    reads: [`${CLUSTER}.sku_tier`, `${CLUSTER}.tags.environment`],
    checkov: ["CKV_AZURE_170"],
    trivy: [],
  },
  [CLUSTER],
  (cluster: Block, stack) =>
    !isProduction(stack.name, cluster) || PAID_TIERS.has(String(cluster.config.sku_tier))
      ? undefined
      : {
          problem: "runs production on the Free tier",
          setting: `sku_tier = ${shown(cluster.config.sku_tier)} (azurerm default Free)`,
        },
);

export const AKS_RULES: readonly PolicyRule[] = [
  kubernetesRbac,
  entraIdWithAzureRbac,
  localAccountsOff,
  networkPolicy,
  azurePolicy,
  apiServerExposure,
  monitoring,
  keyVaultSecretsProvider,
  hostEncryption,
  upgradeChannels,
  paidTierInProduction,
];
