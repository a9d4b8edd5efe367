/**
 * The cloud provider of an IaaS cluster in the synthesized JSON: a managed identity on the
 * control-plane VMs with its roles, azure.json filled from Terraform references (no credential, no
 * subscription ID in the JSON), host encryption and no VM extensions on every node, and day-2 safety:
 * scale-out changes nothing but the instance count, removing a control-plane VM is refused at plan.
 */
import { TerraformStack, Testing } from "cdktf";
import { parse } from "yaml";
import { ValidationError } from "../../src/core/errors";
import { IaasCluster, IaasClusterProps } from "../../src/iaas/iaas-cluster";
import { addAzurermProvider } from "../../src/providers/azurerm";
import { environmentFromYaml, synthCluster } from "../helpers";
import { evaluateTemplate } from "./cloud-init";
import { IAAS_PROPS, iaasEnvironment, NETWORK } from "./fixtures";

const PROPS = IAAS_PROPS;

function synth(props: Partial<IaasClusterProps> = {}) {
  const stack = new TerraformStack(Testing.app(), "test");
  addAzurermProvider(stack);
  new IaasCluster(stack, "iaas", { ...PROPS, ...props });
  const text = Testing.synth(stack, true);
  return { text, json: JSON.parse(text) };
}
const only = (section: Record<string, any> | undefined): [string, any] => {
  const entries = Object.entries(section ?? {});
  expect(entries).toHaveLength(1);
  return entries[0];
};
const azureJsonOf = (local: string) =>
  (parse(local).write_files as { path: string; content: string }[]).find(
    (f) => f.path === "/etc/kubernetes/azure.json",
  )!;

describe("the cloud provider's identity", () => {
  const { json } = synth();
  const [identityId, identity] = only(json.resource.azurerm_user_assigned_identity);
  const principal = `\${azurerm_user_assigned_identity.${identityId}.principal_id}`;
  const [clientConfigId] = only(json.data.azurerm_client_config);

  it("is a user-assigned identity of the cluster's own", () => {
    expect(identity).toMatchObject({ name: "edge-test-cloud-provider", resource_group_name: "rg-test" });
  });

  it("holds Network Contributor on the group, the VNet and the worker NSG, Virtual Machine Contributor on the group", () => {
    const group = `/subscriptions/\${data.azurerm_client_config.${clientConfigId}.subscription_id}/resourceGroups/rg-test`;
    const grants = Object.values<any>(json.resource.azurerm_role_assignment).map((a) => ({
      scope: a.scope,
      role: a.role_definition_name,
      principal: a.principal_id,
      type: a.principal_type,
    }));
    expect(grants).toEqual(
      expect.arrayContaining([
        { scope: group, role: "Network Contributor", principal, type: "ServicePrincipal" },
        { scope: NETWORK.vnetId, role: "Network Contributor", principal, type: "ServicePrincipal" },
        { scope: NETWORK.workerNsgId, role: "Network Contributor", principal, type: "ServicePrincipal" },
        { scope: group, role: "Virtual Machine Contributor", principal, type: "ServicePrincipal" },
      ]),
    );
    expect(grants).toHaveLength(4);
  });

  it("is assigned to the control-plane VMs only: pods on workers can reach the metadata service", () => {
    for (const vm of Object.values<any>(json.resource.azurerm_linux_virtual_machine)) {
      expect(vm.identity).toEqual({
        type: "UserAssigned",
        identity_ids: [`\${azurerm_user_assigned_identity.${identityId}.id}`],
      });
    }
    for (const vmss of Object.values<any>(json.resource.azurerm_linux_virtual_machine_scale_set))
      expect(vmss.identity).toBeUndefined();
  });

  it("is what every node's azure.json names, by reference; tenant and subscription are read at plan time", () => {
    for (const local of Object.values<string>(json.locals)) {
      const raw = JSON.parse(azureJsonOf(local).content);
      expect(raw).toMatchObject({
        tenantId: `\${data.azurerm_client_config.${clientConfigId}.tenant_id}`,
        subscriptionId: `\${data.azurerm_client_config.${clientConfigId}.subscription_id}`,
        userAssignedIdentityID: `\${azurerm_user_assigned_identity.${identityId}.client_id}`,
        useManagedIdentityExtension: true,
        resourceGroup: "rg-test",
        vnetName: NETWORK.vnetName,
        vnetResourceGroup: NETWORK.vnetResourceGroupName,
        subnetName: NETWORK.workerSubnetName,
        securityGroupName: NETWORK.workerNsg!.name,
        securityGroupResourceGroup: NETWORK.workerNsg!.resourceGroupName,
      });
      // What a node receives is JSON.
      expect(JSON.parse(azureJsonOf(evaluateTemplate(local)).content).tenantId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe("no credential in the JSON", () => {
  const { text } = synth({ proxy: { httpsProxy: "http://proxy.example.com:3128" } });

  it("carries no client secret or certificate, no GUID (subscription, tenant), only references", () => {
    expect(text).not.toMatch(/aadClientSecret|aadClientCert|client_secret|clientSecret/i);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  });
});

describe("node hardening (issue 13)", () => {
  it("encrypts at host and refuses VM extensions on every control-plane VM and worker scale set", () => {
    const { json } = synth();
    for (const vm of Object.values<any>(json.resource.azurerm_linux_virtual_machine)) {
      expect(vm).toMatchObject({ encryption_at_host_enabled: true, allow_extension_operations: false });
    }
    for (const vmss of Object.values<any>(json.resource.azurerm_linux_virtual_machine_scale_set)) {
      expect(vmss).toMatchObject({ encryption_at_host_enabled: true, extension_operations_enabled: false });
    }
  });

  it("turns host encryption off for subscriptions without the feature", () => {
    const { json } = synth({ encryptionAtHost: false });
    const nodes = [
      ...Object.values<any>(json.resource.azurerm_linux_virtual_machine),
      ...Object.values<any>(json.resource.azurerm_linux_virtual_machine_scale_set),
    ];
    expect(nodes.map((n) => n.encryption_at_host_enabled)).toEqual([false, false, false, false]);
  });
});

describe("day 2", () => {
  it("scaling a pool out changes its instance count and nothing else: new instances join with the same bootstrap", () => {
    const before = synth({ workerPools: [{ name: "general", count: 3 }] }).json;
    const after = synth({ workerPools: [{ name: "general", count: 5 }] }).json;
    const [, was] = only(before.resource.azurerm_linux_virtual_machine_scale_set);
    const [, is] = only(after.resource.azurerm_linux_virtual_machine_scale_set);
    expect(is).toEqual({ ...was, instances: 5 });
    expect(after.locals).toEqual(before.locals);
    expect({ ...after, resource: { ...after.resource, azurerm_linux_virtual_machine_scale_set: {} } }).toEqual({
      ...before,
      resource: { ...before.resource, azurerm_linux_virtual_machine_scale_set: {} },
    });
    // The workers' token is the one the control plane keeps renewing (join-renewal.ts), not a one-off.
    const worker = Object.entries<string>(after.locals).find(([k]) => k.includes("bootstrap_worker_"))![1];
    expect(worker).toContain('token: "${random_string.');
    expect(worker).not.toContain("ttl:");
  });

  it("refuses at plan a configuration that drops a control-plane VM that exists", () => {
    const { json } = synth({ controlPlane: { count: 3 } });
    const [, guard] = only(json.data.azurerm_resources);
    expect(guard).toMatchObject({ resource_group_name: "rg-test", type: "Microsoft.Compute/virtualMachines" });
    const [postcondition] = guard.lifecycle.postcondition;
    expect(postcondition.condition).toBe(
      '${length([for vm in self.resources : vm.name if length(regexall("^edge-test-cp-[0-9]+$", vm.name)) > 0 && !contains(["edge-test-cp-0", "edge-test-cp-1", "edge-test-cp-2"], vm.name)]) == 0}',
    );
    expect(postcondition.error_message).toContain("etcd");
    // The same selection in JavaScript: a fourth node that exists, or another cluster's, and what passes.
    const dropped = (existing: string[]) =>
      existing.filter(
        (n) => /^edge-test-cp-[0-9]+$/.test(n) && !["edge-test-cp-0", "edge-test-cp-1", "edge-test-cp-2"].includes(n),
      );
    expect(dropped(["edge-test-cp-0", "edge-test-cp-1", "edge-test-cp-2", "edge-test-cp-3"])).toEqual([
      "edge-test-cp-3",
    ]);
    expect(dropped(["edge-test-cp-0", "other-test-cp-7", "edge-test-cp-x"])).toEqual([]);
  });

  it("grows the control plane: the new VMs join, the guard declares them", () => {
    const { json } = synth({ controlPlane: { count: 5 } });
    expect(Object.values<any>(json.resource.azurerm_linux_virtual_machine).map((vm) => vm.name)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `edge-test-cp-${i}`),
    );
    const [, guard] = only(json.data.azurerm_resources);
    expect(guard.lifecycle.postcondition[0].condition).toContain('"edge-test-cp-4"]');
  });
});

describe("validation", () => {
  it("refuses a Kubernetes minor without a pinned cloud-provider-azure release", () => {
    expect(() => synth({ kubernetesVersion: "1.37.1" })).toThrow(ValidationError);
    expect(() => synth({ kubernetesVersion: "1.37.1" })).toThrow(/kubernetesVersion: no cloud-provider-azure release/);
  });

  it("refuses a network that does not name the worker subnet and NSG", () => {
    const { workerSubnetName: _name, ...network } = NETWORK;
    expect(() => synth({ network })).toThrow(/worker subnet's name/);
  });
});

describe("from YAML", () => {
  it("lets the declared public service ports in on the worker NSG, the one the cloud provider adds its rules to", () => {
    const json = synthCluster(
      environmentFromYaml(iaasEnvironment("    network: { publicServices: { ports: [80, 443] } }\n")),
      "edge",
    );
    const [nsgId] = Object.entries<any>(json.resource.azurerm_network_security_group).find(
      ([, nsg]) => nsg.name === "edge-test-worker-nsg",
    )!;
    const rule = Object.values<any>(json.resource.azurerm_network_security_rule).find(
      (r) => r.name === "allow-public-services",
    );
    expect(rule).toMatchObject({
      network_security_group_name: `\${azurerm_network_security_group.${nsgId}.name}`,
      destination_port_ranges: ["80", "443"],
      source_address_prefix: "Internet",
      access: "Allow",
    });
    const init = Object.entries<string>(json.locals).find(([k]) => k.includes("bootstrap_init"))![1];
    expect(JSON.parse(azureJsonOf(init).content).securityGroupName).toBe(
      `\${azurerm_network_security_group.${nsgId}.name}`,
    );
  });

  it("takes encryptionAtHost: false", () => {
    const json = synthCluster(environmentFromYaml(iaasEnvironment("    encryptionAtHost: false\n")), "edge");
    for (const vm of Object.values<any>(json.resource.azurerm_linux_virtual_machine))
      expect(vm.encryption_at_host_enabled).toBe(false);
  });

  it("refuses an unknown Kubernetes minor at its line", () => {
    const yaml = iaasEnvironment().replace('kubernetesVersion: "1.33.5"', 'kubernetesVersion: "1.37"');
    expect(() => environmentFromYaml(yaml)).toThrow(/:6:\d+ clusters\[0\]\.kubernetesVersion: no cloud-provider-azure/);
  });
});
