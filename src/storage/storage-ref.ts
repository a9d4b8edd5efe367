import type { ITerraformDependable } from "cdktf";

/** What IaasCluster needs of the cluster storage. ClusterStorage implements it. */
export interface ClusterStorageRef {
  /** Azure resource ID of the storage account. */
  readonly accountId: string;
  /** Name of the storage account. */
  readonly accountName: string;
  /** `https://<account>.blob.core.windows.net/`, for boot diagnostics. */
  readonly primaryBlobEndpoint: string;
  /** Name of the blob container the base VHD is copied into. */
  readonly containerName: string;
  /** Resource Manager id of the container. */
  readonly containerId: string;
  /** `https://<account>.blob.core.windows.net/<container>`, where the base VHD is copied. */
  readonly containerUrl: string;
  /**
   * How the account is reached. `private`: only through its private endpoint in the cluster VNet,
   * so data-plane writes (the VHD copy) must run from inside the VNet.
   * @default "public"
   */
  readonly networkAccess?: "public" | "private";
  /**
   * What must exist before data-plane writes (the VHD copy) can reach the account: with private
   * access, the private endpoint and its DNS link. Empty with public access.
   * @default []
   */
  readonly dataPlaneDependencies?: readonly ITerraformDependable[];
  /** Account keys and SAS tokens work; boot diagnostics needs them. @default true */
  readonly sharedKeyAccess?: boolean;
}
