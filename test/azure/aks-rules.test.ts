import {
  AksClusterDesign,
  AksNodePoolOptions,
  defaultDnsServiceIp,
  resolveAksPlan,
  rotationPoolName,
  surgeNodes,
} from "../../src/azure/aks-model";
import {
  addressIssues,
  adminGroupIssues,
  aksClusterNameProblem,
  aksPlanIssues,
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
import { formatPath, Issue } from "../../src/core/issues";

/** Issues as `[code, key path]`. */
const codes = (issues: readonly Issue[]) => issues.map((i) => [i.code, formatPath(i.path)]);

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
    ["-apps", "aks-cluster-name-syntax"],
    ["apps-", "aks-cluster-name-syntax"],
    ["a".repeat(64), "aks-cluster-name-syntax"],
    ["my-windows-aks", "aks-cluster-name-reserved-word"],
    ["MicroSoftish", "aks-cluster-name-reserved-word"],
  ])("refuses the cluster name %s", (name, code) => expect(aksClusterNameProblem(name)?.code).toBe(code));
  it("names the word AKS refuses", () => {
    expect(aksClusterNameProblem("my-windows-aks")?.message).toContain('"windows"');
    expect(aksClusterNameProblem("MicroSoftish")?.message).toContain('"microsoft"');
  });

  it.each(["system", "apps1", "abcdefghijkl"])("accepts the pool name %s", (name) =>
    expect(nodePoolNameProblem(name)).toBeUndefined(),
  );
  it.each(["System", "1apps", "apps-1", "abcdefghijklm", ""])("refuses the pool name %j", (name) => {
    expect(nodePoolNameProblem(name)?.code).toBe("node-pool-name-syntax");
    expect(nodePoolNameProblem(name)?.message).toContain(JSON.stringify(name));
  });
});

describe("sku and upgrade channels", () => {
  it.each(["Free", "Standard", "Premium"])("accepts the tier %s", (tier) =>
    expect(skuTierProblem(tier)).toBeUndefined(),
  );
  it("refuses Paid (renamed Standard) and other tiers", () => {
    expect(skuTierProblem("Paid")?.code).toBe("aks-sku-tier");
    expect(skuTierProblem("Paid")?.message).toContain('"Paid"');
  });

  it.each(["none", "patch", "stable", "rapid", "node-image"])("accepts the channel %s", (c) =>
    expect(upgradeChannelProblem(c)).toBeUndefined(),
  );
  it("refuses other channels", () => {
    expect(upgradeChannelProblem("nodeimage")?.code).toBe("upgrade-channel-unknown");
    expect(upgradeChannelProblem("nodeimage")?.message).toContain('"nodeimage"');
  });

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

  it.each(["patch", "stable", "rapid", "node-image"] as const)("%s refuses a pinned patch version", (channel) => {
    expect(upgradeChannelVersionProblem(channel, "1.33.2")?.code).toBe("upgrade-channel-pinned-patch");
    // The fix: the minor version to write instead.
    expect(upgradeChannelVersionProblem(channel, "1.33.2")?.message).toContain('"1.33"');
  });

  it("node-image needs the NodeImage OS channel", () => {
    expect(nodeOsChannelProblem("node-image", "NodeImage")).toBeUndefined();
    expect(nodeOsChannelProblem("patch", "SecurityPatch")).toBeUndefined();
    expect(nodeOsChannelProblem("node-image", "SecurityPatch")?.code).toBe("node-os-channel-node-image");
    expect(nodeOsChannelProblem("node-image", "SecurityPatch")?.message).toContain("SecurityPatch");
    expect(nodeOsChannelProblem("none", "Weekly" as never)?.code).toBe("node-os-channel-unknown");
  });
});

describe("Entra ID", () => {
  it("accepts GUIDs", () => expect(entraObjectIdProblem(GROUP)).toBeUndefined());
  it("explains the Palette docs' placeholder", () =>
    expect(entraObjectIdProblem("<id>")?.code).toBe("entra-object-id-placeholder"));
  it("refuses group names", () => expect(entraObjectIdProblem("aks-admins")?.code).toBe("entra-object-id-syntax"));
  it("needs at least one admin group, each once", () => {
    expect(adminGroupIssues([GROUP])).toEqual([]);
    expect(codes(adminGroupIssues([]))).toEqual([["admin-groups-empty", "(root)"]]);
    expect(codes(adminGroupIssues([GROUP, GROUP]))).toEqual([["listed-twice", "[1]"]]);
  });
});

describe("node pools", () => {
  it.each([
    [{ name: "a", count: 3 }, []],
    [{ name: "a", min: 0, max: 1000 }, []],
    [{ name: "a", mode: "System", min: 1, max: 3, count: 2 }, []],
    [{ name: "a" }, [["pool-size-missing", "count"]]],
    [{ name: "a", count: 1001 }, [["pool-size-range", "count"]]],
    [{ name: "a", mode: "System", count: 0 }, [["pool-size-range", "count"]]],
    [{ name: "a", mode: "System", min: 0, max: 3 }, [["pool-size-range", "min"]]],
    [{ name: "a", min: 2 }, [["pool-autoscale-bound-missing", "max"]]],
    [{ name: "a", min: 5, max: 3 }, [["pool-autoscale-min-above-max", "min"]]],
    [{ name: "a", min: 0, max: 0 }, [["pool-size-range", "max"]]],
    [{ name: "a", min: 1, max: 3, count: 4 }, [["pool-count-outside-bounds", "count"]]],
  ] as [AksNodePoolOptions, [string, string][]][])("scale of %j", (pool, expected) => {
    expect(codes(poolScaleIssues(pool))).toEqual(expected);
  });

  it.each([
    [["maxPods"], { maxPods: 9 }, "max-pods-range"],
    [["maxPods"], { maxPods: 251 }, "max-pods-range"],
    [["osDiskSizeGb"], { osDiskSizeGb: 20 }, "os-disk-size"],
    [["vmSize"], { vmSize: "D4s_v5" }, "vm-size-syntax"],
    [["maxSurge"], { maxSurge: "0" }, "max-surge-syntax"],
    [["maxSurge"], { maxSurge: "150%" }, "max-surge-syntax"],
    [
      ["labels", "kubernetes.azure.com/mode"],
      { labels: { "kubernetes.azure.com/mode": "x" } },
      "label-key-reserved-prefix",
    ],
    [["taints", 0], { taints: ["dedicated=gpu"] }, "taint-syntax"],
    [["taints", 0], { taints: ["dedicated=gpu:NoRun"] }, "taint-effect"],
    [["criticalAddonsOnly"], { criticalAddonsOnly: true }, "critical-addons-user-pool"],
    [["zones", 0], { zones: ["4" as never] }, "zone-unknown"],
  ] as [(string | number)[], Partial<AksNodePoolOptions>, string][])("%j: %j", (path, extra, code) => {
    const issues = nodePoolIssues({ name: "apps", count: 1, ...extra });
    expect(issues).toEqual([expect.objectContaining({ code, path })]);
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
    expect(aksNodeLabelProblem("bad key!", "x")?.code).toBe("key-name-syntax");
    expect(aksNodeLabelProblem("team", "-x")?.code).toBe("label-value-syntax");
    expect(aksTaintProblem("a=b:NoExecute")).toBeUndefined();
  });

  it("System pools take no taints of their own", () => {
    expect(codes(nodePoolIssues({ ...system, taints: ["a=b:NoSchedule"] }))).toEqual([
      ["system-pool-taints", "taints"],
    ]);
    expect(nodePoolIssues({ ...system, criticalAddonsOnly: true })).toEqual([]);
  });

  it("needs a System pool, unique names, and leaves the rotation name free", () => {
    expect(codes(nodePoolSetIssues([]))).toEqual([["node-pools-empty", "(root)"]]);
    expect(codes(nodePoolSetIssues([{ name: "apps", count: 1 }]))).toEqual([["system-pool-missing", "(root)"]]);
    expect(codes(nodePoolSetIssues([system, { name: "system", count: 1 }]))).toEqual([
      ["pool-name-duplicate", "[1].name"],
    ]);
    expect(rotationPoolName("system")).toBe("systemtmp");
    expect(rotationPoolName("abcdefghijkl")).toBe("abcdefghitmp");
    // Every pool rotates (azurerm 4.55): names ending in "tmp" are kept for that, and no two pools may share a rotation name.
    expect(codes(nodePoolIssues({ name: "systemtmp", count: 1 }))).toEqual([
      ["node-pool-name-rotation-suffix", "name"],
    ]);
    const shared = nodePoolSetIssues([system, { name: "analytics1", count: 1 }, { name: "analytics2", count: 1 }]);
    expect(codes(shared)).toEqual([["pool-rotation-name-shared", "[2].name"]]);
    expect(shared[0].message).toContain("analyticstmp");
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
  const issuesOf = (extra: object) => addressIssues({ ...base, ...extra });

  it("accepts the defaults next to the default VNet", () => expect(issuesOf({})).toEqual([]));
  it("derives the DNS service address", () => {
    expect(defaultDnsServiceIp("100.64.0.0/16")).toBe("100.64.0.10");
    expect(defaultDnsServiceIp("10.96.0.0/12")).toBe("10.96.0.10");
  });
  // The fragment is what the message must name: the value, the range it clashes with, or the size to use.
  it.each([
    [{ podCidr: "10.244.0.0/16" }, "range-hides-network", "podCidr", "10.0.0.0/8"],
    [{ serviceCidr: "10.0.0.0/16" }, "range-hides-network", "serviceCidr", "10.0.0.0/8"],
    [
      { namedRanges: [{ cidr: "100.64.250.0/27", where: "proxy.noProxy[0]" }] },
      "range-hides-network",
      "serviceCidr",
      "proxy.noProxy[0]",
    ],
    [{ serviceCidr: "192.168.0.0/20" }, "service-cidr-overlaps-pods", "serviceCidr", "192.168.0.0/16"],
    [{ serviceCidr: "172.31.0.0/16" }, "service-cidr-reserved", "serviceCidr", "172.31.0.0/16"],
    [{ serviceCidr: "100.64.0.0/11" }, "service-cidr-too-large", "serviceCidr", "100.64.0.0/11"],
    [{ podCidr: "192.168.0.1/16" }, "cidr-host-bits", "podCidr", "192.168.0.1/16"],
    [{ dnsServiceIp: "100.65.0.10" }, "dns-service-ip-outside", "dnsServiceIp", "100.65.0.10"],
    [{ dnsServiceIp: "100.64.0.1" }, "dns-service-ip-reserved", "dnsServiceIp", "100.64.0.1"],
    [{ maxNodes: 300 }, "pod-cidr-too-small", "podCidr", "/15"],
    [{ podCidr: "192.168.0.0/25", maxNodes: 1 }, "pod-cidr-too-small", "podCidr", "192.168.0.0/25"],
  ])("%j", (extra, code, path, fragment) => {
    const issues = issuesOf(extra);
    expect(issues).toEqual([expect.objectContaining({ code, path: [path] })]);
    expect(issues[0].message).toContain(fragment);
  });

  it("counts nodes and surge nodes against the worker subnet", () => {
    expect(surgeNodes({ name: "a", min: 1, max: 10 })).toBe(1);
    expect(surgeNodes({ name: "a", count: 10, maxSurge: "33%" })).toBe(4);
    expect(surgeNodes({ name: "a", count: 10, maxSurge: "2" })).toBe(2);
    expect(workerSubnetCapacityProblem([{ name: "a", count: 3 }], "10.1.0.0/28")).toBeUndefined();
    // 25 nodes and 3 surge nodes need 28 addresses; a /27 has 27.
    expect(workerSubnetCapacityProblem([{ name: "a", min: 1, max: 25 }], "10.1.0.0/27")?.code).toBe("subnet-capacity");
    expect(workerSubnetCapacityProblem([{ name: "a", min: 1, max: 24 }], "10.1.0.0/27")).toBeUndefined();
  });
});

describe("API server", () => {
  it("takes CIDRs for a public endpoint", () =>
    expect(authorizedIpRangeIssues(["203.0.113.0/24", "198.51.100.7/32"], false)).toEqual([]));
  it("refuses bare addresses, bad CIDRs and repeats", () =>
    expect(
      authorizedIpRangeIssues(["203.0.113.7", "203.0.113.1/24", "198.51.100.7/32", "198.51.100.7/32"], false),
    ).toEqual([
      expect.objectContaining({
        code: "authorized-range-address",
        path: [0],
        message: expect.stringContaining("203.0.113.7/32"),
      }),
      expect.objectContaining({ code: "cidr-host-bits", path: [1] }),
      expect.objectContaining({ code: "listed-twice", path: [3] }),
    ]));
  it("refuses ranges on a private cluster", () =>
    expect(codes(authorizedIpRangeIssues(["203.0.113.0/24"], true))).toEqual([
      ["authorized-ranges-private-cluster", "(root)"],
    ]));
  it("skips Terraform references", () =>
    expect(authorizedIpRangeIssues(["${var.ip}"], false, (v) => String(v).startsWith("${"))).toEqual([]));
});

describe("maintenance windows", () => {
  it("takes a weekly window", () =>
    expect(maintenanceWindowIssues({ day: "Sunday", start: "02:00", hours: 4, utcOffset: "+01:00" })).toEqual([]));
  it("refuses bad days, times, lengths and offsets", () =>
    expect(codes(maintenanceWindowIssues({ day: "Sun" as never, start: "2am", hours: 3, utcOffset: "+1" }))).toEqual([
      ["maintenance-day", "day"],
      ["maintenance-start", "start"],
      ["maintenance-hours", "hours"],
      ["maintenance-utc-offset", "utcOffset"],
    ]));
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
    expect(codes(proxyIssues({ noProxy: ["a b"], trustedCa: "MIIB" }))).toEqual([
      ["proxy-url-missing", "(root)"],
      ["no-proxy-syntax", "noProxy[0]"],
      ["proxy-trusted-ca-syntax", "trustedCa"],
    ]));
});

describe("aksDesignIssues", () => {
  it("passes a sound design", () =>
    expect(
      aksPlanIssues(resolveAksPlan(design()), { addressSpace: ["10.0.0.0/8"], workerSubnetCidr: "10.1.0.0/16" }),
    ).toEqual([]));

  it("reports each rule at its design path", () => {
    const issues = aksPlanIssues(
      resolveAksPlan(
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
      ),
      { addressSpace: ["10.0.0.0/8"], workerSubnetCidr: "10.1.0.0/29" },
    );
    expect(codes(issues)).toEqual([
      ["upgrade-channel-pinned-patch", "kubernetesVersion"],
      ["node-os-channel-node-image", "nodeOsUpgradeChannel"],
      ["entra-object-id-placeholder", "aad.adminGroupObjectIds[0]"],
      ["workload-identity-needs-oidc", "workloadIdentity"],
      ["node-pool-name-syntax", "nodePools[1].name"],
      ["authorized-ranges-private-cluster", "apiServer.authorizedIpRanges"],
      ["range-hides-network", "networkProfile.podCidr"],
      ["subnet-capacity", "network.workerSubnetCidr"],
      ["maintenance-window-unused", "maintenance.nodeOs"],
    ]);
  });

  it("needs an upgrade channel for an auto-upgrade window", () =>
    expect(
      codes(aksPlanIssues(resolveAksPlan(design({ maintenance: { autoUpgrade: { day: "Sunday", start: "02:00" } } })))),
    ).toEqual([["maintenance-window-unused", "maintenance.autoUpgrade"]]));

  it("skips values that are Terraform references", () => {
    const isToken = (v: unknown) => typeof v === "string" && v.includes("${");
    expect(
      aksPlanIssues(
        resolveAksPlan(design({ name: "${var.name}", kubernetesVersion: "${var.v}" })),
        { addressSpace: ["${x}"], workerSubnetCidr: "${y}" },
        isToken,
      ),
    ).toEqual([]);
  });
});
