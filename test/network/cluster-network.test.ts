import { Token } from "cdktf";
import { ClusterNetwork, ClusterNetworkProps } from "../../src/network/cluster-network";
import { byName, count, synthJson, testStack } from "./network-test-stack";
import { ValidationError } from "../../src/core/errors";
import { validationIssuesOf } from "../helpers";

const base: ClusterNetworkProps = {
  clusterName: "edge",
  environmentName: "prod",
  location: "westeurope",
  resourceGroupName: "rg-palette-prod",
};

function synth(props: Partial<ClusterNetworkProps> = {}) {
  const stack = testStack();
  const network = new ClusterNetwork(stack, "network", { ...base, ...props });
  return { network, json: synthJson(stack) };
}

describe("dynamic placement (default)", () => {
  const { network, json } = synth();

  it("creates the VNet with CAPZ's address space, leaving its subnets to the subnet resources", () => {
    expect(byName(json, "azurerm_virtual_network")).toEqual({
      "edge-prod-vnet": {
        name: "edge-prod-vnet",
        location: "westeurope",
        resource_group_name: "rg-palette-prod",
        address_space: ["10.0.0.0/8"],
        lifecycle: { ignore_changes: ["subnet"] },
      },
    });
  });

  it("creates two private subnets with CAPZ's CIDRs", () => {
    const subnets = byName(json, "azurerm_subnet");
    expect(Object.keys(subnets)).toEqual(["edge-prod-cp-subnet", "edge-prod-worker-subnet"]);
    expect(subnets["edge-prod-cp-subnet"]).toMatchObject({
      address_prefixes: ["10.0.0.0/16"],
      default_outbound_access_enabled: false,
    });
    expect(subnets["edge-prod-worker-subnet"]).toMatchObject({
      address_prefixes: ["10.1.0.0/16"],
      default_outbound_access_enabled: false,
    });
    expect(subnets["edge-prod-cp-subnet"].virtual_network_name).toMatch(/^\$\{azurerm_virtual_network\..+\.name\}$/);
    expect(subnets["edge-prod-cp-subnet"].service_endpoints).toBeUndefined();
  });

  it("gives each subnet its own NSG, whose rules are separate resources", () => {
    const nsgs = byName(json, "azurerm_network_security_group");
    expect(Object.keys(nsgs)).toEqual(["edge-prod-cp-nsg", "edge-prod-worker-nsg"]);
    expect(nsgs["edge-prod-cp-nsg"].lifecycle).toEqual({ ignore_changes: ["security_rule"] });
    expect(nsgs["edge-prod-cp-nsg"].security_rule).toBeUndefined();
    expect(count(json, "azurerm_subnet_network_security_group_association")).toBe(2);
  });

  it("opens only the API server on the control plane, from anywhere by default; nothing on workers", () => {
    const rules = Object.values<any>(json.resource.azurerm_network_security_rule);
    expect(rules).toEqual([
      expect.objectContaining({
        name: "allow-apiserver",
        priority: 2201,
        direction: "Inbound",
        access: "Allow",
        protocol: "Tcp",
        source_address_prefix: "*",
        source_port_range: "*",
        destination_address_prefix: "10.0.0.0/16",
        destination_port_range: "6443",
        network_security_group_name: expect.stringContaining("azurerm_network_security_group."),
      }),
    ]);
  });

  it("leaves egress to the cluster's zone-redundant load balancers: nothing zonal on the subnet", () => {
    expect(count(json, "azurerm_nat_gateway")).toBe(0);
    expect(count(json, "azurerm_public_ip")).toBe(0);
    expect(network.egress).toBe("loadBalancer");
    expect(network.loadBalancerEgress).toEqual({ idleTimeoutMinutes: 4, publicIpCount: 1 });
  });

  it("exposes what later constructs use", () => {
    expect(network.placement).toBe("dynamic");
    expect(network.addressSpace).toEqual(["10.0.0.0/8"]);
    expect(network.controlPlaneSubnetCidr).toBe("10.0.0.0/16");
    expect(network.workerSubnetCidr).toBe("10.1.0.0/16");
    for (const ref of [
      network.vnetId,
      network.controlPlaneSubnetId,
      network.workerSubnetId,
      network.controlPlaneNsgId,
      network.workerNsgId,
    ]) {
      expect(Token.isUnresolved(ref)).toBe(true);
    }
    expect(network.egressPublicIps).toBeUndefined();
    expect(network.workerSubnet).toMatchObject({ created: true, nsgCreated: true, cidr: "10.1.0.0/16" });
  });

  it("lists what must exist before the worker subnet is used: its NSG association", () => {
    expect(network.workerSubnetDependencies.map((d) => (d as any).terraformResourceType)).toEqual([
      "azurerm_subnet_network_security_group_association",
    ]);
  });
});

describe("static placement", () => {
  const vnet = { name: "vnet-hub", resourceGroup: "rg-network", addressSpace: ["10.20.0.0/16"] };

  it("creates subnets in an existing VNet of another resource group and checks the VNet at plan time", () => {
    const { network, json } = synth({
      vnet,
      controlPlaneSubnet: { cidr: "10.20.0.0/24" },
      workerSubnet: { cidr: "10.20.1.0/24" },
    });
    expect(count(json, "azurerm_virtual_network")).toBe(0);
    const found = byName(json, "data.azurerm_virtual_network")["vnet-hub"];
    expect(found.resource_group_name).toBe("rg-network");
    expect(found.lifecycle.postcondition).toEqual([
      {
        condition: '${alltrue([for cidr in ["10.20.0.0/16"] : contains(self.address_space, cidr)])}',
        error_message: expect.stringContaining(
          "VNet vnet-hub does not have every CIDR of network.vnet.addressSpace (10.20.0.0/16)",
        ),
      },
      { condition: '${self.location == "westeurope"}', error_message: expect.stringContaining("is not in westeurope") },
    ]);
    const subnets = byName(json, "azurerm_subnet");
    expect(subnets["edge-prod-cp-subnet"]).toMatchObject({
      resource_group_name: "rg-network",
      address_prefixes: ["10.20.0.0/24"],
    });
    expect(subnets["edge-prod-cp-subnet"].virtual_network_name).toMatch(
      /^\$\{data\.azurerm_virtual_network\..+\.name\}$/,
    );
    // New NSGs and the NAT gateway stay in the cluster's resource group.
    expect(byName(json, "azurerm_network_security_group")["edge-prod-cp-nsg"].resource_group_name).toBe(
      "rg-palette-prod",
    );
    expect(network.placement).toBe("static");
  });

  it("uses existing subnets and adopts their NSGs: rules are added, nothing else is created or associated", () => {
    const { network, json } = synth({
      vnet,
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
        nsg: { name: "nsg-nodes", existing: true, resourceGroup: "rg-security" },
      },
      egress: "userDefinedRouting",
    });
    for (const type of [
      "azurerm_subnet",
      "azurerm_network_security_group",
      "azurerm_subnet_network_security_group_association",
      "azurerm_nat_gateway",
      "azurerm_public_ip",
    ]) {
      expect(count(json, type)).toBe(0);
    }
    const nsgs = byName(json, "data.azurerm_network_security_group");
    expect(nsgs["nsg-cp"].resource_group_name).toBe("rg-network");
    expect(nsgs["nsg-nodes"].resource_group_name).toBe("rg-security");
    const rule = byName(json, "azurerm_network_security_rule")["allow-apiserver"];
    expect(rule.network_security_group_name).toMatch(/^\$\{data\.azurerm_network_security_group\..+\.name\}$/);
    expect(rule.resource_group_name).toMatch(/^\$\{data\.azurerm_network_security_group\..+\.resource_group_name\}$/);

    const subnet = byName(json, "data.azurerm_subnet")["snet-cp"];
    expect(subnet.resource_group_name).toBe("rg-network");
    expect(subnet.lifecycle.postcondition).toEqual([
      {
        condition: '${contains(self.address_prefixes, "10.20.0.0/24")}',
        error_message: expect.stringContaining("Subnet snet-cp does not have the prefix 10.20.0.0/24"),
      },
      {
        condition: expect.stringMatching(
          /^\$\{\(lower\(self\.network_security_group_id\) == lower\(data\.azurerm_network_security_group\..+\.id\)\)\}$/,
        ),
        error_message: expect.stringContaining("Subnet snet-cp is not associated with NSG nsg-cp"),
      },
    ]);
    expect(network.egressPublicIps).toBeUndefined();
    expect(network.controlPlaneSubnet).toMatchObject({ created: false, nsgCreated: false, cidr: "10.20.0.0/24" });
  });

  it("checks at plan time that existing subnets have the service endpoints storage needs", () => {
    const { json } = synth({
      vnet,
      controlPlaneSubnet: {
        name: "snet-cp",
        existing: true,
        cidr: "10.20.0.0/24",
        nsg: { name: "nsg-cp", existing: true },
      },
      workerSubnet: { cidr: "10.20.1.0/24" },
      serviceEndpoints: ["Microsoft.Storage"],
    });
    const conditions = byName(json, "data.azurerm_subnet")["snet-cp"].lifecycle.postcondition;
    expect(conditions[2]).toEqual({
      condition: '${alltrue([for endpoint in ["Microsoft.Storage"] : contains(self.service_endpoints, endpoint)])}',
      error_message: expect.stringContaining("lacks the service endpoints Microsoft.Storage"),
    });
    expect(byName(json, "azurerm_subnet")["edge-prod-worker-subnet"].service_endpoints).toEqual(["Microsoft.Storage"]);
  });

  it("adopts an existing NSG for a subnet it creates, and associates a route table", () => {
    const { json } = synth({
      vnet,
      controlPlaneSubnet: { cidr: "10.20.0.0/24" },
      workerSubnet: {
        cidr: "10.20.1.0/24",
        nsg: { name: "nsg-shared", existing: true },
        routeTable: { name: "rt-firewall", resourceGroup: "rg-hub" },
      },
      egress: "userDefinedRouting",
    });
    expect(Object.keys(byName(json, "azurerm_network_security_group"))).toEqual(["edge-prod-cp-nsg"]);
    const associations = Object.values<any>(json.resource.azurerm_subnet_network_security_group_association);
    expect(associations.map((a) => a.network_security_group_id)).toEqual([
      expect.stringMatching(/^\$\{azurerm_network_security_group\./),
      expect.stringMatching(/^\$\{data\.azurerm_network_security_group\./),
    ]);
    expect(byName(json, "data.azurerm_route_table")["rt-firewall"].resource_group_name).toBe("rg-hub");
    expect(count(json, "azurerm_subnet_route_table_association")).toBe(1);
    expect(count(json, "azurerm_nat_gateway")).toBe(0);
  });
});

describe("rules and egress options", () => {
  it("adds SSH on both NSGs and extra rules, with single values and lists as Azure wants them", () => {
    const { json } = synth({
      apiServerSources: ["203.0.113.0/24", "198.51.100.0/24"],
      sshSources: ["10.9.0.0/24"],
      workerSubnet: {
        securityRules: [
          {
            name: "allow-nodeports",
            priority: 300,
            protocol: "Tcp",
            sources: ["AzureLoadBalancer"],
            ports: ["30000-32767", "443"],
          },
          {
            name: "deny-smtp-out",
            priority: 310,
            direction: "Outbound",
            access: "Deny",
            protocol: "Tcp",
            sources: ["*"],
            destinations: ["Internet"],
            ports: ["25"],
            description: "no mail",
          },
        ],
      },
    });
    const rules = Object.values<any>(json.resource.azurerm_network_security_rule);
    expect(
      rules.map((r) => `${r.network_security_group_name.includes("worker") ? "worker" : "cp"}/${r.name}`).sort(),
    ).toEqual([
      "cp/allow-apiserver", // restricted sources only: nodes reach the API server through the internal load balancer
      "cp/allow-ssh",
      "worker/allow-nodeports",
      "worker/allow-ssh",
      "worker/deny-smtp-out",
    ]);
    const apiserver = rules.find((r) => r.name === "allow-apiserver");
    expect(apiserver.source_address_prefixes).toEqual(["203.0.113.0/24", "198.51.100.0/24"]);
    expect(apiserver.source_address_prefix).toBeUndefined();
    const nodeports = rules.find((r) => r.name === "allow-nodeports");
    expect(nodeports).toMatchObject({
      source_address_prefix: "AzureLoadBalancer",
      destination_address_prefix: "*",
      destination_port_ranges: ["30000-32767", "443"],
    });
    expect(rules.find((r) => r.name === "deny-smtp-out")).toMatchObject({
      direction: "Outbound",
      access: "Deny",
      destination_address_prefix: "Internet",
      description: "no mail",
    });
  });

  it("makes only the worker subnet and NSG for a control plane hosted elsewhere (AKS)", () => {
    const { network, json } = synth({ selfHostedControlPlane: false });
    expect(Object.keys(byName(json, "azurerm_subnet"))).toEqual(["edge-prod-worker-subnet"]);
    expect(Object.keys(byName(json, "azurerm_network_security_group"))).toEqual(["edge-prod-worker-nsg"]);
    expect(json.resource.azurerm_network_security_rule).toBeUndefined();
    expect(network.controlPlaneSubnetId).toBeUndefined();
  });

  it("lets public service ports in on the worker NSG", () => {
    const { json } = synth({ publicServices: { ports: ["80", "443"] } });
    expect(byName(json, "azurerm_network_security_rule")["allow-public-services"]).toMatchObject({
      priority: 2300,
      source_address_prefix: "Internet",
      destination_address_prefix: "*",
      destination_port_ranges: ["80", "443"],
      network_security_group_name: expect.stringContaining("worker_nsg"),
    });
  });

  it("with egress natGateway, scales the NAT gateway's public IPs and idle timeout", () => {
    const { network, json } = synth({ natGateway: { publicIpCount: 3, idleTimeoutMinutes: 10 } });
    expect(Object.keys(byName(json, "azurerm_public_ip")).sort()).toEqual([
      "edge-prod-natgw-pip",
      "edge-prod-natgw-pip-2",
      "edge-prod-natgw-pip-3",
    ]);
    expect(count(json, "azurerm_nat_gateway_public_ip_association")).toBe(3);
    expect(byName(json, "azurerm_nat_gateway")["edge-prod-natgw"].idle_timeout_in_minutes).toBe(10);
    expect(network.egressPublicIps).toHaveLength(3);
  });

  it("pins the NAT gateway and its IPs to one zone, the cluster's first unless named, and warns when nodes are in more", () => {
    const warnings = (network: ClusterNetwork) =>
      network.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
    const single = synth({ zones: ["2"], egress: "natGateway" });
    expect(byName(single.json, "azurerm_nat_gateway")["edge-prod-natgw"]).toMatchObject({
      zones: ["2"],
      sku_name: "Standard",
    });
    expect(byName(single.json, "azurerm_public_ip")["edge-prod-natgw-pip"].zones).toEqual(["2"]);
    expect(warnings(single.network)).toEqual([]);
    const spread = synth({ natGateway: { zone: "3" } });
    expect(byName(spread.json, "azurerm_nat_gateway")["edge-prod-natgw"].zones).toEqual(["3"]);
    expect(warnings(spread.network)).toEqual([
      expect.stringMatching(/^network\.egress: egress natGateway: a NAT gateway lives in one zone \(3\)/),
    ]);
    const association = Object.values<any>(spread.json.resource.azurerm_subnet_nat_gateway_association);
    expect(association[0].subnet_id).toMatch(/azurerm_subnet\.network_worker_subnet/);
  });

  it("defaults egress to routed behind a proxy: no public IP for the nodes", () => {
    const { network, json } = synth({ proxied: true });
    expect(network.egress).toBe("userDefinedRouting");
    expect(count(json, "azurerm_public_ip")).toBe(0);
  });

  it("creates no egress with user-defined routing", () => {
    const { network, json } = synth({ egress: "userDefinedRouting" });
    expect(count(json, "azurerm_nat_gateway")).toBe(0);
    expect(count(json, "azurerm_public_ip")).toBe(0);
    expect(network.egress).toBe("userDefinedRouting");
  });
});

describe("validation", () => {
  function errorOf(props: Partial<ClusterNetworkProps>): string {
    try {
      synth(props);
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as Error).message;
    }
    throw new Error("expected a ValidationError");
  }

  const issuesOf = (props: Partial<ClusterNetworkProps>) => validationIssuesOf(() => synth(props), true);

  it("reports the same rule text as the spec, under the construct path", () => {
    expect(issuesOf({ workerSubnet: { cidr: "10.0.128.0/17" } })).toEqual([
      { code: "subnets-overlap", path: "workerSubnet.cidr", construct: "test/network" },
    ]);
    // The line a TypeScript caller reads: construct path, key path, the spec's message.
    expect(errorOf({ workerSubnet: { cidr: "10.0.128.0/17" } })).toBe(
      "test/network workerSubnet.cidr: 10.0.128.0/17 overlaps the control-plane subnet 10.0.0.0/16; for example 10.1.0.0/16 is free after it",
    );
    const outside = {
      vnet: { addressSpace: ["10.0.0.0/16"] },
      controlPlaneSubnet: { cidr: "10.0.0.0/24" },
      workerSubnet: { cidr: "10.1.0.0/16" },
    };
    expect(issuesOf(outside)).toEqual([
      { code: "subnet-outside-vnet", path: "workerSubnet.cidr", construct: "test/network" },
    ]);
    expect(errorOf(outside)).toContain("(10.0.0.0/16)");
  });

  it("checks the construct's own props", () => {
    expect(issuesOf({ clusterName: "Edge", environmentName: "prod-1", zones: ["1", "4" as never] })).toEqual([
      { code: "cluster-name-syntax", path: "clusterName", construct: "test/network" },
      { code: "environment-name-syntax", path: "environmentName", construct: "test/network" },
      { code: "zone-unknown", path: "zones", construct: "test/network" },
    ]);
    expect(errorOf({ zones: ["1", "4" as never] })).toContain('"4"');
  });

  it("skips checks of values that are Terraform references", () => {
    const stack = testStack();
    const cidr = Token.asString({ resolve: () => "10.1.0.0/16" });
    expect(() => new ClusterNetwork(stack, "network", { ...base, workerSubnet: { cidr } })).not.toThrow();
  });
});
