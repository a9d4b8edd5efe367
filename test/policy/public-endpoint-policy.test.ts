/** PAZ-PUBLIC-001 over the IaaS stacks' load balancers: the API server's 6443 is accepted, anything else fails. */
import { compliant, defaultStack, failingOf, findingsOf, linesOf } from "./policy-fixtures";

const API_RULE = "azurerm_lb_rule.iaas_api_rule";

const publicFindings = (stack: string, json: any) => findingsOf(stack, json).filter((f) => f.startsWith("PAZ-PUBLIC"));

describe("PAZ-PUBLIC-001: only the API endpoint is public", () => {
  it("accepts the IaaS API server's 6443, with the exception's reason; an egress-only public IP passes", () => {
    const dev = compliant(defaultStack("dev", "dev-edge"));
    expect(Object.keys(dev.resource.azurerm_public_ip)).toEqual(["iaas_api_public_ip", "iaas_worker_egress_public_ip"]);
    expect(publicFindings("dev-edge", dev)).toEqual([`PAZ-PUBLIC-001 ${API_RULE} accepted PAZ-EXC-IAAS-API`]);
    expect(linesOf("dev-edge", dev)).toContain(
      `high PAZ-PUBLIC-001 dev-edge ${API_RULE}: forwards Tcp 6443 from the internet (frontend_ip_configuration_name = apiserver, on azurerm_public_ip.iaas_api_public_ip) accepted: the IaaS API server answers on 6443 through a public load balancer, as Palette (Cluster API for Azure) designs it; the control-plane NSG admits only network.apiServerSources [PAZ-EXC-IAAS-API]`,
    );
    expect(failingOf("dev-edge", dev)).toEqual([]);
  });

  it("fails on another port forwarded from the API's public IP", () => {
    const json = compliant(defaultStack("prod", "prod-edge"));
    json.resource.azurerm_lb_rule.iaas_api_https = {
      ...json.resource.azurerm_lb_rule.iaas_api_rule,
      name: "https",
      frontend_port: 443,
      backend_port: 443,
    };
    expect(failingOf("prod-edge", json)).toEqual(["PAZ-PUBLIC-001 azurerm_lb_rule.iaas_api_https"]);
  });

  it("fails on 6443 forwarded to anything but the control-plane VMs (the workers' scale set)", () => {
    const json = compliant(defaultStack("dev", "dev-edge"));
    json.resource.azurerm_lb_rule.iaas_api_rule.backend_address_pool_ids = [
      "${azurerm_lb_backend_address_pool.iaas_worker_egress_workers.id}",
    ];
    expect(failingOf("dev-edge", json)).toEqual([`PAZ-PUBLIC-001 ${API_RULE}`]);
  });

  it("fails on a NAT rule from a public frontend (SSH to one node)", () => {
    const json = compliant(defaultStack("prod", "prod-edge"));
    json.resource.azurerm_lb_nat_rule = {
      ssh: {
        name: "ssh",
        loadbalancer_id: "${azurerm_lb.iaas_api_lb.id}",
        frontend_ip_configuration_name: "apiserver",
        protocol: "Tcp",
        frontend_port: 2222,
        backend_port: 22,
        resource_group_name: "rg",
      },
    };
    expect(failingOf("prod-edge", json)).toEqual(["PAZ-PUBLIC-001 azurerm_lb_nat_rule.ssh"]);
  });

  it("fails on a public IP put on something else (a bastion host)", () => {
    const json = compliant(defaultStack("prod", "prod-edge"));
    json.resource.azurerm_bastion_host = {
      bastion: {
        name: "bastion",
        ip_configuration: {
          name: "ip",
          public_ip_address_id: "${azurerm_public_ip.iaas_api_public_ip.id}",
          subnet_id: "${azurerm_subnet.network_worker_subnet.id}",
        },
      },
    };
    expect(failingOf("prod-edge", json)).toEqual(["PAZ-PUBLIC-001 azurerm_bastion_host.bastion"]);
  });
});
