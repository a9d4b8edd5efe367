/**
 * Pod and service ranges are virtual: a node or pod sending to an address in them never leaves the
 * cluster. So they must not overlap anything the cluster has to reach: the VNet, the networks the
 * spec names (a peered hub with its bastion, a firewall, the proxy's network, routed ranges). Pure.
 */
import { cidrsOverlap, parseCidr } from "./cidr";
import { Issue } from "../core/issues";

/** A range the spec names, and where: `network.sshSources[0]`, `the VNet's address space`. */
export interface NamedRange {
  readonly cidr: string;
  readonly where: string;
  /** Its key path, for pointing at it. @default - none */
  readonly path?: readonly (string | number)[];
}

/** Shared by AKS and IaaS: one default keeps both clear of 10/8 VNets and 172.16/12 and 192.168/16 networks. */
export const DEFAULT_SERVICE_CIDR = "100.64.0.0/16";

/**
 * Addresses and CIDRs of `values` (others, such as service tags or host names, are not ranges). A /0 is
 * "anywhere", as `*` is: not a network the cluster must reach, so no pod or service range can hide it.
 */
export function namedRanges(
  values: readonly string[],
  where: (index: number) => string,
  path?: readonly (string | number)[],
): NamedRange[] {
  return values.flatMap((value, i) => {
    const cidr = value.includes("/") ? value : `${value}/32`;
    return parseCidr(cidr) && parseCidr(cidr)!.prefix > 0
      ? [{ cidr, where: where(i), path: path ? [...path, i] : undefined }]
      : [];
  });
}

/** A clash of a pod or service range with a named range, and where that range is. */
export interface RangeIssue extends Issue {
  readonly clashesWith?: readonly (string | number)[];
}

/** Problems of the pod and service ranges against the named ranges; paths `podCidr`, `serviceCidr`. */
export function podServiceRangeIssues(
  ranges: { readonly podCidr: string; readonly serviceCidr: string },
  named: readonly NamedRange[],
): RangeIssue[] {
  const issues: RangeIssue[] = [];
  for (const key of ["podCidr", "serviceCidr"] as const) {
    const own = parseCidr(ranges[key]);
    if (!own) continue;
    const what = key === "podCidr" ? "pod" : "service";
    for (const range of named) {
      const other = parseCidr(range.cidr);
      if (other && cidrsOverlap(own, other)) {
        issues.push({
          code: "range-hides-network",
          path: [key],
          message:
            `${ranges[key]} overlaps ${range.cidr} (${range.where}): the ${what} range would ` +
            `hide those addresses from every node and pod; pick a ${what} range clear of it`,
          clashesWith: range.path,
        });
      }
    }
  }
  return issues;
}
