/** Every cross-field rule of an environment, run after the schema has applied defaults. */
import { EnvironmentBody } from "../schema/environment";
import { podServiceRangeRules } from "./pod-service-ranges";
import { aksClusterRules } from "./aks-clusters";
import { mergedTagLimits, uniqueClusterNames } from "./names-and-tags";
import { iaasClusterRules } from "./iaas-clusters";
import { clusterNetworkRules } from "./cluster-networks";
import { iaasTrustedCaSize, proxyLabelNeedsProxy, proxyNeedsStaticPlacement } from "./proxy-placement";
import { clusterStorageRules } from "./storage-accounts";
import { Issue } from "../../core/issues";

export type EnvironmentRule = (env: EnvironmentBody) => Issue[];

export const environmentRules: readonly EnvironmentRule[] = [
  uniqueClusterNames,
  mergedTagLimits,
  clusterNetworkRules,
  aksClusterRules,
  iaasClusterRules,
  podServiceRangeRules,
  clusterStorageRules,
  proxyNeedsStaticPlacement,
  proxyLabelNeedsProxy,
  iaasTrustedCaSize,
];

export function checkEnvironment(env: EnvironmentBody): Issue[] {
  return environmentRules.flatMap((rule) => rule(env));
}
