/** The `type: iaas` keys of an environment file: defaults, and every rule with its located message. */
import { environmentFromYaml, specErrorOf } from "../helpers";
import { iaasEnvironment } from "../iaas/fixtures";

const FILE = "stacks/environments/test.yaml";
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
    const yaml = iaasEnvironment().replace(/    sshPublicKey: .*\n/, "");
    expect(specErrorOf(yaml)).toBe(`${FILE}:4:5 clusters[0].sshPublicKey: is required`);
  });

  it.each([
    [
      "a private key pasted",
      iaasEnvironment("", "-----BEGIN OPENSSH PRIVATE KEY-----"),
      "7:5 clusters[0].sshPublicKey: this is a private key",
    ],
    [
      "an ECDSA key",
      iaasEnvironment("", "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY="),
      "7:5 clusters[0].sshPublicKey: ecdsa-sha2-nistp256 keys are not accepted by Azure",
    ],
    [
      "a reserved admin name",
      iaasEnvironment("    adminUsername: admin\n"),
      '9:5 clusters[0].adminUsername: "admin" is reserved by Azure',
    ],
    [
      "an even control-plane count",
      iaasEnvironment("    controlPlane: { count: 2 }\n"),
      "9:21 clusters[0].controlPlane.count: control-plane count is 1, 3 or 5 (2 is even",
    ],
    [
      "a misspelt VM size",
      iaasEnvironment("    controlPlane: { vmSize: standard_d4s_v5 }\n"),
      'clusters[0].controlPlane.vmSize: "standard_d4s_v5" is not an Azure VM size',
    ],
    [
      "a 20 GiB OS disk",
      iaasEnvironment("    controlPlane: { osDisk: { sizeGb: 20 } }\n"),
      "clusters[0].controlPlane.osDisk.sizeGb: at least 30 GiB",
    ],
    [
      "an Ultra OS disk",
      iaasEnvironment("    controlPlane: { osDisk: { type: UltraSSD_LRS } }\n"),
      "clusters[0].controlPlane.osDisk.type:",
    ],
    [
      "an unknown control-plane key",
      iaasEnvironment("    controlPlane: { replicas: 3 }\n"),
      'clusters[0].controlPlane.replicas: unknown key "replicas"',
    ],
    [
      "a pool name with a hyphen",
      iaasEnvironment("    workerPools: [{ name: gen-1 }]\n"),
      "clusters[0].workerPools[0].name: 1-12 lowercase letters and digits",
    ],
    [
      "two pools with one name",
      iaasEnvironment("    workerPools: [{ name: a }, { name: a }]\n"),
      'clusters[0].workerPools[1].name: "a" is already the name of workerPools[0]',
    ],
    [
      "101 workers in a pool",
      iaasEnvironment("    workerPools: [{ name: a, count: 101 }]\n"),
      "clusters[0].workerPools[0].count: at most 100",
    ],
    [
      "a node-role label",
      iaasEnvironment(
        '    workerPools:\n      - name: a\n        labels:\n          node-role.kubernetes.io/worker: ""\n',
      ),
      '12:11 clusters[0].workerPools[0].labels: "node-role.kubernetes.io/worker": a node may not set kubernetes.io or k8s.io labels',
    ],
    [
      "a taint with a bad effect",
      iaasEnvironment("    workerPools: [{ name: a, taints: [{ key: k, effect: Never }] }]\n"),
      "clusters[0].workerPools[0].taints[0].effect: NoSchedule, PreferNoSchedule or NoExecute",
    ],
    [
      "a taint listed twice",
      iaasEnvironment(
        "    workerPools: [{ name: a, taints: [{ key: k, effect: NoSchedule }, { key: k, effect: NoSchedule }] }]\n",
      ),
      "clusters[0].workerPools[0].taints: taint k with effect NoSchedule is listed twice",
    ],
    [
      "a pool zone outside 1-3",
      iaasEnvironment("    workerPools: [{ name: a, zones: [4] }]\n"),
      "clusters[0].workerPools[0].zones[0]: zones are 1, 2 or 3",
    ],
    [
      "marketplace and vhdUri together",
      iaasEnvironment(
        "    image:\n      marketplace: { publisher: a, offer: b, sku: c }\n      vhdUri: https://x.example.com/a.vhd\n",
      ),
      "11:7 clusters[0].image: set marketplace or vhdUri, not both",
    ],
    [
      "a SAS-signed VHD URI",
      iaasEnvironment('    image: { vhdUri: "https://a.blob.core.windows.net/c/a.vhd?sv=1&sig=x" }\n'),
      "clusters[0].image.vhdUri: the URI carries a SAS signature",
    ],
    [
      "hyperVGeneration without a VHD",
      iaasEnvironment("    image: { hyperVGeneration: V1 }\n"),
      "9:14 clusters[0].image: hyperVGeneration describes a VHD",
    ],
    [
      "Trusted Launch with a VHD",
      iaasEnvironment("    image: { vhdUri: https://x.example.com/a.vhd, trustedLaunch: true }\n"),
      "9:51 clusters[0].image: a managed image made from a VHD cannot boot with Trusted Launch",
    ],
    [
      "a DNS label with capitals",
      iaasEnvironment("    apiServer: { dnsLabel: Edge-API }\n"),
      "clusters[0].apiServer.dnsLabel: 3-63 lowercase letters",
    ],
    [
      "an unknown probe",
      iaasEnvironment("    apiServer: { healthProbe: http }\n"),
      "clusters[0].apiServer.healthProbe:",
    ],
    [
      "a pod CIDR with host bits",
      iaasEnvironment("    clusterNetwork: { podCidr: 192.168.1.0/16 }\n"),
      "clusters[0].clusterNetwork.podCidr: 192.168.1.0/16 has host bits set",
    ],
    ["an unknown CNI", iaasEnvironment("    clusterNetwork: { cni: flannel }\n"), "clusters[0].clusterNetwork.cni:"],
  ])("refuses %s", (_what, yaml, expected) => {
    expect(specErrorOf(yaml)).toContain(expected);
  });

  describe("cross-field rules", () => {
    it.each([
      [
        "Kubernetes older than 1.31",
        iaasEnvironment().replace('"1.33.5"', '"1.30.4"'),
        "6:5 clusters[0].kubernetesVersion: IaaS clusters need Kubernetes 1.31 or newer",
      ],
      [
        "a 1-vCPU control plane",
        iaasEnvironment("    controlPlane: { vmSize: Standard_B1ms, osDisk: { type: StandardSSD_LRS } }\n"),
        "clusters[0].controlPlane.vmSize: Standard_B1ms has 1 vCPU; kubeadm needs at least 2",
      ],
      [
        "a Premium disk on a size without premium storage",
        iaasEnvironment("    workerPools: [{ name: a, vmSize: Standard_D4_v5 }]\n"),
        "clusters[0].workerPools[0].osDisk.type: Premium_LRS needs a size with premium storage",
      ],
      [
        "an Arm64 size on a named x64 image",
        iaasEnvironment(
          "    image: { marketplace: { publisher: Canonical, offer: ubuntu-24_04-lts, sku: server } }\n    workerPools: [{ name: arm, vmSize: Standard_D4ps_v5 }]\n",
        ),
        "clusters[0].workerPools[0].vmSize: Standard_D4ps_v5 is an Arm64 size but the image is x64",
      ],
      [
        "a pool zone the cluster does not use",
        iaasEnvironment("    workerPools: [{ name: a, zones: [3] }]\n").replace("zones: [1, 2, 3]", "zones: [1, 2]"),
        "clusters[0].workerPools[0].zones: zone 3 is not one of the cluster's zones (1, 2)",
      ],
      [
        "no worker pool and a tainted control plane",
        iaasEnvironment("    workerPools: []\n"),
        "9:5 clusters[0].workerPools: no worker pool: pods would have nowhere to run",
      ],
      [
        "pods inside the VNet",
        iaasEnvironment("    clusterNetwork: { podCidr: 10.244.0.0/16 }\n"),
        "clusters[0].clusterNetwork.podCidr: 10.244.0.0/16 overlaps 10.0.0.0/8 (the VNet's address space)",
      ],
      [
        "services on the worker subnet",
        iaasEnvironment("    clusterNetwork: { serviceCidr: 10.1.128.0/20 }\n"),
        "clusters[0].clusterNetwork.serviceCidr: 10.1.128.0/20 overlaps 10.0.0.0/8 (the VNet's address space)",
      ],
      [
        "Trusted Launch asked for on an Arm64 pool",
        iaasEnvironment(
          "    image: { trustedLaunch: true }\n    workerPools: [{ name: arm, vmSize: Standard_D4ps_v5 }]\n",
        ),
        "clusters[0].workerPools[0].vmSize: Standard_D4ps_v5 cannot boot with Trusted Launch",
      ],
      [
        "more workers than the worker subnet holds",
        iaasEnvironment(
          "    network: { workerSubnet: { cidr: 10.1.0.0/28 } }\n    workerPools: [{ name: a, count: 8 }, { name: b, count: 4 }]\n",
        ),
        "clusters[0].workerPools: 10.1.0.0/28 has 11 usable addresses (Azure keeps 5 of 16) but 12 are needed for 12 worker node(s); use a /27 or larger",
      ],
      [
        "5 control-plane nodes in a /29",
        iaasEnvironment("    network: { controlPlaneSubnet: { cidr: 10.0.0.0/29 } }\n    controlPlane: { count: 5 }\n"),
        "clusters[0].controlPlane.count: 10.0.0.0/29 has 3 usable addresses (Azure keeps 5 of 8) but 6 are needed for 5 control-plane node(s) and the internal API address",
      ],
      [
        "services inside the pod CIDR",
        iaasEnvironment("    clusterNetwork: { serviceCidr: 192.168.128.0/20 }\n"),
        "clusters[0].clusterNetwork.serviceCidr: 192.168.128.0/20 overlaps the pod CIDR 192.168.0.0/16",
      ],
    ])("refuses %s", (_what, yaml, expected) => {
      expect(specErrorOf(yaml)).toContain(`${FILE}:`);
      expect(specErrorOf(yaml)).toContain(expected);
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
