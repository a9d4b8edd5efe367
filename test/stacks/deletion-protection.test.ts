/**
 * deletionProtection: prevent_destroy on what a cluster stack cannot recreate, on by default in the
 * prod environment, off elsewhere; turning it off is flagged by the review; and the packs stack
 * depends on its cluster's stack, so `cdktf destroy` removes the packs first.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROTECTED_TYPES } from "../../src/stacks/deletion-protection";
import { diffSyntheses } from "../../src/review/synthesis-diff";
import { edit, synthesisOf, synthesizeEdited } from "../review/edited-synthesis";

type Stack = { resource?: Record<string, Record<string, { lifecycle?: { prevent_destroy?: boolean } }>> };

const stackJson = (outdir: string, stack: string): Stack =>
  JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));

/** `type` → whether every resource of that type is protected, for the protected types the stack has. */
function protection(json: Stack): Record<string, boolean> {
  const found: Record<string, boolean> = {};
  for (const [type, resources] of Object.entries(json.resource ?? {})) {
    const flags = Object.values(resources).map((r) => r.lifecycle?.prevent_destroy === true);
    if (Object.hasOwn(PROTECTED_TYPES, type)) found[type] = flags.every(Boolean);
    else if (flags.some(Boolean)) found[type] = true;
  }
  return found;
}

describe("deletion protection", () => {
  const prod = synthesizeEdited("prod");

  it("is on in prod: the AKS cluster and its log workspace, the IaaS control plane and storage account", () => {
    expect(protection(stackJson(prod, "prod-apps"))).toEqual({
      azurerm_kubernetes_cluster: true,
      azurerm_log_analytics_workspace: true,
    });
    expect(protection(stackJson(prod, "prod-edge"))).toEqual({
      azurerm_linux_virtual_machine: true,
      azurerm_storage_account: true,
    });
    expect(protection(stackJson(prod, "prod-apps-packs"))).toEqual({});
  });

  it("keeps the lifecycle rules a resource already has", () => {
    const cluster = Object.values(stackJson(prod, "prod-apps").resource!.azurerm_kubernetes_cluster)[0] as {
      lifecycle: Record<string, unknown>;
    };
    expect(cluster.lifecycle).toMatchObject({ prevent_destroy: true });
    expect(Object.keys(cluster.lifecycle).length).toBeGreaterThanOrEqual(1);
  });

  it("is off elsewhere unless the file turns it on, and a cluster's own setting wins", () => {
    const dev = synthesizeEdited("dev");
    expect(protection(stackJson(dev, "dev-apps"))).toEqual({
      azurerm_kubernetes_cluster: false,
      azurerm_log_analytics_workspace: false,
    });
    const on = synthesizeEdited("dev", (y) =>
      edit(y, "location: westeurope", "location: westeurope\ndeletionProtection: true"),
    );
    expect(protection(stackJson(on, "dev-edge")).azurerm_storage_account).toBe(true);
    const clusterOff = synthesizeEdited("prod", (y) =>
      edit(y, "  - name: edge\n", "  - name: edge\n    deletionProtection: false\n"),
    );
    expect(protection(stackJson(clusterOff, "prod-edge")).azurerm_storage_account).toBe(false);
    expect(protection(stackJson(clusterOff, "prod-apps")).azurerm_kubernetes_cluster).toBe(true);
  });

  it("turning it off is flagged by the review as weaker security", () => {
    const flags = diffSyntheses(
      synthesisOf("prod"),
      synthesisOf("prod", (y) => edit(y, "location: westeurope", "location: westeurope\ndeletionProtection: false")),
    ).flags;
    expect(
      flags.filter((f) => f.why.includes("deletion protection")).map((f) => `${f.kind} ${f.stack} ${f.address}`),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^security prod-apps azurerm_kubernetes_cluster\./),
        expect.stringMatching(/^security prod-edge azurerm_storage_account\./),
      ]),
    );
  });
});

describe("destroy order", () => {
  it("a packs stack depends on its cluster's stack, so cdktf destroys the packs first", () => {
    const manifest = JSON.parse(readFileSync(join(synthesizeEdited("prod"), "manifest.json"), "utf8"));
    expect(manifest.stacks["prod-apps-packs"].dependencies).toEqual(["prod-apps"]);
    expect(manifest.stacks["prod-edge-packs"].dependencies).toEqual(["prod-edge"]);
    expect(manifest.stacks["prod-apps"].dependencies).toEqual([]);
  });
});
