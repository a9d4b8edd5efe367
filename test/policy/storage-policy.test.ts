/** The storage rules over prod-edge's storage account (the IaaS VHD account), compliant and then edited. */
import { compliant, defaultStack, failingOf, findingsOf, linesOf } from "./policy-fixtures";

const STACK = "prod-edge";
const ACCOUNT = "azurerm_storage_account.storage_account";
const CONTAINER = "azurerm_storage_container.storage_container";

function edited(edit: (account: any, json: any) => void): any {
  const json = compliant(defaultStack("prod", STACK));
  edit(json.resource.azurerm_storage_account.storage_account, json);
  return json;
}

const storageFailures = (json: any) => failingOf(STACK, json).filter((f) => f.startsWith("PAZ-STORAGE"));

describe("storage rules", () => {
  it("pass on a compliant account; its public endpoint is accepted as the VHD copy's, with the reason", () => {
    const json = edited(() => {});
    expect(storageFailures(json)).toEqual([]);
    expect(findingsOf(STACK, json)).toContain(`PAZ-STORAGE-004 ${ACCOUNT} accepted PAZ-EXC-VHD-COPY`);
    expect(linesOf(STACK, json)).toContain(
      `high PAZ-STORAGE-004 prod-edge ${ACCOUNT}: is reachable from every network (public_network_access_enabled = true, network_rules.default_action = not set) accepted: the IaaS VHD storage account keeps its public endpoint (storage.networkAccess: public) so a runner outside the VNet can copy the base VHD; networkAccess: private makes the copy run inside the VNet [PAZ-EXC-VHD-COPY]`,
    );
  });

  it.each([
    ["PAZ-STORAGE-001", "plain HTTP", (a: any) => (a.https_traffic_only_enabled = false)],
    ["PAZ-STORAGE-002", "TLS 1.0", (a: any) => (a.min_tls_version = "TLS1_0")],
    ["PAZ-STORAGE-003", "public nested items", (a: any) => (a.allow_nested_items_to_be_public = true)],
    ["PAZ-STORAGE-003", "nested items left to azurerm's default", (a: any) => delete a.allow_nested_items_to_be_public],
    ["PAZ-STORAGE-007", "no blob soft delete", (a: any) => delete a.blob_properties.delete_retention_policy],
    [
      "PAZ-STORAGE-008",
      "no container soft delete",
      (a: any) => delete a.blob_properties.container_delete_retention_policy,
    ],
  ])("%s fails on %s", (rule, _what, edit) => {
    expect(storageFailures(edited(edit))).toEqual([`${rule} ${ACCOUNT}`]);
  });

  it("PAZ-STORAGE-003 fails on a container open to anonymous reads", () => {
    const json = edited(
      (_a, j) => (j.resource.azurerm_storage_container.storage_container.container_access_type = "blob"),
    );
    expect(storageFailures(json)).toEqual([`PAZ-STORAGE-003 ${CONTAINER}`]);
  });

  it("PAZ-STORAGE-004 fails on a public account that holds no VHD container; network rules that deny, or public access off, pass", () => {
    const notVhd = edited((_a, j) => delete j.resource.azurerm_storage_container);
    expect(storageFailures(notVhd)).toEqual([`PAZ-STORAGE-004 ${ACCOUNT}`]);
    const denied = edited((a, j) => {
      delete j.resource.azurerm_storage_container;
      a.network_rules = { default_action: "Deny", bypass: ["AzureServices"] };
    });
    expect(findingsOf(STACK, denied).filter((f) => f.startsWith("PAZ-STORAGE-004"))).toEqual([]);
    const closed = edited((a) => (a.public_network_access_enabled = false));
    expect(findingsOf(STACK, closed).filter((f) => f.startsWith("PAZ-STORAGE-004"))).toEqual([]);
  });

  it("PAZ-STORAGE-005 fails on shared keys, and PAZ-STORAGE-006 too until a SAS expiration policy is set", () => {
    const keys = edited((a) => (a.shared_access_key_enabled = true));
    expect(storageFailures(keys)).toEqual([`PAZ-STORAGE-005 ${ACCOUNT}`, `PAZ-STORAGE-006 ${ACCOUNT}`]);
    const byDefault = edited((a) => delete a.shared_access_key_enabled);
    expect(storageFailures(byDefault)).toEqual([`PAZ-STORAGE-005 ${ACCOUNT}`, `PAZ-STORAGE-006 ${ACCOUNT}`]);
    const expiring = edited((a) => {
      a.shared_access_key_enabled = true;
      a.sas_policy = { expiration_period: "00.02:00:00", expiration_action: "Log" };
    });
    expect(storageFailures(expiring)).toEqual([`PAZ-STORAGE-005 ${ACCOUNT}`]);
  });

  it("prints the setting it read", () => {
    const json = edited((a) => (a.min_tls_version = "TLS1_1"));
    expect(linesOf(STACK, json)).toContain(
      `medium PAZ-STORAGE-002 prod-edge ${ACCOUNT}: accepts TLS older than 1.2 (min_tls_version = TLS1_1)`,
    );
  });
});
