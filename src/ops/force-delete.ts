/**
 * `npm run force-delete -- <stack>` (Palette's "Force Delete"): when `cdktf destroy` is stuck on what
 * Kubernetes made in Azure outside Terraform (a LoadBalancer Service's load balancer and public IP in
 * the cluster's subnet, a PersistentVolumeClaim's disk), find those by the tags their makers put on
 * them, delete them, then finish the destroy. Dry run unless --yes. Azure is reached through the
 * Azure CLI (`az`), signed in as for `cdktf deploy`; the runner is injected so tests need no Azure.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CLUSTER_OWNER_TAG } from "../azure/tags";

/** The tag cloud-provider-azure puts on its load balancers and public IPs: its --cluster-name. */
export const CLOUD_PROVIDER_TAG = "k8s-azure-cluster-name";

/** What the stack says about where its cluster lives. */
export interface ClusterOfStack {
  readonly stack: string;
  readonly kind: "aks" | "iaas";
  /** `<cluster>-<env>`: the prefix of the stack's Azure names, and the value of the tags above. */
  readonly clusterName: string;
  /** Where the stack and the cloud provider put resources: the cluster's group, and AKS' node group. */
  readonly resourceGroups: readonly string[];
  /** deletionProtection is on: cdktf destroy would refuse. */
  readonly protectedFromDestroy: boolean;
}

export interface AzureResource {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly resourceGroup: string;
  readonly tags?: Readonly<Record<string, string>> | null;
}

/** Runs `az <args>` and returns its stdout (JSON asked for with -o json), or throws with its stderr. */
export type AzRunner = (args: readonly string[]) => string;

export class ForceDeleteInputError extends Error {}

/** Reads a synthesized stack (cdktf.out/stacks/<stack>/cdk.tf.json). */
export function clusterOfStack(outdir: string, stack: string): ClusterOfStack {
  const file = join(outdir, "stacks", stack, "cdk.tf.json");
  if (!existsSync(file))
    throw new ForceDeleteInputError(`${stack}: no such stack in ${outdir} (npm run synth writes it; is it selected?)`);
  const json = JSON.parse(readFileSync(file, "utf8")) as {
    resource?: Record<string, Record<string, Record<string, unknown>>>;
    data?: Record<string, Record<string, Record<string, unknown>>>;
  };
  const names = (section: typeof json.resource, type: string) =>
    Object.values(section?.[type] ?? {}).map((r) => r.name as string);
  const groups = [...names(json.data, "azurerm_resource_group"), ...names(json.resource, "azurerm_resource_group")];
  const protectedFromDestroy = Object.values(json.resource ?? {}).some((named) =>
    Object.values(named).some((r) => (r.lifecycle as { prevent_destroy?: boolean } | undefined)?.prevent_destroy),
  );
  const aks = Object.values(json.resource?.azurerm_kubernetes_cluster ?? {})[0];
  if (aks) {
    const name = aks.name as string;
    return {
      stack,
      kind: "aks",
      clusterName: name.replace(/-aks$/, ""),
      resourceGroups: [...groups, aks.node_resource_group as string],
      protectedFromDestroy,
    };
  }
  const apiLb = names(json.resource, "azurerm_lb").find((n) => n.endsWith("-apiserver-lb"));
  if (apiLb)
    return {
      stack,
      kind: "iaas",
      clusterName: apiLb.replace(/-apiserver-lb$/, ""),
      resourceGroups: groups,
      protectedFromDestroy,
    };
  throw new ForceDeleteInputError(`${stack}: not a cluster stack (no AKS cluster, no IaaS API load balancer)`);
}

/** Deleting in this order: a load balancer holds its public IPs and its subnet; a disk must be detached. */
const DELETE_ORDER = [
  "microsoft.network/loadbalancers",
  "microsoft.network/publicipaddresses",
  "microsoft.compute/disks",
  "microsoft.network/routetables",
  "microsoft.network/networksecuritygroups",
];

/** Whether the cluster's own components made it: tagged with the cluster, by us or by the cloud provider. */
function madeByCluster(resource: AzureResource, cluster: ClusterOfStack): boolean {
  const tags = resource.tags ?? {};
  if (tags[CLUSTER_OWNER_TAG] === cluster.clusterName) return true;
  // AKS' cloud provider names every cluster "kubernetes": only IaaS clusters get a name of their own.
  return cluster.kind === "iaas" && tags[CLOUD_PROVIDER_TAG] === cluster.clusterName;
}

/** What the cluster left behind, in the order it must be deleted; resources of groups that are gone are none. */
export function leftovers(cluster: ClusterOfStack, az: AzRunner): AzureResource[] {
  const found: AzureResource[] = [];
  for (const group of cluster.resourceGroups) {
    const exists = az(["group", "exists", "--name", group]).trim() === "true";
    if (!exists) continue;
    const listed = JSON.parse(az(["resource", "list", "--resource-group", group, "-o", "json"])) as AzureResource[];
    found.push(...listed.filter((r) => madeByCluster(r, cluster)));
  }
  const rank = (r: AzureResource) => {
    const i = DELETE_ORDER.indexOf(r.type.toLowerCase());
    return i < 0 ? DELETE_ORDER.length : i;
  };
  return found.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

export interface ForceDeleteIo {
  readonly argv: readonly string[];
  readonly outdir: string;
  readonly az: AzRunner;
  /** Runs `cdktf destroy <stack> --auto-approve`; returns its exit code. */
  readonly destroy: (stack: string) => number;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const FORCE_DELETE_USAGE = "usage: npm run force-delete -- <stack> [--yes]";

/** The command: exit 0 done (or dry run), 1 bad input, 4 a deletion or the destroy failed. */
export function runForceDelete(io: ForceDeleteIo): number {
  let stack: string;
  let yes: boolean;
  try {
    const { values, positionals } = parseArgs({
      args: [...io.argv],
      options: { yes: { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new Error("name one stack");
    [stack] = positionals;
    yes = values.yes === true;
  } catch (e) {
    io.err(`force-delete: ${(e as Error).message.split("\n")[0]}; ${FORCE_DELETE_USAGE}`);
    return 1;
  }
  let cluster: ClusterOfStack;
  let found: AzureResource[];
  try {
    cluster = clusterOfStack(io.outdir, stack);
    found = leftovers(cluster, io.az);
  } catch (e) {
    io.err(`force-delete: ${(e as Error).message.split("\n")[0]}`);
    return e instanceof ForceDeleteInputError ? 1 : 4;
  }
  io.out(
    `${stack}: ${found.length} resource(s) ${cluster.kind === "aks" ? "AKS" : "the cloud provider and CSI driver"} ` +
      `made outside Terraform (tag ${CLUSTER_OWNER_TAG}${cluster.kind === "iaas" ? ` or ${CLOUD_PROVIDER_TAG}` : ""}=${cluster.clusterName}) ` +
      `in ${cluster.resourceGroups.join(", ")}:`,
  );
  for (const r of found) io.out(`  ${r.type} ${r.resourceGroup}/${r.name}`);
  if (!yes) {
    io.out(`dry run: nothing deleted. Run again with --yes to delete these, then cdktf destroy ${stack}.`);
    return 0;
  }
  if (cluster.protectedFromDestroy) {
    io.err(
      `force-delete: ${stack} has deletionProtection on (prevent_destroy): turn it off in a reviewed change ` +
        "and apply that first (docs/deleting-clusters.md); nothing deleted",
    );
    return 1;
  }
  for (const r of found) {
    try {
      io.az(["resource", "delete", "--ids", r.id]);
      io.out(`deleted ${r.type} ${r.resourceGroup}/${r.name}`);
    } catch (e) {
      io.err(`force-delete: could not delete ${r.id}: ${(e as Error).message.split("\n")[0]}`);
      return 4;
    }
  }
  io.out(`cdktf destroy ${stack} --auto-approve`);
  const status = io.destroy(stack);
  if (status !== 0) io.err(`force-delete: cdktf destroy ${stack} failed (exit ${status})`);
  return status === 0 ? 0 : 4;
}
