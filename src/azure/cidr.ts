/** IPv4 CIDR arithmetic for Azure address planning. Pure: no cdktf here. */
import { problem, Problem } from "../core/issues";

export interface Cidr {
  /** Network address as an unsigned 32-bit number. */
  readonly base: number;
  readonly prefix: number;
  /** Number of addresses in the block. */
  readonly size: number;
}

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
/** `010` is 10 to Azure and 8 to tools that read a leading zero as octal: refused, not guessed. */
const LEADING_ZERO = /(^|[./])0\d/;

/** Parses `10.1.0.0/16`; undefined when it is not an IPv4 CIDR whose host bits are zero. */
export function parseCidr(text: string): Cidr | undefined {
  const m = CIDR.exec(text);
  if (!m || LEADING_ZERO.test(text)) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const base = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  if (base % size !== 0) return undefined;
  return { base, prefix, size };
}

/** Why `text` is not a usable CIDR, or undefined. */
export function cidrProblem(text: string): Problem | undefined {
  if (parseCidr(text)) return undefined;
  const m = CIDR.exec(text);
  if (m && LEADING_ZERO.test(text)) {
    return problem(
      "cidr-leading-zeros",
      `${text} has leading zeros, which some tools read as octal: ` +
        `write ${m.slice(1, 5).map(Number).join(".")}/${Number(m[5])}`,
    );
  }
  if (m && m.slice(1, 5).every((o) => Number(o) <= 255) && Number(m[5]) <= 32) {
    return problem(
      "cidr-host-bits",
      `${text} has host bits set: the network address of that prefix is ${formatIp(networkOf(text))}/${m[5]}`,
    );
  }
  return problem("cidr-syntax", `${JSON.stringify(text)} is not an IPv4 CIDR such as 10.0.0.0/16`);
}

function networkOf(text: string): number {
  const m = CIDR.exec(text)!;
  const ip = m
    .slice(1, 5)
    .map(Number)
    .reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - Number(m[5]));
  return Math.floor(ip / size) * size;
}

export function formatIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/** True when `inner` lies entirely inside `outer`. */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.base >= outer.base && inner.base + inner.size <= outer.base + outer.size;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.base < b.base + b.size && b.base < a.base + a.size;
}

/** True when the IPv4 address `ip` (dotted) lies inside `cidr`. */
export function cidrContainsIp(cidr: Cidr, ip: string): boolean {
  const parsed = parseCidr(`${ip}/32`);
  return parsed !== undefined && cidrContains(cidr, parsed);
}

/** Azure keeps 5 addresses of every subnet (network, gateway, 2 DNS, broadcast). */
export const AZURE_RESERVED_ADDRESSES_PER_SUBNET = 5;

/** Addresses Azure can hand out in a subnet of this CIDR. */
export function usableAddresses(cidr: Cidr): number {
  return Math.max(0, cidr.size - AZURE_RESERVED_ADDRESSES_PER_SUBNET);
}

/** The longest prefix (smallest Azure subnet, at most /29) whose usable addresses cover `addressesNeeded`. */
export function smallestPrefixFor(addressesNeeded: number): number | undefined {
  for (let prefix = 29; prefix >= 0; prefix--) {
    if (2 ** (32 - prefix) - AZURE_RESERVED_ADDRESSES_PER_SUBNET >= addressesNeeded) return prefix;
  }
  return undefined;
}

/**
 * Why a subnet of `cidr` cannot give out `addressesNeeded` addresses, or undefined when it can.
 * `what` says who needs them, e.g. "3 control-plane nodes" or "5 nodes with 30 pods each (Azure CNI)".
 * Azure's smallest subnet is a /29 and it keeps 5 addresses of every subnet.
 */
export function subnetCapacityProblem(cidr: string, addressesNeeded: number, what: string): Problem | undefined {
  const parsed = parseCidr(cidr);
  if (!parsed) return cidrProblem(cidr);
  if (parsed.prefix > 29)
    return problem("subnet-too-small", `${cidr} is smaller than a /29, the smallest subnet Azure allows`);
  const usable = usableAddresses(parsed);
  if (usable >= addressesNeeded) return undefined;
  const prefix = smallestPrefixFor(addressesNeeded);
  const hint = prefix === undefined ? "" : `; use a /${prefix} or larger`;
  return problem(
    "subnet-capacity",
    `${cidr} has ${usable} usable addresses (Azure ` +
      `keeps ${AZURE_RESERVED_ADDRESSES_PER_SUBNET} of ${parsed.size}) ` +
      `but ${addressesNeeded} are needed for ${what}${hint}`,
  );
}

/**
 * A static address for a subnet that stays put when the subnet is resized: the .254 of its first
 * /24, or its last usable address when it is smaller (Azure reserves the first four and the last).
 * Dynamic allocation starts at the bottom, so it reaches this address last; and nodes that were
 * given the address keep working after the subnet grows or shrinks down to a /24.
 */
export function stableHighAddress(cidr: Cidr): string {
  return formatIp(cidr.base + Math.min(cidr.size, 256) - 2);
}

/** Why `address` cannot be a static address in the subnet `cidr`, or undefined. */
export function subnetAddressProblem(cidr: Cidr, address: string): Problem | undefined {
  const parsed = parseCidr(`${address}/32`);
  if (!parsed) return problem("ip-address-syntax", `${JSON.stringify(address)} is not an IPv4 address`);
  if (!cidrContains(cidr, parsed))
    return problem("address-outside-subnet", `${address} is not in the subnet ${formatIp(cidr.base)}/${cidr.prefix}`);
  const offset = parsed.base - cidr.base;
  if (offset < 4 || offset === cidr.size - 1)
    return problem(
      "address-reserved",
      `${address} is one of the five addresses Azure reserves in every subnet (the first four and the last)`,
    );
  return undefined;
}
