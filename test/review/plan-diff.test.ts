import { diffStack } from "../../src/review/plan-diff";
import { StackJson } from "../../src/review/stack-json";
import { environmentFromYaml, synthCluster } from "../helpers";
import { environmentYaml } from "../network/config-yaml";

function stack(resource: Record<string, Record<string, unknown>>, locals?: Record<string, unknown>): StackJson {
  return { resource, ...(locals ? { locals } : {}) };
}

const subnet = (cidr: string) => ({
  name: "workers",
  resource_group_name: "rg",
  virtual_network_name: "vnet",
  address_prefixes: [cidr],
});

describe("diffStack", () => {
  it("reports nothing for identical stacks", () => {
    const json = stack({ azurerm_subnet: { w: subnet("10.0.0.0/24") } });
    expect(diffStack(json, json)).toEqual([]);
  });

  it("classifies created, deleted, updated and replaced resources", () => {
    const before = stack({
      azurerm_resource_group: { gone: { name: "old", location: "westeurope" } },
      azurerm_virtual_network: {
        v: {
          name: "vnet",
          resource_group_name: "rg",
          location: "westeurope",
          address_space: ["10.0.0.0/16"],
          tags: { a: "1" },
        },
      },
      azurerm_subnet: { w: subnet("10.0.0.0/24") },
    });
    const after = stack({
      azurerm_resource_group: { fresh: { name: "new", location: "westeurope" } },
      azurerm_virtual_network: {
        v: {
          name: "vnet",
          resource_group_name: "rg",
          location: "westeurope",
          address_space: ["10.0.0.0/16"],
          tags: { a: "2" },
        },
      },
      azurerm_subnet: { w: { ...subnet("10.0.0.0/24"), name: "workers2" } },
    });
    const changes = diffStack(before, after);
    expect(changes.map((c) => [c.address, c.action])).toEqual([
      ["azurerm_resource_group.fresh", "create"],
      ["azurerm_resource_group.gone", "delete"],
      ["azurerm_subnet.w", "replace"],
      ["azurerm_virtual_network.v", "update"],
    ]);
    expect(changes[3].attributes).toEqual([{ path: "tags", before: { a: "1" }, after: { a: "2" }, effect: "update" }]);
  });

  it("reports a change only lifecycle.ignore_changes covers as ignored: Terraform plans nothing", () => {
    const cluster = (version: string) => ({
      name: "aks",
      kubernetes_version: version,
      lifecycle: { ignore_changes: ["kubernetes_version"] },
    });
    const [change] = diffStack(
      stack({ azurerm_kubernetes_cluster: { c: cluster("1.31") } }),
      stack({ azurerm_kubernetes_cluster: { c: cluster("1.32") } }),
    );
    expect(change).toMatchObject({
      action: "ignored",
      attributes: [{ path: "kubernetes_version", effect: "ignored" }],
    });
  });

  it("follows a replacement to whatever refers to the replaced resource's id", () => {
    const before = stack({
      azurerm_subnet: { w: subnet("10.0.0.0/24") },
      azurerm_subnet_network_security_group_association: {
        a: { subnet_id: "${azurerm_subnet.w.id}", network_security_group_id: "${azurerm_network_security_group.n.id}" },
      },
      azurerm_network_security_group: { n: { name: "nsg", resource_group_name: "rg", location: "westeurope" } },
    });
    const after = stack({
      ...(before.resource as Record<string, Record<string, unknown>>),
      azurerm_subnet: { w: subnet("10.0.1.0/24") },
    });
    const changes = diffStack(before, after);
    expect(changes.map((c) => [c.address, c.action])).toEqual([
      // address_prefixes updates in place, so nothing downstream is unknown.
      ["azurerm_subnet.w", "update"],
    ]);
    const renamed = stack({
      ...(before.resource as Record<string, Record<string, unknown>>),
      azurerm_subnet: { w: { ...subnet("10.0.0.0/24"), name: "x" } },
    });
    const cascade = diffStack(before, renamed);
    expect(cascade.map((c) => [c.address, c.action])).toEqual([
      ["azurerm_subnet.w", "replace"],
      ["azurerm_subnet_network_security_group_association.a", "replace"],
    ]);
    expect(cascade[1].attributes).toEqual([
      expect.objectContaining({ path: "subnet_id", via: "azurerm_subnet.w", knownAfterApply: true, effect: "replace" }),
    ]);
  });

  it("does not treat a written attribute of a replaced resource as unknown", () => {
    const before = stack({
      azurerm_subnet: { w: subnet("10.0.0.0/24") },
      azurerm_network_security_rule: { r: { name: "allow", source_address_prefix: "${azurerm_subnet.w.name}" } },
    });
    const after = stack({
      ...(before.resource as Record<string, Record<string, unknown>>),
      azurerm_subnet: { w: { ...subnet("10.0.0.0/24"), resource_group_name: "rg2" } },
    });
    expect(diffStack(before, after).map((c) => c.address)).toEqual(["azurerm_subnet.w"]);
  });

  it("replaces on removal only where the provider replaces only on removal", () => {
    const pool = (extra: Record<string, unknown>) => ({
      azurerm_kubernetes_cluster_node_pool: {
        p: { name: "pool", vm_size: "Standard_D4s_v5", temporary_name_for_rotation: "pooltmp", ...extra },
      },
    });
    const drain = { upgrade_settings: [{ max_surge: "10%", drain_timeout_in_minutes: 30 }] };
    const noDrain = { upgrade_settings: [{ max_surge: "10%" }] };
    const added = diffStack(stack(pool(noDrain)), stack(pool(drain)));
    const removed = diffStack(stack(pool(drain)), stack(pool(noDrain)));
    expect(added.map((c) => c.action)).toEqual(["update"]);
    expect(removed.map((c) => c.action)).toEqual(["replace"]);
  });

  it("applies a nested block's own rule when the block comes or goes", () => {
    // cdktf writes a single nested block as an object. load_balancer_profile is ForceNew but Optional+Computed.
    const cluster = (profile?: Record<string, unknown>) => ({
      azurerm_kubernetes_cluster: {
        c: {
          name: "aks",
          network_profile: { network_plugin: "azure", ...(profile ? { load_balancer_profile: profile } : {}) },
        },
      },
    });
    const [added] = diffStack(stack(cluster()), stack(cluster({ idle_timeout_in_minutes: 4 })));
    expect(added.action).toBe("replace");
    expect(added.attributes).toContainEqual(
      expect.objectContaining({ path: "network_profile.load_balancer_profile", effect: "replace" }),
    );
    const [dropped] = diffStack(stack(cluster({ idle_timeout_in_minutes: 4 })), stack(cluster()));
    expect(dropped.action).toBe("update");
    const [changed] = diffStack(
      stack(cluster({ idle_timeout_in_minutes: 4 })),
      stack(cluster({ idle_timeout_in_minutes: 10 })),
    );
    expect(changed.action).toBe("update");
  });

  it("replaces a storage account only when its replication changes family", () => {
    const account = (replication: string) => ({
      azurerm_storage_account: { s: { name: "st", account_replication_type: replication } },
    });
    const action = (from: string, to: string) => diffStack(stack(account(from)), stack(account(to)))[0].action;
    expect([action("ZRS", "GZRS"), action("LRS", "GRS"), action("GRS", "ZRS"), action("RAGZRS", "LRS")]).toEqual([
      "update",
      "update",
      "replace",
      "replace",
    ]);
  });

  it("moves an extra pool between Ubuntu and Azure Linux in place, and replaces it for another OS", () => {
    const pool = (sku: string) => ({
      azurerm_kubernetes_cluster_node_pool: {
        p: { name: "pool", os_sku: sku, temporary_name_for_rotation: "pooltmp" },
      },
    });
    const action = (from: string, to: string) => diffStack(stack(pool(from)), stack(pool(to)))[0].action;
    expect([
      action("Ubuntu", "AzureLinux"),
      action("Ubuntu2204", "Ubuntu2404"),
      action("Ubuntu", "Windows2022"),
    ]).toEqual(["update", "update", "replace"]);
  });

  it("flags a pool rotation without a temporary name", () => {
    const pool = (size: string, rotationName?: string) => ({
      azurerm_kubernetes_cluster_node_pool: {
        p: { name: "pool", vm_size: size, ...(rotationName ? { temporary_name_for_rotation: rotationName } : {}) },
      },
    });
    const [without] = diffStack(stack(pool("Standard_D4s_v5")), stack(pool("Standard_D8s_v5")));
    expect(without).toMatchObject({ action: "update", rotates: true, rotationWithoutName: true });
    const [withName] = diffStack(stack(pool("Standard_D4s_v5", "pooltmp")), stack(pool("Standard_D8s_v5", "pooltmp")));
    expect(withName).toMatchObject({ action: "update", rotates: true, rotationWithoutName: false });
  });

  it("reads the default pool's rotation name inside its block", () => {
    const cluster = (size: string) => ({
      azurerm_kubernetes_cluster: {
        c: {
          name: "aks",
          default_node_pool: [{ name: "system", vm_size: size, temporary_name_for_rotation: "systemtmp" }],
        },
      },
    });
    const [change] = diffStack(stack(cluster("Standard_D4s_v5")), stack(cluster("Standard_D8s_v5")));
    expect(change).toMatchObject({ rotates: true, rotationWithoutName: false });
    expect(change.attributes.map((a) => a.path)).toEqual(["default_node_pool.0.vm_size"]);
  });

  it("follows a changed local into what uses it", () => {
    const before = stack(
      { azurerm_subnet: { w: { ...subnet("10.0.0.0/24"), name: "${local.subnet_name}" } } },
      { subnet_name: "a" },
    );
    const after = stack(
      { azurerm_subnet: { w: { ...subnet("10.0.0.0/24"), name: "${local.subnet_name}" } } },
      { subnet_name: "b" },
    );
    expect(diffStack(before, after).map((c) => [c.address, c.action])).toEqual([["azurerm_subnet.w", "replace"]]);
  });

  it("reads real stacks: an extra pool's VM size rotates through its temporary name", () => {
    const yaml = (size: string) =>
      environmentYaml(`  - name: apps
    type: aks
    kubernetesVersion: "1.33"
    nodePools:
      - name: system
        mode: System
        count: 1
      - name: batch
        mode: User
        count: 1
        vmSize: ${size}
`);
    const before = synthCluster(environmentFromYaml(yaml("Standard_D4s_v5")), "apps");
    const after = synthCluster(environmentFromYaml(yaml("Standard_D8s_v5")), "apps");
    const changes = diffStack(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      type: "azurerm_kubernetes_cluster_node_pool",
      action: "update",
      rotates: true,
      rotationWithoutName: false,
    });
  });
});
