/**
 * npm run force-delete on real synthesized stacks, with the Azure CLI replaced by a recorder that
 * answers as Azure would: what it finds by the cluster's tags, the order it deletes in, dry run by
 * default, deletion protection respected, one process run with a fake `az` on PATH.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AzRunner, AzureResource, runForceDelete } from "../../src/ops/force-delete";
import { PROCESS_TIMEOUT_MS, REPO_ROOT, tempDir } from "../helpers";
import { synthesizeEdited } from "../review/edited-synthesis";

const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000";
const resource = (group: string, type: string, name: string, tags: Record<string, string>): AzureResource => ({
  id: `${SUB}/resourceGroups/${group}/providers/${type}/${name}`,
  name,
  type,
  resourceGroup: group,
  tags,
});

/** An Azure with these resources in these groups; records every call. */
function fakeAzure(groups: Record<string, AzureResource[]>) {
  const calls: string[] = [];
  const az: AzRunner = (args) => {
    calls.push(args.join(" "));
    if (args[0] === "group" && args[1] === "exists") return String(args[3] in groups);
    if (args[0] === "resource" && args[1] === "list") return JSON.stringify(groups[args[3]] ?? []);
    if (args[0] === "resource" && args[1] === "delete") return "";
    throw new Error(`unexpected az ${args.join(" ")}`);
  };
  return { az, calls };
}

function run(outdir: string, argv: string[], az: AzRunner, destroyStatus = 0) {
  const out: string[] = [];
  const err: string[] = [];
  const destroyed: string[] = [];
  const status = runForceDelete({
    argv,
    outdir,
    az,
    destroy: (stack) => {
      destroyed.push(stack);
      return destroyStatus;
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { status, out, err, destroyed };
}

const dev = synthesizeEdited("dev");
const cloudLb = resource("rg-palette-dev", "Microsoft.Network/loadBalancers", "edge-dev-internal", {
  "k8s-azure-cluster-name": "edge-dev",
});
const cloudIp = resource("rg-palette-dev", "Microsoft.Network/publicIPAddresses", "edge-dev-a1b2c3", {
  "k8s-azure-cluster-name": "edge-dev",
  "k8s-azure-service": "web/frontend",
});
const pvDisk = resource("rg-palette-dev", "Microsoft.Compute/disks", "pvc-123", {
  "palette-cluster": "edge-dev",
  "kubernetes.io-created-for-pv-name": "pvc-123",
});
const otherCluster = resource("rg-palette-dev", "Microsoft.Compute/disks", "pvc-999", {
  "palette-cluster": "apps-dev",
});
const terraformMade = resource("rg-palette-dev", "Microsoft.Network/loadBalancers", "edge-dev-apiserver-lb", {
  environment: "dev",
});

describe("npm run force-delete", () => {
  it("dry run: lists what the IaaS cluster's cloud provider and CSI driver made, deletes nothing", () => {
    const { az, calls } = fakeAzure({ "rg-palette-dev": [pvDisk, terraformMade, cloudIp, otherCluster, cloudLb] });
    const result = run(dev, ["dev-edge"], az);
    expect(result.status).toBe(0);
    expect(result.out).toEqual([
      "dev-edge: 3 resource(s) the cloud provider and CSI driver made outside Terraform (tag palette-cluster or k8s-azure-cluster-name=edge-dev) in rg-palette-dev:",
      "  Microsoft.Network/loadBalancers rg-palette-dev/edge-dev-internal",
      "  Microsoft.Network/publicIPAddresses rg-palette-dev/edge-dev-a1b2c3",
      "  Microsoft.Compute/disks rg-palette-dev/pvc-123",
      "dry run: nothing deleted. Run again with --yes to delete these, then cdktf destroy dev-edge.",
    ]);
    expect(calls.filter((c) => c.includes("delete"))).toEqual([]);
    expect(result.destroyed).toEqual([]);
  });

  it("--yes: deletes load balancer, then IP, then disk, then finishes the destroy", () => {
    const { az, calls } = fakeAzure({ "rg-palette-dev": [pvDisk, cloudIp, cloudLb] });
    const result = run(dev, ["dev-edge", "--yes"], az);
    expect(result.status).toBe(0);
    expect(calls.filter((c) => c.startsWith("resource delete"))).toEqual([
      `resource delete --ids ${cloudLb.id}`,
      `resource delete --ids ${cloudIp.id}`,
      `resource delete --ids ${pvDisk.id}`,
    ]);
    expect(result.destroyed).toEqual(["dev-edge"]);
  });

  it("AKS: looks in the node resource group too, and only by this project's tag", () => {
    const nodeIp = resource("apps-dev-aks-nodes", "Microsoft.Network/publicIPAddresses", "kubernetes-a1", {
      "k8s-azure-cluster-name": "kubernetes",
    });
    const tagged = resource("rg-palette-dev", "Microsoft.Compute/disks", "pvc-7", { "palette-cluster": "apps-dev" });
    const { az, calls } = fakeAzure({ "rg-palette-dev": [tagged], "apps-dev-aks-nodes": [nodeIp] });
    const result = run(dev, ["dev-apps"], az);
    expect(calls).toContain("group exists --name apps-dev-aks-nodes");
    expect(result.out.slice(1, -1)).toEqual(["  Microsoft.Compute/disks rg-palette-dev/pvc-7"]);
  });

  it("refuses a stack under deletion protection, and says what to do", () => {
    const prod = synthesizeEdited("prod");
    const { az, calls } = fakeAzure({ "rg-palette-prod": [] });
    const result = run(prod, ["prod-edge", "--yes"], az);
    expect(result.status).toBe(1);
    expect(result.err).toEqual([expect.stringMatching(/^force-delete: prod-edge has deletionProtection on/)]);
    expect(calls.filter((c) => c.includes("delete"))).toEqual([]);
  });

  it("bad input: one line, exit 1; a failed deletion stops before the destroy, exit 4", () => {
    const { az } = fakeAzure({});
    expect(run(dev, [], az).err).toEqual([expect.stringMatching(/^force-delete: name one stack; usage:/)]);
    expect(run(dev, ["dev-nope"], az)).toMatchObject({
      status: 1,
      err: [expect.stringMatching(/^force-delete: dev-nope: no such stack in /)],
    });
    const failing: AzRunner = (args) => {
      if (args[1] === "delete") throw new Error("AnotherOperationInProgress");
      return fakeAzure({ "rg-palette-dev": [cloudIp] }).az(args);
    };
    const result = run(dev, ["dev-edge", "--yes"], failing);
    expect(result).toMatchObject({ status: 4, destroyed: [] });
    expect(result.err[0]).toMatch(/could not delete .*edge-dev-a1b2c3: AnotherOperationInProgress$/);
  });

  it("as a process: the real script with a fake az on PATH, dry run", () => {
    const bin = join(tempDir("fake-az-"), "bin");
    mkdirSync(bin);
    const az = join(bin, "az");
    writeFileSync(
      az,
      `#!/bin/sh\ncase "$1 $2" in\n  "group exists") echo true ;;\n  "resource list") echo '${JSON.stringify([cloudIp])}' ;;\n  *) exit 9 ;;\nesac\n`,
    );
    chmodSync(az, 0o755);
    const proc = spawnSync(
      process.execPath,
      ["--require", require.resolve("tsx/cjs"), join(REPO_ROOT, "scripts/force-delete.ts"), "dev-edge"],
      {
        cwd: join(dev, ".."),
        encoding: "utf8",
        timeout: PROCESS_TIMEOUT_MS,
        env: { PATH: `${bin}:${process.env.PATH}`, HOME: process.env.HOME ?? "/tmp" },
      },
    );
    expect(proc.stderr).toBe("");
    expect(proc.stdout).toContain("  Microsoft.Network/publicIPAddresses rg-palette-dev/edge-dev-a1b2c3\n");
    expect(proc.status).toBe(0);
  });
});
