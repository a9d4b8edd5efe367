import {
  memoryGib,
  trustedLaunchSizeProblem,
  controlPlaneVmSizeProblem,
  diskTypeForSizeProblem,
  osDiskSizeProblem,
  parseVmSize,
  vmSizeProblem,
} from "../../src/azure/vm-size";

describe("VM size names", () => {
  it.each([
    ["Standard_D4s_v5", { family: "D", vcpus: 4, premiumStorage: true, architecture: "x64", tinyMemory: false }],
    ["Standard_D2_v5", { family: "D", vcpus: 2, premiumStorage: false }],
    ["Standard_E16-4ds_v5", { family: "E", vcpus: 4, premiumStorage: true }],
    ["Standard_DS2_v2", { family: "DS", vcpus: 2, premiumStorage: true }],
    ["Standard_D4ps_v5", { architecture: "Arm64" }],
    ["Standard_B2ts_v2", { vcpus: 2, tinyMemory: true }],
    ["Standard_NC24ads_A100_v4", { family: "NC", vcpus: 24 }],
    ["Standard_B2s", { vcpus: 2, premiumStorage: true }],
  ])("reads %s", (name, expected) => {
    expect(parseVmSize(name)).toMatchObject(expected);
    expect(vmSizeProblem(name)).toBeUndefined();
  });

  it.each([
    ["standard_d4s_v5", "vm-size-syntax"],
    ["D4s_v5", "vm-size-syntax"],
    ["Standard_D4s v5", "vm-size-syntax"],
    ["Basic_A1", "vm-size-basic"],
  ])("refuses %j", (name, code) => expect(vmSizeProblem(name)?.code).toBe(code));
});

describe("control-plane sizes (kubeadm preflight)", () => {
  it.each(["Standard_D2s_v5", "Standard_B2s", "Standard_E16-4ds_v5"])("accepts %s", (name) =>
    expect(controlPlaneVmSizeProblem(name)).toBeUndefined(),
  );
  it.each([
    ["Standard_B1ms", "control-plane-vcpus"],
    ["Standard_E8-1ds_v5", "control-plane-vcpus"],
    ["Standard_B2ts_v2", "control-plane-memory"],
    ["nonsense", "vm-size-syntax"],
  ])("refuses %s", (name, code) => expect(controlPlaneVmSizeProblem(name)?.code).toBe(code));
});

describe("premium disks need premium-capable sizes", () => {
  it.each([
    ["Standard_D4s_v5", "Premium_LRS"],
    ["Standard_DS2_v2", "Premium_ZRS"],
    ["Standard_D4_v5", "StandardSSD_LRS"],
    ["Standard_D4_v5", "Standard_LRS"],
  ] as const)("%s with %s is fine", (size, disk) => expect(diskTypeForSizeProblem(size, disk)).toBeUndefined());

  it("refuses Premium_LRS on a size without premium storage and names the s-variant", () => {
    expect(diskTypeForSizeProblem("Standard_D4_v5", "Premium_LRS")?.code).toBe("disk-type-needs-premium-size");
    expect(diskTypeForSizeProblem("Standard_D4_v5", "Premium_LRS")?.message).toContain("Standard_D4s_v5");
  });
});

describe("OS disk size", () => {
  it.each([30, 128, 4095])("accepts %d GiB", (gb) => expect(osDiskSizeProblem(gb)).toBeUndefined());
  it.each([29, 4096, 64.5])("refuses %d GiB", (gb) => expect(osDiskSizeProblem(gb)?.code).toBe("os-disk-size"));
});

describe("Trusted Launch support by size", () => {
  it.each(["Standard_D4s_v5", "Standard_D2s_v3", "Standard_B2s", "Standard_E4ds_v5", "Standard_F4s_v2"])(
    "%s supports it",
    (name) => expect(trustedLaunchSizeProblem(name)).toBeUndefined(),
  );
  it.each(["Standard_D4ps_v5", "Standard_D2pds_v5", "Standard_A2_v2", "Standard_D2_v3", "Standard_D2_v2"])(
    "%s does not",
    (name) => {
      expect(trustedLaunchSizeProblem(name)?.code).toBe("trusted-launch-size");
      expect(trustedLaunchSizeProblem(name)?.message).toContain(name);
    },
  );
  it("reads the version suffix", () => {
    expect(parseVmSize("Standard_NC24ads_A100_v4")?.version).toBe(4);
    expect(parseVmSize("Standard_B2s")?.version).toBe(1);
  });
});

describe("memory from the size name (the review's capacity figures)", () => {
  it("follows the family's GiB per vCPU, counting a constrained size's full memory", () => {
    expect(memoryGib("Standard_D4ds_v5")).toBe(16);
    expect(memoryGib("Standard_D2ls_v5")).toBe(4); // l: low memory, 2 GiB per vCPU
    expect(memoryGib("Standard_E16-4ds_v5")).toBe(128); // 4 vCPUs of an E16: its 128 GiB
    expect(memoryGib("Standard_F8s_v2")).toBe(16);
    expect(memoryGib("Standard_L8s_v3")).toBe(64);
  });

  it("says nothing where the name does not tell", () => {
    expect(memoryGib("Standard_E96ds_v5")).toBeUndefined(); // 672 GiB, not 8 per vCPU
    expect(memoryGib("Standard_F8as_v6")).toBeUndefined(); // v6 F sizes have 4 GiB per vCPU
    expect(memoryGib("Standard_B2ts_v2")).toBeUndefined();
    expect(memoryGib("Standard_NC24ads_A100_v4")).toBeUndefined();
  });
});
