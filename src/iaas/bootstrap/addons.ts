/**
 * What the first control-plane node installs into a new cluster after `kubeadm init`, in this
 * order: cloud-provider-azure (nodes are initialized and `uninitialized` lifted), the CNI (Calico's
 * manifest, downloaded and applied only if its sha256 is the pinned one), and the Azure Disk CSI
 * driver with the default storage class. The manifests are rendered here and written by cloud-init;
 * only Calico's is fetched (half a megabyte: more than Azure's custom data holds). Pure: no cdktf here.
 */
import { Cni } from "../../azure/iaas-defaults";
import { azureDiskCsiManifests } from "./azure-disk-csi-manifests";
import { addonProxySecret, cloudProviderManifests } from "./cloud-provider-manifests";
import { BOOTSTRAP_DIR } from "./kubeadm-config";
import { FileToWrite } from "./join-renewal";
import { renderManifests } from "./kubernetes-manifests";
import { SHELL_RETRY } from "./shell-functions";

export const ADDONS_SCRIPT_PATH = "/usr/local/sbin/kubernetes-addons";
export const ADDONS_DIR = `${BOOTSTRAP_DIR}/addons`;
export const CLOUD_PROVIDER_MANIFEST_PATH = `${ADDONS_DIR}/cloud-provider-azure.yaml`;
export const DISK_CSI_MANIFEST_PATH = `${ADDONS_DIR}/azuredisk-csi.yaml`;
export const ADDON_PROXY_MANIFEST_PATH = `${ADDONS_DIR}/azure-api-proxy.yaml`;
/** Where the downloaded CNI manifest is kept once its checksum matched. */
export const CNI_MANIFEST_PATH = `${ADDONS_DIR}/cni.yaml`;

export interface AddonInput {
  readonly kubernetesVersion: string;
  /** kubeadm's cluster name. */
  readonly clusterName: string;
  /** @default "calico" */
  readonly cni?: Cni;
  /** The nodes' proxy: the add-ons that call Azure's APIs use it too. @default - none */
  readonly proxy?: {
    readonly httpProxy?: string;
    readonly httpsProxy?: string;
    readonly noProxy: readonly string[];
  };
}

/** A cluster name no real one equals ([a-z0-9-], so a plain YAML scalar like every cluster name). */
const CLUSTER_NAME_STAND_IN = "palette-cluster-name-stand-in";
/** The manifests' text by Kubernetes version and proxy, with the stand-in for the cluster's name. */
const renderedManifests = new Map<string, { cloudProvider: string; diskCsi: string }>();

/**
 * The cloud provider's and the disk CSI driver's manifests. They are hundreds of YAML lines that
 * differ between clusters only by name, and rendering them was most of an IaaS cluster's synthesis:
 * each version's text is rendered once, with a stand-in where the name goes.
 */
function manifestFiles(kubernetesVersion: string, clusterName: string, proxied: boolean): FileToWrite[] {
  const key = `${kubernetesVersion}/${proxied}`;
  let rendered = renderedManifests.get(key);
  if (rendered === undefined) {
    const name = CLUSTER_NAME_STAND_IN;
    rendered = {
      cloudProvider: renderManifests(cloudProviderManifests({ kubernetesVersion, clusterName: name, proxied })),
      diskCsi: renderManifests(azureDiskCsiManifests({ clusterName: name, proxied })),
    };
    renderedManifests.set(key, rendered);
  }
  const named = (text: string) => text.split(CLUSTER_NAME_STAND_IN).join(clusterName);
  return [
    { path: CLOUD_PROVIDER_MANIFEST_PATH, content: named(rendered.cloudProvider), permissions: "0600" },
    { path: DISK_CSI_MANIFEST_PATH, content: named(rendered.diskCsi), permissions: "0600" },
  ];
}

/** The first control-plane node's add-on manifests and the script that applies them. */
export function addonFiles(input: AddonInput): FileToWrite[] {
  const proxied = input.proxy !== undefined;
  return [
    ...(input.proxy
      ? [
          {
            path: ADDON_PROXY_MANIFEST_PATH,
            content: renderManifests([addonProxySecret(input.proxy)]),
            permissions: "0600",
          },
        ]
      : []),
    ...manifestFiles(input.kubernetesVersion, input.clusterName, proxied),
    { path: ADDONS_SCRIPT_PATH, content: renderAddonsScript(), permissions: "0700" },
  ];
}

/**
 * The same on every cluster; what differs (the CNI manifest's URL and sha256) is in the node's
 * settings file, which the script is given as its argument.
 */
export function renderAddonsScript(): string {
  return `#!/bin/bash
# Installs what a new cluster runs besides Kubernetes: the cloud provider, the CNI, the disk CSI driver.
# Run once by kubernetes-bootstrap on the first control-plane node, after kubeadm init.
set -euo pipefail

. "$1"
export KUBECONFIG=/etc/kubernetes/admin.conf

log() { echo "kubernetes-addons: $*"; }
${SHELL_RETRY}

if [ -f '${ADDON_PROXY_MANIFEST_PATH}' ]; then retry kubectl apply -f '${ADDON_PROXY_MANIFEST_PATH}'; fi
log "cloud-provider-azure (cloud-controller-manager, cloud-node-manager)"
retry kubectl apply -f '${CLOUD_PROVIDER_MANIFEST_PATH}'

if [ -n "$CNI_MANIFEST" ]; then
  log "CNI: $CNI_MANIFEST"
  retry curl -fsSL -o '${CNI_MANIFEST_PATH}.download' "$CNI_MANIFEST"
  # Nothing is applied unless it is the manifest the cluster's spec pinned.
  if ! echo "$CNI_SHA256  ${CNI_MANIFEST_PATH}.download" | sha256sum --check --status; then
    log "the CNI manifest's sha256 is not $CNI_SHA256: not applying it"
    exit 1
  fi
  mv '${CNI_MANIFEST_PATH}.download' '${CNI_MANIFEST_PATH}'
  retry kubectl apply -f '${CNI_MANIFEST_PATH}'
fi

log "Azure Disk CSI driver and storage classes"
retry kubectl apply -f '${DISK_CSI_MANIFEST_PATH}'
`;
}
