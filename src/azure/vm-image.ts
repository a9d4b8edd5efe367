/**
 * Node images: Ubuntu LTS from the Azure Marketplace by default, or a base VHD copied into the
 * cluster's storage container and made a managed image, as Palette does. Pure: no cdktf here.
 */
import { CpuArchitecture } from "./vm-size";
import { problem, Problem } from "../core/issues";

export interface MarketplaceImage {
  readonly publisher: string;
  readonly offer: string;
  readonly sku: string;
  /** @default "latest" */
  readonly version: string;
}

/** Canonical's Ubuntu 24.04 LTS, Hyper-V generation 2 (needed by Trusted Launch). */
export const DEFAULT_MARKETPLACE_IMAGES: Readonly<Record<CpuArchitecture, MarketplaceImage>> = {
  x64: { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" },
  Arm64: { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server-arm64", version: "latest" },
};

export type HyperVGeneration = "V1" | "V2";

/**
 * Why `uri` cannot be the source of the VHD copy, or undefined. A SAS signature is refused: the
 * URI is committed in the environment file and written into the Terraform JSON and state.
 */
export function vhdUriProblem(uri: string): Problem | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return problem("vhd-uri-syntax", `${JSON.stringify(uri)} is not a URL`);
  }
  if (url.protocol !== "https:")
    return problem("vhd-uri-https", `${JSON.stringify(uri)}: the VHD must be fetched over https`);
  if (!/\.vhd$/i.test(url.pathname))
    return problem("vhd-uri-extension", `${JSON.stringify(uri)}: the source must be a .vhd page blob (fixed-size VHD)`);
  if (url.searchParams.has("sig")) {
    return problem(
      "vhd-uri-sas",
      "the URI carries a SAS signature, which would be committed here and written into " +
        "the Terraform JSON and state; make the source readable without one (e.g. a " +
        "public container) or copy it yourself",
      uri,
    );
  }
  return undefined;
}

/** Name of the copied blob in the cluster container: the source's file name, made blob-safe. */
export function copiedVhdBlobName(uri: string): string {
  const file = decodeURIComponent(new URL(uri).pathname.split("/").pop() ?? "base.vhd");
  return file.replace(/[^A-Za-z0-9._-]/g, "-");
}
