/**
 * Settings every node of an IaaS cluster shares (VMs and scale sets alike), turned into the
 * provider's attributes in one place so control plane and workers cannot drift apart.
 */
import { OsDiskType } from "../azure/vm-size";
import { ImageSource } from "./node-image";

export interface NodeSettings {
  readonly adminUsername: string;
  readonly sshPublicKey: string;
  readonly image: ImageSource;
  /** Secure Boot and vTPM. */
  readonly trustedLaunch: boolean;
  /** Blob endpoint of the cluster storage account; undefined: Azure-managed boot diagnostics storage. */
  readonly bootDiagnosticsStorageUri?: string;
  /** Temporary disk and disk caches encrypted at the VM host (a subscription feature). */
  readonly encryptionAtHost: boolean;
}

export interface OsDiskSettings {
  readonly sizeGb: number;
  readonly type: OsDiskType;
}

/** Attributes shared by azurerm_linux_virtual_machine and azurerm_linux_virtual_machine_scale_set. */
export function commonNodeAttributes(settings: NodeSettings, osDisk: OsDiskSettings) {
  const image =
    settings.image.kind === "managedImage"
      ? { sourceImageId: settings.image.imageId }
      : { sourceImageReference: { ...settings.image.image } };
  return {
    adminUsername: settings.adminUsername,
    // SSH keys only: no password exists to guess or leak.
    disablePasswordAuthentication: true,
    adminSshKey: [{ username: settings.adminUsername, publicKey: settings.sshPublicKey }],
    ...image,
    secureBootEnabled: settings.trustedLaunch,
    vtpmEnabled: settings.trustedLaunch,
    encryptionAtHostEnabled: settings.encryptionAtHost,
    // An empty block (not a missing one) turns on boot diagnostics in Azure-managed storage.
    bootDiagnostics:
      settings.bootDiagnosticsStorageUri === undefined ? {} : { storageAccountUri: settings.bootDiagnosticsStorageUri },
    osDisk: { caching: "ReadWrite", storageAccountType: osDisk.type, diskSizeGb: osDisk.sizeGb },
  };
}
