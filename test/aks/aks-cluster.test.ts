/**
 * AksCluster as a library user builds it: explicit props and a ClusterNetworkRef of literal
 * values, asserting on the JSON people review.
 */
import { KubernetesCluster } from "@cdktf/provider-azurerm/lib/kubernetes-cluster";
import { KubernetesClusterNodePool } from "@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from "cdktf";
// Types of the matchers test/setup.ts registers (toHaveResourceWithProperties).
import "cdktf/lib/testing/adapters/jest";
import { AksCluster, AksClusterProps, aksOutboundType } from "../../src/aks/aks-cluster";
import { AKS_OUTPUTS } from "../../src/aks/aks-outputs";
import { ClusterNetworkRef } from "../../src/network/network-ref";
import { addAzurermProvider } from "../../src/providers/azurerm";
import { environmentFromYaml, PropsIssue, synthCluster, validationIssuesOf } from "../helpers";
import { ValidationError } from "../../src/core/errors";

const GROUP = "8f9c1d2e-3b4a-4c5d-9e6f-7a8b9c0d1e2f";
const PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ\n-----END CERTIFICATE-----\n";

const network: ClusterNetworkRef = {
  vnetId: "/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet",
  vnetName: "vnet",
  vnetResourceGroupName: "rg-net",
  addressSpace: ["10.0.0.0/8"],
  controlPlaneSubnetId: "/subscriptions/s/.../subnets/cp",
  controlPlaneSubnetCidr: "10.0.0.0/16",
  workerSubnetId: "/subscriptions/s/.../subnets/worker",
  workerSubnetCidr: "10.1.0.0/16",
  controlPlaneNsgId: "/subscriptions/s/.../networkSecurityGroups/cp",
  workerNsgId: "/subscriptions/s/.../networkSecurityGroups/worker",
  egress: "natGateway",
};

const baseProps: AksClusterProps = {
  name: "apps-dev-aks",
  location: "westeurope",
  resourceGroupName: "rg-apps",
  kubernetesVersion: "1.33",
  network,
  nodePools: [{ name: "system", mode: "System", min: 3, max: 5 }],
};

function testStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  addAzurermProvider(stack);
  return stack;
}

function build(extra: Partial<AksClusterProps> = {}) {
  const stack = testStack();
  const aks = new AksCluster(stack, "aks", { ...baseProps, ...extra });
  return { stack, aks, synth: () => Testing.synth(stack, true), json: () => JSON.parse(Testing.synth(stack, true)) };
}
/** What a value (usually a reference) reads as in the JSON. */
function rendered(stack: TerraformStack, value: unknown): any {
  new TerraformOutput(stack, "probe", { value });
  return JSON.parse(Testing.synth(stack)).output.probe.value;
}
const clusterOf = (json: any) => Object.values(json.resource.azurerm_kubernetes_cluster)[0] as any;
const poolsOf = (json: any) => Object.values<any>(json.resource.azurerm_kubernetes_cluster_node_pool ?? {});

/** The issues AksCluster refuses `extra` with. */
const issuesOf = (extra: Partial<AksClusterProps>) => validationIssuesOf(() => build(extra));

function errorOf(extra: Partial<AksClusterProps>): string {
  try {
    build(extra);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as Error).message;
  }
  throw new Error("no ValidationError");
}

describe("AksCluster defaults", () => {
  const { synth, json } = build();

  it("is secure and explicit by default", () => {
    expect(synth()).toHaveResourceWithProperties(KubernetesCluster, {
      name: "apps-dev-aks",
      dns_prefix: "apps-dev-aks",
      node_resource_group: "apps-dev-aks-nodes",
      kubernetes_version: "1.33",
      sku_tier: "Free",
      node_os_upgrade_channel: "NodeImage",
      role_based_access_control_enabled: true,
      local_account_disabled: false,
      oidc_issuer_enabled: true,
      workload_identity_enabled: true,
      azure_policy_enabled: true,
      workload_autoscaler_profile: { keda_enabled: true },
      private_cluster_enabled: false,
      network_profile: {
        network_plugin: "azure",
        network_plugin_mode: "overlay",
        network_policy: "cilium",
        network_data_plane: "cilium",
        pod_cidr: "192.168.0.0/16",
        service_cidr: "100.64.0.0/16",
        dns_service_ip: "100.64.0.10",
        outbound_type: "userAssignedNATGateway",
        load_balancer_sku: "standard",
      },
    });
    const cluster = clusterOf(json());
    expect(cluster).not.toHaveProperty("automatic_upgrade_channel");
    expect(cluster).not.toHaveProperty("api_server_access_profile");
    expect(cluster).not.toHaveProperty("http_proxy_config");
    expect(cluster).not.toHaveProperty("lifecycle");
  });

  it("puts the default pool, autoscaled over three zones, in the worker subnet", () => {
    expect(clusterOf(json()).default_node_pool).toEqual({
      name: "system",
      type: "VirtualMachineScaleSets",
      vm_size: "Standard_D4ds_v5",
      vnet_subnet_id: network.workerSubnetId,
      zones: ["1", "2", "3"],
      orchestrator_version: "1.33",
      os_sku: "Ubuntu",
      os_disk_size_gb: 128,
      os_disk_type: "Managed",
      max_pods: 110,
      auto_scaling_enabled: true,
      min_count: 3,
      max_count: 5,
      only_critical_addons_enabled: false,
      temporary_name_for_rotation: "systemtmp",
      upgrade_settings: { max_surge: "10%" },
      host_encryption_enabled: true,
    });
  });

  it("rotates Key Vault secrets and sends Container Insights to a workspace of its own, through a collection rule", () => {
    const out = json();
    const cluster = clusterOf(out);
    expect(cluster.key_vault_secrets_provider).toEqual({
      secret_rotation_enabled: true,
      secret_rotation_interval: "2m",
    });
    const [workspaceKey, workspace] = Object.entries(out.resource.azurerm_log_analytics_workspace)[0] as [string, any];
    expect(workspace).toMatchObject({
      name: "apps-dev-aks-logs",
      sku: "PerGB2018",
      retention_in_days: 30,
      local_authentication_enabled: false,
    });
    expect(cluster.oms_agent).toEqual({
      log_analytics_workspace_id: `\${azurerm_log_analytics_workspace.${workspaceKey}.id}`,
      msi_auth_for_monitoring_enabled: true,
    });
    const [ruleKey, rule] = Object.entries(out.resource.azurerm_monitor_data_collection_rule)[0] as [string, any];
    expect(rule.destinations.log_analytics).toEqual([
      { name: "workspace", workspace_resource_id: `\${azurerm_log_analytics_workspace.${workspaceKey}.id}` },
    ]);
    expect(rule.data_sources.extension[0]).toMatchObject({
      extension_name: "ContainerInsights",
      streams: ["Microsoft-ContainerInsights-Group-Default"],
    });
    const association = Object.values(out.resource.azurerm_monitor_data_collection_rule_association)[0] as any;
    expect(association).toMatchObject({
      target_resource_id: expect.stringMatching(/^\$\{azurerm_kubernetes_cluster\.aks_[0-9A-F]{8}\.id\}$/),
      data_collection_rule_id: `\${azurerm_monitor_data_collection_rule.${ruleKey}.id}`,
    });
  });

  it("uses a user-assigned identity holding Network Contributor on the VNet before the cluster exists", () => {
    const out = json();
    expect(synth()).toHaveResourceWithProperties(UserAssignedIdentity, {
      name: "apps-dev-aks-identity",
      location: "westeurope",
      resource_group_name: "rg-apps",
    });
    expect(synth()).toHaveResourceWithProperties(RoleAssignment, {
      scope: network.vnetId,
      role_definition_name: "Network Contributor",
      principal_type: "ServicePrincipal",
    });
    const identity = Object.keys(out.resource.azurerm_user_assigned_identity)[0];
    const assignment = Object.keys(out.resource.azurerm_role_assignment)[0];
    expect(clusterOf(out).identity).toEqual({
      type: "UserAssigned",
      identity_ids: [`\${azurerm_user_assigned_identity.${identity}.id}`],
    });
    expect(clusterOf(out).depends_on).toEqual([`azurerm_role_assignment.${assignment}`]);
  });

  it("has short, readable Terraform addresses", () => {
    const out = json();
    expect(Object.keys(out.resource.azurerm_kubernetes_cluster)).toEqual([expect.stringMatching(/^aks_[0-9A-F]{8}$/)]);
    expect(Object.keys(out.resource.azurerm_role_assignment)).toEqual([
      expect.stringMatching(/^aks_network_contributor_[0-9A-F]{8}$/),
    ]);
  });
});

describe("AksCluster settings", () => {
  it("secure defaults a user has reason to turn off: host encryption, secrets provider, monitoring", () => {
    const out = build({
      encryptionAtHost: false,
      keyVaultSecretsProvider: false,
      monitoring: { enabled: false },
      nodePools: [...(baseProps.nodePools ?? []), { name: "apps", count: 2 }],
    }).json();
    expect(clusterOf(out).default_node_pool.host_encryption_enabled).toBe(false);
    expect(poolsOf(out)[0].host_encryption_enabled).toBe(false);
    expect(clusterOf(out)).not.toHaveProperty("key_vault_secrets_provider");
    expect(clusterOf(out)).not.toHaveProperty("oms_agent");
    expect(out.resource).not.toHaveProperty("azurerm_log_analytics_workspace");
    expect(out.resource).not.toHaveProperty("azurerm_monitor_data_collection_rule_association");
    expect(clusterOf(build({ monitoring: { retentionDays: 90 } }).json()).oms_agent).toBeDefined();
  });

  it("a System pool keeps applications off when the cluster has a User pool, unless told otherwise", () => {
    const withUser = build({ nodePools: [...(baseProps.nodePools ?? []), { name: "apps", count: 2 }] }).json();
    expect(clusterOf(withUser).default_node_pool.only_critical_addons_enabled).toBe(true);
    expect(poolsOf(withUser)[0].host_encryption_enabled).toBe(true);
    const allowed = build({
      nodePools: [
        { name: "system", mode: "System", min: 3, max: 5, criticalAddonsOnly: false },
        { name: "apps", count: 2 },
      ],
    }).json();
    expect(clusterOf(allowed).default_node_pool.only_critical_addons_enabled).toBe(false);
  });

  it("Entra ID: admin groups, Azure RBAC, local accounts off", () => {
    const cluster = clusterOf(build({ aad: { adminGroupObjectIds: [GROUP] } }).json());
    expect(cluster.azure_active_directory_role_based_access_control).toEqual({
      admin_group_object_ids: [GROUP],
      azure_rbac_enabled: true,
    });
    expect(cluster.local_account_disabled).toBe(true);
  });

  it.each(["Free", "Standard", "Premium"] as const)("sku tier %s", (skuTier) => {
    expect(clusterOf(build({ skuTier }).json()).sku_tier).toBe(skuTier);
  });

  it("an upgrade channel that moves versions: Terraform ignores the versions AKS sets, on every pool", () => {
    const out = build({
      upgradeChannel: "stable",
      nodePools: [...(baseProps.nodePools ?? []), { name: "apps", count: 2 }],
    }).json();
    expect(clusterOf(out).automatic_upgrade_channel).toBe("stable");
    expect(clusterOf(out).lifecycle.ignore_changes).toEqual([
      "kubernetes_version",
      "default_node_pool[0].orchestrator_version",
    ]);
    expect(poolsOf(out)[0].lifecycle.ignore_changes).toEqual(["orchestrator_version"]);
  });

  it("an initial count under the autoscaler is ignored afterwards", () => {
    const out = build({
      nodePools: [
        { name: "system", mode: "System", min: 1, max: 5, count: 2 },
        { name: "apps", min: 0, max: 9, count: 1 },
      ],
    }).json();
    expect(clusterOf(out).default_node_pool.node_count).toBe(2);
    expect(clusterOf(out).lifecycle.ignore_changes).toEqual(["default_node_pool[0].node_count"]);
    expect(poolsOf(out)[0].lifecycle.ignore_changes).toEqual(["node_count"]);
  });

  it("User and extra System pools become node pool resources", () => {
    const { synth } = build({
      zones: ["1", "2"],
      nodePools: [
        { name: "system", mode: "System", count: 3, criticalAddonsOnly: true },
        { name: "system2", mode: "System", count: 2, criticalAddonsOnly: true },
        {
          name: "apps",
          min: 0,
          max: 20,
          osSku: "AzureLinux",
          osDiskType: "Ephemeral",
          osDiskSizeGb: 64,
          maxPods: 60,
          labels: { workload: "apps" },
          taints: ["dedicated=apps:NoSchedule"],
          zones: ["3"],
          maxSurge: "33%",
        },
      ],
    });
    expect(synth()).toHaveResourceWithProperties(KubernetesCluster, {
      default_node_pool: expect.objectContaining({
        name: "system",
        node_count: 3,
        auto_scaling_enabled: false,
        only_critical_addons_enabled: true,
        zones: ["1", "2"],
      }),
    });
    expect(synth()).toHaveResourceWithProperties(KubernetesClusterNodePool, {
      name: "system2",
      mode: "System",
      node_count: 2,
      node_taints: ["CriticalAddonsOnly=true:NoSchedule"],
      zones: ["1", "2"],
    });
    expect(synth()).toHaveResourceWithProperties(KubernetesClusterNodePool, {
      name: "apps",
      mode: "User",
      os_type: "Linux",
      os_sku: "AzureLinux",
      os_disk_type: "Ephemeral",
      os_disk_size_gb: 64,
      max_pods: 60,
      auto_scaling_enabled: true,
      min_count: 0,
      max_count: 20,
      node_labels: { workload: "apps" },
      node_taints: ["dedicated=apps:NoSchedule"],
      zones: ["3"],
      vnet_subnet_id: network.workerSubnetId,
      orchestrator_version: "1.33",
      upgrade_settings: { max_surge: "33%" },
    });
  });

  it("addNodePool adds a pool and refuses a taken name", () => {
    const { aks, synth } = build();
    aks.addNodePool({ name: "batch", count: 1, vmSize: "Standard_F8s_v2" });
    expect(synth()).toHaveResourceWithProperties(KubernetesClusterNodePool, {
      name: "batch",
      vm_size: "Standard_F8s_v2",
      kubernetes_cluster_id: expect.stringContaining("azurerm_kubernetes_cluster."),
    });
    expect(Object.keys(aks.nodePools)).toEqual(["batch"]);
    expect(validationIssuesOf(() => aks.addNodePool({ name: "batch", count: 1 }), true)).toEqual([
      { code: "pool-name-duplicate", path: "nodePools", construct: "test/aks" },
    ]);
    expect(() => aks.addNodePool({ name: "batch", count: 1 })).toThrow("batchtmp");
    expect(validationIssuesOf(() => aks.addNodePool({ name: "systemtmp", count: 1 }), true)).toEqual([
      { code: "node-pool-name-rotation-suffix", path: "name", construct: "test/aks/pool_systemtmp" },
    ]);
    expect(() => aks.addNodePool({ name: "batchx", count: 1 })).not.toThrow();
    expect(() => aks.addNodePool({ name: "systemab", count: 1 })).not.toThrow();
    expect(validationIssuesOf(() => aks.addNodePool({ name: "Bad", count: 1 }), true)).toEqual([
      { code: "node-pool-name-syntax", path: "name", construct: "test/aks/pool_Bad" },
    ]);
  });

  it.each([
    ["cilium", { network_policy: "cilium", network_data_plane: "cilium" }],
    ["calico", { network_policy: "calico", network_data_plane: "azure" }],
    ["azure", { network_policy: "azure", network_data_plane: "azure" }],
  ] as const)("network policy %s", (networkPolicy, expected) => {
    expect(clusterOf(build({ networkProfile: { networkPolicy } }).json()).network_profile).toMatchObject(expected);
  });

  it("network policy none leaves network_policy out", () => {
    const profile = clusterOf(build({ networkProfile: { networkPolicy: "none" } }).json()).network_profile;
    expect(profile).not.toHaveProperty("network_policy");
    expect(profile.network_data_plane).toBe("azure");
  });

  it("outbound type follows the network's egress", () => {
    expect(aksOutboundType("loadBalancer")).toBe("loadBalancer");
    expect(aksOutboundType("natGateway")).toBe("userAssignedNATGateway");
    expect(aksOutboundType("userDefinedRouting")).toBe("userDefinedRouting");
    expect(
      clusterOf(build({ network: { ...network, egress: "userDefinedRouting" } }).json()).network_profile.outbound_type,
    ).toBe("userDefinedRouting");
  });

  it("egress through its load balancer: zone-redundant managed outbound IPs, which AKS authorizes itself", () => {
    const lb = {
      ...network,
      egress: "loadBalancer" as const,
      loadBalancerEgress: { publicIpCount: 2, idleTimeoutMinutes: 10 },
      egressPublicIps: undefined,
    };
    const cluster = clusterOf(build({ apiServer: { authorizedIpRanges: ["203.0.113.0/24"] }, network: lb }).json());
    expect(cluster.network_profile).toMatchObject({
      outbound_type: "loadBalancer",
      load_balancer_profile: { managed_outbound_ip_count: 2, idle_timeout_in_minutes: 10 },
    });
    expect(cluster.api_server_access_profile).toEqual({ authorized_ip_ranges: ["203.0.113.0/24"] });
  });

  it("authorized IP ranges include the NAT gateway's addresses, within AKS' 200", () => {
    const cluster = clusterOf(
      build({
        apiServer: { authorizedIpRanges: ["203.0.113.0/24"] },
        network: { ...network, egressPublicIps: ["198.51.100.7"] },
      }).json(),
    );
    expect(cluster.api_server_access_profile).toEqual({ authorized_ip_ranges: ["203.0.113.0/24", "198.51.100.7/32"] });
    const ranges = Array.from({ length: 200 }, (_, i) => `10.${Math.floor(i / 256)}.${i % 256}.0/24`);
    expect(
      issuesOf({
        apiServer: { authorizedIpRanges: ranges },
        network: { ...network, egressPublicIps: ["198.51.100.7"] },
      }),
    ).toEqual([{ code: "authorized-ranges-limit", path: "apiServer.authorizedIpRanges" }]);
  });

  it("gives every extra pool a rotation name: its VM size, OS disk or zones change by rotating (azurerm 4.55)", () => {
    const synth = build({ nodePools: [...(baseProps.nodePools ?? []), { name: "apps", count: 2 }] }).synth();
    expect(synth).toHaveResourceWithProperties(KubernetesClusterNodePool, {
      name: "apps",
      temporary_name_for_rotation: "appstmp",
    });
  });

  it("warns that a firewall's address must be authorized with userDefinedRouting, unless the network names it", () => {
    const restricted = { authorizedIpRanges: ["203.0.113.0/24"] };
    const { aks } = build({ apiServer: restricted, network: { ...network, egress: "userDefinedRouting" } });
    expect(aks.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data)).toEqual([
      expect.stringContaining("name it in network.egressAddresses"),
    ]);
    const named = build({
      apiServer: restricted,
      network: { ...network, egress: "userDefinedRouting", egressPublicIps: ["198.51.100.0/28"] },
    });
    expect(named.aks.node.metadata.filter((m) => m.type === "@cdktf/warn")).toEqual([]);
    expect(clusterOf(named.json()).api_server_access_profile.authorized_ip_ranges).toEqual([
      "203.0.113.0/24",
      "198.51.100.0/28",
    ]);
  });

  it("a private cluster: private endpoint, system DNS zone, private FQDN", () => {
    const { stack, aks, json } = build({ apiServer: { privateCluster: true } });
    expect(clusterOf(json())).toMatchObject({ private_cluster_enabled: true, private_dns_zone_id: "System" });
    expect(rendered(stack, aks.apiServerFqdn)).toMatch(
      /^\$\{azurerm_kubernetes_cluster\.aks_[0-9A-F]{8}\.private_fqdn\}$/,
    );
  });

  it("a proxy: http_proxy_config with what the cluster needs in no_proxy, the CA base64, AKS' additions ignored", () => {
    const { aks, json } = build({
      proxy: {
        httpProxy: "http://proxy.corp.example:3128",
        httpsProxy: "http://proxy.corp.example:3128",
        noProxy: [".corp.example"],
        trustedCa: PEM,
      },
    });
    const cluster = clusterOf(json());
    expect(cluster.http_proxy_config).toEqual({
      http_proxy: "http://proxy.corp.example:3128",
      https_proxy: "http://proxy.corp.example:3128",
      no_proxy: [
        ".corp.example",
        "localhost",
        "127.0.0.1",
        "169.254.169.254",
        "168.63.129.16",
        ".svc",
        ".cluster.local",
        "10.0.0.0/8",
        "192.168.0.0/16",
        "100.64.0.0/16",
      ],
      trusted_ca: Buffer.from(PEM).toString("base64"),
    });
    expect(cluster.lifecycle.ignore_changes).toEqual(["http_proxy_config[0].no_proxy"]);
    expect(aks.noProxy).toEqual(cluster.http_proxy_config.no_proxy);
  });

  it("maintenance windows", () => {
    const cluster = clusterOf(
      build({
        upgradeChannel: "patch",
        maintenance: {
          autoUpgrade: { day: "Saturday", start: "22:00", hours: 6, utcOffset: "+01:00" },
          nodeOs: { day: "Sunday", start: "02:00" },
        },
      }).json(),
    );
    expect(cluster.maintenance_window_auto_upgrade).toEqual({
      frequency: "Weekly",
      interval: 1,
      day_of_week: "Saturday",
      start_time: "22:00",
      duration: 6,
      utc_offset: "+01:00",
    });
    expect(cluster.maintenance_window_node_os).toEqual({
      frequency: "Weekly",
      interval: 1,
      day_of_week: "Sunday",
      start_time: "02:00",
      duration: 4,
      utc_offset: "+00:00",
    });
  });

  it("without the network role: no role assignment, no dependency", () => {
    const out = build({ grantNetworkContributor: false }).json();
    expect(out.resource.azurerm_role_assignment).toBeUndefined();
    expect(clusterOf(out)).not.toHaveProperty("depends_on");
  });

  it("waits for the worker subnet's associations the network names", () => {
    const stack = testStack();
    const association = new RoleAssignment(stack, "stand_in", {
      scope: "x",
      principalId: "y",
      roleDefinitionName: "Reader",
    });
    new AksCluster(stack, "aks", {
      ...baseProps,
      grantNetworkContributor: false,
      network: { ...network, workerSubnetDependencies: [association] },
    });
    expect(clusterOf(JSON.parse(Testing.synth(stack))).depends_on).toEqual(["azurerm_role_assignment.stand_in"]);
  });
});

describe("AksCluster validation", () => {
  it("names the construct path and the rule, as the YAML loader does", () => {
    expect(issuesOf({ kubernetesVersion: "1.33.2", upgradeChannel: "patch" })).toEqual([
      { code: "upgrade-channel-pinned-patch", path: "kubernetesVersion" },
    ]);
    // The line a TypeScript caller reads: construct path, key path, the message the YAML user gets.
    expect(errorOf({ kubernetesVersion: "1.33.2", upgradeChannel: "patch" })).toBe(
      'test/aks kubernetesVersion: "1.33.2" pins a patch version, but upgradeChannel patch moves the cluster to every new 1.33 patch (Terraform would then try to downgrade it): write "1.33"',
    );
  });

  it.each([
    [{ name: "windows-aks" }, { code: "aks-cluster-name-reserved-word", path: "name" }, '"windows"'],
    [{ dnsPrefix: "bad_prefix" }, { code: "dns-prefix-syntax", path: "dnsPrefix" }, ""],
    [{ aad: { adminGroupObjectIds: [] } }, { code: "admin-groups-empty", path: "aad.adminGroupObjectIds" }, ""],
    [
      { upgradeChannel: "node-image", nodeOsUpgradeChannel: "Unmanaged" },
      { code: "node-os-channel-node-image", path: "nodeOsUpgradeChannel" },
      "",
    ],
    [{ nodePools: [] }, { code: "node-pools-empty", path: "nodePools" }, ""],
    [{ nodePools: [{ name: "apps", count: 1 }] }, { code: "system-pool-missing", path: "nodePools" }, ""],
    [
      { networkProfile: { serviceCidr: "10.2.0.0/16" } },
      { code: "range-hides-network", path: "networkProfile.serviceCidr" },
      "10.0.0.0/8 (the VNet's address space)",
    ],
    [
      { network: { ...network, workerSubnetCidr: "10.1.0.0/29" } },
      { code: "subnet-capacity", path: "network.workerSubnetCidr" },
      "",
    ],
    [
      { apiServer: { authorizedIpRanges: ["203.0.113.7"] } },
      { code: "authorized-range-address", path: "apiServer.authorizedIpRanges[0]" },
      "write 203.0.113.7/32",
    ],
    [{ proxy: { noProxy: [] } }, { code: "proxy-url-missing", path: "proxy" }, ""],
  ] as [Partial<AksClusterProps>, PropsIssue, string][])("%j", (extra, issue, names) => {
    expect(issuesOf(extra)).toEqual([issue]);
    if (names) expect(errorOf(extra)).toContain(names);
  });

  it("reports every problem at once", () => {
    expect(issuesOf({ skuTier: "Paid" as never, nodePools: [{ name: "system", mode: "System", count: 0 }] })).toEqual([
      { code: "aks-sku-tier", path: "skuTier" },
      { code: "pool-size-range", path: "nodePools[0].count" },
    ]);
  });

  it("skips values that are Terraform references", () => {
    const stack = testStack();
    const v = (name: string) => new TerraformVariable(stack, name, { type: "string" }).stringValue;
    const aks = new AksCluster(stack, "aks", {
      ...baseProps,
      name: v("name"),
      kubernetesVersion: v("version"),
      network: { ...network, addressSpace: [v("space")], workerSubnetCidr: v("worker") },
    });
    expect(clusterOf(JSON.parse(Testing.synth(stack, true))).kubernetes_version).toBe("${var.version}");
    expect(rendered(stack, aks.clusterName)).toMatch(/\.name\}$/);
  });
});

describe("the AKS stack", () => {
  const yaml = `location: westeurope
resourceGroup: rg-test
tags: { owner: platform }
clusters:
  - name: apps
    type: aks
    kubernetesVersion: "1.33"
    tags: { workload: apps }
`;
  const json = synthCluster(environmentFromYaml(yaml), "apps");

  it("has the outputs the packs stack and people read, secrets marked sensitive", () => {
    expect(
      Object.keys(json.output)
        .filter((name) => name in AKS_OUTPUTS)
        .sort(),
    ).toEqual(Object.keys(AKS_OUTPUTS).sort());
    const cluster = Object.keys(json.resource.azurerm_kubernetes_cluster)[0];
    expect(json.output.cluster_id).toEqual({
      description: AKS_OUTPUTS.cluster_id,
      value: `\${azurerm_kubernetes_cluster.${cluster}.id}`,
    });
    expect(json.output.kube_config).toEqual({
      description: AKS_OUTPUTS.kube_config,
      sensitive: true,
      value: `\${azurerm_kubernetes_cluster.${cluster}.kube_config_raw}`,
    });
    expect(json.output.cluster_ca_certificate.sensitive).toBe(true);
    expect(json.output.oidc_issuer_url.value).toBe(`\${azurerm_kubernetes_cluster.${cluster}.oidc_issuer_url}`);
    expect(json.output.api_server_fqdn.value).toBe(`\${azurerm_kubernetes_cluster.${cluster}.fqdn}`);
    // Not from kube_config: its attributes are sensitive, and an unmarked output of them fails the plan.
    expect(json.output.api_server_url).toEqual({
      description: AKS_OUTPUTS.api_server_url,
      value: `https://\${azurerm_kubernetes_cluster.${cluster}.fqdn}:443`,
    });
  });

  it("tags the cluster, its identity, and the default pool's nodes with the spec's tags", () => {
    const cluster = clusterOf(json);
    expect(cluster.tags).toEqual({ owner: "platform", workload: "apps" });
    expect(cluster.default_node_pool.tags).toEqual({ owner: "platform", workload: "apps" });
    expect((Object.values(json.resource.azurerm_user_assigned_identity)[0] as any).tags).toEqual({
      owner: "platform",
      workload: "apps",
    });
  });

  it("uses the network ClusterNetwork builds", () => {
    const cluster = clusterOf(json);
    expect(cluster.default_node_pool.vnet_subnet_id).toMatch(/^\$\{azurerm_subnet\..*\.id\}$/);
    expect(cluster.network_profile.outbound_type).toBe("loadBalancer");
  });
});
