/** Builds the IaaS cluster of an `iaas` cluster spec into its stack. */
import { Construct } from "constructs";
import { ClusterNetworkRef } from "../network/network-ref";
import { IaasClusterSpec } from "../spec/schema/iaas";
import { ClusterStorageRef } from "../storage/storage-ref";
import type { ClusterContext } from "./compose-cluster";

// TEMPORARY until IaasCluster lands (IaaS issue).
export function addIaasCluster(
  _scope: Construct,
  _context: ClusterContext & { cluster: IaasClusterSpec },
  _network: ClusterNetworkRef,
  _storage: ClusterStorageRef,
): void {}
