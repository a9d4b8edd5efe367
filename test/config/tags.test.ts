import { environmentFromYaml, specErrorOf } from "../helpers";
import { SSH_KEY } from "../iaas/fixtures";

const iaasCluster = `  - name: edge\n    type: iaas\n    kubernetesVersion: "1.33.5"\n    sshPublicKey: ${SSH_KEY}\n`;

const withTags = (envTags: string, clusterTags = "") => `location: westeurope
resourceGroup: rg-test
tags:
${envTags}
clusters:
  - name: one
    type: aks
    kubernetesVersion: "1.33"
${clusterTags ? `    tags:\n${clusterTags}` : ""}`;

describe("tags in environment files", () => {
  it("accepts a map and a list of key:value strings, the same way", () => {
    const fromMap = environmentFromYaml(withTags("  department: finance\n  cost-center: 4711"));
    const fromList = environmentFromYaml(withTags('  - department:finance\n  - "cost-center:4711"'));
    expect(fromMap.tags).toEqual({ department: "finance", "cost-center": "4711" });
    expect(fromList.tags).toEqual(fromMap.tags);
  });

  it("points at the offending list item", () => {
    expect(specErrorOf(withTags("  - owner:me\n  - windows:10"))).toBe(
      'stacks/environments/test.yaml:5:5 tags: "windows": tag names starting with "windows" are reserved',
    );
  });

  it("refuses names that differ only in case within one map", () => {
    expect(specErrorOf(withTags("  Owner: a\n  owner: b"))).toContain(
      'tags: "owner": Azure tag names are case-insensitive and "Owner" is already set',
    );
  });

  it("refuses forbidden characters and over-long values", () => {
    expect(specErrorOf(withTags("  a/b: x"))).toContain('tags: "a/b": tag names must not contain "/"');
    expect(specErrorOf(withTags(`  long: ${"v".repeat(257)}`))).toContain(
      'tags: "long": tag values are at most 256 characters',
    );
  });

  it("counts the environment's and the cluster's tags together against the 50-tag limit", () => {
    const envTags = Array.from({ length: 30 }, (_, i) => `  e${i}: v`).join("\n");
    const ok = Array.from({ length: 20 }, (_, i) => `      c${i}: v`).join("\n");
    const tooMany = Array.from({ length: 21 }, (_, i) => `      c${i}: v`).join("\n");
    expect(specErrorOf(withTags(envTags, ok))).toBeUndefined();
    expect(specErrorOf(withTags(envTags, tooMany))).toBe(
      "stacks/environments/test.yaml:38:5 clusters[0].tags: at most 50 tags per resource (here 51), counting the environment's tags",
    );
  });
});

describe("tag names on a storage account", () => {
  it("are at most 128 characters where a cluster creates one (other resources take 512)", () => {
    const long = "n".repeat(129);
    const yaml = (extra: string) => `location: westeurope\nresourceGroup: rg\ntags:\n  ${long}: x\nclusters:\n${extra}`;
    expect(specErrorOf(yaml(`  - { name: apps, type: aks, kubernetesVersion: "1.33" }\n`))).toBeUndefined();
    expect(specErrorOf(yaml(iaasCluster))).toContain(
      `stacks/environments/test.yaml:4:3 tags.${long}: "nnnnnnnnnnnnnnnnnnnn"... has 129 characters: cluster "edge" creates a storage account, whose tag names are at most 128`,
    );
  });
});
