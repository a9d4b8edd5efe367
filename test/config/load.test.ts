import { specErrorOf, environmentFromYaml } from "../helpers";

/** A minimal valid environment; `extra` lines are appended to the first cluster. */
const env = (top = "", cluster = "") => `location: westeurope
resourceGroup: rg-test
${top}clusters:
  - name: one
    type: aks
    kubernetesVersion: "1.33"
${cluster}`;

describe("environment loading", () => {
  it("loads a minimal file and applies defaults", () => {
    const spec = environmentFromYaml(env());
    expect(spec.name).toBe("test");
    expect(spec.file).toBe("stacks/environments/test.yaml");
    expect(spec.resourceGroup).toEqual({ name: "rg-test", create: false });
    expect(spec.backend).toEqual({ type: "local", path: "state" });
    expect(spec.tags).toEqual({});
    expect(spec.clusters[0]).toMatchObject({
      name: "one",
      type: "aks",
      kubernetesVersion: "1.33",
      zones: ["1", "2", "3"],
      tags: {},
    });
  });

  it("names file, line, column and key path in one line per problem", () => {
    const message = specErrorOf(`location: westeurope
resourceGroup: rg-test
clusters:
  - name: one
    type: aks
    kubernetesVersion: "1.33"
  - name: two
    type: aks
    kubernetesVersion: "1.33"
    tags:
      team: edge
      Azure-Owner: me
`);
    expect(message).toBe(
      'stacks/environments/test.yaml:12:7 clusters[1].tags: "Azure-Owner": tag names starting with "azure" are reserved',
    );
  });

  it("refuses unknown keys at every level, pointing at the key", () => {
    expect(specErrorOf(env("locaton: x\n"))).toBe('stacks/environments/test.yaml:3:1 locaton: unknown key "locaton"');
    expect(specErrorOf(env("", "    zonez: [1]\n"))).toBe(
      'stacks/environments/test.yaml:7:5 clusters[0].zonez: unknown key "zonez"',
    );
    expect(specErrorOf(env("backend: { type: local, path: x, org: y }\n"))).toMatch(
      /:3:\d+ backend\.org: unknown key "org"$/,
    );
  });

  it("reports a missing required key at its parent", () => {
    expect(specErrorOf("resourceGroup: rg\nclusters:\n  - { name: one, type: aks, kubernetesVersion: '1.33' }\n")).toBe(
      "stacks/environments/test.yaml:1:1 location: is required",
    );
    expect(specErrorOf(env().replace('    kubernetesVersion: "1.33"\n', ""))).toBe(
      "stacks/environments/test.yaml:4:5 clusters[0].kubernetesVersion: is required",
    );
  });

  it("reports YAML syntax errors and duplicate keys with their position", () => {
    expect(specErrorOf("location: westeurope\nlocation: northeurope\n")).toMatch(
      /^stacks\/environments\/test\.yaml:2:1: YAML: Map keys must be unique/,
    );
    expect(specErrorOf("location: [westeurope\n")).toMatch(/^stacks\/environments\/test\.yaml:\d+:\d+: YAML: [^\n]+$/);
  });

  it("reports every problem of a file, not just the first", () => {
    const lines = specErrorOf(env("tags: { windowsTeam: x }\nbogus: 1\n"))!.split("\n");
    expect(lines).toHaveLength(2);
  });

  it.each([
    ["an empty file", "", "location: is required"],
    ["a list instead of a map", "- a\n", "expected object"],
    ["an unknown cluster type", env().replace("type: aks", "type: eks"), "clusters[0].type: one of aks, iaas"],
    ["no clusters", "location: westeurope\nresourceGroup: rg\nclusters: []\n", "clusters: list at least one cluster"],
    [
      "a region with spaces",
      env().replace("westeurope", "West Europe"),
      'location: "West Europe" is not an Azure region with availability zones',
    ],
    [
      "a region that does not exist",
      env().replace("westeurope", "westeurope2"),
      'location: "westeurope2" is not an Azure region with availability zones: did you mean westeurope?',
    ],
    [
      "a region without zones",
      env().replace("westeurope", "westus"),
      'location: "westus" is not an Azure region with availability zones',
    ],
    [
      "a resource group name ending in a period",
      env().replace("rg-test", "rg-test."),
      "resourceGroup.name: 1-90 letters",
    ],
    [
      "an unquoted Kubernetes version (YAML would read 1.30 as 1.3)",
      env().replace('"1.33"', "1.30"),
      'kubernetesVersion: quote the version ("1.3")',
    ],
    [
      "a bad Kubernetes version",
      env().replace('"1.33"', "v1.33"),
      "kubernetesVersion: a Kubernetes version such as 1.33",
    ],
    ["a zone outside 1-3", env("", "    zones: [1, 4]\n"), "zones[1]: zones are 1, 2 or 3"],
    ["a zone twice", env("", "    zones: [1, 1]\n"), "zones: zone 1 is listed twice"],
    [
      "two clusters with one name",
      env() + "  - { name: one, type: aks, kubernetesVersion: '1.33' }\n",
      'clusters[1].name: "one" is already the name of clusters[0]',
    ],
  ])("%s", (_what, yaml, expected) => {
    const message = specErrorOf(yaml);
    if (expected === "") expect(message).toBeUndefined();
    else expect(message).toContain(expected);
  });

  it.each([
    ["Windows-ish", "2-24 characters, lowercase"],
    ["a", "2-24 characters"],
    ["edge-", "not ending with a hyphen"],
    ["a--b", "no consecutive hyphens"],
    ["my-windows-box", 'Azure refuses "windows"'],
    ["microsoftish", 'Azure refuses "microsoft"'],
    ["x".repeat(25), "2-24 characters"],
  ])("refuses the cluster name %j", (name, expected) => {
    expect(specErrorOf(env().replace("name: one", `name: "${name}"`))).toContain(expected);
  });

  it.each(["ab", "edge-01", "a".repeat(24)])("accepts the cluster name %j", (name) => {
    expect(specErrorOf(env().replace("name: one", `name: "${name}"`))).toBeUndefined();
  });

  it("refuses Terraform template sequences in spec strings, which would break the plan far from their cause", () => {
    expect(specErrorOf(env('tags: { owner: "a${b}" }\n'))).toBe(
      'stacks/environments/test.yaml:3:9 tags.owner: contains "${", which Terraform reads as the start of a template expression: remove it (the JSON carries spec values as literals)',
    );
    expect(specErrorOf(env("", "    tags: ['team:%{ if x }']\n"))).toContain('clusters[0].tags[0]: contains "%{"');
    expect(specErrorOf(env("tags: { price: $5, pct: 5% }\n"))).toBeUndefined();
  });

  it("derives the environment name from the file and refuses names that would split badly", () => {
    expect(specErrorOf(env(), "prod")).toBeUndefined();
    expect(specErrorOf(env(), "prod-eu")).toBe(
      'stacks/environments/prod-eu.yaml: file name "prod-eu" is not a valid environment name: 1-12 lowercase letters and digits, starting with a letter',
    );
    expect(specErrorOf(env(), "windows1")).toBe(
      'stacks/environments/windows1.yaml: file name "windows1" is not a valid environment name: it goes into Azure names, and Azure refuses "windows" in them',
    );
  });

  it("accepts an existing resource group by name or an object that creates one", () => {
    expect(environmentFromYaml(env().replace("rg-test", "{ name: rg-new, create: true }")).resourceGroup).toEqual({
      name: "rg-new",
      create: true,
    });
    expect(environmentFromYaml(env().replace("rg-test", "{ name: rg-old }")).resourceGroup).toEqual({
      name: "rg-old",
      create: false,
    });
    expect(environmentFromYaml(env().replace("rg-test", "x")).resourceGroup).toEqual({ name: "x", create: false });
  });
});
