/**
 * Real synthesized stacks for the policy tests, made compliant and then edited as a person (or a bad
 * default) would: each rule test flips one setting of a stack that passes every rule.
 */
import { evaluatePolicy, formatFinding } from "../../src/policy/evaluate-policy";
import { StackJson } from "../../src/review/stack-json";
import { synthesisOf } from "../review/edited-synthesis";

const environments = new Map<string, ReadonlyMap<string, StackJson>>();

/** A fresh, editable copy of a default stack's JSON (each environment synthesized once per test process). */
export function defaultStack(env: "dev" | "staging" | "prod", stack: string): any {
  if (!environments.has(env)) environments.set(env, synthesisOf(env));
  const json = environments.get(env)!.get(stack);
  if (!json) throw new Error(`no stack ${stack} in ${env}`);
  return structuredClone(json);
}

const each = (section: Record<string, any> | undefined, edit: (config: any) => void) =>
  Object.values(section ?? {}).forEach(edit);

/**
 * The stack with every setting the policy asks for written explicitly, whatever the defaults are today, so
 * that a rule test fails for the one edit it makes. Returns the same object.
 */
export function compliant(json: any): any {
  const r = json.resource ?? {};
  each(r.azurerm_storage_account, (c) => {
    Object.assign(c, {
      https_traffic_only_enabled: true,
      min_tls_version: "TLS1_2",
      allow_nested_items_to_be_public: false,
      shared_access_key_enabled: false,
      blob_properties: { delete_retention_policy: { days: 7 }, container_delete_retention_policy: { days: 7 } },
    });
  });
  each(r.azurerm_kubernetes_cluster, (c) => {
    Object.assign(c, {
      role_based_access_control_enabled: true,
      azure_active_directory_role_based_access_control: { admin_group_object_ids: ["g"], azure_rbac_enabled: true },
      local_account_disabled: true,
      azure_policy_enabled: true,
      api_server_access_profile: { authorized_ip_ranges: ["203.0.113.0/24"] },
      oms_agent: { log_analytics_workspace_id: "${azurerm_log_analytics_workspace.aks_monitoring_workspace.id}" },
      key_vault_secrets_provider: { secret_rotation_enabled: true, secret_rotation_interval: "2m" },
      automatic_upgrade_channel: c.automatic_upgrade_channel ?? "patch",
      node_os_upgrade_channel: "NodeImage",
      sku_tier: "Standard",
    });
    c.network_profile = { ...c.network_profile, network_policy: "cilium" };
    c.default_node_pool.host_encryption_enabled = true;
  });
  each(r.azurerm_kubernetes_cluster_node_pool, (p) => (p.host_encryption_enabled = true));
  each(r.azurerm_linux_virtual_machine, (vm) =>
    Object.assign(vm, { allow_extension_operations: false, encryption_at_host_enabled: true }),
  );
  each(r.azurerm_linux_virtual_machine_scale_set, (set) =>
    Object.assign(set, { extension_operations_enabled: false, encryption_at_host_enabled: true }),
  );
  return json;
}

/** The policy's findings over one stack, as `<rule> <address>` (failing) or `<rule> <address> accepted <id>`. */
export function findingsOf(stack: string, json: any): string[] {
  return evaluatePolicy(new Map([[stack, json as StackJson]])).findings.map(
    (f) => `${f.rule} ${f.address}${f.accepted ? ` accepted ${f.accepted.id}` : ""}`,
  );
}

/** The failing findings over one stack, as `<rule> <address>`. */
export const failingOf = (stack: string, json: any): string[] =>
  findingsOf(stack, json).filter((f) => !f.includes(" accepted "));

/** The lines `npm run policy` prints for one stack's findings (without the summary). */
export const linesOf = (stack: string, json: any): string[] =>
  evaluatePolicy(new Map([[stack, json as StackJson]])).findings.map(formatFinding);
