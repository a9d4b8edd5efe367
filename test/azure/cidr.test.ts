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

  // The fragment is what the message must quote: the value, or the CIDR to write instead.
  it.each([
    ["10.1.0.1/16", "cidr-host-bits", "10.1.0.0/16"],
    ["10.0.0.0/33", "cidr-syntax", '"10.0.0.0/33"'],
    ["256.0.0.0/8", "cidr-syntax", '"256.0.0.0/8"'],
    ["10.0.0.0", "cidr-syntax", '"10.0.0.0"'],
    ["010.000.000.000/08", "cidr-leading-zeros", "10.0.0.0/8"],
    ["10.01.0.0/16", "cidr-leading-zeros", "10.1.0.0/16"],
  ])("refuses %s", (text, code, fragment) => {
    expect(parseCidr(text)).toBeUndefined();
    expect(cidrProblem(text)?.code).toBe(code);
    expect(cidrProblem(text)?.message).toContain(fragment);
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
    const found = subnetCapacityProblem("10.1.0.0/24", 300, "10 nodes with 30 pods each (Azure CNI)");
    expect(found?.code).toBe("subnet-capacity");
    expect(found?.message).toContain("/23");
  });

  it("refuses subnets smaller than Azure's /29 minimum and invalid CIDRs", () => {
    expect(subnetCapacityProblem("10.0.0.0/30", 1, "1 node")?.code).toBe("subnet-too-small");
    expect(subnetCapacityProblem("10.0.0.1/24", 1, "1 node")?.code).toBe("cidr-host-bits");
  });
});
