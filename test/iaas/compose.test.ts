/**
 * The default environments' IaaS stacks as composed from YAML: IaasCluster in ClusterNetwork
 * and ClusterStorage. Network security groups, subnets, storage and the cluster fit together.
 */
import { defaultEnvironment, environmentFromYaml, synthCluster } from "../helpers";
import { iaasEnvironment } from "./fixtures";

const byName = (json: any, type: string): Record<string, any> =>
  Object.fromEntries(
    Object.entries(json.resource?.[type] ?? {}).map(([id, b]: [string, any]) => [b.name ?? id, { ...b, id }]),
  );
const idOf = (json: any, type: string, name: string) => `\${${type}.${byName(json, type)[name].id}.id}`;

describe.each(["dev", "staging", "prod"] as const)("%s-edge", (env) => {
  const json = synthCluster(defaultEnvironment(env), "edge");

  it("puts control-plane NICs in the control-plane subnet and workers in the worker subnet, each subnet behind its NSG", () => {
    const cpSubnet = idOf(json, "azurerm_subnet", `edge-${env}-cp-subnet`);
    const workerSubnet = idOf(json, "azurerm_subnet", `edge-${env}-worker-subnet`);
    for (const nic of Object.values(byName(json, "azurerm_network_interface")))
      expect(nic.ip_configuration[0].subnet_id).toBe(cpSubnet);
    for (const vmss of Object.values(byName(json, "azurerm_linux_virtual_machine_scale_set"))) {
      expect(vmss.network_interface[0].ip_configuration[0].subnet_id).toBe(workerSubnet);
    }
    const associations = Object.values<any>(json.resource.azurerm_subnet_network_security_group_association);
    expect(associations.map((a) => [a.subnet_id, a.network_security_group_id]).sort()).toEqual(
      [
        [cpSubnet, idOf(json, "azurerm_network_security_group", `edge-${env}-cp-nsg`)],
        [workerSubnet, idOf(json, "azurerm_network_security_group", `edge-${env}-worker-nsg`)],
      ].sort(),
    );
    const apiRule = Object.values(json.resource.azurerm_network_security_rule as Record<string, any>).find(
      (r) => r.destination_port_range === "6443",
    );
    expect(apiRule).toMatchObject({ direction: "Inbound", access: "Allow", protocol: "Tcp" });
  });

  it("creates public IPs for the API and for egress only, none on a node; none for egress behind prod's proxy", () => {
    const ips = Object.keys(byName(json, "azurerm_public_ip"));
    expect(ips).toEqual(
      env === "prod" ? ["edge-prod-apiserver-pip"] : [`edge-${env}-apiserver-pip`, `edge-${env}-egress-pip`],
    );
  });

  it("waits for the worker subnet's NSG association and the workers' egress before creating scale sets", () => {
    for (const vmss of Object.values(byName(json, "azurerm_linux_virtual_machine_scale_set"))) {
      const egress = env === "prod" ? [] : [expect.stringMatching(/^azurerm_lb_outbound_rule\./)];
      expect(vmss.depends_on).toEqual([
        expect.stringMatching(/^azurerm_subnet_network_security_group_association\./),
        ...egress,
      ]);
    }
  });

  it("uses Azure-managed boot diagnostics: the portal reads a storage account's with a key, which it refuses", () => {
    for (const vm of Object.values(byName(json, "azurerm_linux_virtual_machine")))
      expect(vm.boot_diagnostics).toEqual({});
  });
});

describe("default environments", () => {
  it("dev runs one control-plane node; staging and prod three, one per zone", () => {
    const zones = (env: "dev" | "staging" | "prod") =>
      Object.values(byName(synthCluster(defaultEnvironment(env), "edge"), "azurerm_linux_virtual_machine")).map(
        (vm) => vm.zone,
      );
    expect(zones("dev")).toEqual(["1"]);
    expect(zones("staging")).toEqual(["1", "2", "3"]);
    expect(zones("prod")).toEqual(["1", "2", "3"]);
  });
});

describe("composition from YAML", () => {
  it("copies the VHD into the container of the cluster's storage account", () => {
    const json = synthCluster(
      environmentFromYaml(iaasEnvironment("    image: { vhdUri: https://images.example.com/k8s.vhd }\n")),
      "edge",
    );
    const blob = Object.values(json.resource.azurerm_storage_blob)[0] as any;
    const account = Object.keys(json.resource.azurerm_storage_account)[0];
    const container = Object.keys(json.resource.azurerm_storage_container)[0];
    expect(blob.storage_account_name).toBe(`\${azurerm_storage_account.${account}.name}`);
    expect(blob.storage_container_name).toBe(`\${azurerm_storage_container.${container}.name}`);
    expect(blob).toMatchObject({ type: "Page", source_uri: "https://images.example.com/k8s.vhd" });
    // No shared keys: the runner writes the blob with Entra ID, after it holds the data role.
    const [roleName, role] = Object.entries(byName(json, "azurerm_role_assignment")).find(
      ([, r]) => r.role_definition_name === "Storage Blob Data Contributor",
    )!;
    expect(role.principal_id).toMatch(/^\$\{data\.azurerm_client_config\..+\.object_id\}$/);
    expect(blob.depends_on).toContain(`azurerm_role_assignment.${roleName}`);
    expect(json.provider.azurerm[0].storage_use_azuread).toBe(true);
  });

  it("sends boot diagnostics to the cluster storage account when it allows shared keys", () => {
    const json = synthCluster(
      environmentFromYaml(iaasEnvironment("    storage: { account: { sharedKeyAccess: true } }\n")),
      "edge",
    );
    const account = Object.keys(json.resource.azurerm_storage_account)[0];
    for (const vm of Object.values(byName(json, "azurerm_linux_virtual_machine"))) {
      expect(vm.boot_diagnostics).toEqual({
        storage_account_uri: `\${azurerm_storage_account.${account}.primary_blob_endpoint}`,
      });
    }
  });

  it("uses Azure-managed boot diagnostics when the storage account refuses public access", () => {
    const json = synthCluster(
      environmentFromYaml(
        iaasEnvironment(
          "    network: { vnet: { name: vnet-shared, resourceGroup: rg-net, addressSpace: [10.0.0.0/16] }, controlPlaneSubnet: { cidr: 10.0.0.0/24 }, workerSubnet: { cidr: 10.0.1.0/24 } }\n    storage: { networkAccess: private }\n",
        ),
      ),
      "edge",
    );
    for (const vm of Object.values(byName(json, "azurerm_linux_virtual_machine")))
      expect(vm.boot_diagnostics).toEqual({});
  });

  it("copies the VHD into a private account only after its private endpoint and DNS link exist", () => {
    const json = synthCluster(
      environmentFromYaml(
        iaasEnvironment(
          "    storage: { networkAccess: private }\n    image: { vhdUri: https://images.example.com/k8s.vhd }\n",
        ),
      ),
      "edge",
    );
    const [blob] = Object.values<any>(byName(json, "azurerm_storage_blob"));
    expect(blob.depends_on).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^azurerm_private_endpoint\./),
        expect.stringMatching(/^azurerm_private_dns_zone_virtual_network_link\./),
      ]),
    );
  });

  it("gives the nodes the Private Cloud Gateway's proxy, with the gateway VNet in NO_PROXY", () => {
    const yaml =
      iaasEnvironment().replace(
        "clusters:\n",
        "privateCloudGateways:\n  - name: pcg\n    vnet: { name: vnet-pcg, resourceGroup: rg-pcg, addressSpace: [10.0.0.0/16] }\n    proxy: { httpProxy: http://pcg-proxy.example.com:3128, noProxy: [.corp.example.com] }\nclusters:\n",
      ) + "    network: { controlPlaneSubnet: { cidr: 10.0.0.0/24 }, workerSubnet: { cidr: 10.0.1.0/24 } }\n";
    const json = synthCluster(environmentFromYaml(yaml), "edge");
    for (const local of Object.values(json.locals as Record<string, string>)) {
      expect(local).toContain("HTTP_PROXY='http://pcg-proxy.example.com:3128'");
      expect(local).toMatch(
        /NO_PROXY='\.corp\.example\.com,localhost,.*,10\.0\.0\.0\/16,192\.168\.0\.0\/16,100\.64\.0\.0\/16,api\.edge-test\.internal'/,
      );
      expect(local).toContain("http_proxy: http://pcg-proxy.example.com:3128");
    }
  });

  it("passes the cluster's proxy to every node's bootstrap", () => {
    const json = synthCluster(
      environmentFromYaml(
        iaasEnvironment(
          "    network: { vnet: { name: vnet-shared, resourceGroup: rg-net, addressSpace: [10.0.0.0/16] }, controlPlaneSubnet: { cidr: 10.0.0.0/24 }, workerSubnet: { cidr: 10.0.1.0/24 } }\n    proxy: { httpsProxy: http://proxy.example.com:3128 }\n",
        ),
      ),
      "edge",
    );
    for (const local of Object.values(json.locals as Record<string, string>)) {
      expect(local).toContain("HTTPS_PROXY='http://proxy.example.com:3128'");
      expect(local).toContain("/etc/systemd/system/containerd.service.d/http-proxy.conf");
    }
  });
});
