/**
 * The releases the first control-plane node of an IaaS cluster installs besides Kubernetes, each
 * pinned to one build so that two clusters made from the same spec run the same code:
 * cloud-provider-azure (cloud-controller-manager and cloud-node-manager) of the cluster's
 * Kubernetes minor, and the Azure Disk CSI driver with its sidecars. Pure: no cdktf here.
 *
 * Where they were read: cloud-provider-azure's minor/patch pairs are the ones its own Helm chart
 * installs per Kubernetes minor (helm/cloud-provider-azure/templates/cloud-provider-azure.yaml at
 * commit 260618b8, May 2026; images of 1.32 and later are published under oss/v2, as the chart says).
 * cloud-provider-azure keeps its minor equal to Kubernetes' (README, "Version matrix"). The CSI
 * driver's images are those of deploy/v1.34.5 at tag v1.34.5 of kubernetes-sigs/azuredisk-csi-driver,
 * whose README supports it on Kubernetes 1.21 and later.
 */
import { parseKubernetesVersion, MIN_KUBEADM_MINOR } from "./kubeadm-version";
import { problem, Problem } from "../core/issues";

export interface CloudProviderAzureRelease {
  /** Image tag of cloud-controller-manager and cloud-node-manager, `v<minor>.<patch>`. */
  readonly version: string;
  /** Registry path the images of this release are published under. */
  readonly repository: string;
}

const MCR_V1 = "mcr.microsoft.com/oss/kubernetes";
const MCR_V2 = "mcr.microsoft.com/oss/v2/kubernetes";

/** By Kubernetes minor: the release cloud-provider-azure's chart installs for it. */
export const CLOUD_PROVIDER_AZURE_RELEASES: Readonly<Record<string, CloudProviderAzureRelease>> = {
  "1.31": { version: "v1.31.12", repository: MCR_V1 },
  "1.32": { version: "v1.32.17", repository: MCR_V2 },
  "1.33": { version: "v1.33.12", repository: MCR_V2 },
  "1.34": { version: "v1.34.9", repository: MCR_V2 },
  "1.35": { version: "v1.35.4", repository: MCR_V2 },
  "1.36": { version: "v1.36.0", repository: MCR_V2 },
};

export interface CloudProviderAzureImages {
  readonly controllerManager: string;
  readonly nodeManager: string;
}

/** The images for a Kubernetes version (`1.33` or `1.33.5`); throws for a minor without a release (see cloudProviderVersionProblem). */
export function cloudProviderAzureImages(kubernetesVersion: string): CloudProviderAzureImages {
  const release = releaseOf(kubernetesVersion);
  if (!release) throw new Error(`no cloud-provider-azure release for Kubernetes ${kubernetesVersion}`);
  return {
    controllerManager: `${release.repository}/azure-cloud-controller-manager:${release.version}`,
    nodeManager: `${release.repository}/azure-cloud-node-manager:${release.version}`,
  };
}

/**
 * A Kubernetes minor this library has no pinned cloud-provider-azure for. Versions that do not parse,
 * or are older than kubeadm's v1beta4 allows, are kubeadmVersionProblem's to report.
 */
export function cloudProviderVersionProblem(kubernetesVersion: string): Problem | undefined {
  const parsed = parseKubernetesVersion(kubernetesVersion);
  if (!parsed || Number(parsed.minor.split(".")[1]) < MIN_KUBEADM_MINOR) return undefined;
  if (releaseOf(kubernetesVersion)) return undefined;
  const minors = Object.keys(CLOUD_PROVIDER_AZURE_RELEASES);
  return problem(
    "cloud-provider-version-unknown",
    `no cloud-provider-azure release is pinned for Kubernetes ${parsed.minor} (this library knows ` +
      `${minors[0]} to ${minors[minors.length - 1]}): use one of those, or a newer version of this library`,
  );
}

function releaseOf(kubernetesVersion: string): CloudProviderAzureRelease | undefined {
  const minor = parseKubernetesVersion(kubernetesVersion)?.minor;
  return minor === undefined ? undefined : CLOUD_PROVIDER_AZURE_RELEASES[minor];
}

const CSI_REGISTRY = "mcr.microsoft.com/oss/v2/kubernetes-csi";

/** The Azure Disk CSI driver (disk.csi.azure.com) and the sidecars its v1.34.5 manifests run. */
export const AZURE_DISK_CSI = {
  version: "v1.34.5",
  images: {
    driver: `${CSI_REGISTRY}/azuredisk-csi:v1.34.5`,
    provisioner: `${CSI_REGISTRY}/csi-provisioner:v6.3.0`,
    attacher: `${CSI_REGISTRY}/csi-attacher:v4.12.0`,
    resizer: `${CSI_REGISTRY}/csi-resizer:v2.2.0`,
    livenessProbe: `${CSI_REGISTRY}/livenessprobe:v2.19.0`,
    nodeDriverRegistrar: `${CSI_REGISTRY}/csi-node-driver-registrar:v2.17.0`,
  },
} as const;
