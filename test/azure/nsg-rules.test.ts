import {
  addressListProblems,
  addressPrefixProblem,
  controlPlaneBuiltInRules,
  portListProblems,
  portRangeProblem,
  priorityProblem,
  ruleSetProblems,
  SecurityRule,
  securityRuleNameProblem,
  securityRuleProblems,
  workerBuiltInRules,
} from "../../src/azure/nsg-rules";

const rule = (over: Partial<SecurityRule> = {}): SecurityRule => ({
  name: "allow-metrics",
  priority: 300,
  direction: "Inbound",
  access: "Allow",
  protocol: "Tcp",
  sources: ["10.50.0.0/16"],
  sourcePorts: ["*"],
  destinations: ["*"],
  ports: ["9100"],
  ...over,
});

describe("rule names", () => {
  it.each(["allow-ssh", "Allow_Metrics.v2", "a", "r_"])("accepts %s", (name) =>
    expect(securityRuleNameProblem(name)).toBeUndefined(),
  );
  it.each(["-lead", "trail-", "has space", "x".repeat(81), ""])("refuses %j", (name) =>
    expect(securityRuleNameProblem(name)).toMatch(/not a valid rule name/),
  );
});

describe("priorities", () => {
  it.each([100, 2500, 4096])("accepts %i", (p) => expect(priorityProblem(p)).toBeUndefined());
  it.each([99, 4097, 150.5])("refuses %d", (p) =>
    expect(priorityProblem(p)).toBe(`priority ${p} is not an integer from 100 to 4096`),
  );
});

describe("ports", () => {
  it.each(["*", "0", "443", "30000-32767", "65535"])("accepts %s", (p) => expect(portRangeProblem(p)).toBeUndefined());
  it.each([
    ["65536", "65536: ports go up to 65535"],
    ["9000-8000", "9000-8000: the range starts after it ends"],
    ["http", '"http" is not a port such as 443, a range such as 30000-32767, or *'],
    ["80,443", '"80,443" is not a port such as 443, a range such as 30000-32767, or *'],
  ])("refuses %s", (p, message) => expect(portRangeProblem(p)).toBe(message));

  it("wants * alone, no repeats, at least one", () => {
    expect(portListProblems(["80", "443"])).toEqual([]);
    expect(portListProblems(["*", "443"])).toEqual([
      { path: [], message: '"*" must be the only entry: it already matches every port' },
    ]);
    expect(portListProblems(["443", "443"])).toEqual([{ path: [], message: '"443" is listed twice' }]);
    expect(portListProblems([])).toEqual([{ path: [], message: "list at least one port, range, or *" }]);
    expect(portListProblems(["80", "x"])).toEqual([
      { path: [1], message: expect.stringContaining('"x" is not a port') },
    ]);
  });
});

describe("address prefixes", () => {
  it.each([
    "*",
    "203.0.113.7",
    "203.0.113.0/24",
    "Internet",
    "VirtualNetwork",
    "AzureLoadBalancer",
    "AzureCloud.westeurope",
  ])("accepts %s", (a) => expect(addressPrefixProblem(a)).toBeUndefined());
  it.each([
    ["203.0.113.1/24", "203.0.113.1/24 has host bits set: the network address of that prefix is 203.0.113.0/24"],
    ["300.1.1.1", '"300.1.1.1" is not an IPv4 address'],
    ["10.0.0.0/40", '"10.0.0.0/40" is not an IPv4 CIDR such as 10.0.0.0/16'],
    [
      "my-office",
      '"my-office" is not *, an IPv4 address, a CIDR such as 203.0.113.0/24 or a service tag such as AzureLoadBalancer',
    ],
  ])("refuses %s", (a, message) => expect(addressPrefixProblem(a)).toBe(message));

  it("wants a service tag or * alone, because source_address_prefixes refuses tags", () => {
    expect(addressListProblems(["10.0.0.0/8", "192.168.0.0/16"])).toEqual([]);
    expect(addressListProblems(["VirtualNetwork", "10.0.0.0/8"])).toEqual([
      {
        path: [],
        message:
          '"VirtualNetwork" must be the only entry: Azure accepts either one service tag or *, or a list of addresses and CIDRs',
      },
    ]);
    expect(addressListProblems([])).toEqual([
      { path: [], message: "list at least one address: *, a service tag, or CIDRs" },
    ]);
    expect(addressListProblems(["10.0.0.0/8", "10.0.0.0/8"])).toEqual([
      { path: [], message: '"10.0.0.0/8" is listed twice' },
    ]);
  });
});

describe("one rule", () => {
  it("passes a valid rule", () => expect(securityRuleProblems(rule())).toEqual([]));

  it("locates each problem by key", () => {
    const problems = securityRuleProblems(
      rule({
        name: "bad name",
        priority: 50,
        protocol: "Gre" as never,
        sources: ["10.0.0"],
        ports: ["99999"],
        description: "d".repeat(141),
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      ["name"],
      ["priority"],
      ["protocol"],
      ["sources", 0],
      ["ports", 0],
      ["description"],
    ]);
    expect(problems.find((p) => p.path[0] === "protocol")?.message).toBe(
      "protocol is one of Tcp, Udp, Icmp, Esp, Ah, *",
    );
    expect(problems.find((p) => p.path[0] === "description")?.message).toBe(
      "descriptions are at most 140 characters (this one has 141)",
    );
  });
});

describe("rules sharing an NSG", () => {
  it("allows the same priority in both directions", () => {
    expect(ruleSetProblems([rule(), rule({ name: "out", direction: "Outbound" })])).toEqual([]);
  });

  it("refuses the same priority twice in one direction and repeated names (ignoring case)", () => {
    expect(ruleSetProblems([rule(), rule({ name: "other" }), rule({ name: "ALLOW-METRICS", priority: 301 })])).toEqual([
      {
        path: [1, "priority"],
        message:
          'Inbound priority 300 is already used by rule [0] "allow-metrics" (priorities are unique per direction within an NSG)',
      },
      {
        path: [2, "name"],
        message: '"ALLOW-METRICS" is already the name of rule [0] (rule names are unique per NSG, ignoring case)',
      },
    ]);
  });

  it("refuses clashes with the built-in rules", () => {
    const builtIn = controlPlaneBuiltInRules({ apiServerSources: ["*"], sshSources: [], subnetCidr: "10.0.0.0/16" });
    expect(
      ruleSetProblems([rule({ priority: 2201 }), rule({ name: "allow-apiserver", priority: 400 })], builtIn),
    ).toEqual([
      {
        path: [0, "priority"],
        message:
          'Inbound priority 2201 is already used by the built-in rule "allow-apiserver" (priorities are unique per direction within an NSG)',
      },
      {
        path: [1, "name"],
        message:
          '"allow-apiserver" is already the name of the built-in rule "allow-apiserver" (rule names are unique per NSG, ignoring case)',
      },
    ]);
  });
});

describe("built-in rules", () => {
  it("opens 6443 on the control plane to the API server sources, SSH only when asked", () => {
    const rules = controlPlaneBuiltInRules({ apiServerSources: ["*"], sshSources: [], subnetCidr: "10.0.0.0/16" });
    expect(rules).toEqual([
      expect.objectContaining({
        name: "allow-apiserver",
        priority: 2201,
        protocol: "Tcp",
        sources: ["*"],
        destinations: ["10.0.0.0/16"],
        ports: ["6443"],
      }),
    ]);
  });

  it("opens nothing to the cluster's own public addresses: nodes reach the API server through the internal load balancer", () => {
    const rules = controlPlaneBuiltInRules({
      apiServerSources: ["203.0.113.0/24"],
      sshSources: [],
      subnetCidr: "10.0.0.0/16",
    });
    expect(rules.map((r) => r.name)).toEqual(["allow-apiserver"]);
  });

  it("lets public service ports in on the workers only when asked, to any destination (floating IP keeps the service address)", () => {
    const publicServices = { ports: ["80", "443"], sources: ["Internet"], protocol: "Tcp" as const };
    expect(
      workerBuiltInRules({ apiServerSources: [], sshSources: [], subnetCidr: "10.1.0.0/16", publicServices }),
    ).toEqual([
      expect.objectContaining({
        name: "allow-public-services",
        priority: 2300,
        protocol: "Tcp",
        sources: ["Internet"],
        destinations: ["*"],
        ports: ["80", "443"],
      }),
    ]);
  });

  it("gives workers nothing from the internet, and SSH from the listed sources", () => {
    expect(workerBuiltInRules({ apiServerSources: ["*"], sshSources: [], subnetCidr: "10.1.0.0/16" })).toEqual([]);
    expect(
      workerBuiltInRules({ apiServerSources: ["*"], sshSources: ["10.9.0.0/16"], subnetCidr: "10.1.0.0/16" }),
    ).toEqual([
      expect.objectContaining({
        name: "allow-ssh",
        priority: 2200,
        sources: ["10.9.0.0/16"],
        destinations: ["10.1.0.0/16"],
        ports: ["22"],
      }),
    ]);
  });
});
