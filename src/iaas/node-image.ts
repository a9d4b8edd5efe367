/**
 * What the nodes boot. By default an Ubuntu LTS Marketplace image (nothing is created). With a
 * VHD URI, Palette's way: the VHD is copied into the cluster's storage container as a page blob
 * (a server-side copy Azure performs; Terraform waits for it) and a managed image is made from
 * the copy. The copy is a data-plane write: whoever runs Terraform needs network reach to the
 * account (from inside the VNet when the account is private).
 */
import { Image } from "@cdktf/provider-azurerm/lib/image";
import { StorageBlob } from "@cdktf/provider-azurerm/lib/storage-blob";
import { Construct } from "constructs";
import { resourceName } from "../azure/names";
import { copiedVhdBlobName, HyperVGeneration, MarketplaceImage } from "../azure/vm-image";
import { ClusterStorageRef } from "../storage/storage-ref";

export interface NodeImageProps {
  readonly clusterName: string;
  readonly environmentName: string;
  readonly location: string;
  readonly resourceGroupName: string;
  /** Where the VHD copy goes. */
  readonly storage: ClusterStorageRef;
  /** https URI of the base VHD. @default - no copy: nodes use Marketplace images */
  readonly vhdUri?: string;
  /** @default "V2" */
  readonly hyperVGeneration?: HyperVGeneration;
  /** Zone-redundant image storage, for clusters spread over zones. @default false */
  readonly zoneResilient?: boolean;
}

/** How a VM or scale set refers to its image. */
export type ImageSource =
  | { readonly kind: "marketplace"; readonly image: MarketplaceImage }
  | { readonly kind: "managedImage"; readonly imageId: string };

export class NodeImage extends Construct {
  /** The copied VHD, when `vhdUri` is set. */
  public readonly blob?: StorageBlob;
  /** The managed image made from the copy, when `vhdUri` is set. */
  public readonly image?: Image;

  constructor(scope: Construct, id: string, props: NodeImageProps) {
    super(scope, id);
    if (props.vhdUri === undefined) return;
    this.blob = new StorageBlob(this, "vhd", {
      name: copiedVhdBlobName(props.vhdUri),
      storageAccountName: props.storage.accountName,
      storageContainerName: props.storage.containerName,
      type: "Page",
      sourceUri: props.vhdUri,
      // A 30 GiB VHD copy across regions can take a while.
      timeouts: { create: "2h" },
      // A private account is only reachable once its private endpoint and DNS link exist.
      dependsOn: [...(props.storage.dataPlaneDependencies ?? [])],
    });
    this.image = new Image(this, "image", {
      name: resourceName(props.clusterName, props.environmentName, "node-image"),
      location: props.location,
      resourceGroupName: props.resourceGroupName,
      hyperVGeneration: props.hyperVGeneration ?? "V2",
      zoneResilient: props.zoneResilient ?? false,
      osDisk: {
        osType: "Linux",
        osState: "Generalized",
        blobUri: this.blob.url,
        storageType: "Standard_LRS",
        caching: "ReadWrite",
      },
    });
  }

  /** The image for nodes of a size: the managed image, or `marketplace` (chosen per architecture by the caller). */
  sourceFor(marketplace: MarketplaceImage | undefined): ImageSource {
    if (this.image) return { kind: "managedImage", imageId: this.image.id };
    if (!marketplace) throw new Error("NodeImage: no VHD copied and no Marketplace image given");
    return { kind: "marketplace", image: marketplace };
  }
}
