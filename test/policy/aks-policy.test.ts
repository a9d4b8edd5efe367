/** The AKS rules over the default AKS stacks, compliant and then edited. */
import { compliant, defaultStack, failingOf, linesOf } from "./policy-fixtures";

const CLUSTER = "azurerm_kubernetes_cluster.aks";
const POOL = "azurerm_kubernetes_cluster_node_pool.aks_pool_apps";

function edited(env: "dev" | "prod", edit: (cluster: any, json: any) => void): any {
  const json = compliant(defaultStack(env, `${env}-apps`));
  edit(json.resource.azurerm_kubernetes_cluster.aks, json);
  return json;
}

const aksFailures = (stack: string, json: any) => failingOf(stack, json).filter((f) => f.startsWith("PAZ-AKS"));

describe("AKS rules", () => {
  it("pass on a compliant cluster, in production and not", () => {
    expect(
      aksFailures(
        "prod-apps",
        edited("prod", () => {}),
      ),
    ).toEqual([]);
    expect(
      aksFailures(
        "dev-apps",
        edited("dev", () => {}),
      ),
    ).toEqual([]);
  });

  it.each([
    ["PAZ-AKS-001", "Kubernetes RBAC off", (c: any) => (c.role_based_access_control_enabled = false)],
    ["PAZ-AKS-002", "no Entra ID", (c: any) => delete c.azure_active_directory_role_based_access_control],
    [
      "PAZ-AKS-002",
      "Entra ID without Azure RBAC",
      (c: any) => (c.azure_active_directory_role_based_access_control.azure_rbac_enabled = false),
    ],
    ["PAZ-AKS-003", "local accounts on", (c: any) => (c.local_account_disabled = false)],
    ["PAZ-AKS-004", "no network policy", (c: any) => delete c.network_profile.network_policy],
    ["PAZ-AKS-005", "no Azure Policy", (c: any) => delete c.azure_policy_enabled],
    ["PAZ-AKS-006", "a public API server open to all", (c: any) => delete c.api_server_access_profile],
    [
      "PAZ-AKS-006",
      "authorized ranges that are the whole internet",
      (c: any) => (c.api_server_access_profile.authorized_ip_ranges = ["0.0.0.0/0"]),
    ],
    ["PAZ-AKS-007", "no monitoring", (c: any) => delete c.oms_agent],
    ["PAZ-AKS-008", "no Key Vault secrets provider", (c: any) => delete c.key_vault_secrets_provider],
    [
      "PAZ-AKS-008",
      "a Key Vault secrets provider that does not rotate",
      (c: any) => (c.key_vault_secrets_provider.secret_rotation_enabled = false),
    ],
    [
      "PAZ-AKS-009",
      "the default pool without host encryption",
      (c: any) => delete c.default_node_pool.host_encryption_enabled,
    ],
    ["PAZ-AKS-010", "no automatic upgrade channel", (c: any) => delete c.automatic_upgrade_channel],
    ["PAZ-AKS-010", "node images never updated", (c: any) => (c.node_os_upgrade_channel = "None")],
    ["PAZ-AKS-011", "production on the Free tier", (c: any) => (c.sku_tier = "Free")],
    ["PAZ-AKS-011", "production on azurerm's default tier", (c: any) => delete c.sku_tier],
  ])("%s fails on %s", (rule, _what, edit) => {
    expect(aksFailures("prod-apps", edited("prod", edit))).toEqual([`${rule} ${CLUSTER}`]);
  });

  it("PAZ-AKS-006 passes on a private cluster", () => {
    const json = edited("prod", (c) => {
      delete c.api_server_access_profile;
      c.private_cluster_enabled = true;
    });
    expect(aksFailures("prod-apps", json)).toEqual([]);
  });

  it("PAZ-AKS-007 passes on managed Prometheus metrics alone", () => {
    const json = edited("prod", (c) => {
      delete c.oms_agent;
      c.monitor_metrics = {};
    });
    expect(aksFailures("prod-apps", json)).toEqual([]);
  });

  it("PAZ-AKS-009 fails on each pool without host encryption, by its address", () => {
    const json = edited(
      "prod",
      (_c, j) => (j.resource.azurerm_kubernetes_cluster_node_pool.aks_pool_apps.host_encryption_enabled = false),
    );
    expect(aksFailures("prod-apps", json)).toEqual([`PAZ-AKS-009 ${POOL}`]);
    expect(linesOf("prod-apps", json)).toContain(
      `medium PAZ-AKS-009 prod-apps ${POOL}: leaves temp disks and disk caches unencrypted on the host (host_encryption_enabled = false)`,
    );
  });

  it("PAZ-AKS-011 holds only in production: the environment tag decides, else the stack name", () => {
    expect(
      aksFailures(
        "dev-apps",
        edited("dev", (c) => (c.sku_tier = "Free")),
      ),
    ).toEqual([]);
    const taggedProduction = edited("dev", (c) => {
      c.sku_tier = "Free";
      c.tags.environment = "production";
    });
    expect(aksFailures("dev-apps", taggedProduction)).toEqual([`PAZ-AKS-011 ${CLUSTER}`]);
    const untaggedProd = edited("prod", (c) => {
      c.sku_tier = "Free";
      delete c.tags;
    });
    expect(aksFailures("prod-apps", untaggedProd)).toEqual([`PAZ-AKS-011 ${CLUSTER}`]);
  });
});
