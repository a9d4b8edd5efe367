import { NetworkInput, networkPlanProblems, resolveNetworkPlan, zonesProblem } from "../../src/azure/network-plan";

const IAAS = { apiServerRule: true };

/** Resolves and checks, returning every issue as `path: message`. */
function problems(input: NetworkInput, context = IAAS): string[] {
  const { plan, issues } = resolveNetworkPlan(input);
  return [...issues, ...networkPlanProblems(plan, context)].map((i) => `${i.path.join(".")}: ${i.message}`);
}

const staticVnet = { name: "vnet-hub", resourceGroup: "rg-network", addressSpace: ["10.20.0.0/16"] };

describe("defaults", () => {
  it("resolves to CAPZ's layout with a NAT gateway and no SSH", () => {
    const { plan, issues } = resolveNetworkPlan({});
    expect(issues).toEqual([]);
    expect(plan).toEqual({
      vnet: { name: undefined, resourceGroup: undefined, addressSpace: ["10.0.0.0/8"] },
      controlPlaneSubnet: expect.objectContaining({ cidr: "10.0.0.0/16", existing: false, nsg: { name: undefined, existing: false, resourceGroup: undefined }, securityRules: [] }),
      workerSubnet: expect.objectContaining({ cidr: "10.1.0.0/16", existing: false }),
      apiServerSources: ["*"],
      sshSources: [],
      egress: "natGateway",
      natGateway: undefined,
    });
    expect(networkPlanProblems(plan, IAAS)).toEqual([]);
  });

  it("fills a security rule's common fields", () => {
    const { plan } = resolveNetworkPlan({ workerSubnet: { securityRules: [{ name: "r", priority: 300, protocol: "Udp", sources: ["10.9.0.0/16"], ports: ["53"] }] } });
    expect(plan.workerSubnet.securityRules[0]).toEqual({
      name: "r",
      priority: 300,
      direction: "Inbound",
      access: "Allow",
      protocol: "Udp",
      sources: ["10.9.0.0/16"],
      sourcePorts: ["*"],
      destinations: ["*"],
      ports: ["53"],
      description: undefined,
    });
  });
});

describe("VNet", () => {
  it("accepts static placement with the VNet's address space", () => {
    expect(problems({ vnet: staticVnet, controlPlaneSubnet: { cidr: "10.20.0.0/24" }, workerSubnet: { cidr: "10.20.1.0/24" } })).toEqual([]);
  });

  it("wants the existing VNet's address space rather than a default", () => {
    expect(problems({ vnet: { name: "vnet-hub" } })).toContain(
      "vnet.addressSpace: an existing VNet needs its address space here (static placement), so subnets can be checked against it",
    );
  });

  it("refuses a resource group without a VNet name", () => {
    expect(problems({ vnet: { resourceGroup: "rg-network" } })).toEqual([
      "vnet.resourceGroup: resourceGroup names where an existing VNet is: set vnet.name too (static placement), or remove it",
    ]);
  });

  it("refuses invalid, overlapping and Azure-reserved address spaces", () => {
    expect(problems({ vnet: { addressSpace: ["10.0.0.0/8", "10.64.0.0/16", "169.254.0.0/16", "10.1.2.3/8"] } })).toEqual([
      "vnet.addressSpace.3: 10.1.2.3/8 has host bits set: the network address of that prefix is 10.0.0.0/8",
      "vnet.addressSpace.1: 10.64.0.0/16 overlaps 10.0.0.0/8, also in the address space",
      "vnet.addressSpace.2: 169.254.0.0/16 overlaps 169.254.0.0/16 (link-local), which Azure does not allow in a VNet",
      // With an unparseable space the subnets cannot be placed: no containment noise.
    ]);
  });
});

describe("subnets", () => {
  it("must lie inside the VNet", () => {
    expect(problems({ vnet: { addressSpace: ["10.0.0.0/16"] } })).toEqual([
      "workerSubnet.cidr: 10.1.0.0/16 is not inside the VNet's address space (10.0.0.0/16)",
    ]);
  });

  it("must not overlap each other, with a free block suggested", () => {
    expect(problems({ controlPlaneSubnet: { cidr: "10.0.0.0/16" }, workerSubnet: { cidr: "10.0.128.0/17" } })).toEqual([
      "workerSubnet.cidr: 10.0.128.0/17 overlaps the control-plane subnet 10.0.0.0/16; for example 10.1.0.0/16 is free after it",
    ]);
  });

  it("must be valid CIDRs of at least /29", () => {
    expect(problems({ controlPlaneSubnet: { cidr: "10.0.0.0/30" }, workerSubnet: { cidr: "10.1.0.1/16" } })).toEqual([
      "controlPlaneSubnet.cidr: 10.0.0.0/30 is smaller than a /29, the smallest subnet Azure allows",
      "workerSubnet.cidr: 10.1.0.1/16 has host bits set: the network address of that prefix is 10.1.0.0/16",
    ]);
  });

  it("must have different names", () => {
    expect(problems({ controlPlaneSubnet: { name: "nodes" }, workerSubnet: { name: "nodes" } })).toEqual([
      'workerSubnet.name: "nodes" is already the control-plane subnet: the two subnets are separate',
    ]);
  });
});

describe("existing subnets and NSGs", () => {
  const existing = {
    vnet: staticVnet,
    controlPlaneSubnet: { name: "snet-cp", existing: true, cidr: "10.20.0.0/24", nsg: { name: "nsg-cp", existing: true } },
    workerSubnet: { name: "snet-nodes", existing: true, cidr: "10.20.1.0/24", nsg: { name: "nsg-nodes", existing: true, resourceGroup: "rg-sec" } },
    egress: "userDefinedRouting" as const,
  };

  it("accepts existing subnets with their NSGs and user-defined routing", () => expect(problems(existing)).toEqual([]));

  it("need static placement, a name, a CIDR and the NSG they have", () => {
    expect(problems({ controlPlaneSubnet: { existing: true }, egress: "userDefinedRouting" })).toEqual([
      "controlPlaneSubnet.cidr: an existing subnet needs its CIDR here, so capacity and overlaps can be checked",
      "controlPlaneSubnet.existing: an existing subnet lives in an existing VNet: set vnet.name (static placement), or remove existing",
      "controlPlaneSubnet.existing: name the existing subnet with name",
      "controlPlaneSubnet.nsg: an existing subnet keeps the NSG it is associated with: name that NSG with nsg: { name, existing: true }",
    ]);
  });

  it("keep their egress and route table", () => {
    expect(problems({ ...existing, egress: "natGateway" })).toEqual([
      "egress: an existing worker subnet keeps the egress its owners gave it (NAT gateway, firewall route): set egress: userDefinedRouting",
    ]);
    expect(problems({ ...existing, workerSubnet: { ...existing.workerSubnet, routeTable: { name: "rt" } } })).toEqual([
      "workerSubnet.routeTable: an existing subnet keeps its own route table: routeTable only applies to subnets this stack creates",
    ]);
  });

  it("adopted NSGs need a name; new NSGs take no resource group", () => {
    expect(problems({ workerSubnet: { nsg: { existing: true } } })).toEqual(["workerSubnet.nsg.name: name the existing NSG with name"]);
    expect(problems({ workerSubnet: { nsg: { resourceGroup: "rg-sec" } } })).toEqual([
      "workerSubnet.nsg.resourceGroup: resourceGroup only applies to an existing NSG (existing: true); new NSGs go in the cluster's resource group",
    ]);
  });
});

describe("sources and security rules", () => {
  it("checks API server sources", () => {
    expect(problems({ apiServerSources: ["203.0.113.0/24", "198.51.100.7"] })).toEqual([]);
    expect(problems({ apiServerSources: ["Internet", "203.0.113.0/24"] })).toEqual([
      'apiServerSources: "Internet" must be the only entry: Azure accepts either one service tag or *, or a list of addresses and CIDRs',
    ]);
  });

  it("refuses SSH from anywhere or whole Azure ranges", () => {
    expect(problems({ sshSources: ["10.9.0.0/24"] })).toEqual([]);
    expect(problems({ sshSources: ["VirtualNetwork"] })).toEqual([]);
    expect(problems({ sshSources: ["*"] })).toEqual(["sshSources.0: SSH from anywhere is refused: list the CIDRs of your bastion, VPN or jump hosts"]);
    expect(problems({ sshSources: ["Internet"] })).toEqual(["sshSources.0: SSH from the internet is refused: list the CIDRs of your bastion, VPN or jump hosts"]);
    expect(problems({ sshSources: ["AzureCloud"] })).toEqual([
      "sshSources.0: SSH from the service tag AzureCloud opens port 22 to everyone in it: list the CIDRs of your bastion, VPN or jump hosts, or VirtualNetwork",
    ]);
    expect(problems({ sshSources: ["0.0.0.0/0"] })).toEqual(["sshSources.0: SSH from 0.0.0.0/0 opens port 22 to 4294967296 addresses: list blocks of /8 or smaller for your bastion, VPN or jump hosts"]);
    expect(problems({ sshSources: ["10.0.0.0/7"] })).toHaveLength(1);
    expect(problems({ sshSources: ["10.0.0.0/8"] })).toEqual([]);
  });

  it("locates rule problems and clashes with the built-in rules in the subnet's list", () => {
    const rules = [
      { name: "allow-metrics", priority: 2201, protocol: "Tcp" as const, sources: ["10.50.0.0/16"], ports: ["9100"] },
      { name: "deny-bad", priority: 5000, access: "Deny" as const, protocol: "*" as const, sources: ["*"], ports: ["*"] },
    ];
    expect(problems({ controlPlaneSubnet: { securityRules: rules } })).toEqual([
      "controlPlaneSubnet.securityRules.1.priority: priority 5000 is not an integer from 100 to 4096",
      'controlPlaneSubnet.securityRules.0.priority: Inbound priority 2201 is already used by the built-in rule "allow-apiserver" (priorities are unique per direction within an NSG)',
    ]);
  });

  it("leaves 2201 free on AKS, whose API server is not in the control-plane subnet", () => {
    const rules = [{ name: "r", priority: 2201, protocol: "Tcp" as const, sources: ["10.50.0.0/16"], ports: ["9100"] }];
    expect(problems({ controlPlaneSubnet: { securityRules: rules } }, { apiServerRule: false })).toEqual([]);
  });
});

describe("egress", () => {
  it("checks NAT gateway settings", () => {
    expect(problems({ natGateway: { idleTimeoutMinutes: 10, publicIpCount: 2 } })).toEqual([]);
    expect(problems({ natGateway: { idleTimeoutMinutes: 3, publicIpCount: 17 } })).toEqual([
      "natGateway.idleTimeoutMinutes: idle timeout 3 is not a whole number of minutes from 4 to 120",
      "natGateway.publicIpCount: 17 public IPs: a NAT gateway takes 1 to 16",
    ]);
  });

  it("refuses NAT gateway settings without a NAT gateway", () => {
    expect(problems({ egress: "userDefinedRouting", natGateway: {} })).toEqual([
      "natGateway: natGateway settings only apply with egress: natGateway (egress is userDefinedRouting)",
    ]);
  });
});

describe("zones", () => {
  it.each([[["1"]], [["1", "2", "3"]], [["3", "1"]]])("accepts %j", (zones) => expect(zonesProblem(zones)).toBeUndefined());
  it.each([
    [[], "list at least one zone"],
    [["4"], 'zone "4" is not one of 1, 2, 3'],
    [["1", "1"], "zone 1 is listed twice"],
  ])("refuses %j", (zones, message) => expect(zonesProblem(zones)).toBe(message));
});
