/**
 * Every cluster of an environment as it will be built: the Private Cloud Gateway it uses (named, or
 * the environment's only one), what it inherits from it (the VNet unless network.vnet is set, the
 * proxy unless proxy is set), and its network plan, resolved with the cluster's context so defaults
 * follow its type, proxy and zones; an IaaS cluster's plan (resolveIaasPlan). Issues are located under `clusters[i]`. Pure: no cdktf here.
 */
import { resolveIaasPlan } from "../azure/iaas-plan";
import { NetworkInput, NetworkPlan, resolveNetworkPlan } from "../azure/network-plan";
import { resolveStoragePlan } from "../azure/storage-plan";
import type { ClusterInput } from "./schema/environment";
import type { PrivateCloudGatewaySpec } from "./schema/private-cloud-gateway";
import type { ProxySpec } from "./schema/proxy";
import { Issue, under } from "../core/issues";

/** What a cluster took from its gateway. */
export interface ClusterGateway {
  readonly name: string;
  readonly vnet: boolean;
  readonly proxy: boolean;
}

interface EnvironmentClusters {
  readonly resourceGroup: { readonly name: string };
  readonly privateCloudGateways: readonly PrivateCloudGatewaySpec[];
  readonly clusters: readonly ClusterInput[];
}

type ResolvedCluster<C extends ClusterInput> = Omit<C, "network" | "privateCloudGateway"> & {
  network: NetworkPlan;
  proxy?: ProxySpec;
  gateway?: ClusterGateway;
};

export function resolveClusters<C extends ClusterInput>(
  env: EnvironmentClusters & { clusters: readonly C[] },
): { clusters: ResolvedCluster<C>[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const clusters = env.clusters.map((cluster, i) => {
    const { gateway, problem } = chooseGateway(cluster.privateCloudGateway, env.privateCloudGateways);
    if (problem)
      issues.push({ code: "gateway-unknown", path: ["clusters", i, "privateCloudGateway"], message: problem });
    const network: NetworkInput = cluster.network ?? {};
    const inheritsVnet = gateway !== undefined && network.vnet === undefined;
    const inheritsProxy = gateway?.proxy !== undefined && cluster.proxy === undefined;
    const proxy = cluster.proxy ?? gateway?.proxy;
    const resolved = resolveNetworkPlan(inheritsVnet ? { ...network, vnet: gateway.vnet } : network, {
      selfHostedControlPlane: cluster.type === "iaas",
      proxied: proxy !== undefined,
      zones: cluster.zones,
      vnetOrigin: inheritsVnet ? `privateCloudGateways ${JSON.stringify(gateway.name)}` : undefined,
    });
    issues.push(...under(["clusters", i, "network"], resolved.issues));
    const { privateCloudGateway: _chosen, ...rest } = cluster;
    const vnet = resolved.plan.vnet;
    const storage =
      cluster.type === "iaas"
        ? {
            storage: resolveStoragePlan(cluster.storage, {
              existingVnetResourceGroup: vnet.name ? (vnet.resourceGroup ?? env.resourceGroup.name) : undefined,
            }),
          }
        : {};
    return {
      ...rest,
      ...(cluster.type === "iaas" ? resolveIaasPlan(cluster) : {}),
      ...storage,
      proxy,
      network: resolved.plan,
      gateway: gateway === undefined ? undefined : { name: gateway.name, vnet: inheritsVnet, proxy: inheritsProxy },
    } as unknown as ResolvedCluster<C>;
  });
  return { clusters, issues };
}

/** `none`, a gateway's name, or unset: the environment's gateway when it has exactly one. */
function chooseGateway(
  choice: string | undefined,
  gateways: readonly PrivateCloudGatewaySpec[],
): { gateway?: PrivateCloudGatewaySpec; problem?: string } {
  const names = gateways.map((g) => JSON.stringify(g.name)).join(", ");
  if (choice === "none") return {};
  if (choice === undefined) {
    if (gateways.length <= 1) return { gateway: gateways[0] };
    return {
      problem:
        `the environment has ${gateways.length} privateCloudGateways (${names}): name the ` +
        `one this cluster uses, or none`,
    };
  }
  const gateway = gateways.find((g) => g.name === choice);
  if (gateway) return { gateway };
  return {
    problem:
      `${JSON.stringify(choice)} is not one of the environment's privateCloudGateways ` +
      `(${names || "there are none"}), or none`,
  };
}
