import {
  containerNameProblem,
  defaultContainerName,
  defaultStorageAccountName,
  storageAccountNameProblem,
} from "../../src/azure/storage-names";
import { resolveStoragePlan, StorageInput, storagePlanProblems } from "../../src/azure/storage-plan";

describe("storage account names", () => {
  it.each(["abc", "stedge0123456789abcdef01", "palette2024"])("accepts %s", (name) =>
    expect(storageAccountNameProblem(name)).toBeUndefined(),
  );
  it.each([
    ["ab", "it has 2"],
    ["a".repeat(25), "it has 25"],
    ["st-edge", "only lowercase letters and digits"],
    ["StEdge", "only lowercase letters and digits"],
  ])("refuses %s", (name, detail) =>
    expect(storageAccountNameProblem(name)).toBe(
      `${JSON.stringify(name)} is not a valid storage account name: 3-24 lowercase letters and digits (${detail}), unique across Azure`,
    ),
  );
});

describe("container names", () => {
  it.each(["vhds", "edge-prod-vhds", "a1b", "x".repeat(63)])("accepts %s", (name) =>
    expect(containerNameProblem(name)).toBeUndefined(),
  );
  it.each(["ab", "x".repeat(64), "-vhds", "vhds-", "v--hds", "VHDs", "vhds_1"])("refuses %s", (name) =>
    expect(containerNameProblem(name)).toMatch(
      /is not a valid container name: 3-63 lowercase letters, digits and hyphens/,
    ),
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

function problems(input: StorageInput): string[] {
  return storagePlanProblems(resolveStoragePlan(input)).map((i) => `${i.path.join(".")}: ${i.message}`);
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
      'account.name: "St_Edge" is not a valid storage account name: 3-24 lowercase letters and digits (only lowercase letters and digits), unique across Azure',
      'container.name: "VHD" is not a valid container name: 3-63 lowercase letters, digits and hyphens, starting and ending with a letter or digit, no consecutive hyphens',
    ]);
  });

  it("needs names for existing resources, and an existing account for an existing container", () => {
    expect(problems({ account: { existing: true }, container: { existing: true } })).toEqual([
      "account.name: name the existing storage account with name",
      "container.name: name the existing container with name",
    ]);
    expect(problems({ container: { name: "vhds", existing: true } })).toEqual([
      "container.existing: an existing container lives in an existing account: set account.existing and account.name too",
    ]);
  });

  it("keeps settings of accounts we create off existing ones, and the other way round", () => {
    expect(
      problems({ account: { name: "stshared", existing: true, replication: "GRS", sharedKeyAccess: false } }),
    ).toEqual([
      "account.replication: replication only applies to an account this stack creates; an existing account keeps its own",
      "account.sharedKeyAccess: sharedKeyAccess only applies to an account this stack creates; an existing account keeps its own",
    ]);
    expect(problems({ account: { resourceGroup: "rg-shared" } })).toEqual([
      "account.resourceGroup: resourceGroup only applies to an existing account (existing: true); a new account goes in the cluster's resource group",
    ]);
  });

  it("takes a private DNS zone only with private access", () => {
    expect(problems({ privateDnsZone: { resourceGroup: "rg-dns" } })).toEqual([
      "privateDnsZone: privateDnsZone only applies with networkAccess: private",
    ]);
  });
});
