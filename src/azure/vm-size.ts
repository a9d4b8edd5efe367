/**
 * Azure VM size names and what their naming convention tells without asking Azure
 * (https://learn.microsoft.com/azure/virtual-machines/vm-naming-conventions):
 * `Standard_<family><vCPUs>[-<constrained vCPUs>]<features>[_<accelerator>][_<version>]`.
 * Whether a size is offered in a region or zone is only known at apply. Pure: no cdktf here.
 */
import { problem, Problem } from "../core/issues";

export type CpuArchitecture = "x64" | "Arm64";

export interface VmSize {
  readonly name: string;
  readonly family: string;
  /** vCPUs available to the OS (the constrained count for `E16-4ds_v5`). */
  readonly vcpus: number;
  /** Lower-case feature letters, e.g. `ds` (local temp disk, premium storage). */
  readonly features: string;
  /** Premium SSD capable (`s` feature, or the older `DS`/`GS` families). */
  readonly premiumStorage: boolean;
  /** `p` feature: Ampere Arm64 sizes, which need an Arm64 image. */
  readonly architecture: CpuArchitecture;
  /** `t` feature: tiny memory (e.g. B2ts_v2 has 1 GiB). */
  readonly tinyMemory: boolean;
  /** The `_v<n>` suffix; 1 when there is none. */
  readonly version: number;
}

const VM_SIZE = /^Standard_([A-Z]+)(\d+)(?:-(\d+))?([a-z]*)((?:_[A-Za-z0-9]+)*)$/;

/** Parses a size name; undefined when it does not follow Azure's naming convention. */
export function parseVmSize(name: string): VmSize | undefined {
  const m = VM_SIZE.exec(name);
  if (!m) return undefined;
  const [, family, count, constrained, features, suffixes] = m;
  const version = /_v(\d+)$/i.exec(suffixes);
  return {
    name,
    family,
    vcpus: Number(constrained ?? count),
    features,
    premiumStorage: features.includes("s") || /^(DS|GS)$/.test(family),
    architecture: features.includes("p") ? "Arm64" : "x64",
    tinyMemory: features.includes("t"),
    version: version ? Number(version[1]) : 1,
  };
}

/** Why `name` is not a VM size, or undefined. */
export function vmSizeProblem(name: string): Problem | undefined {
  if (parseVmSize(name)) return undefined;
  if (/^basic_/i.test(name))
    return problem(
      "vm-size-basic",
      `${JSON.stringify(name)}: Basic-tier sizes cannot join a Standard load balancer; use a Standard_ size`,
    );
  return problem(
    "vm-size-syntax",
    `${JSON.stringify(name)} is not an Azure VM size such as Standard_D4s_v5 ` +
      `(Standard_<family><vCPUs><features>_<version>, case as Azure writes it)`,
  );
}

/** kubeadm's preflight checks refuse control-plane machines with fewer than 2 CPUs or 1700 MB of memory. */
export const MIN_CONTROL_PLANE_VCPUS = 2;

/** Why `name` cannot run a kubeadm control plane, or undefined. */
export function controlPlaneVmSizeProblem(name: string): Problem | undefined {
  const size = parseVmSize(name);
  if (!size) return vmSizeProblem(name);
  if (size.vcpus < MIN_CONTROL_PLANE_VCPUS) {
    return problem(
      "control-plane-vcpus",
      `${name} has ${size.vcpus} vCPU; kubeadm needs at ` +
        `least ${MIN_CONTROL_PLANE_VCPUS} on a control-plane node (e.g. Standard_D2s_v5)`,
    );
  }
  if (size.tinyMemory)
    return problem(
      "control-plane-memory",
      `${name} has too little memory for a control-plane node (kubeadm needs 1700 MB); ` +
        `pick a size without "t", e.g. Standard_D2s_v5`,
    );
  return undefined;
}

/**
 * Sizes Azure cannot start with Trusted Launch (https://learn.microsoft.com/azure/virtual-machines/trusted-launch):
 * the Arm64 sizes, Av2, and Dv2/Dv3 without premium storage. Azure only refuses them at apply.
 */
export function trustedLaunchSizeProblem(name: string): Problem | undefined {
  const size = parseVmSize(name);
  if (!size) return undefined;
  const unsupported =
    size.architecture === "Arm64" ||
    (size.family === "A" && size.version === 2) ||
    (size.family === "D" && (size.version === 2 || size.version === 3) && !size.premiumStorage);
  return unsupported
    ? problem(
        "trusted-launch-size",
        `${name} cannot boot with Trusted Launch (Azure supports it on neither Arm64, Av2 ` +
          `nor Dv2/Dv3 sizes); set image.trustedLaunch: false or pick another size`,
      )
    : undefined;
}

/** Managed-disk types that can be an OS disk (PremiumV2 and Ultra cannot). */
export const OS_DISK_TYPES = [
  "Standard_LRS",
  "StandardSSD_LRS",
  "StandardSSD_ZRS",
  "Premium_LRS",
  "Premium_ZRS",
] as const;
export type OsDiskType = (typeof OS_DISK_TYPES)[number];

/** Premium disks need a premium-storage capable size; Azure only refuses it at apply. */
export function diskTypeForSizeProblem(vmSize: string, diskType: OsDiskType): Problem | undefined {
  const size = parseVmSize(vmSize);
  if (!size || !diskType.startsWith("Premium") || size.premiumStorage) return undefined;
  return problem(
    "disk-type-needs-premium-size",
    `${diskType} needs a size with premium storage ("s" in the name, ` +
      `e.g. ${suggestPremium(size)}); ${vmSize} has none, so use StandardSSD_LRS or ` +
      `another size`,
  );
}

function suggestPremium(size: VmSize): string {
  const m = /^(Standard_[A-Z]+\d+(?:-\d+)?[a-z]*)(.*)$/.exec(size.name);
  return m ? `${m[1]}s${m[2]}` : "Standard_D2s_v5";
}

/** OS disk sizes Azure accepts: at least the image's 30 GiB, at most 4 TiB. */
export const MIN_OS_DISK_GB = 30;
export const MAX_OS_DISK_GB = 4095;

export function osDiskSizeProblem(sizeGb: number): Problem | undefined {
  if (!Number.isInteger(sizeGb) || sizeGb < MIN_OS_DISK_GB || sizeGb > MAX_OS_DISK_GB) {
    return problem(
      "os-disk-size",
      `OS disk size ${sizeGb} GiB: a whole number from ${MIN_OS_DISK_GB} (the Ubuntu ` +
        `image's size) to ${MAX_OS_DISK_GB}`,
    );
  }
  return undefined;
}

/**
 * Memory of a size where its name tells (https://learn.microsoft.com/azure/virtual-machines/sizes):
 * general purpose D 4 GiB per vCPU (2 with the `l` low-memory feature), memory optimised E up to 64
 * vCPUs and storage optimised L 8, compute optimised F v2 2. A constrained size (`E16-4ds_v5`) has
 * the memory of the full size. Undefined elsewhere (other families and versions, tiny memory).
 */
export function memoryGib(name: string): number | undefined {
  const size = parseVmSize(name);
  if (!size || size.tinyMemory) return undefined;
  const fullVcpus = Number(/^Standard_[A-Z]+(\d+)/.exec(name)![1]);
  const perVcpu =
    size.family === "D"
      ? size.features.includes("l")
        ? 2
        : 4
      : size.family === "E" && fullVcpus <= 64
        ? 8
        : size.family === "L"
          ? 8
          : size.family === "F" && size.version === 2
            ? 2
            : undefined;
  return perVcpu === undefined ? undefined : perVcpu * fullVcpus;
}
