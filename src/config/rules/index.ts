/** Every cross-field rule of an environment, run after the schema has applied defaults. */
import { SpecIssue } from "../errors";
import { EnvironmentBody } from "../schema/environment";
import { podServiceRangeRules } from "./address-range-rules";
import { aksClusterRules } from "./aks-rules";
import { mergedTagLimits, uniqueClusterNames } from "./environment-rules";
import { iaasClusterRules } from "./iaas-rules";
import { clusterNetworkRules } from "./network-rules";
import { proxyLabelNeedsProxy, proxyNeedsStaticPlacement } from "./proxy-rules";
import { clusterStorageRules } from "./storage-rules";

export type EnvironmentRule = (env: EnvironmentBody) => SpecIssue[];

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
];

export function checkEnvironment(env: EnvironmentBody): SpecIssue[] {
  return environmentRules.flatMap((rule) => rule(env));
}
