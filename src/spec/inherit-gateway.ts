/**
 * Clusters inherit the Private Cloud Gateway's VNet and proxy unless they set their own. Done on
 * the raw document before the schema runs, so inherited values get exactly the same defaults and
 * rules as values written on the cluster.
 */

type Raw = Record<string, unknown>;
const isMap = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);

export function inheritGateway(raw: unknown): unknown {
  if (!isMap(raw) || !isMap(raw.privateCloudGateway) || !Array.isArray(raw.clusters)) return raw;
  const gateway = raw.privateCloudGateway;
  const clusters = raw.clusters.map((cluster) => {
    if (!isMap(cluster)) return cluster;
    const inherited: Raw = { ...cluster };
    if (cluster.proxy === undefined && gateway.proxy !== undefined) inherited.proxy = gateway.proxy;
    const network = cluster.network === undefined ? {} : cluster.network;
    if (isMap(network) && network.vnet === undefined && isMap(gateway.vnet)) inherited.network = { ...network, vnet: gateway.vnet };
    return inherited;
  });
  return { ...raw, clusters };
}
