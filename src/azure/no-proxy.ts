/**
 * The NO_PROXY list of a cluster behind an HTTP(S) proxy: what must never go through the proxy
 * for Kubernetes and Azure to work, plus what the user adds. Topology-neutral (AKS, IaaS, a
 * Private Cloud Gateway): the inputs are CIDRs and host names. Pure: no cdktf here.
 */
import { cidrProblem } from "./cidr";
import { problem, Problem } from "../core/issues";

/**
 * Always direct: loopback, the Azure Instance Metadata Service (managed identity tokens), the
 * Azure platform address (DNS, DHCP, health probes) and in-cluster service names.
 */
export const ALWAYS_NO_PROXY = ["localhost", "127.0.0.1", "169.254.169.254", "168.63.129.16", ".svc"] as const;

export const DEFAULT_CLUSTER_DOMAIN = "cluster.local";

export interface NoProxyInputs {
  /** Address ranges reached directly: the VNet's address space, pod and service CIDRs. @default [] */
  readonly cidrs?: readonly string[];
  /** The Kubernetes cluster domain; `.<domain>` is added. @default "cluster.local" */
  readonly clusterDomain?: string;
  /** Host names reached directly, e.g. a private API server or registry. @default [] */
  readonly hosts?: readonly string[];
  /** The user's own entries; they come first, in their order. @default [] */
  readonly extra?: readonly string[];
}

/**
 * The NO_PROXY entries, deterministic: the user's entries, then the fixed ones, the cluster
 * domain, the CIDRs and the hosts; duplicates (case-insensitive) are dropped, first one wins.
 */
export function noProxyList(inputs: NoProxyInputs): string[] {
  const domain = inputs.clusterDomain ?? DEFAULT_CLUSTER_DOMAIN;
  const all = [
    ...(inputs.extra ?? []),
    ...ALWAYS_NO_PROXY,
    `.${domain}`,
    ...(inputs.cidrs ?? []),
    ...(inputs.hosts ?? []),
  ];
  const seen = new Set<string>();
  return all.filter((entry) => {
    const key = entry.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Why `entry` cannot be a NO_PROXY entry, or undefined when it can. */
export function noProxyEntryProblem(entry: string): Problem | undefined {
  if (entry.trim() === "") return problem("no-proxy-empty", "NO_PROXY entries must not be empty");
  if (/[\s,]/.test(entry))
    return problem(
      "no-proxy-syntax",
      `${JSON.stringify(entry)}: one host, domain, IP or CIDR per entry (no spaces or commas)`,
    );
  if (/^[a-z]+:\/\//i.test(entry))
    return problem("no-proxy-url", `${JSON.stringify(entry)}: a host name, not a URL (drop the scheme)`);
  // Entries end up in quoted shell and systemd environment files on IaaS nodes.
  if (/['"`$\\]/.test(entry))
    return problem(
      "no-proxy-characters",
      `${JSON.stringify(entry)}: no quotes, backslashes, $ or backticks in a NO_PROXY entry`,
    );
  if (entry.startsWith("*."))
    return problem(
      "no-proxy-wildcard",
      `${JSON.stringify(entry)}: write ${JSON.stringify(entry.slice(1))}; not every client understands "*."`,
    );
  if (entry.includes("/")) return cidrProblem(entry);
  return undefined;
}
