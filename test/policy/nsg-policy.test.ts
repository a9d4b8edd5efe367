/** The NSG rule over prod-edge's SSH rule (from the bastion) and prod-apps' public services rule, edited. */
import { compliant, defaultStack, failingOf, linesOf } from "./policy-fixtures";

const SSH = "azurerm_network_security_rule.network_worker_nsg_allow_ssh";

function edgeWithSshRule(edit: (rule: any) => void): any {
  const json = compliant(defaultStack("prod", "prod-edge"));
  edit(json.resource.azurerm_network_security_rule.network_worker_nsg_allow_ssh);
  return json;
}

const nsgFailures = (stack: string, json: any) => failingOf(stack, json).filter((f) => f.startsWith("PAZ-NSG"));

describe("PAZ-NSG-001: no SSH, RDP or every port from the internet", () => {
  it("passes on SSH from a private bastion subnet, and on 80/443 from the internet (public services)", () => {
    expect(
      nsgFailures(
        "prod-edge",
        edgeWithSshRule(() => {}),
      ),
    ).toEqual([]);
    expect(nsgFailures("prod-apps", compliant(defaultStack("prod", "prod-apps")))).toEqual([]);
  });

  it.each([
    ["*", { source_address_prefix: "*" }],
    ["Internet", { source_address_prefix: "Internet" }],
    ["0.0.0.0/0", { source_address_prefix: "0.0.0.0/0" }],
    [
      "a public address among private ones",
      { source_address_prefix: undefined, source_address_prefixes: ["10.0.0.0/8", "198.51.100.7"] },
    ],
  ])("fails on SSH from %s", (_what, change) => {
    const json = edgeWithSshRule((rule) => Object.assign(rule, change));
    expect(nsgFailures("prod-edge", json)).toEqual([`PAZ-NSG-001 ${SSH}`]);
  });

  it("fails on RDP, on a range that covers SSH, and on every port; prints what it opens", () => {
    const rdp = edgeWithSshRule((rule) =>
      Object.assign(rule, { source_address_prefix: "Internet", destination_port_range: "3389" }),
    );
    expect(linesOf("prod-edge", rdp)).toContain(
      `high PAZ-NSG-001 prod-edge ${SSH}: admits RDP (3389) from the internet (source_address_prefix = Internet, destination_port_range = 3389)`,
    );
    const range = edgeWithSshRule((rule) =>
      Object.assign(rule, { source_address_prefix: "*", destination_port_range: "20-30" }),
    );
    expect(nsgFailures("prod-edge", range)).toEqual([`PAZ-NSG-001 ${SSH}`]);
    const everything = edgeWithSshRule((rule) =>
      Object.assign(rule, { source_address_prefix: "*", destination_port_range: "*" }),
    );
    expect(linesOf("prod-edge", everything)).toContain(
      `high PAZ-NSG-001 prod-edge ${SSH}: admits every port from the internet (source_address_prefix = *, destination_port_range = *)`,
    );
  });

  it("passes on a rule from the internet that denies, goes outbound, or is ICMP", () => {
    for (const change of [
      { access: "Deny" },
      { direction: "Outbound" },
      { protocol: "Icmp", destination_port_range: "*" },
    ]) {
      const json = edgeWithSshRule((rule) => Object.assign(rule, { source_address_prefix: "*" }, change));
      expect(nsgFailures("prod-edge", json)).toEqual([]);
    }
  });

  it("fails on a rule written inline in the NSG", () => {
    const json = compliant(defaultStack("prod", "prod-edge"));
    json.resource.azurerm_network_security_group.network_worker_nsg.security_rule = [
      {
        name: "ssh",
        priority: 100,
        direction: "Inbound",
        access: "Allow",
        protocol: "Tcp",
        source_address_prefix: "*",
        destination_port_range: "22",
        source_port_range: "*",
        destination_address_prefix: "*",
      },
    ];
    expect(nsgFailures("prod-edge", json)).toEqual(["PAZ-NSG-001 azurerm_network_security_group.network_worker_nsg"]);
  });
});
