/**
 * What the IaaS bootstrap installs is pinned: cloud-provider-azure of the cluster's Kubernetes minor,
 * the Azure Disk CSI driver and its sidecars, each by an exact version, and a minor without a known
 * release is refused at synth rather than guessed at first boot.
 */
import {
  AZURE_DISK_CSI,
  CLOUD_PROVIDER_AZURE_RELEASES,
  cloudProviderAzureImages,
  cloudProviderVersionProblem,
} from "../../src/azure/iaas-addon-versions";
import { CALICO_MANIFEST_SHA256, CALICO_VERSION } from "../../src/azure/iaas-defaults";

/** An image reference pinned to one build: an exact semantic version tag or a digest. */
const PINNED = /^[a-z0-9.-]+(\/[a-z0-9._-]+)+(:v\d+\.\d+\.\d+|@sha256:[0-9a-f]{64})$/;

describe("cloud-provider-azure releases", () => {
  it("has one release per supported minor, its minor matching Kubernetes'", () => {
    for (const [minor, release] of Object.entries(CLOUD_PROVIDER_AZURE_RELEASES)) {
      expect(release.version).toMatch(new RegExp(`^v${minor.replace(".", "\\.")}\\.\\d+$`));
    }
    expect(Object.keys(CLOUD_PROVIDER_AZURE_RELEASES)).toEqual(["1.31", "1.32", "1.33", "1.34", "1.35", "1.36"]);
  });

  it("picks the controller and node manager images of the cluster's minor, pinned by exact version", () => {
    expect(cloudProviderAzureImages("1.33.5")).toEqual({
      controllerManager: "mcr.microsoft.com/oss/v2/kubernetes/azure-cloud-controller-manager:v1.33.12",
      nodeManager: "mcr.microsoft.com/oss/v2/kubernetes/azure-cloud-node-manager:v1.33.12",
    });
    // A MAJOR.MINOR version takes the same release; 1.31 is published in the older repository.
    expect(cloudProviderAzureImages("1.31").controllerManager).toBe(
      "mcr.microsoft.com/oss/kubernetes/azure-cloud-controller-manager:v1.31.12",
    );
    for (const minor of Object.keys(CLOUD_PROVIDER_AZURE_RELEASES)) {
      for (const image of Object.values(cloudProviderAzureImages(minor))) expect(image).toMatch(PINNED);
    }
  });

  it.each([
    ["1.33.5", undefined],
    ["1.36", undefined],
    ["1.37.0", "cloud-provider-version-unknown"],
    ["1.40", "cloud-provider-version-unknown"],
  ])("Kubernetes %s: %s", (version, code) => {
    expect(cloudProviderVersionProblem(version)?.code).toBe(code);
  });

  it("says which minors it knows", () => {
    expect(cloudProviderVersionProblem("1.37")?.message).toMatch(/1\.31 to 1\.36/);
  });

  it("leaves versions it cannot parse, or older than kubeadm allows, to the kubeadm version rule", () => {
    expect(cloudProviderVersionProblem("latest")).toBeUndefined();
    expect(cloudProviderVersionProblem("1.29.3")).toBeUndefined();
  });
});

describe("Azure Disk CSI driver", () => {
  it("pins the driver and every sidecar by exact version", () => {
    expect(AZURE_DISK_CSI.images.driver).toBe("mcr.microsoft.com/oss/v2/kubernetes-csi/azuredisk-csi:v1.34.5");
    for (const image of Object.values(AZURE_DISK_CSI.images)) expect(image).toMatch(PINNED);
  });
});

describe("Calico", () => {
  it("comes with the sha256 of its manifest at the pinned release", () => {
    expect(CALICO_VERSION).toBe("v3.30.3");
    expect(CALICO_MANIFEST_SHA256).toMatch(/^[0-9a-f]{64}$/);
  });
});
