/**
 * The review's diff on real syntheses of the prod environment, each edited as a user would edit the
 * YAML: what is flagged, and that nothing else is.
 */
import { renderDiff } from "../../src/review/diff-report";
import { renderReport } from "../../src/review/report";
import { Synthesis } from "../../src/review/stack-json";
import { diffSyntheses, Flag } from "../../src/review/synthesis-diff";
import { edit, synthesisOf } from "./edited-synthesis";

let base: Synthesis;
beforeAll(() => {
  base = synthesisOf("prod");
});

const flagsOf = (change: (yaml: string) => string) => diffSyntheses(base, synthesisOf("prod", change)).flags;
const brief = (flags: readonly Flag[]) => flags.map((f) => `${f.kind} ${f.stack} ${f.address}`);

describe("flagged changes", () => {
  it("a pool's VM size: the AKS pool rotates", () => {
    const flags = flagsOf((y) => edit(y, "vmSize: Standard_D8ds_v5", "vmSize: Standard_D16ds_v5"));
    expect(brief(flags)).toEqual(["replace prod-apps azurerm_kubernetes_cluster_node_pool.aks_pool_apps"]);
    expect(flags[0].why).toBe("the pool rotates (vm_size): every node is replaced and its pods evicted");
  });

  it("a storage account rename: replaced, and its data destroyed", () => {
    const flags = flagsOf((y) =>
      edit(
        y,
        "    controlPlane:\n      count: 3",
        "    storage:\n      account: { name: stedgeprodrenamed01 }\n    controlPlane:\n      count: 3",
      ),
    );
    expect(brief(flags)).toEqual([
      "destroy prod-edge azurerm_storage_account.storage_account",
      "destroy prod-edge azurerm_storage_container.storage_container",
    ]);
    expect(flags[0].why).toBe(
      "replaced: name changes: destroys every container, share, queue and table in it, and its access keys",
    );
    expect(flags[1].why).toMatch(/^replaced, because azurerm_storage_account.storage_account changes/);
  });

  it("a new NSG rule from *: new exposure", () => {
    const flags = flagsOf((y) =>
      edit(
        y,
        "      workerSubnet: { cidr: 10.40.16.0/20 }",
        '      workerSubnet:\n        cidr: 10.40.16.0/20\n        securityRules:\n          - { name: allow-debug, priority: 300, protocol: Tcp, sources: ["*"], ports: [8080] }',
      ),
    );
    expect(flags).toEqual([
      {
        kind: "exposure",
        stack: "prod-edge",
        address: "azurerm_network_security_rule.network_worker_nsg_allow_debug",
        why: "NSG rule allow-debug (edge-prod-worker-nsg) reachable from anywhere on Tcp 8080",
      },
    ]);
  });

  it("a wider source on an existing rule: new exposure", () => {
    const flags = flagsOf((y) =>
      edit(y, "apiServerSources: [203.0.113.0/24, 198.51.100.10/32]", "apiServerSources: [203.0.113.0/24, 0.0.0.0/0]"),
    );
    expect(brief(flags)).toEqual([
      "exposure prod-edge azurerm_network_security_rule.network_control_plane_nsg_allow_apiserver",
    ]);
  });

  it("a removed cluster: its stacks are dropped, with what they held", () => {
    const removed = diffSyntheses(
      base,
      synthesisOf("prod", (y) => y.slice(0, y.indexOf("  - name: edge\n"))),
    );
    expect(removed.stacks.filter((s) => s.status !== "unchanged").map((s) => `${s.stack} ${s.status}`)).toEqual([
      "prod-edge removed",
      "prod-edge-packs removed",
    ]);
    expect(brief(removed.flags)).toEqual(["destroy prod-edge (stack)", "destroy prod-edge-packs (stack)"]);
    expect(removed.flags[0].why).toMatch(
      /^the stack is no longer synthesized: its 49 resources \(.*linux_virtual_machine.*storage_account.*\) are destroyed only by `cdktf destroy prod-edge`/,
    );
  });

  it("a secure default turned off: weaker security", () => {
    const flags = flagsOf((y) => edit(y, "    type: aks\n", "    type: aks\n    workloadIdentity: false\n"));
    expect(flags).toEqual([
      {
        kind: "security",
        stack: "prod-apps",
        address: "azurerm_kubernetes_cluster.aks",
        why: "no longer: workload identity on",
      },
    ]);
  });

  it("a tag change: listed, not flagged", () => {
    const head = synthesisOf("prod", (y) => edit(y, "  owner: platform-team\n", "  owner: platform-ops\n"));
    const diff = diffSyntheses(base, head);
    expect(diff.flags).toEqual([]);
    expect(diff.stacks.find((s) => s.stack === "prod-edge")?.resources.every((r) => r.action === "update")).toBe(true);
    const markdown = renderDiff(diff, "main");
    expect(markdown).toContain("**Nothing flagged**");
    expect(markdown).toContain("| `tags.owner` | platform-team | platform-ops | update |");
  });

  it("nothing changed: nothing listed", () => {
    const diff = diffSyntheses(base, synthesisOf("prod"));
    expect(diff.flags).toEqual([]);
    expect(diff.stacks.every((s) => s.status === "unchanged")).toBe(true);
    expect(renderDiff(diff, "main")).toContain("No stack changes.");
  });
});

describe("the rendered review", () => {
  it("is the same for the same input", () => {
    const head = synthesisOf("prod", (y) => edit(y, "vmSize: Standard_D8ds_v5", "vmSize: Standard_D16ds_v5"));
    const again = synthesisOf("prod", (y) => edit(y, "vmSize: Standard_D8ds_v5", "vmSize: Standard_D16ds_v5"));
    expect(renderDiff(diffSyntheses(base, again), "main")).toBe(renderDiff(diffSyntheses(base, head), "main"));
    expect(renderReport(again)).toBe(renderReport(head));
  });

  it("puts flags first, then the changes with the attribute and its effect", () => {
    const head = synthesisOf("prod", (y) => edit(y, "vmSize: Standard_D8ds_v5", "vmSize: Standard_D16ds_v5"));
    const markdown = renderDiff(diffSyntheses(base, head), "origin/main");
    expect(markdown.indexOf("**1 flagged change(s)**: replace 1.")).toBeGreaterThan(0);
    expect(markdown.indexOf("## Changes")).toBeGreaterThan(markdown.indexOf("flagged change(s)"));
    expect(markdown).toContain("| `vm_size` | Standard_D8ds_v5 | Standard_D16ds_v5 | rotate |");
    expect(markdown).toContain("| prod-apps | changed | 0 | 0 | 0 | 1 | 0 |");
  });
});
