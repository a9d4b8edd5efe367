/**
 * The `aks` cluster spec: Palette's managedControlPlane block verbatim (inline and from profile
 * files, the seed's exact snippets), how each value lands in the JSON, and every cross-field rule
 * with its message and location.
 */
import { Testing } from "cdktf";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { clusterStackOf } from "../../src/app/cluster-stack-of";
import { loadEnvironmentFile } from "../../src/config/load";
import { EnvironmentSpec } from "../../src/config/schema/environment";
import {
  ConfigIssue,
  configIssuesOf,
  configIssuesThrownBy,
  environmentFromYaml,
  REPO_ROOT,
  specErrorOf,
  synthCluster,
  tempDir,
} from "../helpers";
import { aksPlanFromSpec } from "../../src/config/aks-design";

const FIXTURES = join(REPO_ROOT, "test/fixtures/palette-aks");
const GROUP = "8f9c1d2e-3b4a-4c5d-9e6f-7a8b9c0d1e2f";

/** An environment with one AKS cluster `apps`; `lines` are appended to the cluster (4-space indent). */
const env = (lines = "") => `location: westeurope
resourceGroup: rg-test
clusters:
  - name: apps
    type: aks
    kubernetesVersion: "1.33"
${lines}`;

/** A fixture file's YAML without its comments, indented to sit inside a cluster. */
const inline = (fixture: string) =>
  readFileSync(join(FIXTURES, fixture), "utf8")
    .split("\n")
    .filter((l) => !l.startsWith("#") && l !== "")
    .map((l) => `    ${l}`)
    .join("\n") + "\n";

const aksOf = (json: any) => Object.values(json.resource.azurerm_kubernetes_cluster)[0] as any;
const synthAks = (yaml: string) => aksOf(synthCluster(environmentFromYaml(yaml), "apps"));

/** Writes files into a fresh folder; returns the environment file's path. */
function writeTree(files: Record<string, string>): string {
  const root = tempDir("aks-profile-");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return join(root, "environments/test.yaml");
}

function loadError(path: string): string | undefined {
  try {
    loadEnvironmentFile(path, "environments/test.yaml");
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The issues, with their files, of loading the environment file at `path`. */
const loadIssues = (path: string) =>
  configIssuesThrownBy(() => loadEnvironmentFile(path, "environments/test.yaml"), true);

describe("Palette's managedControlPlane, inline, as the docs show it", () => {
  it("Standard tab: Standard tier, Entra ID with the admin group, Azure RBAC, no local accounts", () => {
    const aks = synthAks(env(inline("standard.yaml")));
    expect(aks.sku_tier).toBe("Standard");
    expect(aks.azure_active_directory_role_based_access_control).toEqual({
      admin_group_object_ids: [GROUP],
      azure_rbac_enabled: true,
    });
    expect(aks.azure_active_directory_role_based_access_control).not.toHaveProperty("managed");
    expect(aks.local_account_disabled).toBe(true);
    expect(aks.role_based_access_control_enabled).toBe(true);
  });

  it("Free tab: Free tier, managed: false means Kubernetes RBAC with local accounts", () => {
    const aks = synthAks(env(inline("free.yaml")));
    expect(aks.sku_tier).toBe("Free");
    expect(aks).not.toHaveProperty("azure_active_directory_role_based_access_control");
    expect(aks.local_account_disabled).toBe(false);
    expect(aks.role_based_access_control_enabled).toBe(true);
  });

  it("Free tab: says at synth that the admin groups are not used", () => {
    const spec = environmentFromYaml(env(inline("free.yaml")));
    const stack = clusterStackOf(Testing.app(), spec, spec.clusters[0]);
    const warnings = stack.node
      .findAll()
      .flatMap((c) => c.node.metadata)
      .filter((m) => m.type === "@cdktf/warn")
      .map((m) => m.data);
    // Warnings carry no code: they name the key that makes the other unused.
    expect(warnings).toEqual([expect.stringMatching(/aadProfile\.managed is false\b.*\badminGroupObjectIDs \(1\)/)]);
  });

  it("autoUpgradeProfile example: the rapid channel, versions left to AKS", () => {
    const aks = synthAks(env(inline("auto-upgrade.yaml")));
    expect(aks.automatic_upgrade_channel).toBe("rapid");
    expect(aks.node_os_upgrade_channel).toBe("NodeImage");
    expect(aks.lifecycle.ignore_changes).toEqual(["kubernetes_version", "default_node_pool[0].orchestrator_version"]);
  });

  it("no block at all: Free, no channel, Kubernetes RBAC", () => {
    const aks = synthAks(env());
    expect(aks.sku_tier).toBe("Free");
    expect(aks).not.toHaveProperty("automatic_upgrade_channel");
    expect(aks).not.toHaveProperty("lifecycle");
    expect(aks.local_account_disabled).toBe(false);
  });

  it.each(["Free", "Standard", "Premium"])("sku %s becomes sku_tier", (sku) => {
    expect(synthAks(env(`    managedControlPlane:\n      sku: ${sku}\n`)).sku_tier).toBe(sku);
  });

  it.each([
    ["none", undefined, []],
    // patch keeps the MAJOR.MINOR of the spec: a minor upgrade written in YAML is a plan, not ignored.
    ["patch", "patch", []],
    ["stable", "stable", ["kubernetes_version", "default_node_pool[0].orchestrator_version"]],
    ["rapid", "rapid", ["kubernetes_version", "default_node_pool[0].orchestrator_version"]],
    ["node-image", "node-image", []],
  ])("upgradeChannel %s becomes automatic_upgrade_channel %s", (channel, attribute, ignored) => {
    const aks = synthAks(
      env(`    managedControlPlane:\n      autoUpgradeProfile:\n        upgradeChannel: ${channel}\n`),
    );
    expect(aks.automatic_upgrade_channel).toBe(attribute);
    expect(aks.lifecycle?.ignore_changes ?? []).toEqual(ignored);
    expect(aks.node_os_upgrade_channel).toBe("NodeImage");
  });
});

describe("Palette's managedControlPlane from a profile file", () => {
  const spec = loadEnvironmentFile(
    join(FIXTURES, "environments/aksprofile.yaml"),
    "test/fixtures/palette-aks/environments/aksprofile.yaml",
  );
  const byName = (name: string) => aksOf(synthCluster(spec, name));

  it("reads each file relative to the environment file", () => {
    expect(spec.clusters.map((c) => (c.type === "aks" ? c.managedControlPlane : undefined))).toEqual([
      { sku: "Standard", aadProfile: { managed: true, adminGroupObjectIDs: [GROUP] } },
      { sku: "Free", aadProfile: { managed: false, adminGroupObjectIDs: ["<id>"] } },
      { autoUpgradeProfile: { upgradeChannel: "rapid" } },
    ]);
  });

  it("maps them as the inline blocks", () => {
    expect(byName("standard")).toMatchObject({ sku_tier: "Standard", local_account_disabled: true });
    expect(byName("free")).toMatchObject({
      sku_tier: "Free",
      local_account_disabled: false,
      kubernetes_version: "1.33.2",
    });
    expect(byName("rapid")).toMatchObject({ automatic_upgrade_channel: "rapid" });
  });

  it("takes managedMachinePool.maxPodPerNode as the pools' default", () => {
    const path = writeTree({
      "profiles/aks.yaml": "managedControlPlane:\n  sku: Standard\nmanagedMachinePool:\n  maxPodPerNode: 30\n",
      "environments/test.yaml": env(
        "    profileFile: ../profiles/aks.yaml\n    nodePools:\n      - { name: system, mode: System, count: 3 }\n      - { name: apps, count: 2, maxPods: 60 }\n",
      ),
    });
    const json = synthCluster(loadEnvironmentFile(path, "environments/test.yaml"), "apps");
    expect(aksOf(json).default_node_pool.max_pods).toBe(30);
    expect((Object.values(json.resource.azurerm_kubernetes_cluster_node_pool)[0] as any).max_pods).toBe(60);
  });

  it("names the profile file, line, column and key of a problem inside it", () => {
    const path = writeTree({
      "profiles/aks.yaml": `managedControlPlane:
  aadProfile:
    managed: true
    adminGroupObjectIDs:
      - <id>
  sku: Standard
  skuu: Free
`,
      "environments/test.yaml": env("    profileFile: ../profiles/aks.yaml\n"),
    });
    expect(loadError(path)!.split("\n")).toEqual([
      'profiles/aks.yaml:5:9 managedControlPlane.aadProfile.adminGroupObjectIDs[0]: "<id>" is a placeholder: put the object ID of an Entra ID group here (az ad group show -g <name> --query id)',
      'profiles/aks.yaml:7:3 managedControlPlane.skuu: unknown key "skuu"',
    ]);
  });

  it("names the profile file on a YAML error", () => {
    const path = writeTree({
      "profiles/aks.yaml": "managedControlPlane:\n  sku: [Standard\n",
      "environments/test.yaml": env("    profileFile: ../profiles/aks.yaml\n"),
    });
    expect(loadIssues(path)).toEqual([
      { code: "yaml-syntax", file: "profiles/aks.yaml", path: "(root)", at: expect.stringMatching(/^\d+:\d+$/) },
    ]);
  });

  it("points at profileFile when the file is missing", () => {
    const path = writeTree({ "environments/test.yaml": env("    profileFile: ../profiles/nope.yaml\n") });
    expect(loadIssues(path)).toEqual([
      { code: "file-unreadable", file: "environments/test.yaml", path: "clusters[0].profileFile", at: "7:5" },
    ]);
    expect(loadError(path)).toContain("profiles/nope.yaml");
  });

  it("reports a file shared by two clusters once", () => {
    const path = writeTree({
      "profiles/aks.yaml": "managedControlPlane:\n  sku: Paid\n",
      "environments/test.yaml": `${env("    profileFile: ../profiles/aks.yaml\n")}  - name: more\n    type: aks\n    kubernetesVersion: "1.33"\n    profileFile: ../profiles/aks.yaml\n`,
    });
    expect(loadIssues(path)).toEqual([
      { code: "not-one-of", file: "profiles/aks.yaml", path: "managedControlPlane.sku", at: "2:3" },
    ]);
  });

  it("refuses a profile file and an inline block together, and absolute paths", () => {
    expect(configIssuesOf(env(`    profileFile: aks.yaml\n${inline("standard.yaml")}`))).toEqual([
      { code: "profile-key-twice", path: "clusters[0].managedControlPlane", at: "8:5" },
    ]);
    expect(specErrorOf(env(`    profileFile: aks.yaml\n${inline("standard.yaml")}`))).toContain("profileFile aks.yaml");
    expect(configIssuesOf(env("    profileFile: /etc/aks.yaml\n"))).toEqual([
      { code: "path-absolute", path: "clusters[0].profileFile", at: "7:5" },
    ]);
    expect(specErrorOf(env("    profileFile: /etc/aks.yaml\n"))).toContain("relative to the environment file");
  });

  it("locates a cross-field problem of a profile's values at profileFile and names the file", () => {
    const path = writeTree({
      "profiles/aks.yaml": "managedControlPlane:\n  autoUpgradeProfile:\n    upgradeChannel: node-image\n",
      "environments/test.yaml": env("    profileFile: ../profiles/aks.yaml\n    nodeOsUpgradeChannel: SecurityPatch\n"),
    });
    expect(loadIssues(path)).toEqual([
      {
        code: "node-os-channel-node-image",
        file: "environments/test.yaml",
        path: "clusters[0].nodeOsUpgradeChannel",
        at: "8:5",
      },
    ]);
  });
});

describe("cross-field rules, with their file position", () => {
  const c0 = (path: string) => `clusters[0].${path}`;

  it.each<[what: string, yaml: string, issue: ConfigIssue, names: string]>([
    [
      "a patch version with an upgrade channel",
      env("    managedControlPlane:\n      autoUpgradeProfile:\n        upgradeChannel: patch\n").replace(
        '"1.33"',
        '"1.33.4"',
      ),
      { code: "upgrade-channel-pinned-patch", path: c0("kubernetesVersion"), at: "6:5" },
      'write "1.33"',
    ],
    [
      "managed Entra ID without admin groups",
      env("    managedControlPlane:\n      aadProfile:\n        managed: true\n"),
      { code: "admin-groups-empty", path: c0("managedControlPlane.aadProfile.adminGroupObjectIDs"), at: "8:7" },
      "",
    ],
    [
      "Palette's placeholder left in",
      env(
        "    managedControlPlane:\n      aadProfile:\n        managed: true\n        adminGroupObjectIDs:\n          - <id>\n",
      ),
      {
        code: "entra-object-id-placeholder",
        path: c0("managedControlPlane.aadProfile.adminGroupObjectIDs[0]"),
        at: "11:13",
      },
      "",
    ],
    [
      "an unknown sku",
      env("    managedControlPlane:\n      sku: Paid\n"),
      { code: "not-one-of", path: c0("managedControlPlane.sku"), at: "8:7" },
      "",
    ],
    [
      "an unknown channel",
      env("    managedControlPlane:\n      autoUpgradeProfile:\n        upgradeChannel: weekly\n"),
      { code: "not-one-of", path: c0("managedControlPlane.autoUpgradeProfile.upgradeChannel"), at: "9:9" },
      "",
    ],
    [
      "node-image without NodeImage",
      env(
        "    nodeOsUpgradeChannel: None\n    managedControlPlane:\n      autoUpgradeProfile:\n        upgradeChannel: node-image\n",
      ),
      { code: "node-os-channel-node-image", path: c0("nodeOsUpgradeChannel"), at: "7:5" },
      "",
    ],
    [
      "no System pool",
      env("    nodePools:\n      - { name: apps, count: 2 }\n"),
      { code: "system-pool-missing", path: c0("nodePools"), at: "7:5" },
      "",
    ],
    [
      "two pools of one name",
      env("    nodePools:\n      - { name: system, mode: System, count: 2 }\n      - { name: system, count: 1 }\n"),
      { code: "pool-name-duplicate", path: c0("nodePools[1].name"), at: "9:11" },
      "nodePools[0]",
    ],
    [
      "a bad pool name",
      env("    nodePools:\n      - name: System-Pool\n        mode: System\n        count: 1\n"),
      { code: "node-pool-name-syntax", path: c0("nodePools[0].name"), at: "8:9" },
      "",
    ],
    [
      "a taint on a System pool",
      env(
        "    nodePools:\n      - name: system\n        mode: System\n        count: 1\n        taints: [a=b:NoSchedule]\n",
      ),
      { code: "system-pool-taints", path: c0("nodePools[0].taints"), at: "11:9" },
      "",
    ],
    [
      "autoscaler bounds out of order",
      env("    nodePools:\n      - { name: system, mode: System, min: 4, max: 2 }\n"),
      { code: "pool-autoscale-min-above-max", path: c0("nodePools[0].min"), at: "8:39" },
      "",
    ],
    [
      "a pod range inside the VNet",
      env("    networkProfile:\n      podCidr: 10.244.0.0/16\n"),
      { code: "range-hides-network", path: c0("networkProfile.podCidr"), at: "8:7" },
      "10.0.0.0/8 (the VNet's address space)",
    ],
    [
      "a worker subnet too small for the pools",
      env(
        "    network:\n      workerSubnet:\n        cidr: 10.1.0.0/28\n    nodePools:\n      - { name: system, mode: System, min: 3, max: 20 }\n",
      ),
      { code: "subnet-capacity", path: c0("network.workerSubnet.cidr"), at: "9:9" },
      "22 are needed for 20 nodes plus 2 upgrade surge nodes",
    ],
    [
      "authorized ranges on a private cluster",
      env(
        "    apiServer:\n      privateCluster: true\n      authorizedIpRanges: [203.0.113.0/24]\n    network:\n      vnet: { name: vnet-hub, resourceGroup: rg-net, addressSpace: [10.0.0.0/8] }\n      workerSubnet: { name: aks, existing: true, cidr: 10.1.0.0/16 }\n",
      ),
      { code: "authorized-ranges-private-cluster", path: c0("apiServer.authorizedIpRanges"), at: "9:7" },
      "",
    ],
    [
      "a private cluster in a new VNet",
      env("    apiServer:\n      privateCluster: true\n"),
      { code: "private-cluster-needs-static-placement", path: c0("apiServer.privateCluster"), at: "8:7" },
      "",
    ],
    [
      "an auto-upgrade window without a channel",
      env('    maintenance:\n      autoUpgrade: { day: Sunday, start: "02:00" }\n'),
      { code: "maintenance-window-unused", path: c0("maintenance.autoUpgrade"), at: "8:7" },
      "",
    ],
    [
      "a short maintenance window",
      env('    maintenance:\n      nodeOs: { day: Sunday, start: "02:00", hours: 2 }\n'),
      { code: "maintenance-hours", path: c0("maintenance.nodeOs.hours"), at: "8:46" },
      "",
    ],
    [
      "workload identity without the OIDC issuer",
      env("    oidcIssuer: false\n"),
      { code: "workload-identity-needs-oidc", path: c0("workloadIdentity"), at: "4:5" },
      "",
    ],
    [
      "a bad NO_PROXY entry",
      env("    proxy:\n      httpsProxy: http://proxy.corp.example:3128\n      noProxy: ['*.corp.example']\n"),
      { code: "no-proxy-wildcard", path: c0("proxy.noProxy[0]"), at: "9:17" },
      'write ".corp.example"',
    ],
  ])("%s", (_what, yaml, issue, names) => {
    // Among others: the private cluster's existing subnet names no NSG either.
    expect(configIssuesOf(yaml)).toContainEqual(issue);
    if (names) expect(specErrorOf(yaml)).toContain(names);
  });

  it.each([
    ["the Standard tab", inline("standard.yaml")],
    [
      "a full production cluster",
      `    managedControlPlane:
      sku: Standard
      aadProfile: { managed: true, adminGroupObjectIDs: [${GROUP}] }
      autoUpgradeProfile: { upgradeChannel: patch }
    nodeOsUpgradeChannel: SecurityPatch
    apiServer: { authorizedIpRanges: [203.0.113.0/24] }
    networkProfile: { networkPolicy: calico, podCidr: 100.64.0.0/14, serviceCidr: 172.20.0.0/16, dnsServiceIp: 172.20.0.53 }
    nodePools:
      - { name: system, mode: System, vmSize: Standard_D4ds_v5, min: 3, max: 5, criticalAddonsOnly: true }
      - { name: apps, min: 0, max: 300, maxPods: 60, labels: { workload: apps }, taints: [dedicated=apps:NoSchedule], zones: [1, 2] }
    maintenance:
      autoUpgrade: { day: Saturday, start: "22:00", hours: 6, utcOffset: "+01:00" }
      nodeOs: { day: Sunday, start: "02:00" }
`,
    ],
  ])("accepts %s", (_what, lines) => {
    expect(specErrorOf(env(lines))).toBeUndefined();
  });
});

describe("defaults of an aks cluster", () => {
  let spec: EnvironmentSpec;
  beforeAll(() => (spec = environmentFromYaml(env())));
  it("applies this project's defaults, once (resolveAksPlan)", () => {
    const cluster = spec.clusters[0];
    if (cluster.type !== "aks") throw new Error("not aks");
    expect(aksPlanFromSpec(cluster)).toMatchObject({
      nodeOsUpgradeChannel: "NodeImage",
      skuTier: "Free",
      upgradeChannel: "none",
      nodePools: [
        {
          name: "system",
          mode: "System",
          min: 3,
          max: 5,
          vmSize: "Standard_D4ds_v5",
          osDiskSizeGb: 128,
          osDiskType: "Managed",
          osSku: "Ubuntu",
          maxSurge: "10%",
        },
      ],
      apiServer: { privateCluster: false, authorizedIpRanges: [] },
      networkProfile: { networkPolicy: "cilium", podCidr: "192.168.0.0/16", serviceCidr: "100.64.0.0/16" },
      azurePolicy: true,
      keda: true,
      oidcIssuer: true,
      workloadIdentity: true,
      grantNetworkContributor: true,
    });
  });
});
