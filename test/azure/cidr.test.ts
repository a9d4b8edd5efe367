import {
  cidrContains,
  cidrProblem,
  cidrsOverlap,
  parseCidr,
  smallestPrefixFor,
  subnetCapacityProblem,
  usableAddresses,
} from "../../src/azure/cidr";

const cidr = (text: string) => {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`bad test CIDR ${text}`);
  return parsed;
};

describe("parseCidr / cidrProblem", () => {
  it.each(["10.0.0.0/8", "10.1.0.0/16", "192.168.1.128/25", "0.0.0.0/0", "10.0.0.7/32"])("accepts %s", (text) => {
    expect(parseCidr(text)).toBeDefined();
    expect(cidrProblem(text)).toBeUndefined();
  });

  it.each([
    ["10.1.0.1/16", "10.1.0.1/16 has host bits set: the network address of that prefix is 10.1.0.0/16"],
    ["10.0.0.0/33", '"10.0.0.0/33" is not an IPv4 CIDR such as 10.0.0.0/16'],
    ["256.0.0.0/8", '"256.0.0.0/8" is not an IPv4 CIDR such as 10.0.0.0/16'],
    ["10.0.0.0", '"10.0.0.0" is not an IPv4 CIDR such as 10.0.0.0/16'],
    ["010.000.000.000/08", "010.000.000.000/08 has leading zeros, which some tools read as octal: write 10.0.0.0/8"],
    ["10.01.0.0/16", "10.01.0.0/16 has leading zeros, which some tools read as octal: write 10.1.0.0/16"],
  ])("refuses %s", (text, message) => {
    expect(parseCidr(text)).toBeUndefined();
    expect(cidrProblem(text)).toBe(message);
  });
});

describe("containment and overlap", () => {
  it("sees a subnet inside its VNet and not outside", () => {
    expect(cidrContains(cidr("10.0.0.0/8"), cidr("10.1.0.0/16"))).toBe(true);
    expect(cidrContains(cidr("10.0.0.0/16"), cidr("10.1.0.0/16"))).toBe(false);
  });

  it("sees overlapping and disjoint blocks", () => {
    expect(cidrsOverlap(cidr("10.0.0.0/16"), cidr("10.0.128.0/17"))).toBe(true);
    expect(cidrsOverlap(cidr("10.0.0.0/16"), cidr("10.1.0.0/16"))).toBe(false);
  });
});

describe("subnet capacity", () => {
  it("keeps 5 addresses of every subnet", () => {
    expect(usableAddresses(cidr("10.0.0.0/29"))).toBe(3);
    expect(usableAddresses(cidr("10.0.0.0/24"))).toBe(251);
  });

  it.each([
    [3, 29],
    [4, 28],
    [251, 24],
    [252, 23],
  ])("%i usable addresses need a /%i", (needed, prefix) => {
    expect(smallestPrefixFor(needed)).toBe(prefix);
  });

  it("passes when the subnet is large enough, up to the last address", () => {
    expect(subnetCapacityProblem("10.0.0.0/24", 251, "251 nodes")).toBeUndefined();
  });

  it("fails with the numbers and the prefix that would fit", () => {
    expect(subnetCapacityProblem("10.1.0.0/24", 300, "10 nodes with 30 pods each (Azure CNI)")).toBe(
      "10.1.0.0/24 has 251 usable addresses (Azure keeps 5 of 256) but 300 are needed for 10 nodes with 30 pods each (Azure CNI); use a /23 or larger",
    );
  });

  it("refuses subnets smaller than Azure's /29 minimum and invalid CIDRs", () => {
    expect(subnetCapacityProblem("10.0.0.0/30", 1, "1 node")).toBe(
      "10.0.0.0/30 is smaller than a /29, the smallest subnet Azure allows",
    );
    expect(subnetCapacityProblem("10.0.0.1/24", 1, "1 node")).toMatch(/host bits set/);
  });
});
