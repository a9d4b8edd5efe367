/**
 * A throwaway repository holding a fleet of clusters, for benchmarks of synthesis at scale:
 * `node --require tsx/cjs scripts/fleet.ts <dir> <clusters>`.
 *
 * The clusters are copies of the committed default environments' clusters (stacks/environments/
 * dev|staging|prod.yaml), so the fleet runs the same code paths: cluster `i` is a copy of the AKS
 * cluster (`apps`) when `i` is even and of the IaaS cluster (`edge`) when odd, in environment
 * `floor(i / 2) mod E`, with E = min(6, ceil(N / 2)) environments named after their template (`dev1`,
 * `staging1`, `prod1`, `dev2`, ...). What must be unique is made unique: cluster names
 * (`apps-0000`, `edge-0001`, ...), resource groups, the gateway's VNet, the API servers' DNS labels,
 * and address ranges in a VNet the clusters share (each prod-shaped environment's gateway VNet gets
 * as many /16 ranges as its clusters' /20 subnets need; each prod-shaped IaaS cluster gets a spoke
 * VNet and a /16 of its own). The files the environments reference (AKS profiles) are copied from
 * stacks/profiles. Same arguments, same bytes.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse, stringify } from "yaml";

const REPO_ROOT = resolve(__dirname, "..");

/** The committed environments the fleet's environments copy, in turn. */
export const FLEET_TEMPLATES = ["dev", "staging", "prod"] as const;
/** At most this many environments, however many clusters. */
export const MAX_FLEET_ENVIRONMENTS = 6;

export interface FleetCluster {
  /** The environment (file name without `.yaml`). */
  readonly environment: string;
  readonly name: string;
  readonly type: "aks" | "iaas";
  /** The cluster's stack: `<env>-<cluster>`. */
  readonly stack: string;
  /** The default environment the cluster is a copy of. */
  readonly template: (typeof FLEET_TEMPLATES)[number];
  /** Whether it declares packs, so it also has a `<stack>-packs` stack. */
  readonly packs: boolean;
}

export interface Fleet {
  /** Environment names, in file-name order of creation. */
  readonly environments: string[];
  readonly clusters: FleetCluster[];
}

type Yaml = Record<string, unknown>;

/** Reads a committed default environment as plain data. */
function template(name: (typeof FLEET_TEMPLATES)[number]): Yaml {
  return parse(readFileSync(join(REPO_ROOT, "stacks", "environments", `${name}.yaml`), "utf8")) as Yaml;
}

/** The template's cluster of a type: its AKS cluster or its IaaS cluster. */
function templateCluster(env: Yaml, type: "aks" | "iaas"): Yaml {
  const found = (env.clusters as Yaml[]).find((c) => c.type === type);
  if (!found) throw new Error(`the template environment has no ${type} cluster`);
  return found;
}

const clone = <T>(value: T): T => structuredClone(value);

/** Hands out /16 ranges of 10.0.0.0/8, from 10.30.0.0/16 on (the defaults' own ranges start there). */
class RangeAllocator {
  private next = 30;

  /** The second octet of a fresh /16. */
  take(): number {
    if (this.next > 255)
      throw new Error("the fleet needs more /16 ranges than 10.0.0.0/8 holds: ask for fewer clusters");
    return this.next++;
  }
}

/** Cluster names: `apps-0007` for a copy of the AKS cluster, `edge-0008` for a copy of the IaaS one. */
function clusterName(type: "aks" | "iaas", index: number): string {
  return `${type === "aks" ? "apps" : "edge"}-${String(index).padStart(4, "0")}`;
}

/** How the fleet is laid out, without writing anything. */
export function planFleet(clusters: number): Fleet {
  if (!Number.isInteger(clusters) || clusters < 1) throw new Error(`clusters: a whole number ≥ 1, not ${clusters}`);
  const count = Math.min(MAX_FLEET_ENVIRONMENTS, Math.ceil(clusters / 2));
  const environments = Array.from(
    { length: count },
    (_, e) => `${FLEET_TEMPLATES[e % FLEET_TEMPLATES.length]}${Math.floor(e / FLEET_TEMPLATES.length) + 1}`,
  );
  const templates = new Map(FLEET_TEMPLATES.map((name) => [name, template(name)]));
  const list = Array.from({ length: clusters }, (_, i): FleetCluster => {
    const e = Math.floor(i / 2) % count;
    const environment = environments[e];
    const templateName = FLEET_TEMPLATES[e % FLEET_TEMPLATES.length];
    const type = i % 2 === 0 ? "aks" : "iaas";
    const name = clusterName(type, i);
    const packs = templateCluster(templates.get(templateName)!, type).packs !== undefined;
    return { environment, name, type, stack: `${environment}-${name}`, template: templateName, packs };
  });
  return { environments, clusters: list };
}

/** The environment file of `environment`, holding `clusters` (all of it), as YAML text. */
function environmentYaml(
  environment: string,
  templateName: (typeof FLEET_TEMPLATES)[number],
  clusters: readonly FleetCluster[],
  ranges: RangeAllocator,
): string {
  const env = template(templateName);
  env.resourceGroup = `rg-palette-${environment}`;
  env.tags = { ...(env.tags as Yaml), environment };
  const gateways = env.privateCloudGateways as Yaml[] | undefined;
  // The gateway's VNet is shared by the clusters placed in it: every /16 holds 16 /20 subnets, the
  // first /20 being the gateway's own.
  const inGateway = clusters.filter((c) => gateways !== undefined && c.type === "aks");
  const gatewayBlocks = gateways
    ? Array.from({ length: Math.ceil((inGateway.length + 1) / 16) }, () => ranges.take())
    : [];
  if (gateways) {
    if (gateways.length !== 1)
      throw new Error(`${templateName}.yaml: the fleet copies one gateway, not ${gateways.length}`);
    const gateway = clone(gateways[0]);
    const vnet = gateway.vnet as Yaml;
    gateway.name = `pcg-${environment}`;
    vnet.name = `vnet-${environment}-pcg`;
    vnet.addressSpace = gatewayBlocks.map((b) => `10.${b}.0.0/16`);
    env.privateCloudGateways = [gateway];
  }
  env.clusters = clusters.map((c) => {
    const cluster = clone(templateCluster(env, c.type));
    cluster.name = c.name;
    const network = cluster.network as Yaml | undefined;
    const apiServer = cluster.apiServer as Yaml | undefined;
    if (apiServer?.dnsLabel !== undefined) apiServer.dnsLabel = `example-org-${environment}-${c.name}-api`;
    if (network === undefined) return cluster;
    const vnet = network.vnet as Yaml | undefined;
    const worker = network.workerSubnet as Yaml | undefined;
    if (vnet !== undefined) {
      // A spoke VNet of its own, and a /16 for it, with the template's subnets moved into it.
      const block = ranges.take();
      vnet.name = `vnet-${environment}-${c.name}`;
      vnet.addressSpace = [`10.${block}.0.0/16`];
      const move = (subnet: Yaml | undefined) => {
        if (typeof subnet?.cidr === "string") subnet.cidr = subnet.cidr.replace(/^10\.\d+\./, `10.${block}.`);
      };
      move(network.controlPlaneSubnet as Yaml | undefined);
      move(worker);
    } else if (gateways && worker?.cidr !== undefined) {
      const slot = inGateway.indexOf(c) + 1;
      worker.cidr = `10.${gatewayBlocks[Math.floor(slot / 16)]}.${(slot % 16) * 16}.0/20`;
    }
    return cluster;
  });
  const header =
    `# Generated by scripts/fleet.ts from stacks/environments/${templateName}.yaml: ` +
    `${clusters.length} cluster(s) for benchmarks.\n`;
  return header + stringify(env, { lineWidth: 0 });
}

/**
 * Writes a repository layout holding `clusters` clusters into `dir` (stacks/environments/*.yaml and
 * the profiles they reference); returns what it wrote. `dir` should be empty or new.
 */
export function writeFleet(dir: string, clusters: number): Fleet {
  const fleet = planFleet(clusters);
  const environmentsDir = join(dir, "stacks", "environments");
  mkdirSync(environmentsDir, { recursive: true });
  cpSync(join(REPO_ROOT, "stacks", "profiles"), join(dir, "stacks", "profiles"), { recursive: true });
  const ranges = new RangeAllocator();
  fleet.environments.forEach((environment, e) => {
    const own = fleet.clusters.filter((c) => c.environment === environment);
    const text = environmentYaml(environment, FLEET_TEMPLATES[e % FLEET_TEMPLATES.length], own, ranges);
    writeFileSync(join(environmentsDir, `${environment}.yaml`), text);
  });
  return fleet;
}

if (require.main === module) {
  const [dir, count] = process.argv.slice(2);
  if (dir === undefined || count === undefined || !/^\d+$/.test(count)) {
    console.error("usage: node --require tsx/cjs scripts/fleet.ts <dir> <clusters>");
    process.exit(1);
  }
  const fleet = writeFleet(resolve(dir), Number(count));
  const aks = fleet.clusters.filter((c) => c.type === "aks").length;
  console.log(
    `wrote ${fleet.clusters.length} cluster(s) (${aks} AKS, ${fleet.clusters.length - aks} IaaS) ` +
      `in ${fleet.environments.length} environment(s) to ${resolve(dir)}: ${fleet.environments.join(", ")}`,
  );
}
