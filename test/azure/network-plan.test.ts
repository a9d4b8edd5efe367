import {
  NetworkContext,
  NetworkInput,
  networkInputOf,
  networkPlanProblems,
  networkPlanWarnings,
  resolveNetworkPlan,
  zonesProblem,
} from "../../src/azure/network-plan";

const IAAS: NetworkContext = { selfHostedControlPlane: true, proxied: false, zones: ["1", "2", "3"] };
const AKS: NetworkContext = { ...IAAS, selfHostedControlPlane: false };

/** Resolves and checks as the schema and ClusterNetwork do (the plan only when it resolved), as `path: message`. */
function problems(input: NetworkInput, context = IAAS): string[] {
  const { plan, issues } = resolveNetworkPlan(input, context);
  return (issues.length > 0 ? issues : networkPlanProblems(plan, context)).map(
    (i) => `${i.path.join(".")}: ${i.message}`,
  );
}

const staticVnet = { name: "vnet-hub", resourceGroup: "rg-network", addressSpace: ["10.20.0.0/16"] };

describe("defaults", () => {
  it("resolves to CAPZ's layout with zone-redundant load balancer egress and no SSH", () => {
    const { plan, issues } = resolveNetworkPlan({}, IAAS);
    expect(issues).toEqual([]);
    expect(plan).toEqual({
      vnet: { name: undefined, resourceGroup: undefined, addressSpace: ["10.0.0.0/8"] },
      controlPlaneSubnet: expect.objectContaining({
        cidr: "10.0.0.0/16",
        existing: false,
        nsg: { name: undefined, existing: false, resourceGroup: undefined },
        securityRules: [],
      }),
      workerSubnet: expect.objectContaining({ cidr: "10.1.0.0/16", existing: false }),
      apiServerSources: ["*"],
      sshSources: [],
      publicServices: undefined,
      egress: "loadBalancer",
      natGateway: undefined,
      loadBalancer: { idleTimeoutMinutes: 4, publicIpCount: 1 },
      egressAddresses: [],
    });
    expect(networkPlanProblems(plan, IAAS)).toEqual([]);
  });

  it("gives AKS, which hosts its control plane, a worker subnet only", () => {
    const { plan, issues } = resolveNetworkPlan({}, AKS);
    expect(issues).toEqual([]);
    expect(plan.controlPlaneSubnet).toBeUndefined();
    expect(plan.apiServerSources).toEqual([]);
    expect(
      problems({ controlPlaneSubnet: { cidr: "10.0.0.0/24" }, apiServerSources: ["10.9.0.0/16"] }, AKS).map(
        (p) => p.split(":")[0],
      ),
    ).toEqual(["controlPlaneSubnet", "apiServerSources"]);
  });

  it("defaults egress to routed behind a proxy: nothing public is made for the nodes", () => {
    expect(resolveNetworkPlan({}, { ...IAAS, proxied: true }).plan).toMatchObject({
      egress: "userDefinedRouting",
      loadBalancer: undefined,
      natGateway: undefined,
    });
    // Settings of one kind imply it.
    expect(resolveNetworkPlan({ natGateway: { publicIpCount: 2 } }, { ...IAAS, proxied: true }).plan).toMatchObject({
      egress: "natGateway",
      natGateway: { publicIpCount: 2, zone: "1" },
    });
  });

  it("resolves a plan's own input to the same plan", () => {
    for (const [input, context] of [
      [{}, IAAS],
      [{}, AKS],
      [
        {
          vnet: { name: "vnet-hub", addressSpace: ["10.20.0.0/16"] },
          workerSubnet: { cidr: "10.20.1.0/24" },
          egress: "userDefinedRouting",
          egressAddresses: ["198.51.100.10"],
        },
        AKS,
      ],
      [{ natGateway: { zone: "2" }, sshSources: ["10.9.0.0/24"], publicServices: { ports: ["443"] } }, IAAS],
    ] as [NetworkInput, NetworkContext][]) {
      const { plan } = resolveNetworkPlan(input, context);
      expect(resolveNetworkPlan(networkInputOf(plan), context)).toEqual({ plan, issues: [] });
    }
  });

  it("fills a security rule's common fields", () => {
    const { plan } = resolveNetworkPlan(
      {
        workerSubnet: {
          securityRules: [{ name: "r", priority: 300, protocol: "Udp", sources: ["10.9.0.0/16"], ports: ["53"] }],
        },
      },
      IAAS,
    );
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
    expect(
      problems({
        vnet: staticVnet,
        controlPlaneSubnet: { cidr: "10.20.0.0/24" },
        workerSubnet: { cidr: "10.20.1.0/24" },
      }),
    ).toEqual([]);
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
    const subnets = { controlPlaneSubnet: { cidr: "10.0.0.0/16" }, workerSubnet: { cidr: "10.1.0.0/16" } };
    expect(
      problems({ vnet: { addressSpace: ["10.0.0.0/8", "10.64.0.0/16", "169.254.0.0/16", "10.1.2.3/8"] }, ...subnets }),
    ).toEqual([
      "vnet.addressSpace.3: 10.1.2.3/8 has host bits set: the network address of that prefix is 10.0.0.0/8",
      "vnet.addressSpace.1: 10.64.0.0/16 overlaps 10.0.0.0/8, also in the address space",
      "vnet.addressSpace.2: 169.254.0.0/16 overlaps 169.254.0.0/16 (link-local), which Azure does not allow in a VNet",
      // With an unparseable space the subnets cannot be placed: no containment noise.
    ]);
  });
});

describe("subnets", () => {
  it("must lie inside the VNet, which a gateway's VNet names in the message", () => {
    expect(
      problems({
        vnet: { addressSpace: ["10.0.0.0/16"] },
        controlPlaneSubnet: { cidr: "10.0.0.0/24" },
        workerSubnet: { cidr: "10.1.0.0/16" },
      }),
    ).toEqual(["workerSubnet.cidr: 10.1.0.0/16 is not inside the VNet's address space (10.0.0.0/16)"]);
    const inherited = { ...AKS, vnetOrigin: 'privateCloudGateways "pcg"' };
    expect(problems({ vnet: staticVnet, workerSubnet: { cidr: "10.30.0.0/24" } }, inherited)).toEqual([
      'workerSubnet.cidr: 10.30.0.0/24 is not inside the VNet\'s address space (10.20.0.0/16, inherited from privateCloudGateways "pcg")',
    ]);
  });

  it("have no default CIDR outside the cluster's default VNet: nothing could know what is free there", () => {
    expect(problems({ vnet: staticVnet }, AKS)).toEqual([
      "workerSubnet.cidr: is required: VNet vnet-hub is not this cluster's own, so no default can know which addresses are free in it",
    ]);
    expect(problems({ vnet: staticVnet }, { ...AKS, vnetOrigin: 'privateCloudGateways "pcg"' })[0]).toContain(
      'VNet vnet-hub (inherited from privateCloudGateways "pcg") is not',
    );
    expect(problems({ vnet: { addressSpace: ["172.20.0.0/16"] } }, AKS)).toEqual([
      "workerSubnet.cidr: is required: the VNet's address space is not the default one, so no default can know which addresses are free in it",
    ]);
  });

  it("need names Azure accepts", () => {
    expect(problems({ workerSubnet: { name: "my subnet!", nsg: { name: "-nsg" } } })).toEqual([
      "workerSubnet.name: \"my subnet!\" is not a subnet name: 1-80 letters, digits, '_', '.' and '-', starting with a letter or digit and ending with a letter, digit or '_'",
      "workerSubnet.nsg.name: \"-nsg\" is not an NSG name: 1-80 letters, digits, '_', '.' and '-', starting with a letter or digit and ending with a letter, digit or '_'",
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
    controlPlaneSubnet: {
      name: "snet-cp",
      existing: true,
      cidr: "10.20.0.0/24",
      nsg: { name: "nsg-cp", existing: true },
    },
    workerSubnet: {
      name: "snet-nodes",
      existing: true,
      cidr: "10.20.1.0/24",
      nsg: { name: "nsg-nodes", existing: true, resourceGroup: "rg-sec" },
    },
    egress: "userDefinedRouting" as const,
  };

  it("accepts existing subnets with their NSGs and user-defined routing", () => expect(problems(existing)).toEqual([]));

  it("need static placement, a name, a CIDR and the NSG they have", () => {
    expect(problems({ controlPlaneSubnet: { existing: true }, egress: "userDefinedRouting" })).toEqual([
      "controlPlaneSubnet.cidr: an existing subnet needs its CIDR here, so capacity and overlaps can be checked",
    ]);
    expect(
      problems({ controlPlaneSubnet: { existing: true, cidr: "10.0.0.0/16" }, egress: "userDefinedRouting" }),
    ).toEqual([
      "controlPlaneSubnet.existing: an existing subnet lives in an existing VNet: set vnet.name (static placement), or remove existing",
      "controlPlaneSubnet.existing: name the existing subnet with name",
      "controlPlaneSubnet.nsg: an existing subnet keeps the NSG it is associated with: name that NSG with nsg: { name, existing: true }",
    ]);
  });

  it("cannot both adopt one NSG: the built-in rules would be added to it twice", () => {
    const shared = { ...existing, workerSubnet: { ...existing.workerSubnet, nsg: { name: "nsg-cp", existing: true } } };
    expect(problems(shared)).toEqual([
      'workerSubnet.nsg.name: both subnets adopt NSG "nsg-cp": each subnet\'s built-in rules (allow-ssh at 2200, ...) would be added to it twice; give each subnet an NSG of its own',
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
    expect(problems({ workerSubnet: { nsg: { existing: true } } })).toEqual([
      "workerSubnet.nsg.name: name the existing NSG with name",
    ]);
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
    expect(problems({ sshSources: ["*"] })).toEqual([
      "sshSources.0: SSH from anywhere is refused: list the CIDRs of your bastion, VPN or jump hosts",
    ]);
    expect(problems({ sshSources: ["Internet"] })).toEqual([
      "sshSources.0: SSH from the internet is refused: list the CIDRs of your bastion, VPN or jump hosts",
    ]);
    expect(problems({ sshSources: ["AzureCloud"] })).toEqual([
      "sshSources.0: SSH from the service tag AzureCloud opens port 22 to everyone in it: list the CIDRs of your bastion, VPN or jump hosts, or VirtualNetwork",
    ]);
    expect(problems({ sshSources: ["0.0.0.0/0"] })).toEqual([
      "sshSources.0: SSH from 0.0.0.0/0 opens port 22 to 4294967296 addresses: list blocks of /8 or smaller for your bastion, VPN or jump hosts",
    ]);
    expect(problems({ sshSources: ["10.0.0.0/7"] })).toHaveLength(1);
    expect(problems({ sshSources: ["10.0.0.0/8"] })).toEqual([]);
  });

  it("locates rule problems and clashes with the built-in rules in the subnet's list", () => {
    const rules = [
      { name: "allow-metrics", priority: 2201, protocol: "Tcp" as const, sources: ["10.50.0.0/16"], ports: ["9100"] },
      {
        name: "deny-bad",
        priority: 5000,
        access: "Deny" as const,
        protocol: "*" as const,
        sources: ["*"],
        ports: ["*"],
      },
    ];
    expect(problems({ controlPlaneSubnet: { securityRules: rules } })).toEqual([
      "controlPlaneSubnet.securityRules.1.priority: priority 5000 is not an integer from 100 to 4096",
      'controlPlaneSubnet.securityRules.0.priority: Inbound priority 2201 is already used by the built-in rule "allow-apiserver" (priorities are unique per direction within an NSG)',
    ]);
  });

  it("lets public service ports in on the worker NSG only when asked, never every port", () => {
    expect(problems({ publicServices: { ports: ["80", "443"] } })).toEqual([]);
    expect(problems({ publicServices: { ports: ["*"] } })).toEqual([
      "publicServices.ports: list the service ports (80, 443): * would open every port of every node to the sources",
    ]);
    const rule = { name: "mine", priority: 2300, protocol: "Tcp" as const, sources: ["10.50.0.0/16"], ports: ["9100"] };
    expect(problems({ publicServices: { ports: ["443"] }, workerSubnet: { securityRules: [rule] } })).toEqual([
      'workerSubnet.securityRules.0.priority: Inbound priority 2300 is already used by the built-in rule "allow-public-services" (priorities are unique per direction within an NSG)',
    ]);
  });
});

describe("egress", () => {
  it("warns that a NAT gateway lives in one zone when the nodes are in several", () => {
    const warnings = (context: NetworkContext) =>
      networkPlanWarnings(resolveNetworkPlan({ egress: "natGateway" }, context).plan, context).map((w) =>
        w.path.join("."),
      );
    expect(warnings(IAAS)).toEqual(["egress"]);
    expect(warnings({ ...IAAS, zones: ["2"] })).toEqual([]);
    expect(resolveNetworkPlan({ egress: "natGateway" }, { ...IAAS, zones: ["2", "3"] }).plan.natGateway?.zone).toBe(
      "2",
    );
    expect(problems({ natGateway: { zone: "3" } }, { ...IAAS, zones: ["1", "2"] })).toEqual([
      "natGateway.zone: zone 3 is not one of the cluster's zones (1, 2)",
    ]);
  });

  it("checks load balancer egress settings", () => {
    expect(problems({ loadBalancer: { idleTimeoutMinutes: 30, publicIpCount: 2 } })).toEqual([]);
    expect(
      problems({ loadBalancer: { idleTimeoutMinutes: 101, publicIpCount: 0 } }).map((p) => p.split(":")[0]),
    ).toEqual(["loadBalancer.idleTimeoutMinutes", "loadBalancer.publicIpCount"]);
  });

  it("takes a firewall's addresses with routed egress of an AKS cluster only (nothing else uses them)", () => {
    expect(
      problems({ egress: "userDefinedRouting", egressAddresses: ["198.51.100.10", "203.0.113.0/28"] }, AKS),
    ).toEqual([]);
    expect(problems({ egress: "userDefinedRouting", egressAddresses: ["198.51.100.300"] }, AKS)).toEqual([
      'egressAddresses.0: "198.51.100.300" is not an IPv4 address or CIDR',
    ]);
    expect(problems({ egressAddresses: ["198.51.100.10"] }, AKS).map((p) => p.split(":")[0])).toEqual([
      "egressAddresses",
    ]);
    expect(problems({ egress: "userDefinedRouting", egressAddresses: ["198.51.100.10"] })).toEqual([
      "egressAddresses: only AKS uses them (it adds them to its API server's authorized ranges); IaaS nodes reach their API server through the internal load balancer",
    ]);
  });

  it("checks NAT gateway settings", () => {
    expect(problems({ natGateway: { idleTimeoutMinutes: 10, publicIpCount: 2 } }, { ...IAAS, zones: ["1"] })).toEqual(
      [],
    );
    expect(problems({ natGateway: { idleTimeoutMinutes: 3, publicIpCount: 17 } }, { ...IAAS, zones: ["1"] })).toEqual([
      "natGateway.idleTimeoutMinutes: idle timeout 3 is not a whole number of minutes from 4 to 120",
      "natGateway.publicIpCount: 17 public IPs: a NAT gateway takes 1 to 16",
    ]);
  });

  it("refuses NAT gateway settings without a NAT gateway", () => {
    expect(problems({ egress: "userDefinedRouting", natGateway: {} })).toEqual([
      "natGateway: natGateway settings only apply with egress: natGateway (egress is userDefinedRouting)",
    ]);
    expect(problems({ egress: "natGateway", loadBalancer: {} })).toEqual([
      "loadBalancer: loadBalancer settings only apply with egress: loadBalancer (egress is natGateway)",
    ]);
  });
});

describe("zones", () => {
  it.each([[["1"]], [["1", "2", "3"]], [["3", "1"]]])("accepts %j", (zones) =>
    expect(zonesProblem(zones)).toBeUndefined(),
  );
  it.each([
    [[], "list at least one zone"],
    [["4"], 'zone "4" is not one of 1, 2, 3'],
    [["1", "1"], "zone 1 is listed twice"],
  ])("refuses %j", (zones, message) => expect(zonesProblem(zones)).toBe(message));
});
