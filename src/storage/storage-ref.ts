import type { ITerraformDependable } from "cdktf";

/** What IaasCluster needs of the cluster storage. ClusterStorage implements it. */
export interface ClusterStorageRef {
  readonly accountId: string;
  readonly accountName: string;
  /** `https://<account>.blob.core.windows.net/`, for boot diagnostics. */
  readonly primaryBlobEndpoint: string;
  readonly containerName: string;
  /** Resource Manager id of the container. */
  readonly containerId: string;
  /** `https://<account>.blob.core.windows.net/<container>`, where the base VHD is copied. */
  readonly containerUrl: string;
  /**
   * How the account is reached. `private`: only through its private endpoint in the cluster VNet,
   * so data-plane writes (the VHD copy) must run from inside the VNet. Unset means `public`.
   */
  readonly networkAccess?: "public" | "private";
  /**
   * What must exist before data-plane writes (the VHD copy) can reach the account: with private
   * access, the private endpoint and its DNS link. Empty or unset with public access.
   */
  readonly dataPlaneDependencies?: readonly ITerraformDependable[];
}
