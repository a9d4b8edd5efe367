/** Proxy rules: Palette's proxy story only works with static placement, and packs that ask for the proxy need one. */
import { isStaticPlacement } from "../../azure/network-plan";
import { PROXY_CONNECTION_LABEL } from "../../azure/kubernetes-names";
import { EnvironmentBody } from "../schema/environment";
import { MAX_IAAS_TRUSTED_CA_BYTES } from "../schema/proxy";
import { Issue } from "../../core/issues";

/**
 * A dynamically placed cluster gets a VNet of its own, which has no route to the proxy: the
 * Palette docs warn that such a cluster "may not have the proper network configuration to use
 * the proxy server". Refuse it instead of deploying a cluster whose egress cannot work.
 */
export function proxyNeedsStaticPlacement(env: EnvironmentBody): Issue[] {
  return env.clusters.flatMap((cluster, i) => {
    if (cluster.proxy === undefined || isStaticPlacement(cluster.network)) return [];
    const from = cluster.gateway?.proxy
      ? `the proxy of privateCloudGateways ${JSON.stringify(cluster.gateway.name)}`
      : "a proxy";
    return [
      {
        code: "proxy-needs-static-placement",
        path: ["clusters", i, "network", "vnet"],
        message:
          `cluster ${JSON.stringify(cluster.name)} uses ${from} but is placed in a new VNet ` +
          `of its own (dynamic placement), which cannot reach the proxy: use static ` +
          `placement (network.vnet.name of a VNet that reaches the proxy, or leave ` +
          `network.vnet unset to use the gateway's VNet)`,
      },
    ];
  });
}

/** A pack namespace labelled `spectrocloud.com/connection: proxy` on a cluster without a proxy would silently get no proxy. */
export function proxyLabelNeedsProxy(env: EnvironmentBody): Issue[] {
  return env.clusters.flatMap((cluster, i) =>
    cluster.proxy !== undefined
      ? []
      : cluster.packs.flatMap((pack, j) =>
          pack.pack.namespaceLabels[PROXY_CONNECTION_LABEL.key] === PROXY_CONNECTION_LABEL.value
            ? [
                {
                  code: "proxy-label-without-proxy",
                  path: ["clusters", i, "packs", j, "pack", "namespaceLabels"],
                  message:
                    `namespace ${JSON.stringify(pack.pack.namespace)} asks for the proxy ` +
                    `("${PROXY_CONNECTION_LABEL.key}": "${PROXY_CONNECTION_LABEL.value}") but ` +
                    `cluster ${JSON.stringify(cluster.name)} has no proxy: use a privateCloudGateway ` +
                    `with a proxy, or set the cluster's proxy`,
                },
              ]
            : [],
        ),
  );
}

/**
 * An IaaS node's custom data carries its proxy's trustedCa with the rest of its bootstrap, within
 * Azure's 64 KiB: a CA bundle past MAX_IAAS_TRUSTED_CA_BYTES is refused where it is written (the
 * cluster's proxy or the gateway's it inherits), not by the construct path of each node role.
 */
export function iaasTrustedCaSize(env: EnvironmentBody): Issue[] {
  const reported = new Set<string>();
  return env.clusters.flatMap((cluster, i) => {
    const ca = cluster.type === "iaas" ? cluster.proxy?.trustedCa : undefined;
    const bytes = ca === undefined ? 0 : Buffer.byteLength(ca);
    if (bytes <= MAX_IAAS_TRUSTED_CA_BYTES) return [];
    const gateway = cluster.gateway?.proxy
      ? env.privateCloudGateways.findIndex((g) => g.name === cluster.gateway?.name)
      : -1;
    const path =
      gateway >= 0 ? ["privateCloudGateways", gateway, "proxy", "trustedCa"] : ["clusters", i, "proxy", "trustedCa"];
    if (reported.has(path.join("."))) return [];
    reported.add(path.join("."));
    return [
      {
        code: "proxy-trusted-ca-size",
        path,
        message:
          `is ${bytes} bytes; IaaS cluster ${JSON.stringify(cluster.name)} puts it into each node's custom data, ` +
          `which leaves room for at most ${MAX_IAAS_TRUSTED_CA_BYTES} bytes of it (trust fewer certificates)`,
      },
    ];
  });
}
