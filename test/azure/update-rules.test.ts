import {
  isImmutable,
  isStateful,
  normaliseAttributePath,
  UPDATE_RULES,
  UpdateKind,
  updateBehaviour,
} from "../../src/azure/update-rules";

const COVERED_TYPES = [
  "azurerm_kubernetes_cluster",
  "azurerm_kubernetes_cluster_node_pool",
  "azurerm_lb",
  "azurerm_lb_backend_address_pool",
  "azurerm_lb_outbound_rule",
  "azurerm_lb_probe",
  "azurerm_lb_rule",
  "azurerm_linux_virtual_machine",
  "azurerm_linux_virtual_machine_scale_set",
  "azurerm_nat_gateway",
  "azurerm_nat_gateway_public_ip_association",
  "azurerm_network_interface",
  "azurerm_network_interface_backend_address_pool_association",
  "azurerm_network_security_group",
  "azurerm_network_security_rule",
  "azurerm_public_ip",
  "azurerm_role_assignment",
  "azurerm_storage_account",
  "azurerm_storage_container",
  "azurerm_storage_blob",
  "azurerm_image",
  "azurerm_subnet",
  "azurerm_subnet_nat_gateway_association",
  "azurerm_subnet_network_security_group_association",
  "azurerm_subnet_route_table_association",
  "azurerm_user_assigned_identity",
  "azurerm_federated_identity_credential",
  "azurerm_virtual_network",
  "azurerm_private_endpoint",
  "azurerm_private_dns_zone",
  "azurerm_private_dns_zone_virtual_network_link",
  "azurerm_resource_group",
  "azurerm_log_analytics_workspace",
  "azurerm_monitor_data_collection_rule",
  "azurerm_monitor_data_collection_rule_association",
  "azurerm_key_vault",
  "azurerm_disk_encryption_set",
  "random_password",
  "random_string",
  "random_id",
  "tls_private_key",
  "tls_self_signed_cert",
  "tls_cert_request",
  "tls_locally_signed_cert",
  "kubernetes_namespace_v1",
  "time_sleep",
  "tfe_workspace",
  "tfe_workspace_settings",
];

const allEntries = Object.entries(UPDATE_RULES).flatMap(([type, rules]) =>
  Object.entries(rules.attributes).map(([path, rule]) => ({ type, path, rule })),
);

describe("coverage", () => {
  it("covers exactly the listed resource types", () =>
    expect(Object.keys(UPDATE_RULES).sort()).toEqual([...COVERED_TYPES].sort()));
  it.each(COVERED_TYPES)("%s lists its attributes", (type) =>
    expect(Object.keys(UPDATE_RULES[type].attributes).length).toBeGreaterThan(1),
  );
  it.each(["location", "resource_group_name", "name", "tags"])("AKS has %s", (path) =>
    expect(updateBehaviour("azurerm_kubernetes_cluster", path)).toBeDefined(),
  );
});

describe("key facts", () => {
  it.each<[string, string, UpdateKind]>([
    ["azurerm_storage_account", "name", "replace"],
    ["azurerm_storage_account", "account_tier", "replace"],
    ["azurerm_storage_account", "account_replication_type", "replace-if"],
    ["azurerm_storage_account", "blob_properties.versioning_enabled", "update"],
    ["azurerm_storage_account", "sas_policy.expiration_period", "update"],
    ["azurerm_storage_account", "network_rules.default_action", "update"],
    ["azurerm_storage_account", "primary_access_key", "computed-only"],
    ["azurerm_kubernetes_cluster", "default_node_pool.vm_size", "rotate"],
    ["azurerm_kubernetes_cluster", "default_node_pool.zones", "rotate"],
    ["azurerm_kubernetes_cluster", "default_node_pool.kubelet_config.cpu_manager_policy", "rotate"],
    ["azurerm_kubernetes_cluster", "default_node_pool.node_count", "update"],
    ["azurerm_kubernetes_cluster", "default_node_pool.orchestrator_version", "update"],
    ["azurerm_kubernetes_cluster", "default_node_pool.name", "replace-if"],
    ["azurerm_kubernetes_cluster", "default_node_pool.proximity_placement_group_id", "replace"],
    ["azurerm_kubernetes_cluster", "dns_prefix", "replace"],
    ["azurerm_kubernetes_cluster", "node_resource_group", "replace"],
    ["azurerm_kubernetes_cluster", "private_cluster_enabled", "replace"],
    ["azurerm_kubernetes_cluster", "private_dns_zone_id", "replace"],
    ["azurerm_kubernetes_cluster", "linux_profile.ssh_key.key_data", "replace"],
    ["azurerm_kubernetes_cluster", "network_profile.pod_cidr", "replace"],
    ["azurerm_kubernetes_cluster", "network_profile.network_policy", "replace-if"],
    ["azurerm_kubernetes_cluster", "network_profile.load_balancer_profile.idle_timeout_in_minutes", "update"],
    ["azurerm_kubernetes_cluster", "network_profile.outbound_type", "update"],
    ["azurerm_kubernetes_cluster", "api_server_access_profile.authorized_ip_ranges", "update"],
    ["azurerm_kubernetes_cluster", "kubernetes_version", "update"],
    ["azurerm_kubernetes_cluster", "sku_tier", "update"],
    ["azurerm_kubernetes_cluster", "oidc_issuer_enabled", "update"],
    ["azurerm_kubernetes_cluster", "http_proxy_config.no_proxy", "update"],
    ["azurerm_kubernetes_cluster", "oidc_issuer_url", "computed-only"],
    ["azurerm_kubernetes_cluster_node_pool", "vm_size", "rotate"],
    ["azurerm_kubernetes_cluster_node_pool", "node_count", "update"],
    ["azurerm_kubernetes_cluster_node_pool", "os_sku", "replace-if"],
    ["azurerm_kubernetes_cluster_node_pool", "os_type", "replace"],
    ["azurerm_kubernetes_cluster_node_pool", "kubernetes_cluster_id", "replace"],
    ["azurerm_subnet", "address_prefixes", "update"],
    ["azurerm_subnet", "virtual_network_name", "replace"],
    ["azurerm_nat_gateway", "zones", "replace"],
    ["azurerm_nat_gateway", "idle_timeout_in_minutes", "update"],
    ["azurerm_public_ip", "sku", "replace"],
    ["azurerm_public_ip", "zones", "replace"],
    ["azurerm_public_ip", "domain_name_label_scope", "replace-if"],
    ["azurerm_lb", "frontend_ip_configuration.zones", "replace-if"],
    ["azurerm_linux_virtual_machine", "size", "update"],
    ["azurerm_linux_virtual_machine", "custom_data", "replace"],
    ["azurerm_linux_virtual_machine", "source_image_reference.version", "replace"],
    ["azurerm_linux_virtual_machine", "os_disk.storage_account_type", "replace"],
    ["azurerm_linux_virtual_machine_scale_set", "zones", "replace-if"],
    ["azurerm_linux_virtual_machine_scale_set", "source_image_reference.version", "update"],
    ["azurerm_network_security_rule", "priority", "update"],
    ["azurerm_user_assigned_identity", "principal_id", "computed-only"],
    ["azurerm_federated_identity_credential", "subject", "update"],
    ["azurerm_role_assignment", "principal_id", "replace"],
    ["azurerm_key_vault", "purge_protection_enabled", "update"],
    ["azurerm_log_analytics_workspace", "sku", "replace-if"],
    ["random_password", "length", "replace"],
    ["random_password", "keepers", "replace-if"],
    ["tls_private_key", "rsa_bits", "replace"],
    ["tls_self_signed_cert", "ready_for_renewal", "replace-if"],
    ["tls_self_signed_cert", "early_renewal_hours", "update"],
    ["kubernetes_namespace_v1", "metadata.name", "replace"],
    ["kubernetes_namespace_v1", "metadata.labels", "update"],
    ["time_sleep", "triggers", "replace"],
    ["time_sleep", "create_duration", "update"],
    ["tfe_workspace", "organization", "replace"],
    ["tfe_workspace", "name", "update"],
    ["tfe_workspace_settings", "workspace_id", "replace"],
  ])("%s %s is %s", (type, path, kind) => expect(updateBehaviour(type, path)?.kind).toBe(kind));

  it("cites the rotation list for a rotated attribute", () =>
    expect(updateBehaviour("azurerm_kubernetes_cluster_node_pool", "vm_size")?.source).toBe(
      "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L973",
    ));
  it("cites the shared helper for location", () =>
    expect(updateBehaviour("azurerm_subnet", "resource_group_name")?.source).toMatch(
      /^vendor\/github\.com\/hashicorp\/go-azure-helpers\/.*#L\d+$/,
    ));
  it("names the refusal to turn purge protection off", () =>
    expect(updateBehaviour("azurerm_key_vault", "purge_protection_enabled")?.note).toMatch(/refused/));
  it("rotates the default pool's os_sku only outside the Ubuntu and AzureLinux families", () =>
    expect(updateBehaviour("azurerm_kubernetes_cluster", "default_node_pool.os_sku")?.condition).toMatch(
      /Ubuntu.*AzureLinux/,
    ));
});

describe("attribute paths", () => {
  it.each([
    "default_node_pool.vm_size",
    "default_node_pool.0.vm_size",
    "default_node_pool[0].vm_size",
    ".default_node_pool..vm_size",
  ])("%s is default_node_pool.vm_size", (path) =>
    expect(updateBehaviour("azurerm_kubernetes_cluster", path)).toBe(
      UPDATE_RULES.azurerm_kubernetes_cluster.attributes["default_node_pool.vm_size"],
    ),
  );
  it.each([
    [
      "network_profile[0].load_balancer_profile[0].idle_timeout_in_minutes",
      "network_profile.load_balancer_profile.idle_timeout_in_minutes",
    ],
    ["security_rule.12.priority", "security_rule.priority"],
    ["subnet[3].delegation[0].service_delegation[0].name", "subnet.delegation.service_delegation.name"],
    ["name", "name"],
  ])("%s normalises to %s", (raw, key) => expect(normaliseAttributePath(raw)).toBe(key));
  it.each([
    ["azurerm_kubernetes_cluster", "default_node_pool.not_an_attribute"],
    ["azurerm_kubernetes_cluster", "vm_size"],
    ["azurerm_subnet", "constructor"],
    ["azurerm_not_a_resource", "name"],
    ["toString", "name"],
  ])("%s %s is unknown", (type, path) => expect(updateBehaviour(type, path)).toBeUndefined());
});

describe("every entry", () => {
  const sourcePattern = /^[\w.+/-]+\.go#L[1-9]\d*$/;
  it("cites a file and a line", () => {
    expect(allEntries.length).toBeGreaterThan(1000);
    expect(
      allEntries.filter((e) => !sourcePattern.test(e.rule.source)).map((e) => `${e.type} ${e.path}: ${e.rule.source}`),
    ).toEqual([]);
  });
  it("cites a file and a line for every note that has a source", () => {
    const noteSources = [...Object.values(UPDATE_RULES), ...allEntries.map((e) => e.rule)].flatMap((r) =>
      r.noteSource ? [r.noteSource] : [],
    );
    expect(noteSources.length).toBeGreaterThan(20);
    for (const s of noteSources) expect(s).toMatch(sourcePattern);
  });
  it("gives a condition for every replace-if, and none for plain replace or update", () => {
    for (const { type, path, rule } of allEntries) {
      const label = `${type} ${path}`;
      if (rule.kind === "replace-if") expect([label, typeof rule.condition]).toEqual([label, "string"]);
      if (rule.kind === "replace" || rule.kind === "update" || rule.kind === "computed-only")
        expect([label, rule.condition]).toEqual([label, undefined]);
    }
  });
  it("rotates only AKS node pool attributes", () => {
    const rotated = allEntries.filter((e) => e.rule.kind === "rotate");
    expect(rotated.length).toBeGreaterThan(30);
    for (const { type, path } of rotated) {
      const inPool =
        type === "azurerm_kubernetes_cluster_node_pool" ||
        (type === "azurerm_kubernetes_cluster" && path.startsWith("default_node_pool."));
      expect([type, path, inPool]).toEqual([type, path, true]);
    }
  });
  it("keys paths without list indexes", () => {
    for (const { path } of allEntries) expect(normaliseAttributePath(path)).toBe(path);
  });
  it("reads azurerm at v4.55.0", () => {
    for (const [type, rules] of Object.entries(UPDATE_RULES))
      if (type.startsWith("azurerm_")) expect(rules.provider.tag).toBe("v4.55.0");
  });
});

describe("stateful and immutable types", () => {
  it.each([
    ["azurerm_storage_account", true],
    ["azurerm_storage_blob", true],
    ["azurerm_kubernetes_cluster", true],
    ["azurerm_linux_virtual_machine", true],
    ["azurerm_user_assigned_identity", true],
    ["azurerm_key_vault", true],
    ["tls_private_key", true],
    ["kubernetes_namespace_v1", true],
    ["azurerm_kubernetes_cluster_node_pool", false],
    ["azurerm_subnet", false],
    ["azurerm_network_security_rule", false],
    ["azurerm_subnet_nat_gateway_association", false],
    ["time_sleep", false],
  ])("%s stateful is %s", (type, stateful) => expect(isStateful(type)).toBe(stateful));
  it("does not know other types", () => expect(isStateful("azurerm_route_table")).toBeUndefined());
  it.each(COVERED_TYPES)("%s says why it is or is not stateful", (type) =>
    expect(UPDATE_RULES[type].statefulReason.length).toBeGreaterThan(5),
  );
  it.each([
    ["azurerm_subnet_network_security_group_association", true],
    ["azurerm_nat_gateway_public_ip_association", true],
    ["tls_private_key", true],
    ["azurerm_subnet", false],
    ["random_password", false],
  ])("%s immutable is %s", (type, immutable) => expect(isImmutable(type)).toBe(immutable));
});
