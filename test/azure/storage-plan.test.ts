import {
  containerNameProblem,
  defaultContainerName,
  defaultStorageAccountName,
  storageAccountNameProblem,
} from "../../src/azure/storage-names";
import { resolveStoragePlan, StorageInput, storagePlanIssues } from "../../src/azure/storage-plan";
import { formatPath } from "../../src/core/issues";

describe("storage account names", () => {
  it.each(["abc", "stedge0123456789abcdef01", "palette2024"])("accepts %s", (name) =>
    expect(storageAccountNameProblem(name)).toBeUndefined(),
  );
  it.each(["ab", "a".repeat(25), "st-edge", "StEdge"])("refuses %s", (name) => {
    expect(storageAccountNameProblem(name)?.code).toBe("storage-account-name-syntax");
    expect(storageAccountNameProblem(name)?.message).toContain(JSON.stringify(name));
  });
});

describe("container names", () => {
  it.each(["vhds", "edge-prod-vhds", "a1b", "x".repeat(63)])("accepts %s", (name) =>
    expect(containerNameProblem(name)).toBeUndefined(),
  );
  it.each(["ab", "x".repeat(64), "-vhds", "vhds-", "v--hds", "VHDs", "vhds_1"])("refuses %s", (name) =>
    expect(containerNameProblem(name)?.code).toBe("container-name-syntax"),
  );
});

describe("derived names", () => {
  it("derives a 24-character account name, readable and stable", () => {
    const name = defaultStorageAccountName("prod", "edge", "rg-palette-prod");
    expect(name).toMatch(/^stedge[0-9a-f]{18}$/);
    expect(storageAccountNameProblem(name)).toBeUndefined();
    expect(defaultStorageAccountName("prod", "edge", "rg-palette-prod")).toBe(name);
  });

  it("differs by environment, cluster and resource group", () => {
    const names = new Set([
      defaultStorageAccountName("prod", "edge", "rg-a"),
      defaultStorageAccountName("dev", "edge", "rg-a"),
      defaultStorageAccountName("prod", "edge2", "rg-a"),
      defaultStorageAccountName("prod", "edge", "rg-b"),
    ]);
    expect(names.size).toBe(4);
  });

  it("keeps at most 8 characters of long cluster names and drops hyphens", () => {
    expect(defaultStorageAccountName("dev", "very-long-cluster-name", "rg")).toMatch(/^stverylong[0-9a-f]{14}$/);
  });

  it("names the container after cluster and environment", () => {
    expect(defaultContainerName("prod", "edge")).toBe("edge-prod-vhds");
  });
});

/** The plan's issues as `[code, key path]`. */
function problems(input: StorageInput): [string, string][] {
  return storagePlanIssues(resolveStoragePlan(input)).map((i) => [i.code, formatPath(i.path)]);
}

describe("storage plan", () => {
  it("defaults to a new public account and container", () => {
    expect(resolveStoragePlan({})).toEqual({
      account: { existing: false },
      container: { existing: false },
      networkAccess: "public",
      privateDnsZone: undefined,
    });
    expect(problems({})).toEqual([]);
  });

  it.each<[string, StorageInput]>([
    ["custom names", { account: { name: "stpaletteedge" }, container: { name: "images" } }],
    [
      "an existing account with a new container",
      { account: { name: "stshared", existing: true, resourceGroup: "rg-shared" } },
    ],
    [
      "an existing account and container",
      { account: { name: "stshared", existing: true }, container: { name: "vhds", existing: true } },
    ],
    [
      "private access with an existing zone",
      { networkAccess: "private", privateDnsZone: { resourceGroup: "rg-dns", linkVnet: false } },
    ],
  ])("accepts %s", (_, input) => expect(problems(input)).toEqual([]));

  it("checks names", () => {
    expect(problems({ account: { name: "St_Edge" }, container: { name: "VHD" } })).toEqual([
      ["storage-account-name-syntax", "account.name"],
      ["container-name-syntax", "container.name"],
    ]);
  });

  it("needs names for existing resources, and an existing account for an existing container", () => {
    expect(problems({ account: { existing: true }, container: { existing: true } })).toEqual([
      ["existing-account-name-missing", "account.name"],
      ["existing-container-name-missing", "container.name"],
    ]);
    expect(problems({ container: { name: "vhds", existing: true } })).toEqual([
      ["existing-container-needs-account", "container.existing"],
    ]);
  });

  it("keeps settings of accounts we create off existing ones, and the other way round", () => {
    expect(
      problems({ account: { name: "stshared", existing: true, replication: "GRS", sharedKeyAccess: false } }),
    ).toEqual([
      ["existing-account-replication", "account.replication"],
      ["existing-account-setting", "account.sharedKeyAccess"],
    ]);
    expect(problems({ account: { resourceGroup: "rg-shared" } })).toEqual([
      ["account-resource-group-without-existing", "account.resourceGroup"],
    ]);
  });

  it("takes a private DNS zone only with private access", () => {
    expect(problems({ privateDnsZone: { resourceGroup: "rg-dns" } })).toEqual([
      ["private-dns-zone-unused", "privateDnsZone"],
    ]);
  });
});
