import {
  AksClusterDesign,
  AksNodePoolOptions,
  defaultDnsServiceIp,
  rotationPoolName,
  surgeNodes,
} from "../../src/azure/aks-model";
import {
  addressIssues,
  adminGroupIssues,
  aksClusterNameProblem,
  aksDesignIssues,
  authorizedIpRangeIssues,
  entraObjectIdProblem,
  maintenanceWindowIssues,
  aksNodeLabelProblem,
  nodeOsChannelProblem,
  nodePoolIssues,
  nodePoolNameProblem,
  nodePoolSetIssues,
  poolScaleIssues,
  skuTierProblem,
  aksTaintProblem,
  upgradeChannelProblem,
  upgradeChannelVersionProblem,
  workerSubnetCapacityProblem,
} from "../../src/azure/aks-rules";
import { proxyIssues } from "../../src/azure/proxy-rules";

const GROUP = "8f9c1d2e-3b4a-4c5d-9e6f-7a8b9c0d1e2f";
const system: AksNodePoolOptions = { name: "system", mode: "System", min: 3, max: 5 };
const design = (extra: Partial<AksClusterDesign> = {}): AksClusterDesign => ({
  name: "apps-dev-aks",
  kubernetesVersion: "1.33",
  nodePools: [system],
  ...extra,
});

describe("names", () => {
  it.each(["apps-dev-aks", "a", "A_b-9"])("accepts the cluster name %s", (name) =>
    expect(aksClusterNameProblem(name)).toBeUndefined(),
  );
  it.each([
    ["-apps", "1-63 letters, digits, hyphens and underscores"],
    ["apps-", "1-63 letters, digits, hyphens and underscores"],
    ["a".repeat(64), "1-63 letters"],
    ["my-windows-aks", 'AKS refuses "windows"'],
    ["MicroSoftish", 'AKS refuses "microsoft"'],
  ])("refuses the cluster name %s", (name, message) => expect(aksClusterNameProblem(name)).toContain(message));

  it.each(["system", "apps1", "abcdefghijkl"])("accepts the pool name %s", (name) =>
    expect(nodePoolNameProblem(name)).toBeUndefined(),
  );
  it.each(["System", "1apps", "apps-1", "abcdefghijklm", ""])("refuses the pool name %j", (name) =>
    expect(nodePoolNameProblem(name)).toBe(
      `${JSON.stringify(name)} is not a valid node pool name: 1-12 lowercase letters and digits, starting with a letter`,
    ),
  );
});

describe("sku and upgrade channels", () => {
  it.each(["Free", "Standard", "Premium"])("accepts the tier %s", (tier) =>
    expect(skuTierProblem(tier)).toBeUndefined(),
  );
  it("refuses Paid (renamed Standard) and other tiers", () =>
    expect(skuTierProblem("Paid")).toBe('"Paid" is not an AKS tier: Free, Standard, Premium'));

  it.each(["none", "patch", "stable", "rapid", "node-image"])("accepts the channel %s", (c) =>
    expect(upgradeChannelProblem(c)).toBeUndefined(),
  );
  it("refuses other channels", () =>
    expect(upgradeChannelProblem("nodeimage")).toBe(
      '"nodeimage" is not an upgrade channel: none, patch, stable, rapid, node-image',
    ));

  it.each([
    ["none", "1.33.2"],
    ["none", "1.33"],
    ["patch", "1.33"],
    ["stable", "1.33"],
    ["rapid", "1.34"],
    ["node-image", "1.33"],
  ] as const)("%s with %s is fine", (channel, version) =>
    expect(upgradeChannelVersionProblem(channel, version)).toBeUndefined(),
  );

  it.each([
    [
      "patch",
      'but upgradeChannel patch moves the cluster to every new 1.33 patch (Terraform would then try to downgrade it): write "1.33"',
    ],
    [
      "stable",
      'but upgradeChannel stable upgrades the cluster on its own: write "1.33", the minor version to create it with',
    ],
    ["rapid", "but upgradeChannel rapid upgrades the cluster on its own"],
    ["node-image", 'with an upgrade channel give the minor only, "1.33", and let AKS pick the patch'],
  ] as const)("%s refuses a pinned patch version", (channel, message) => {
    expect(upgradeChannelVersionProblem(channel, "1.33.2")).toContain('"1.33.2" pins a patch version');
    expect(upgradeChannelVersionProblem(channel, "1.33.2")).toContain(message);
  });

  it("node-image needs the NodeImage OS channel", () => {
    expect(nodeOsChannelProblem("node-image", "NodeImage")).toBeUndefined();
    expect(nodeOsChannelProblem("patch", "SecurityPatch")).toBeUndefined();
    expect(nodeOsChannelProblem("node-image", "SecurityPatch")).toBe(
      "upgradeChannel node-image needs nodeOsUpgradeChannel NodeImage, not SecurityPatch (AKS refuses the pair when the cluster is created)",
    );
    expect(nodeOsChannelProblem("none", "Weekly" as never)).toContain('"Weekly" is not a node OS upgrade channel');
  });
});

describe("Entra ID", () => {
  it("accepts GUIDs", () => expect(entraObjectIdProblem(GROUP)).toBeUndefined());
  it("explains the Palette docs' placeholder", () =>
    expect(entraObjectIdProblem("<id>")).toBe(
      '"<id>" is a placeholder: put the object ID of an Entra ID group here (az ad group show -g <name> --query id)',
    ));
  it("refuses group names", () =>
    expect(entraObjectIdProblem("aks-admins")).toContain("is not an Entra ID object ID (a GUID"));
  it("needs at least one admin group, each once", () => {
    expect(adminGroupIssues([GROUP])).toEqual([]);
    expect(adminGroupIssues([])[0].message).toContain("list at least one Entra ID group");
    expect(adminGroupIssues([GROUP, GROUP])).toEqual([{ path: [1], message: `${GROUP} is listed twice` }]);
  });
});

describe("node pools", () => {
  it.each([
    [{ name: "a", count: 3 }, []],
    [{ name: "a", min: 0, max: 1000 }, []],
    [{ name: "a", mode: "System", min: 1, max: 3, count: 2 }, []],
    [{ name: "a" }, ["count: set count (a fixed size) or min and max (the cluster autoscaler)"]],
    [{ name: "a", count: 1001 }, ["count: 1001 nodes: a pool has 0-1000 nodes"]],
    [
      { name: "a", mode: "System", count: 0 },
      ["count: 0 nodes: a System pool (it keeps AKS' own pods running) has 1-1000 nodes"],
    ],
    [
      { name: "a", mode: "System", min: 0, max: 3 },
      ["min: min 0: a System pool (it keeps AKS' own pods running) scales within 1-1000 nodes"],
    ],
    [{ name: "a", min: 2 }, ["max: set both min and max to run the cluster autoscaler, or neither for a fixed count"]],
    [{ name: "a", min: 5, max: 3 }, ["min: min 5 is above max 3"]],
    [{ name: "a", min: 0, max: 0 }, ["max: max 0: a pool scales within 1-1000 nodes"]],
    [{ name: "a", min: 1, max: 3, count: 4 }, ["count: the initial count 4 is outside min 1 and max 3"]],
  ] as [AksNodePoolOptions, string[]][])("scale of %j", (pool, expected) => {
    expect(poolScaleIssues(pool).map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(expected);
  });

  it.each([
    [["maxPods"], { maxPods: 9 }, "maxPods 9: AKS allows 10-250 pods per node"],
    [["maxPods"], { maxPods: 251 }, "maxPods 251: AKS allows 10-250 pods per node"],
    [["osDiskSizeGb"], { osDiskSizeGb: 20 }, "osDiskSizeGb 20: AKS OS disks are 30-2048 GB"],
    [["vmSize"], { vmSize: "D4s_v5" }, '"D4s_v5" is not an Azure VM size such as Standard_D4ds_v5'],
    [["maxSurge"], { maxSurge: "0" }, '"0" is not a surge'],
    [["maxSurge"], { maxSurge: "150%" }, '"150%" is not a surge'],
    [
      ["labels", "kubernetes.azure.com/mode"],
      { labels: { "kubernetes.azure.com/mode": "x" } },
      "AKS reserves the kubernetes.azure.com label prefix",
    ],
    [
      ["taints", 0],
      { taints: ["dedicated=gpu"] },
      '"dedicated=gpu" is not a taint: write key=value:Effect (or key:Effect)',
    ],
    [
      ["taints", 0],
      { taints: ["dedicated=gpu:NoRun"] },
      '"dedicated=gpu:NoRun": the effect is NoSchedule, PreferNoSchedule, NoExecute',
    ],
    [["criticalAddonsOnly"], { criticalAddonsOnly: true }, "criticalAddonsOnly applies to System pools only"],
    [["zones", 0], { zones: ["4" as never] }, '"4": zones are 1, 2 or 3'],
  ] as [(string | number)[], Partial<AksNodePoolOptions>, string][])("%j: %j", (path, extra, message) => {
    const issues = nodePoolIssues({ name: "apps", count: 1, ...extra });
    expect(issues).toEqual([{ path, message: expect.stringContaining(message) }]);
  });

  it("takes valid labels, taints and settings", () => {
    expect(
      nodePoolIssues({
        name: "gpu",
        count: 2,
        maxPods: 250,
        osDiskSizeGb: 256,
        maxSurge: "33%",
        labels: { "example.com/team": "ml", tier: "" },
        taints: ["nvidia.com/gpu=present:NoSchedule", "spot:PreferNoSchedule"],
      }),
    ).toEqual([]);
    expect(aksNodeLabelProblem("bad key!", "x")).toContain("is not a valid Kubernetes label key");
    expect(aksNodeLabelProblem("team", "-x")).toContain("is not a valid label value");
    expect(aksTaintProblem("a=b:NoExecute")).toBeUndefined();
  });

  it("System pools take no taints of their own", () => {
    expect(nodePoolIssues({ ...system, taints: ["a=b:NoSchedule"] })).toEqual([
      { path: ["taints"], message: expect.stringContaining("set criticalAddonsOnly: true") },
    ]);
    expect(nodePoolIssues({ ...system, criticalAddonsOnly: true })).toEqual([]);
  });

  it("needs a System pool, unique names, and leaves the rotation name free", () => {
    expect(nodePoolSetIssues([])).toEqual([{ path: [], message: "list at least one node pool (a System pool)" }]);
    expect(nodePoolSetIssues([{ name: "apps", count: 1 }])[0].message).toContain(
      "at least one pool needs mode: System",
    );
    expect(nodePoolSetIssues([system, { name: "system", count: 1 }])).toEqual([
      { path: [1, "name"], message: '"system" is already the name of nodePools[0]' },
    ]);
    expect(rotationPoolName("system")).toBe("systemtmp");
    expect(rotationPoolName("abcdefghijkl")).toBe("abcdefghitmp");
    // Every pool rotates (azurerm 4.55): names ending in "tmp" are kept for that, and no two pools may share a rotation name.
    expect(nodePoolIssues({ name: "systemtmp", count: 1 })).toEqual([
      { path: ["name"], message: expect.stringContaining('names ending in "tmp" are kept') },
    ]);
    expect(nodePoolSetIssues([system, { name: "analytics1", count: 1 }, { name: "analytics2", count: 1 }])).toEqual([
      { path: [2, "name"], message: expect.stringContaining("both would rotate through analyticstmp") },
    ]);
    expect(nodePoolSetIssues([system, { name: "apps", count: 1 }])).toEqual([]);
  });
});

describe("addresses", () => {
  const base = {
    podCidr: "192.168.0.0/16",
    serviceCidr: "100.64.0.0/16",
    maxNodes: 10,
    network: { addressSpace: ["10.0.0.0/8"], workerSubnetCidr: "10.1.0.0/16" },
  };
  const messages = (extra: object) =>
    addressIssues({ ...base, ...extra }).map((i) => `${i.path.join(".")}: ${i.message}`);

  it("accepts the defaults next to the default VNet", () => expect(messages({})).toEqual([]));
  it("derives the DNS service address", () => {
    expect(defaultDnsServiceIp("100.64.0.0/16")).toBe("100.64.0.10");
    expect(defaultDnsServiceIp("10.96.0.0/12")).toBe("10.96.0.10");
  });
  it.each([
    [
      { podCidr: "10.244.0.0/16" },
      "podCidr: 10.244.0.0/16 overlaps 10.0.0.0/8 (the VNet's address space): the pod range would hide those addresses",
    ],
    [
      { serviceCidr: "10.0.0.0/16" },
      "serviceCidr: 10.0.0.0/16 overlaps 10.0.0.0/8 (the VNet's address space): the service range would hide those addresses",
    ],
    [
      { namedRanges: [{ cidr: "100.64.250.0/27", where: "proxy.noProxy[0]" }] },
      "serviceCidr: 100.64.0.0/16 overlaps 100.64.250.0/27 (proxy.noProxy[0])",
    ],
    [{ serviceCidr: "192.168.0.0/20" }, "serviceCidr: 192.168.0.0/20 overlaps the pod range 192.168.0.0/16"],
    [{ serviceCidr: "172.31.0.0/16" }, "serviceCidr: 172.31.0.0/16 overlaps 172.31.0.0/16, which AKS reserves"],
    [
      { serviceCidr: "100.64.0.0/11" },
      "serviceCidr: 100.64.0.0/11 is larger than AKS allows for services (a /12 at most)",
    ],
    [{ podCidr: "192.168.0.1/16" }, "podCidr: 192.168.0.1/16 has host bits set"],
    [{ dnsServiceIp: "100.65.0.10" }, "dnsServiceIp: 100.65.0.10 is outside the service range 100.64.0.0/16"],
    [{ dnsServiceIp: "100.64.0.1" }, "dnsServiceIp: 100.64.0.1 is reserved in 100.64.0.0/16"],
    [
      { maxNodes: 300 },
      "podCidr: 192.168.0.0/16 gives 256 nodes a /24 of pod addresses each, but the pools can grow to 300 nodes; use a /15 or larger",
    ],
    [{ podCidr: "192.168.0.0/25", maxNodes: 1 }, "podCidr: 192.168.0.0/25 gives 0 nodes a /24 of pod addresses each"],
  ])("%j", (extra, message) => expect(messages(extra)).toEqual([expect.stringContaining(message)]));

  it("counts nodes and surge nodes against the worker subnet", () => {
    expect(surgeNodes({ name: "a", min: 1, max: 10 })).toBe(1);
    expect(surgeNodes({ name: "a", count: 10, maxSurge: "33%" })).toBe(4);
    expect(surgeNodes({ name: "a", count: 10, maxSurge: "2" })).toBe(2);
    expect(workerSubnetCapacityProblem([{ name: "a", count: 3 }], "10.1.0.0/28")).toBeUndefined();
    expect(workerSubnetCapacityProblem([{ name: "a", min: 1, max: 25 }], "10.1.0.0/27")).toBe(
      "10.1.0.0/27 has 27 usable addresses (Azure keeps 5 of 32) but 28 are needed for 25 nodes plus 3 upgrade surge nodes (Azure CNI overlay: one address per node); use a /26 or larger",
    );
  });
});

describe("API server", () => {
  it("takes CIDRs for a public endpoint", () =>
    expect(authorizedIpRangeIssues(["203.0.113.0/24", "198.51.100.7/32"], false)).toEqual([]));
  it("refuses bare addresses, bad CIDRs and repeats", () =>
    expect(
      authorizedIpRangeIssues(["203.0.113.7", "203.0.113.1/24", "198.51.100.7/32", "198.51.100.7/32"], false),
    ).toEqual([
      { path: [0], message: "203.0.113.7 is an address; write 203.0.113.7/32" },
      { path: [1], message: "203.0.113.1/24 has host bits set: the network address of that prefix is 203.0.113.0/24" },
      { path: [3], message: "198.51.100.7/32 is listed twice" },
    ]));
  it("refuses ranges on a private cluster", () =>
    expect(authorizedIpRangeIssues(["203.0.113.0/24"], true)).toEqual([
      { path: [], message: expect.stringContaining("a private cluster has none") },
    ]));
  it("skips Terraform references", () =>
    expect(authorizedIpRangeIssues(["${var.ip}"], false, (v) => String(v).startsWith("${"))).toEqual([]));
});

describe("maintenance windows", () => {
  it("takes a weekly window", () =>
    expect(maintenanceWindowIssues({ day: "Sunday", start: "02:00", hours: 4, utcOffset: "+01:00" })).toEqual([]));
  it("refuses bad days, times, lengths and offsets", () =>
    expect(
      maintenanceWindowIssues({ day: "Sun" as never, start: "2am", hours: 3, utcOffset: "+1" }).map((i) => i.path[0]),
    ).toEqual(["day", "start", "hours", "utcOffset"]));
});

describe("proxy", () => {
  it("takes a proxy with a CA", () =>
    expect(
      proxyIssues({
        httpsProxy: "http://proxy:3128",
        noProxy: [".corp.example"],
        trustedCa: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
      }),
    ).toEqual([]));
  it("refuses an empty proxy, bad NO_PROXY entries and a CA that is not PEM", () =>
    expect(proxyIssues({ noProxy: ["a b"], trustedCa: "MIIB" }).map((i) => i.path.join("."))).toEqual([
      "",
      "noProxy.0",
      "trustedCa",
    ]));
});

describe("aksDesignIssues", () => {
  it("passes a sound design", () =>
    expect(aksDesignIssues(design(), { addressSpace: ["10.0.0.0/8"], workerSubnetCidr: "10.1.0.0/16" })).toEqual([]));

  it("reports each rule at its design path", () => {
    const issues = aksDesignIssues(
      design({
        kubernetesVersion: "1.33.1",
        upgradeChannel: "node-image",
        nodeOsUpgradeChannel: "None",
        aad: { adminGroupObjectIds: ["<id>"] },
        workloadIdentity: true,
        oidcIssuer: false,
        nodePools: [system, { name: "Apps", count: 1 }],
        apiServer: { privateCluster: true, authorizedIpRanges: ["203.0.113.0/24"] },
        networkProfile: { podCidr: "10.244.0.0/16" },
        maintenance: { nodeOs: { day: "Sunday", start: "02:00" } },
      }),
      { addressSpace: ["10.0.0.0/8"], workerSubnetCidr: "10.1.0.0/29" },
    );
    expect(issues.map((i) => i.path.join("."))).toEqual([
      "kubernetesVersion",
      "nodeOsUpgradeChannel",
      "aad.adminGroupObjectIds.0",
      "workloadIdentity",
      "nodePools.1.name",
      "apiServer.authorizedIpRanges",
      "networkProfile.podCidr",
      "network.workerSubnetCidr",
      "maintenance.nodeOs",
    ]);
  });

  it("needs an upgrade channel for an auto-upgrade window", () =>
    expect(aksDesignIssues(design({ maintenance: { autoUpgrade: { day: "Sunday", start: "02:00" } } }))).toEqual([
      {
        path: ["maintenance", "autoUpgrade"],
        message: "an auto-upgrade window needs an upgrade channel (upgradeChannel is none)",
      },
    ]));

  it("skips values that are Terraform references", () => {
    const isToken = (v: unknown) => typeof v === "string" && v.includes("${");
    expect(
      aksDesignIssues(
        design({ name: "${var.name}", kubernetesVersion: "${var.v}" }),
        { addressSpace: ["${x}"], workerSubnetCidr: "${y}" },
        isToken,
      ),
    ).toEqual([]);
  });
});
