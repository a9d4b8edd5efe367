import { configIssuesOf, environmentFromYaml, specErrorOf } from "../helpers";
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
    expect(configIssuesOf(withTags("  - owner:me\n  - windows:10"))).toEqual([
      { code: "tag-name-reserved", path: "tags", at: "5:5" },
    ]);
    expect(specErrorOf(withTags("  - owner:me\n  - windows:10"))).toContain('"windows"');
  });

  it("refuses names that differ only in case within one map", () => {
    expect(configIssuesOf(withTags("  Owner: a\n  owner: b"))).toEqual([
      { code: "tag-name-duplicate", path: "tags", at: "5:3" },
    ]);
    expect(specErrorOf(withTags("  Owner: a\n  owner: b"))).toContain('"Owner"');
  });

  it("refuses forbidden characters and over-long values", () => {
    expect(configIssuesOf(withTags("  a/b: x"))).toEqual([{ code: "tag-name-characters", path: "tags", at: "4:3" }]);
    expect(specErrorOf(withTags("  a/b: x"))).toContain('"a/b"');
    expect(configIssuesOf(withTags(`  long: ${"v".repeat(257)}`))).toEqual([
      { code: "tag-value-length", path: "tags", at: "4:3" },
    ]);
    expect(specErrorOf(withTags(`  long: ${"v".repeat(257)}`))).toContain('"long"');
  });

  it("counts the environment's and the cluster's tags together against the 50-tag limit", () => {
    const envTags = Array.from({ length: 30 }, (_, i) => `  e${i}: v`).join("\n");
    const ok = Array.from({ length: 20 }, (_, i) => `      c${i}: v`).join("\n");
    const tooMany = Array.from({ length: 21 }, (_, i) => `      c${i}: v`).join("\n");
    expect(specErrorOf(withTags(envTags, ok))).toBeUndefined();
    expect(configIssuesOf(withTags(envTags, tooMany))).toEqual([
      { code: "tags-too-many", path: "clusters[0].tags", at: "38:5" },
    ]);
    expect(specErrorOf(withTags(envTags, tooMany))).toContain("(here 51)");
  });
});

describe("tag names on a storage account", () => {
  it("are at most 128 characters where a cluster creates one (other resources take 512)", () => {
    const long = "n".repeat(129);
    const yaml = (extra: string) => `location: westeurope\nresourceGroup: rg\ntags:\n  ${long}: x\nclusters:\n${extra}`;
    expect(specErrorOf(yaml(`  - { name: apps, type: aks, kubernetesVersion: "1.33" }\n`))).toBeUndefined();
    expect(configIssuesOf(yaml(iaasCluster))).toEqual([
      { code: "cluster-storage-tag-name-length", path: `tags.${long}`, at: "4:3" },
    ]);
    expect(specErrorOf(yaml(iaasCluster))).toContain('cluster "edge"');
  });
});
