import { TerraformOutput, Token } from "cdktf";
import { ClusterNetwork } from "../../src/network/cluster-network";
import { ClusterStorage, ClusterStorageProps } from "../../src/storage/cluster-storage";
import { byName, count, synthJson, testStack } from "../network/network-test-stack";
import { ValidationError } from "../../src/core/errors";
import { validationIssuesOf } from "../helpers";

const base: ClusterStorageProps = {
  clusterName: "edge",
  environmentName: "prod",
  location: "westeurope",
  resourceGroupName: "rg-palette-prod",
};

function synth(props: Partial<ClusterStorageProps> = {}, networkEndpoints: string[] = ["Microsoft.Storage"]) {
  const stack = testStack();
  const network = new ClusterNetwork(stack, "network", { ...base, serviceEndpoints: networkEndpoints });
  const storage = new ClusterStorage(stack, "storage", { ...base, network, ...props });
  return { storage, json: synthJson(stack) };
}

describe("default: a new account with a derived name and a private container", () => {
  const { storage, json } = synth();
  const accounts = byName(json, "azurerm_storage_account");
  const [name] = Object.keys(accounts);

  it("derives a stable 3-24 character name", () => {
    expect(name).toMatch(/^stedge[0-9a-f]{18}$/);
    expect(Object.keys(byName(synth().json, "azurerm_storage_account"))).toEqual([name]);
  });

  it("creates the account with secure defaults", () => {
    expect(accounts[name]).toEqual({
      name,
      resource_group_name: "rg-palette-prod",
      location: "westeurope",
      account_kind: "StorageV2",
      account_tier: "Standard",
      account_replication_type: "LRS",
      https_traffic_only_enabled: true,
      min_tls_version: "TLS1_2",
      allow_nested_items_to_be_public: false,
      cross_tenant_replication_enabled: false,
      local_user_enabled: false,
      default_to_oauth_authentication: true,
      shared_access_key_enabled: false,
      public_network_access_enabled: true,
      blob_properties: {
        delete_retention_policy: { days: 7 },
        container_delete_retention_policy: { days: 7 },
      },
    });
    expect(storage.sharedKeyAccess).toBe(false);
  });

  it("grants the runner no data role until something writes blobs", () => {
    expect(count(json, "azurerm_role_assignment")).toBe(0);
  });

  it("creates a private container by account id (the ARM API)", () => {
    expect(byName(json, "azurerm_storage_container")).toEqual({
      "edge-prod-vhds": {
        name: "edge-prod-vhds",
        storage_account_id: expect.stringMatching(/^\$\{azurerm_storage_account\..+\.id\}$/),
        container_access_type: "private",
      },
    });
    expect(count(json, "azurerm_private_endpoint")).toBe(0);
  });

  it("fills every field of ClusterStorageRef", () => {
    expect(storage.networkAccess).toBe("public");
    expect(storage.dataPlaneDependencies).toEqual([]);
    expect(storage.accountCreated).toBe(true);
    expect(storage.containerCreated).toBe(true);
    for (const ref of [
      storage.accountId,
      storage.accountName,
      storage.primaryBlobEndpoint,
      storage.containerName,
      storage.containerId,
      storage.containerUrl,
    ]) {
      expect(Token.isUnresolved(ref)).toBe(true);
    }
    const stack = testStack();
    const created = new ClusterStorage(stack, "storage", base);
    new TerraformOutput(stack, "url", { value: created.containerUrl });
    expect(synthJson(stack).output.url.value).toMatch(
      /^\$\{azurerm_storage_account\..+\.primary_blob_endpoint\}\$\{azurerm_storage_container\..+\.name\}$/,
    );
  });
});

describe("blob writes without shared keys", () => {
  it("gives the identity running Terraform Storage Blob Data Contributor on the account, once", () => {
    const stack = testStack();
    const storage = new ClusterStorage(stack, "storage", base);
    const role = storage.grantRunnerBlobWrites();
    expect(storage.grantRunnerBlobWrites()).toBe(role);
    const json = synthJson(stack);
    expect(Object.values(byName(json, "azurerm_role_assignment"))).toEqual([
      expect.objectContaining({
        scope: expect.stringMatching(/^\$\{azurerm_storage_account\..+\.id\}$/),
        role_definition_name: "Storage Blob Data Contributor",
        principal_id: expect.stringMatching(/^\$\{data\.azurerm_client_config\..+\.object_id\}$/),
      }),
    ]);
    expect(storage.dataPlaneDependencies).toEqual([role]);
  });

  it("grants nothing where keys work: an account with shared keys, or an existing one", () => {
    for (const account of [{ sharedKeyAccess: true }, { name: "stshared", existing: true }]) {
      const stack = testStack();
      const storage = new ClusterStorage(stack, "storage", { ...base, account });
      expect(storage.grantRunnerBlobWrites()).toBeUndefined();
      expect(count(synthJson(stack), "azurerm_role_assignment")).toBe(0);
    }
  });
});

describe("custom names and settings", () => {
  it("with shared keys on, logs SAS tokens valid longer than a day", () => {
    const { json } = synth({ account: { name: "stkeys", sharedKeyAccess: true } });
    expect(byName(json, "azurerm_storage_account").stkeys).toMatchObject({
      shared_access_key_enabled: true,
      sas_policy: { expiration_period: "01.00:00:00", expiration_action: "Log" },
    });
  });

  it("softDeleteDays sets the retention, and 0 turns soft delete off", () => {
    const longer = byName(synth({ account: { name: "stlong", softDeleteDays: 30 } }).json, "azurerm_storage_account");
    expect(longer.stlong.blob_properties).toEqual({
      delete_retention_policy: { days: 30 },
      container_delete_retention_policy: { days: 30 },
    });
    const off = byName(synth({ account: { name: "stoff", softDeleteDays: 0 } }).json, "azurerm_storage_account");
    expect(off.stoff.blob_properties).toBeUndefined();
  });

  it("creates the account and container with the names given, and the chosen replication and key access", () => {
    const { json } = synth({
      account: { name: "stpaletteedge", replication: "GRS", sharedKeyAccess: false },
      container: { name: "images" },
    });
    expect(byName(json, "azurerm_storage_account").stpaletteedge).toMatchObject({
      account_replication_type: "GRS",
      shared_access_key_enabled: false,
    });
    expect(Object.keys(byName(json, "azurerm_storage_container"))).toEqual(["images"]);
  });
});

describe("existing resources", () => {
  it("attaches an existing account (another resource group) and creates the container in it", () => {
    const { storage, json } = synth({ account: { name: "stshared", existing: true, resourceGroup: "rg-shared" } });
    expect(count(json, "azurerm_storage_account")).toBe(0);
    expect(byName(json, "data.azurerm_storage_account").stshared.resource_group_name).toBe("rg-shared");
    expect(byName(json, "azurerm_storage_container")["edge-prod-vhds"].storage_account_id).toMatch(
      /^\$\{data\.azurerm_storage_account\./,
    );
    expect(storage.accountCreated).toBe(false);
    expect(storage.account).toBeUndefined();
  });

  it("attaches an existing account and container: nothing is created or destroyed", () => {
    const { storage, json } = synth({
      account: { name: "stshared", existing: true },
      container: { name: "vhds", existing: true },
    });
    expect(json.resource?.azurerm_storage_account).toBeUndefined();
    expect(json.resource?.azurerm_storage_container).toBeUndefined();
    expect(byName(json, "data.azurerm_storage_account").stshared.resource_group_name).toBe("rg-palette-prod");
    expect(byName(json, "data.azurerm_storage_container").vhds.storage_account_id).toMatch(
      /^\$\{data\.azurerm_storage_account\./,
    );
    expect(storage.containerCreated).toBe(false);
  });
});

describe("private access", () => {
  it("disables public access, denies by default, allows the cluster subnets, and adds a blob private endpoint with DNS", () => {
    const { storage, json } = synth({ networkAccess: "private" });
    const account = Object.values(byName(json, "azurerm_storage_account"))[0];
    expect(account.public_network_access_enabled).toBe(false);
    expect(account.network_rules).toEqual({
      default_action: "Deny",
      bypass: ["AzureServices"],
      virtual_network_subnet_ids: [
        expect.stringMatching(/azurerm_subnet\.network_control_plane_subnet/),
        expect.stringMatching(/azurerm_subnet\.network_worker_subnet/),
      ],
    });
    expect(byName(json, "azurerm_private_dns_zone")).toEqual({
      "privatelink.blob.core.windows.net": {
        name: "privatelink.blob.core.windows.net",
        resource_group_name: "rg-palette-prod",
      },
    });
    expect(byName(json, "azurerm_private_dns_zone_virtual_network_link")["edge-prod-blob-dns-link"]).toMatchObject({
      registration_enabled: false,
      virtual_network_id: expect.stringMatching(/azurerm_virtual_network\./),
    });
    expect(byName(json, "azurerm_private_endpoint")["edge-prod-st-pe"]).toMatchObject({
      subnet_id: expect.stringMatching(/azurerm_subnet\.network_worker_subnet/),
      custom_network_interface_name: "edge-prod-st-pe-nic",
      private_service_connection: {
        name: "edge-prod-st-psc",
        subresource_names: ["blob"],
        is_manual_connection: false,
      },
      private_dns_zone_group: {
        name: "blob",
        private_dns_zone_ids: [expect.stringMatching(/azurerm_private_dns_zone\./)],
      },
    });
    expect(storage.networkAccess).toBe("private");
    expect(storage.privateEndpoint).toBeDefined();
    expect(storage.dataPlaneDependencies.map((d) => (d as any).terraformResourceType)).toEqual([
      "azurerm_private_endpoint",
      "azurerm_private_dns_zone_virtual_network_link",
    ]);
  });

  it("uses an existing zone, linking the VNet unless told not to", () => {
    const linked = synth({ networkAccess: "private", privateDnsZone: { resourceGroup: "rg-dns" } }).json;
    expect(count(linked, "azurerm_private_dns_zone")).toBe(0);
    expect(
      byName(linked, "data.azurerm_private_dns_zone")["privatelink.blob.core.windows.net"].resource_group_name,
    ).toBe("rg-dns");
    expect(Object.values(linked.resource.azurerm_private_dns_zone_virtual_network_link)[0]).toMatchObject({
      resource_group_name: expect.stringMatching(/data\.azurerm_private_dns_zone\./),
    });
    const hub = synth({ networkAccess: "private", privateDnsZone: { resourceGroup: "rg-dns", linkVnet: false } }).json;
    expect(count(hub, "azurerm_private_dns_zone_virtual_network_link")).toBe(0);
  });

  it("puts an endpoint in front of an existing account without touching the account's settings", () => {
    const { json } = synth({ networkAccess: "private", account: { name: "stpcg", existing: true } });
    expect(count(json, "azurerm_storage_account")).toBe(0);
    expect(
      byName(json, "azurerm_private_endpoint")["edge-prod-st-pe"].private_service_connection
        .private_connection_resource_id,
    ).toMatch(/data\.azurerm_storage_account\./);
  });

  it("in an existing VNet, uses the existing zone of the VNet's resource group and links nothing (its owners' DNS resolves it)", () => {
    const stack = testStack();
    const vnet = { name: "vnet-hub", resourceGroup: "rg-net", addressSpace: ["10.20.0.0/16"] };
    const network = new ClusterNetwork(stack, "network", {
      ...base,
      vnet,
      controlPlaneSubnet: { cidr: "10.20.0.0/24" },
      workerSubnet: { cidr: "10.20.1.0/24" },
      serviceEndpoints: ["Microsoft.Storage"],
    });
    new ClusterStorage(stack, "storage", { ...base, network, networkAccess: "private" });
    const json = synthJson(stack);
    expect(count(json, "azurerm_private_dns_zone")).toBe(0);
    expect(count(json, "azurerm_private_dns_zone_virtual_network_link")).toBe(0);
    expect(byName(json, "data.azurerm_private_dns_zone")["privatelink.blob.core.windows.net"].resource_group_name).toBe(
      "rg-net",
    );
  });
});

describe("validation", () => {
  function errorOf(props: Partial<ClusterStorageProps>, endpoints?: string[]): string {
    try {
      synth(props, endpoints);
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as Error).message;
    }
    throw new Error("expected a ValidationError");
  }

  const issuesOf = (props: Partial<ClusterStorageProps>, endpoints?: string[]) =>
    validationIssuesOf(() => synth(props, endpoints), true);

  it("reports the spec's rules under the construct path", () => {
    expect(issuesOf({ account: { name: "St-Edge" }, container: { existing: true } })).toEqual([
      { code: "storage-account-name-syntax", path: "account.name", construct: "test/storage" },
      { code: "existing-container-needs-account", path: "container.existing", construct: "test/storage" },
      { code: "existing-container-name-missing", path: "container.name", construct: "test/storage" },
    ]);
    expect(errorOf({ account: { name: "St-Edge" } })).toContain('"St-Edge"');
  });

  it("needs the network, with the storage service endpoint, for private access", () => {
    const stack = testStack();
    expect(
      validationIssuesOf(() => new ClusterStorage(stack, "storage", { ...base, networkAccess: "private" }), true),
    ).toEqual([{ code: "private-storage-needs-network", path: "network", construct: "test/storage" }]);
    expect(issuesOf({ networkAccess: "private" }, [])).toEqual([
      { code: "storage-service-endpoint-missing", path: "network", construct: "test/storage" },
    ]);
    expect(errorOf({ networkAccess: "private" }, [])).toContain("Microsoft.Storage");
    // An existing account's network rules are not ours: no endpoint needed then.
    expect(() => synth({ networkAccess: "private", account: { name: "stpcg", existing: true } }, [])).not.toThrow();
  });

  it("asks for a name when the resource group is a Terraform reference", () => {
    const stack = testStack();
    const resourceGroupName = Token.asString({ resolve: () => "rg" });
    expect(validationIssuesOf(() => new ClusterStorage(stack, "storage", { ...base, resourceGroupName }))).toEqual([
      { code: "account-name-needs-literal-resource-group", path: "account.name" },
    ]);
    expect(
      () => new ClusterStorage(stack, "named", { ...base, resourceGroupName, account: { name: "stnamed" } }),
    ).not.toThrow();
  });
});
