/** Builds the AKS cluster of an `aks` cluster spec into its stack. */
import { Construct } from "constructs";
import { ClusterNetworkRef } from "../network/network-ref";
import { AksClusterSpec } from "../spec/schema/aks";
import type { ClusterContext } from "./compose-cluster";

// TEMPORARY until AksCluster lands (AKS issue).
export function addAksCluster(_scope: Construct, _context: ClusterContext & { cluster: AksClusterSpec }, _network: ClusterNetworkRef): void {}
