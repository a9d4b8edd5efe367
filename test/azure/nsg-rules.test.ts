import {
  addressListIssues,
  addressPrefixProblem,
  controlPlaneBuiltInRules,
  portListIssues,
  portRangeProblem,
  priorityProblem,
  ruleSetIssues,
  SecurityRule,
  securityRuleNameProblem,
  securityRuleIssues,
  workerBuiltInRules,
} from "../../src/azure/nsg-rules";
import { Issue } from "../../src/core/issues";

/** Issues as `[code, path]`. */
const codes = (issues: readonly Issue[]) => issues.map((i) => [i.code, i.path]);

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
    expect(securityRuleNameProblem(name)?.code).toBe("security-rule-name-syntax"),
  );
});

describe("priorities", () => {
  it.each([100, 2500, 4096])("accepts %i", (p) => expect(priorityProblem(p)).toBeUndefined());
  it.each([99, 4097, 150.5])("refuses %d", (p) => {
    expect(priorityProblem(p)?.code).toBe("security-rule-priority");
    expect(priorityProblem(p)?.message).toContain(String(p));
  });
});

describe("ports", () => {
  it.each(["*", "0", "443", "30000-32767", "65535"])("accepts %s", (p) => expect(portRangeProblem(p)).toBeUndefined());
  it.each([
    ["65536", "port-out-of-range"],
    ["9000-8000", "port-range-order"],
    ["http", "port-syntax"],
    ["80,443", "port-syntax"],
  ])("refuses %s", (p, code) => {
    expect(portRangeProblem(p)?.code).toBe(code);
    expect(portRangeProblem(p)?.message).toContain(p);
  });

  it("wants * alone, no repeats, at least one", () => {
    expect(portListIssues(["80", "443"])).toEqual([]);
    expect(codes(portListIssues(["*", "443"]))).toEqual([["port-list-any-alone", []]]);
    expect(codes(portListIssues(["443", "443"]))).toEqual([["listed-twice", []]]);
    expect(portListIssues(["443", "443"])[0].message).toContain('"443"');
    expect(codes(portListIssues([]))).toEqual([["port-list-empty", []]]);
    expect(codes(portListIssues(["80", "x"]))).toEqual([["port-syntax", [1]]]);
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
    ["203.0.113.1/24", "cidr-host-bits"],
    ["300.1.1.1", "ip-address-syntax"],
    ["10.0.0.0/40", "cidr-syntax"],
    ["my-office", "address-prefix-syntax"],
  ])("refuses %s", (a, code) => {
    expect(addressPrefixProblem(a)?.code).toBe(code);
    expect(addressPrefixProblem(a)?.message).toContain(a);
  });

  it("wants a service tag or * alone, because source_address_prefixes refuses tags", () => {
    expect(addressListIssues(["10.0.0.0/8", "192.168.0.0/16"])).toEqual([]);
    expect(codes(addressListIssues(["VirtualNetwork", "10.0.0.0/8"]))).toEqual([["address-list-tag-alone", []]]);
    expect(addressListIssues(["VirtualNetwork", "10.0.0.0/8"])[0].message).toContain('"VirtualNetwork"');
    expect(codes(addressListIssues([]))).toEqual([["address-list-empty", []]]);
    expect(codes(addressListIssues(["10.0.0.0/8", "10.0.0.0/8"]))).toEqual([["listed-twice", []]]);
    expect(addressListIssues(["10.0.0.0/8", "10.0.0.0/8"])[0].message).toContain('"10.0.0.0/8"');
  });
});

describe("one rule", () => {
  it("passes a valid rule", () => expect(securityRuleIssues(rule())).toEqual([]));

  it("locates each problem by key", () => {
    const problems = securityRuleIssues(
      rule({
        name: "bad name",
        priority: 50,
        protocol: "Gre" as never,
        sources: ["10.0.0"],
        ports: ["99999"],
        description: "d".repeat(141),
      }),
    );
    expect(codes(problems)).toEqual([
      ["security-rule-name-syntax", ["name"]],
      ["security-rule-priority", ["priority"]],
      ["security-rule-protocol", ["protocol"]],
      ["address-prefix-syntax", ["sources", 0]],
      ["port-out-of-range", ["ports", 0]],
      ["security-rule-description-length", ["description"]],
    ]);
    expect(problems.find((p) => p.path[0] === "description")?.message).toContain("141");
  });
});

describe("rules sharing an NSG", () => {
  it("allows the same priority in both directions", () => {
    expect(ruleSetIssues([rule(), rule({ name: "out", direction: "Outbound" })])).toEqual([]);
  });

  it("refuses the same priority twice in one direction and repeated names (ignoring case)", () => {
    const issues = ruleSetIssues([rule(), rule({ name: "other" }), rule({ name: "ALLOW-METRICS", priority: 301 })]);
    expect(codes(issues)).toEqual([
      ["security-rule-priority-duplicate", [1, "priority"]],
      ["security-rule-name-duplicate", [2, "name"]],
    ]);
    // The priority clash names the rule that holds the priority.
    expect(issues[0].message).toContain('"allow-metrics"');
  });

  it("refuses clashes with the built-in rules", () => {
    const builtIn = controlPlaneBuiltInRules({ apiServerSources: ["*"], sshSources: [], subnetCidr: "10.0.0.0/16" });
    const issues = ruleSetIssues([rule({ priority: 2201 }), rule({ name: "allow-apiserver", priority: 400 })], builtIn);
    expect(codes(issues)).toEqual([
      ["security-rule-priority-duplicate", [0, "priority"]],
      ["security-rule-name-duplicate", [1, "name"]],
    ]);
    // The same codes as clashes between the user's rules: the message names the built-in rule.
    expect(issues[0].message).toContain('"allow-apiserver"');
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
