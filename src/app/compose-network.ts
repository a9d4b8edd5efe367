/** Builds ClusterNetwork and ClusterStorage for a cluster stack. */
import { Construct } from "constructs";
import { ClusterNetworkRef } from "../network/network-ref";
import { ClusterStorageRef } from "../storage/storage-ref";
import type { ClusterContext } from "./compose-cluster";

// TEMPORARY until ClusterNetwork/ClusterStorage land (network/storage issue): placeholders so the
// cluster constructs can be composed meanwhile. Replace both bodies.
export function addNetwork(_scope: Construct, _context: ClusterContext): ClusterNetworkRef {
  return {
    vnetId: "TODO-vnet-id",
    vnetName: "TODO-vnet",
    vnetResourceGroupName: "TODO-rg",
    addressSpace: ["10.0.0.0/8"],
    controlPlaneSubnetId: "TODO-cp-subnet-id",
    controlPlaneSubnetCidr: "10.0.0.0/16",
    workerSubnetId: "TODO-worker-subnet-id",
    workerSubnetCidr: "10.1.0.0/16",
    controlPlaneNsgId: "TODO-cp-nsg-id",
    workerNsgId: "TODO-worker-nsg-id",
    egress: "natGateway",
  };
}

export function addStorage(_scope: Construct, _context: ClusterContext): ClusterStorageRef {
  return {
    accountId: "TODO-account-id",
    accountName: "todoaccount",
    primaryBlobEndpoint: "https://todoaccount.blob.core.windows.net/",
    containerName: "vhds",
    containerId: "TODO-container-id",
    containerUrl: "https://todoaccount.blob.core.windows.net/vhds",
  };
}
