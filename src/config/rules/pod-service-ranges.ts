/**
 * Pod and service ranges against the networks a cluster's spec names besides its VNet and NO_PROXY
 * (which AksCluster and IaasCluster check themselves): SSH and API sources, firewall and public
 * service addresses, security rules, authorized ranges, and the gateway's VNet it reaches the proxy in.
 */
import { NamedRange, namedRanges, podServiceRangeIssues } from "../../azure/address-ranges";
import { ClusterSpec, EnvironmentBody } from "../schema/environment";
import { Issue } from "../../core/issues";
import { aksPlanFromSpec } from "../aks-design";

export function podServiceRangeRules(env: EnvironmentBody): Issue[] {
  return env.clusters.flatMap((cluster, i) => {
    const [key, ranges] =
      cluster.type === "aks"
        ? ["networkProfile", aksPlanFromSpec(cluster).networkProfile]
        : ["clusterNetwork", cluster.clusterNetwork];
    return podServiceRangeIssues(ranges, spokenRanges(cluster, env)).map((issue): Issue => ({
      code: issue.code,
      path: ["clusters", i, key, ...issue.path],
      message: issue.message,
      defaultClashesWith: issue.clashesWith && ["clusters", i, ...issue.clashesWith],
    }));
  });
}

function spokenRanges(cluster: ClusterSpec, env: EnvironmentBody): NamedRange[] {
  const { network } = cluster;
  const at = (path: string) => (i: number) => `${path}[${i}]`;
  const keys = (path: string) =>
    path.split(".").flatMap((part) =>
      part
        .split(/\[(\d+)\]/)
        .filter((p) => p !== "")
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    );
  const ranges = (values: readonly string[], path: string) => namedRanges(values, at(path), keys(path));
  const subnets = [network.controlPlaneSubnet, network.workerSubnet].flatMap((subnet, s) =>
    (subnet?.securityRules ?? []).flatMap((rule, r) => {
      const path = `network.${s === 0 ? "controlPlaneSubnet" : "workerSubnet"}.securityRules[${r}]`;
      return [...ranges(rule.sources, `${path}.sources`), ...ranges(rule.destinations, `${path}.destinations`)];
    }),
  );
  const gateway =
    cluster.gateway && !cluster.gateway.vnet
      ? env.privateCloudGateways.find((g) => g.name === cluster.gateway!.name)
      : undefined;
  return [
    ...ranges(network.sshSources, "network.sshSources"),
    ...ranges(network.apiServerSources, "network.apiServerSources"),
    ...ranges(network.egressAddresses, "network.egressAddresses"),
    ...ranges(network.publicServices?.sources ?? [], "network.publicServices.sources"),
    ...subnets,
    ...(cluster.type === "aks"
      ? ranges(aksPlanFromSpec(cluster).apiServer.authorizedIpRanges, "apiServer.authorizedIpRanges")
      : []),
    ...(gateway
      ? namedRanges(
          gateway.vnet.addressSpace,
          () => `the VNet of privateCloudGateways ${JSON.stringify(gateway.name)}, where its proxy is`,
        )
      : []),
  ];
}
