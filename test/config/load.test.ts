import { ConfigIssue, configIssuesOf, environmentFromYaml, specErrorOf } from "../helpers";

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
    expect(configIssuesOf(env("locaton: x\n"))).toEqual([{ code: "unknown-key", path: "locaton", at: "3:1" }]);
    expect(configIssuesOf(env("", "    zonez: [1]\n"))).toEqual([
      { code: "unknown-key", path: "clusters[0].zonez", at: "7:5" },
    ]);
    expect(configIssuesOf(env("backend: { type: local, path: x, org: y }\n"))).toEqual([
      { code: "unknown-key", path: "backend.org", at: "3:34" },
    ]);
  });

  it("reports a missing required key at its parent", () => {
    expect(
      configIssuesOf("resourceGroup: rg\nclusters:\n  - { name: one, type: aks, kubernetesVersion: '1.33' }\n"),
    ).toEqual([{ code: "required", path: "location", at: "1:1" }]);
    expect(configIssuesOf(env().replace('    kubernetesVersion: "1.33"\n', ""))).toEqual([
      { code: "required", path: "clusters[0].kubernetesVersion", at: "4:5" },
    ]);
  });

  it("reports YAML syntax errors and duplicate keys with their position", () => {
    expect(configIssuesOf("location: westeurope\nlocation: northeurope\n")).toEqual([
      { code: "yaml-syntax", path: "(root)", at: "2:1" },
    ]);
    expect(specErrorOf("location: westeurope\nlocation: northeurope\n")).toContain("Map keys must be unique");
    expect(configIssuesOf("location: [westeurope\n")).toEqual([
      { code: "yaml-syntax", path: "(root)", at: expect.stringMatching(/^\d+:\d+$/) },
    ]);
    // A syntax error has no key path: the line is `file:line:col: message`.
    expect(specErrorOf("location: [westeurope\n")).toMatch(/^stacks\/environments\/test\.yaml:\d+:\d+: [^\n]+$/);
  });

  it("reports every problem of a file, not just the first", () => {
    expect(configIssuesOf(env("tags: { windowsTeam: x }\nbogus: 1\n"))).toEqual([
      { code: "tag-name-reserved", path: "tags", at: "3:9" },
      { code: "unknown-key", path: "bogus", at: "4:1" },
    ]);
  });

  it("an empty file", () => {
    expect(configIssuesOf("")).toContainEqual({ code: "required", path: "location", at: "1:1" });
  });

  it.each<[string, string, ConfigIssue, string]>([
    ["a list instead of a map", "- a\n", { code: "type", path: "(root)", at: "1:1" }, ""],
    [
      "an unknown cluster type",
      env().replace("type: aks", "type: eks"),
      { code: "type", path: "clusters[0].type", at: "5:5" },
      "",
    ],
    [
      "no clusters",
      "location: westeurope\nresourceGroup: rg\nclusters: []\n",
      { code: "too-small", path: "clusters", at: "3:1" },
      "",
    ],
    [
      "a region with spaces",
      env().replace("westeurope", "West Europe"),
      { code: "not-one-of", path: "location", at: "1:1" },
      '"West Europe"',
    ],
    [
      "a region that does not exist",
      env().replace("westeurope", "westeurope2"),
      { code: "not-one-of", path: "location", at: "1:1" },
      "did you mean westeurope?",
    ],
    [
      "a region without zones",
      env().replace("westeurope", "westus"),
      { code: "not-one-of", path: "location", at: "1:1" },
      '"westus"',
    ],
    [
      "a resource group name ending in a period",
      env().replace("rg-test", "rg-test."),
      { code: "format", path: "resourceGroup.name", at: "2:1" },
      "",
    ],
    [
      "an unquoted Kubernetes version (YAML would read 1.30 as 1.3)",
      env().replace('"1.33"', "1.30"),
      { code: "type", path: "clusters[0].kubernetesVersion", at: "6:5" },
      'quote the version ("1.3")',
    ],
    [
      "a bad Kubernetes version",
      env().replace('"1.33"', "v1.33"),
      { code: "format", path: "clusters[0].kubernetesVersion", at: "6:5" },
      "",
    ],
    [
      "a zone outside 1-3",
      env("", "    zones: [1, 4]\n"),
      { code: "type", path: "clusters[0].zones[1]", at: "7:16" },
      "",
    ],
    [
      "a zone twice",
      env("", "    zones: [1, 1]\n"),
      { code: "zone-duplicate", path: "clusters[0].zones", at: "7:5" },
      "",
    ],
    [
      "two clusters with one name",
      env() + "  - { name: one, type: aks, kubernetesVersion: '1.33' }\n",
      { code: "cluster-name-duplicate", path: "clusters[1].name", at: "7:7" },
      "clusters[0]",
    ],
  ])("%s", (_what, yaml, expected, names) => {
    expect(configIssuesOf(yaml)).toMatchObject([expected]);
    if (names) expect(specErrorOf(yaml)).toContain(names);
  });

  it.each([
    ["Windows-ish", "cluster-name-syntax", ""],
    ["a", "cluster-name-syntax", ""],
    ["edge-", "cluster-name-syntax", ""],
    ["a--b", "cluster-name-double-hyphen", ""],
    ["my-windows-box", "cluster-name-reserved-word", '"windows"'],
    ["microsoftish", "cluster-name-reserved-word", '"microsoft"'],
    ["x".repeat(25), "cluster-name-syntax", ""],
  ])("refuses the cluster name %j", (name, code, names) => {
    const yaml = env().replace("name: one", `name: "${name}"`);
    expect(configIssuesOf(yaml)).toEqual([{ code, path: "clusters[0].name", at: "4:5" }]);
    if (names) expect(specErrorOf(yaml)).toContain(names);
  });

  it.each(["ab", "edge-01", "a".repeat(24)])("accepts the cluster name %j", (name) => {
    expect(specErrorOf(env().replace("name: one", `name: "${name}"`))).toBeUndefined();
  });

  it("refuses Terraform template sequences in spec strings, which would break the plan far from their cause", () => {
    expect(configIssuesOf(env('tags: { owner: "a${b}" }\n'))).toEqual([
      { code: "terraform-template-sequence", path: "tags.owner", at: "3:9" },
    ]);
    expect(specErrorOf(env('tags: { owner: "a${b}" }\n'))).toContain('"${"');
    expect(configIssuesOf(env("", "    tags: ['team:%{ if x }']\n"))).toEqual([
      { code: "terraform-template-sequence", path: "clusters[0].tags[0]", at: "7:12" },
    ]);
    expect(specErrorOf(env("", "    tags: ['team:%{ if x }']\n"))).toContain('"%{"');
    expect(configIssuesOf(env("tags: { price: $5, pct: 5% }\n"))).toBeUndefined();
  });

  it("derives the environment name from the file and refuses names that would split badly", () => {
    expect(configIssuesOf(env(), "prod")).toBeUndefined();
    expect(configIssuesOf(env(), "prod-eu")).toEqual([{ code: "environment-name-syntax", path: "(root)" }]);
    // The one message that names no key: it is about the file's name, and says so.
    expect(specErrorOf(env(), "prod-eu")).toMatch(/^stacks\/environments\/prod-eu\.yaml: file name "prod-eu" /);
    expect(configIssuesOf(env(), "windows1")).toEqual([{ code: "environment-name-reserved-word", path: "(root)" }]);
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
