import {
  NetworkContext,
  NetworkInput,
  networkInputOf,
  networkPlanIssues,
  networkPlanWarnings,
  resolveNetworkPlan,
} from "../../src/azure/network-plan";
import { zonesProblem } from "../../src/azure/zones";
import { formatPath, Issue } from "../../src/core/issues";

const IAAS: NetworkContext = { selfHostedControlPlane: true, proxied: false, zones: ["1", "2", "3"] };
const AKS: NetworkContext = { ...IAAS, selfHostedControlPlane: false };

/** Resolves and checks as the schema and ClusterNetwork do (the plan only when it resolved). */
function issuesOf(input: NetworkInput, context = IAAS): Issue[] {
  const { plan, issues } = resolveNetworkPlan(input, context);
  return issues.length > 0 ? issues : networkPlanIssues(plan, context);
}

/** The same, as `[code, key path]`. */
function problems(input: NetworkInput, context = IAAS): [string, string][] {
  return issuesOf(input, context).map((i) => [i.code, formatPath(i.path)]);
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
    expect(networkPlanIssues(plan, IAAS)).toEqual([]);
  });

  it("gives AKS, which hosts its control plane, a worker subnet only", () => {
    const { plan, issues } = resolveNetworkPlan({}, AKS);
    expect(issues).toEqual([]);
    expect(plan.controlPlaneSubnet).toBeUndefined();
    expect(plan.apiServerSources).toEqual([]);
    expect(problems({ controlPlaneSubnet: { cidr: "10.0.0.0/24" }, apiServerSources: ["10.9.0.0/16"] }, AKS)).toEqual([
      ["aks-no-control-plane-subnet", "controlPlaneSubnet"],
      ["aks-no-control-plane-subnet", "apiServerSources"],
    ]);
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
    expect(problems({ vnet: { name: "vnet-hub" } })).toContainEqual([
      "existing-vnet-address-space",
      "vnet.addressSpace",
    ]);
  });

  it("refuses a resource group without a VNet name", () => {
    expect(problems({ vnet: { resourceGroup: "rg-network" } })).toEqual([
      ["vnet-resource-group-without-name", "vnet.resourceGroup"],
    ]);
  });

  it("refuses invalid, overlapping and Azure-reserved address spaces", () => {
    const subnets = { controlPlaneSubnet: { cidr: "10.0.0.0/16" }, workerSubnet: { cidr: "10.1.0.0/16" } };
    expect(
      problems({ vnet: { addressSpace: ["10.0.0.0/8", "10.64.0.0/16", "169.254.0.0/16", "10.1.2.3/8"] }, ...subnets }),
    ).toEqual([
      ["cidr-host-bits", "vnet.addressSpace[3]"],
      ["address-space-overlap", "vnet.addressSpace[1]"],
      ["address-space-forbidden-range", "vnet.addressSpace[2]"],
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
    ).toEqual([["subnet-outside-vnet", "workerSubnet.cidr"]]);
    const inherited = { ...AKS, vnetOrigin: 'privateCloudGateways "pcg"' };
    const fromGateway = issuesOf({ vnet: staticVnet, workerSubnet: { cidr: "10.30.0.0/24" } }, inherited);
    expect(fromGateway).toEqual([
      expect.objectContaining({ code: "subnet-outside-vnet", path: ["workerSubnet", "cidr"] }),
    ]);
    expect(fromGateway[0].message).toContain('privateCloudGateways "pcg"');
  });

  it("have no default CIDR outside the cluster's default VNet: nothing could know what is free there", () => {
    expect(problems({ vnet: staticVnet }, AKS)).toEqual([["subnet-cidr-required", "workerSubnet.cidr"]]);
    const fromGateway = issuesOf({ vnet: staticVnet }, { ...AKS, vnetOrigin: 'privateCloudGateways "pcg"' });
    expect(fromGateway).toEqual([
      expect.objectContaining({ code: "subnet-cidr-required", path: ["workerSubnet", "cidr"] }),
    ]);
    expect(fromGateway[0].message).toContain('privateCloudGateways "pcg"');
    expect(problems({ vnet: { addressSpace: ["172.20.0.0/16"] } }, AKS)).toEqual([
      ["subnet-cidr-required", "workerSubnet.cidr"],
    ]);
  });

  it("need names Azure accepts", () => {
    expect(problems({ workerSubnet: { name: "my subnet!", nsg: { name: "-nsg" } } })).toEqual([
      ["resource-name-syntax", "workerSubnet.name"],
      ["resource-name-syntax", "workerSubnet.nsg.name"],
    ]);
  });

  it("must not overlap each other, with a free block suggested", () => {
    const overlap = issuesOf({ controlPlaneSubnet: { cidr: "10.0.0.0/16" }, workerSubnet: { cidr: "10.0.128.0/17" } });
    expect(overlap).toEqual([expect.objectContaining({ code: "subnets-overlap", path: ["workerSubnet", "cidr"] })]);
    expect(overlap[0].message).toContain("10.1.0.0/16");
  });

  it("must be valid CIDRs of at least /29", () => {
    expect(problems({ controlPlaneSubnet: { cidr: "10.0.0.0/30" }, workerSubnet: { cidr: "10.1.0.1/16" } })).toEqual([
      ["subnet-too-small", "controlPlaneSubnet.cidr"],
      ["cidr-host-bits", "workerSubnet.cidr"],
    ]);
  });

  it("must have different names", () => {
    expect(problems({ controlPlaneSubnet: { name: "nodes" }, workerSubnet: { name: "nodes" } })).toEqual([
      ["subnet-names-equal", "workerSubnet.name"],
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
      ["existing-subnet-cidr-missing", "controlPlaneSubnet.cidr"],
    ]);
    expect(
      problems({ controlPlaneSubnet: { existing: true, cidr: "10.0.0.0/16" }, egress: "userDefinedRouting" }),
    ).toEqual([
      ["existing-subnet-needs-vnet", "controlPlaneSubnet.existing"],
      ["existing-subnet-name-missing", "controlPlaneSubnet.existing"],
      ["existing-subnet-nsg", "controlPlaneSubnet.nsg"],
    ]);
  });

  it("cannot both adopt one NSG: the built-in rules would be added to it twice", () => {
    const shared = { ...existing, workerSubnet: { ...existing.workerSubnet, nsg: { name: "nsg-cp", existing: true } } };
    expect(problems(shared)).toEqual([["nsg-adopted-twice", "workerSubnet.nsg.name"]]);
  });

  it("keep their egress and route table", () => {
    expect(problems({ ...existing, egress: "natGateway" })).toEqual([["existing-subnet-egress", "egress"]]);
    expect(problems({ ...existing, workerSubnet: { ...existing.workerSubnet, routeTable: { name: "rt" } } })).toEqual([
      ["existing-subnet-route-table", "workerSubnet.routeTable"],
    ]);
  });

  it("adopted NSGs need a name; new NSGs take no resource group", () => {
    expect(problems({ workerSubnet: { nsg: { existing: true } } })).toEqual([
      ["existing-nsg-name-missing", "workerSubnet.nsg.name"],
    ]);
    expect(problems({ workerSubnet: { nsg: { resourceGroup: "rg-sec" } } })).toEqual([
      ["nsg-resource-group-without-existing", "workerSubnet.nsg.resourceGroup"],
    ]);
  });
});

describe("sources and security rules", () => {
  it("checks API server sources", () => {
    expect(problems({ apiServerSources: ["203.0.113.0/24", "198.51.100.7"] })).toEqual([]);
    expect(problems({ apiServerSources: ["Internet", "203.0.113.0/24"] })).toEqual([
      ["address-list-tag-alone", "apiServerSources"],
    ]);
  });

  it("refuses SSH from anywhere or whole Azure ranges", () => {
    expect(problems({ sshSources: ["10.9.0.0/24"] })).toEqual([]);
    expect(problems({ sshSources: ["VirtualNetwork"] })).toEqual([]);
    expect(problems({ sshSources: ["*"] })).toEqual([["ssh-from-internet", "sshSources[0]"]]);
    expect(problems({ sshSources: ["Internet"] })).toEqual([["ssh-from-internet", "sshSources[0]"]]);
    expect(problems({ sshSources: ["AzureCloud"] })).toEqual([["ssh-from-service-tag", "sshSources[0]"]]);
    expect(problems({ sshSources: ["0.0.0.0/0"] })).toEqual([["ssh-source-too-wide", "sshSources[0]"]]);
    expect(problems({ sshSources: ["10.0.0.0/7"] })).toEqual([["ssh-source-too-wide", "sshSources[0]"]]);
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
    const issues = issuesOf({ controlPlaneSubnet: { securityRules: rules } });
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual([
      ["security-rule-priority", "controlPlaneSubnet.securityRules[1].priority"],
      ["security-rule-priority-duplicate", "controlPlaneSubnet.securityRules[0].priority"],
    ]);
    expect(issues[1].message).toContain('"allow-apiserver"');
  });

  it("lets public service ports in on the worker NSG only when asked, never every port", () => {
    expect(problems({ publicServices: { ports: ["80", "443"] } })).toEqual([]);
    expect(problems({ publicServices: { ports: ["*"] } })).toEqual([
      ["public-services-any-port", "publicServices.ports"],
    ]);
    const rule = { name: "mine", priority: 2300, protocol: "Tcp" as const, sources: ["10.50.0.0/16"], ports: ["9100"] };
    const clash = issuesOf({ publicServices: { ports: ["443"] }, workerSubnet: { securityRules: [rule] } });
    expect(clash).toEqual([
      expect.objectContaining({
        code: "security-rule-priority-duplicate",
        path: ["workerSubnet", "securityRules", 0, "priority"],
      }),
    ]);
    expect(clash[0].message).toContain('"allow-public-services"');
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
      ["nat-gateway-zone", "natGateway.zone"],
    ]);
  });

  it("checks load balancer egress settings", () => {
    expect(problems({ loadBalancer: { idleTimeoutMinutes: 30, publicIpCount: 2 } })).toEqual([]);
    expect(problems({ loadBalancer: { idleTimeoutMinutes: 101, publicIpCount: 0 } })).toEqual([
      ["egress-idle-timeout", "loadBalancer.idleTimeoutMinutes"],
      ["egress-public-ip-count", "loadBalancer.publicIpCount"],
    ]);
  });

  it("takes a firewall's addresses with routed egress of an AKS cluster only (nothing else uses them)", () => {
    expect(
      problems({ egress: "userDefinedRouting", egressAddresses: ["198.51.100.10", "203.0.113.0/28"] }, AKS),
    ).toEqual([]);
    expect(problems({ egress: "userDefinedRouting", egressAddresses: ["198.51.100.300"] }, AKS)).toEqual([
      ["ip-address-syntax", "egressAddresses[0]"],
    ]);
    expect(problems({ egressAddresses: ["198.51.100.10"] }, AKS)).toEqual([
      ["egress-addresses-unused", "egressAddresses"],
    ]);
    expect(problems({ egress: "userDefinedRouting", egressAddresses: ["198.51.100.10"] })).toEqual([
      ["egress-addresses-iaas", "egressAddresses"],
    ]);
  });

  it("checks NAT gateway settings", () => {
    expect(problems({ natGateway: { idleTimeoutMinutes: 10, publicIpCount: 2 } }, { ...IAAS, zones: ["1"] })).toEqual(
      [],
    );
    expect(problems({ natGateway: { idleTimeoutMinutes: 3, publicIpCount: 17 } }, { ...IAAS, zones: ["1"] })).toEqual([
      ["egress-idle-timeout", "natGateway.idleTimeoutMinutes"],
      ["egress-public-ip-count", "natGateway.publicIpCount"],
    ]);
  });

  it("refuses NAT gateway settings without a NAT gateway", () => {
    expect(problems({ egress: "userDefinedRouting", natGateway: {} })).toEqual([
      ["egress-settings-unused", "natGateway"],
    ]);
    expect(problems({ egress: "natGateway", loadBalancer: {} })).toEqual([["egress-settings-unused", "loadBalancer"]]);
  });
});

describe("zones", () => {
  it.each([[["1"]], [["1", "2", "3"]], [["3", "1"]]])("accepts %j", (zones) =>
    expect(zonesProblem(zones)).toBeUndefined(),
  );
  it.each([
    [[], "zones-empty"],
    [["4"], "zone-unknown"],
    [["1", "1"], "zone-duplicate"],
  ])("refuses %j", (zones, code) => expect(zonesProblem(zones)?.code).toBe(code));
});
