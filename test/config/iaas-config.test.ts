/** The `type: iaas` keys of an environment file: defaults, and every rule with its located message. */
import { ConfigIssue, configIssuesOf, environmentFromYaml, specErrorOf } from "../helpers";
import { iaasEnvironment } from "../iaas/fixtures";

const cluster = (yaml: string) => {
  const c = environmentFromYaml(yaml).clusters[0];
  if (c.type !== "iaas") throw new Error("not iaas");
  return c;
};

describe("IaaS cluster spec", () => {
  it("applies the defaults: 3 control-plane nodes, one worker pool, Ubuntu, HTTPS probe, Calico", () => {
    const c = cluster(iaasEnvironment());
    expect(c.adminUsername).toBe("azureuser");
    expect(c.controlPlane).toEqual({
      count: 3,
      vmSize: "Standard_D2s_v5",
      osDisk: { sizeGb: 128, type: "Premium_LRS" },
      allowWorkloads: false,
    });
    expect(c.workerPools).toEqual([
      {
        name: "workers",
        count: 3,
        vmSize: "Standard_D4s_v5",
        osDisk: { sizeGb: 128, type: "Premium_LRS" },
        labels: {},
        taints: [],
      },
    ]);
    expect(c.image).toEqual({});
    expect(c.apiServer).toEqual({ healthProbe: "https" });
    expect(c.clusterNetwork).toEqual({
      podCidr: "192.168.0.0/16",
      serviceCidr: "100.64.0.0/16",
      dnsDomain: "cluster.local",
      cni: "calico",
    });
  });

  it("applies pool defaults under what the file sets", () => {
    const c = cluster(
      iaasEnvironment(`    workerPools:
      - name: gpu
        count: 0
        osDisk: { type: StandardSSD_LRS }
        labels: { example.com/gpu: "true", tier: 1 }
        taints: [{ key: nvidia.com/gpu, effect: NoSchedule }]
`),
    );
    expect(c.workerPools[0]).toEqual({
      name: "gpu",
      count: 0,
      vmSize: "Standard_D4s_v5",
      osDisk: { sizeGb: 128, type: "StandardSSD_LRS" },
      labels: { "example.com/gpu": "true", tier: "1" },
      taints: [{ key: "nvidia.com/gpu", value: "", effect: "NoSchedule" }],
    });
  });

  it("requires an SSH public key", () => {
    const yaml = iaasEnvironment().replace(/ {4}sshPublicKey: .*\n/, "");
    expect(configIssuesOf(yaml)).toEqual([{ code: "required", path: "clusters[0].sshPublicKey", at: "4:5" }]);
  });

  /** A refusal: the one issue (code, key path, line:col) and, where it matters, what the message must name. */
  type Refusal = [what: string, yaml: string, issue: ConfigIssue, names: string];
  const c0 = (path: string) => `clusters[0].${path}`;

  it.each<Refusal>([
    [
      "a private key pasted",
      iaasEnvironment("", "-----BEGIN OPENSSH PRIVATE KEY-----"),
      { code: "ssh-key-private", path: c0("sshPublicKey"), at: "7:5" },
      "",
    ],
    [
      "an ECDSA key",
      iaasEnvironment("", "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY="),
      { code: "ssh-key-type-unsupported", path: c0("sshPublicKey"), at: "7:5" },
      "ecdsa-sha2-nistp256",
    ],
    [
      "a reserved admin name",
      iaasEnvironment("    adminUsername: admin\n"),
      { code: "admin-username-reserved", path: c0("adminUsername"), at: "9:5" },
      "",
    ],
    [
      "an even control-plane count",
      iaasEnvironment("    controlPlane: { count: 2 }\n"),
      { code: "control-plane-count-even", path: c0("controlPlane.count"), at: "9:21" },
      "",
    ],
    [
      "a misspelt VM size",
      iaasEnvironment("    controlPlane: { vmSize: standard_d4s_v5 }\n"),
      { code: "vm-size-syntax", path: c0("controlPlane.vmSize"), at: "9:21" },
      "",
    ],
    [
      "a 20 GiB OS disk",
      iaasEnvironment("    controlPlane: { osDisk: { sizeGb: 20 } }\n"),
      { code: "os-disk-size", path: c0("controlPlane.osDisk.sizeGb"), at: "9:31" },
      "",
    ],
    [
      "an Ultra OS disk",
      iaasEnvironment("    controlPlane: { osDisk: { type: UltraSSD_LRS } }\n"),
      { code: "not-one-of", path: c0("controlPlane.osDisk.type"), at: "9:31" },
      "",
    ],
    [
      "an unknown control-plane key",
      iaasEnvironment("    controlPlane: { replicas: 3 }\n"),
      { code: "unknown-key", path: c0("controlPlane.replicas"), at: "9:21" },
      "",
    ],
    [
      "a pool name with a hyphen",
      iaasEnvironment("    workerPools: [{ name: gen-1 }]\n"),
      { code: "pool-name-syntax", path: c0("workerPools[0].name"), at: "9:21" },
      "",
    ],
    [
      "two pools with one name",
      iaasEnvironment("    workerPools: [{ name: a }, { name: a }]\n"),
      { code: "pool-name-duplicate", path: c0("workerPools[1].name"), at: "9:34" },
      "",
    ],
    [
      "101 workers in a pool",
      iaasEnvironment("    workerPools: [{ name: a, count: 101 }]\n"),
      { code: "pool-size-range", path: c0("workerPools[0].count"), at: "9:30" },
      "",
    ],
    [
      "a node-role label",
      iaasEnvironment(
        '    workerPools:\n      - name: a\n        labels:\n          node-role.kubernetes.io/worker: ""\n',
      ),
      {
        code: "node-label-restricted",
        path: c0('workerPools[0].labels."node-role.kubernetes.io/worker"'),
        at: "12:11",
      },
      "",
    ],
    [
      "a taint with a bad effect",
      iaasEnvironment("    workerPools: [{ name: a, taints: [{ key: k, effect: Never }] }]\n"),
      { code: "not-one-of", path: c0("workerPools[0].taints[0].effect"), at: "9:49" },
      "",
    ],
    [
      "a taint listed twice",
      iaasEnvironment(
        "    workerPools: [{ name: a, taints: [{ key: k, effect: NoSchedule }, { key: k, effect: NoSchedule }] }]\n",
      ),
      { code: "taint-duplicate", path: c0("workerPools[0].taints"), at: "9:30" },
      "",
    ],
    [
      "a pool zone outside 1-3",
      iaasEnvironment("    workerPools: [{ name: a, zones: [4] }]\n"),
      { code: "type", path: c0("workerPools[0].zones[0]"), at: "9:38" },
      "",
    ],
    [
      "marketplace and vhdUri together",
      iaasEnvironment(
        "    image:\n      marketplace: { publisher: a, offer: b, sku: c }\n      vhdUri: https://x.example.com/a.vhd\n",
      ),
      { code: "image-source-twice", path: c0("image.vhdUri"), at: "11:7" },
      "",
    ],
    [
      "a SAS-signed VHD URI",
      iaasEnvironment('    image: { vhdUri: "https://a.blob.core.windows.net/c/a.vhd?sv=1&sig=x" }\n'),
      { code: "vhd-uri-sas", path: c0("image.vhdUri"), at: "9:14" },
      "",
    ],
    [
      "hyperVGeneration without a VHD",
      iaasEnvironment("    image: { hyperVGeneration: V1 }\n"),
      { code: "hyper-v-generation-without-vhd", path: c0("image.hyperVGeneration"), at: "9:14" },
      "",
    ],
    [
      "Trusted Launch with a VHD",
      iaasEnvironment("    image: { vhdUri: https://x.example.com/a.vhd, trustedLaunch: true }\n"),
      { code: "trusted-launch-vhd", path: c0("image.trustedLaunch"), at: "9:51" },
      "",
    ],
    [
      "a DNS label with capitals",
      iaasEnvironment("    apiServer: { dnsLabel: Edge-API }\n"),
      { code: "dns-label-syntax", path: c0("apiServer.dnsLabel"), at: "9:18" },
      "",
    ],
    [
      "an unknown probe",
      iaasEnvironment("    apiServer: { healthProbe: http }\n"),
      { code: "not-one-of", path: c0("apiServer.healthProbe"), at: "9:18" },
      "",
    ],
    [
      "a pod CIDR with host bits",
      iaasEnvironment("    clusterNetwork: { podCidr: 192.168.1.0/16 }\n"),
      { code: "cidr-host-bits", path: c0("clusterNetwork.podCidr"), at: "9:23" },
      "",
    ],
    [
      "an unknown CNI",
      iaasEnvironment("    clusterNetwork: { cni: flannel }\n"),
      { code: "not-one-of", path: c0("clusterNetwork.cni"), at: "9:23" },
      "",
    ],
  ])("refuses %s", (_what, yaml, issue, names) => {
    // Among others: 101 workers also need a second egress address.
    expect(configIssuesOf(yaml)).toContainEqual(issue);
    if (names) expect(specErrorOf(yaml)).toContain(names);
  });

  describe("cross-field rules", () => {
    it.each<Refusal>([
      [
        "Kubernetes older than 1.31",
        iaasEnvironment().replace('"1.33.5"', '"1.30.4"'),
        { code: "kubernetes-version-too-old", path: c0("kubernetesVersion"), at: "6:5" },
        "",
      ],
      [
        "a 1-vCPU control plane",
        iaasEnvironment("    controlPlane: { vmSize: Standard_B1ms, osDisk: { type: StandardSSD_LRS } }\n"),
        { code: "control-plane-vcpus", path: c0("controlPlane.vmSize"), at: "9:21" },
        "",
      ],
      [
        "a Premium disk on a size without premium storage",
        iaasEnvironment("    workerPools: [{ name: a, vmSize: Standard_D4_v5 }]\n"),
        { code: "disk-type-needs-premium-size", path: c0("workerPools[0].osDisk.type"), at: "9:19" },
        "",
      ],
      [
        "an Arm64 size on a named x64 image",
        iaasEnvironment(
          "    image: { marketplace: { publisher: Canonical, offer: ubuntu-24_04-lts, sku: server } }\n    workerPools: [{ name: arm, vmSize: Standard_D4ps_v5 }]\n",
        ),
        { code: "image-architecture", path: c0("workerPools[0].vmSize"), at: "10:32" },
        "",
      ],
      [
        "a pool zone the cluster does not use",
        iaasEnvironment("    workerPools: [{ name: a, zones: [3] }]\n").replace("zones: [1, 2, 3]", "zones: [1, 2]"),
        { code: "pool-zone-outside-cluster", path: c0("workerPools[0].zones"), at: "9:30" },
        "",
      ],
      [
        "no worker pool and a tainted control plane",
        iaasEnvironment("    workerPools: []\n"),
        { code: "worker-pools-none", path: c0("workerPools"), at: "9:5" },
        "",
      ],
      [
        "pods inside the VNet",
        iaasEnvironment("    clusterNetwork: { podCidr: 10.244.0.0/16 }\n"),
        { code: "range-hides-network", path: c0("clusterNetwork.podCidr"), at: "9:23" },
        "10.0.0.0/8 (the VNet's address space)",
      ],
      [
        "services on the worker subnet",
        iaasEnvironment("    clusterNetwork: { serviceCidr: 10.1.128.0/20 }\n"),
        { code: "range-hides-network", path: c0("clusterNetwork.serviceCidr"), at: "9:23" },
        "10.0.0.0/8 (the VNet's address space)",
      ],
      [
        "Trusted Launch asked for on an Arm64 pool",
        iaasEnvironment(
          "    image: { trustedLaunch: true }\n    workerPools: [{ name: arm, vmSize: Standard_D4ps_v5 }]\n",
        ),
        { code: "trusted-launch-size", path: c0("workerPools[0].vmSize"), at: "10:32" },
        "",
      ],
      [
        "more workers than the worker subnet holds",
        iaasEnvironment(
          "    network: { workerSubnet: { cidr: 10.1.0.0/28 } }\n    workerPools: [{ name: a, count: 8 }, { name: b, count: 4 }]\n",
        ),
        { code: "subnet-capacity", path: c0("workerPools"), at: "10:5" },
        "a /27",
      ],
      [
        "5 control-plane nodes in a /29",
        iaasEnvironment("    network: { controlPlaneSubnet: { cidr: 10.0.0.0/29 } }\n    controlPlane: { count: 5 }\n"),
        { code: "subnet-capacity", path: c0("controlPlane.count"), at: "10:21" },
        "a /28",
      ],
      [
        "services inside the pod CIDR",
        iaasEnvironment("    clusterNetwork: { serviceCidr: 192.168.128.0/20 }\n"),
        { code: "service-cidr-overlaps-pods", path: c0("clusterNetwork.serviceCidr"), at: "9:23" },
        "",
      ],
    ])("refuses %s", (_what, yaml, issue, names) => {
      expect(configIssuesOf(yaml)).toEqual([issue]);
      if (names) expect(specErrorOf(yaml)).toContain(names);
    });

    it.each([
      [
        "an Arm64 pool on the default image (it follows the size)",
        "    workerPools: [{ name: arm, vmSize: Standard_D4ps_v5 }]\n",
      ],
      [
        "an Arm64 pool on an image declared Arm64",
        "    image: { vhdUri: https://x.example.com/a.vhd, architecture: Arm64 }\n    controlPlane: { vmSize: Standard_D4ps_v5 }\n    workerPools: [{ name: arm, vmSize: Standard_D4ps_v5 }]\n",
      ],
      [
        "no worker pool when the control plane takes workloads",
        "    controlPlane: { allowWorkloads: true }\n    workerPools: []\n",
      ],
      ["a pool in a subset of the cluster's zones", "    workerPools: [{ name: a, zones: [2] }]\n"],
      [
        "a worker subnet that holds every worker exactly",
        "    network: { workerSubnet: { cidr: 10.1.0.0/28 } }\n    workerPools: [{ name: a, count: 11 }]\n",
      ],
      [
        "a Premium disk on a premium size",
        "    workerPools: [{ name: a, vmSize: Standard_E4s_v5, osDisk: { type: Premium_ZRS } }]\n",
      ],
    ])("accepts %s", (_what, lines) => {
      expect(specErrorOf(iaasEnvironment(lines))).toBeUndefined();
    });
  });
});
