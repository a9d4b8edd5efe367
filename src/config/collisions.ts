/**
 * What two clusters cannot both have, across every environment file of a run: Azure names that are
 * unique (storage accounts globally, DNS labels per region, resource groups), and the parts of a
 * shared VNet (address ranges, adopted NSGs and subnets, the blob DNS zone and its links). Each
 * collision is reported on the later claim, naming the earlier one by file, line and key.
 */
import { cidrsOverlap, parseCidr } from "../azure/cidr";
import { BLOB_PRIVATE_DNS_ZONE, createsPrivateDnsZone } from "../azure/storage-plan";
import { ClusterSpec, EnvironmentSpec } from "./schema/environment";
import { YamlSource, locateIssues } from "./yaml-source";
import { LocatedIssue } from "../core/errors";
import { KeyPath, formatPath } from "../core/issues";

/** Something one spec entry takes that must be its alone. */
interface Claim {
  readonly environment: EnvironmentSpec;
  readonly path: KeyPath;
  /** Two claims with the same key collide. */
  readonly key: string;
  /** What is claimed, for the message: `storage account "stshared"`. */
  readonly what: string;
  /** What the earlier claim did with it: `created`, `used`, `adopted`. */
  readonly verb: string;
  /** How to resolve the collision, appended to the message. @default - none */
  readonly hint?: string;
  /** Address range claims collide when they overlap rather than when equal. */
  readonly cidr?: string;
}

/** Every collision among the environments; `sourceOf` places a path of an environment in its file. */
export function collisionIssues(
  environments: readonly EnvironmentSpec[],
  sourceOf: (env: EnvironmentSpec) => YamlSource | undefined,
): LocatedIssue[] {
  const claims = environments.flatMap(claimsOf);
  const located = (claim: Claim) => {
    const source = sourceOf(claim.environment);
    const [issue] = source
      ? locateIssues(source, [{ code: "", path: claim.path, message: "" }])
      : [{ file: claim.environment.file, position: undefined }];
    return `${issue.file}${issue.position ? `:${issue.position.line}:${issue.position.col}` : ""} ${formatPath(claim.path)}`;
  };
  const issues: LocatedIssue[] = [];
  claims.forEach((claim, i) => {
    const earlier = claims.slice(0, i).find((other) => collide(other, claim));
    if (!earlier) return;
    const clash = claim.cidr
      ? `${claim.what} overlaps ${earlier.cidr}, ${earlier.verb} of ${located(earlier)}`
      : `${claim.what} is also ${claim.verb} by ${located(earlier)}`;
    const message = `${clash}${claim.hint ? `: ${claim.hint}` : ""}`;
    const source = sourceOf(claim.environment);
    const issue = { code: claim.cidr ? "ranges-overlap" : "name-taken", path: claim.path, message };
    issues.push(source ? locateIssues(source, [issue])[0] : { ...issue, file: claim.environment.file });
  });
  return issues;
}

function collide(a: Claim, b: Claim): boolean {
  if (a.key !== b.key || (a.environment === b.environment && a.path[1] === b.path[1] && a.path[0] === "clusters"))
    return false;
  if (a.cidr === undefined || b.cidr === undefined) return a.cidr === b.cidr;
  const [x, y] = [parseCidr(a.cidr), parseCidr(b.cidr)];
  return x !== undefined && y !== undefined && cidrsOverlap(x, y);
}

function claimsOf(environment: EnvironmentSpec): Claim[] {
  const group = environment.resourceGroup.name.toLowerCase();
  const own: Claim[] = environment.resourceGroup.create
    ? [
        {
          environment,
          path: ["resourceGroup"],
          key: `resource group/${group}`,
          what: `resource group ${JSON.stringify(environment.resourceGroup.name)}`,
          verb: "created",
          hint: "create it in one environment and look it up in the other",
        },
      ]
    : [];
  return [
    ...own,
    ...environment.clusters.flatMap((cluster, i) => clusterClaims(environment, cluster, ["clusters", i])),
  ];
}

function clusterClaims(environment: EnvironmentSpec, cluster: ClusterSpec, at: KeyPath): Claim[] {
  const claims: Claim[] = [];
  const claim = (path: KeyPath, key: string, what: string, verb: string, extra: Partial<Claim> = {}) =>
    claims.push({ environment, path: [...at, ...path], key, what, verb, ...extra });
  const { network } = cluster;
  const vnetGroup = (network.vnet.resourceGroup ?? environment.resourceGroup.name).toLowerCase();
  const vnet = network.vnet.name === undefined ? undefined : `${vnetGroup}/${network.vnet.name.toLowerCase()}`;
  for (const key of ["controlPlaneSubnet", "workerSubnet"] as const) {
    const subnet = network[key];
    if (!subnet) continue;
    if (vnet !== undefined && !subnet.existing)
      claim(
        ["network", key, "cidr"],
        `subnet range/${vnet}`,
        `${subnet.cidr} in VNet ${network.vnet.name}`,
        "a subnet",
        { cidr: subnet.cidr, hint: "give each cluster its own range" },
      );
    if (vnet !== undefined && subnet.existing)
      claim(
        ["network", key, "name"],
        `subnet/${vnet}/${subnet.name}`,
        `existing subnet ${JSON.stringify(subnet.name)}`,
        "used",
        { hint: "each cluster adds its own rules and nodes to its subnets: give it subnets of its own" },
      );
    if (subnet.nsg.existing) {
      const nsgGroup = (subnet.nsg.resourceGroup ?? vnetGroup).toLowerCase();
      claim(
        ["network", key, "nsg", "name"],
        `nsg/${nsgGroup}/${subnet.nsg.name?.toLowerCase()}`,
        `NSG ${JSON.stringify(subnet.nsg.name)}`,
        "adopted",
        {
          hint:
            "each adopter adds the same built-in rules (allow-ssh at 2200, ...): give each " +
            "subnet an NSG of its own",
        },
      );
    }
  }
  if (cluster.type !== "iaas") return claims;
  const { storage } = cluster;
  if (!storage.account.existing && storage.account.name !== undefined) {
    claim(
      ["storage", "account", "name"],
      `storage account/${storage.account.name}`,
      `storage account ${JSON.stringify(storage.account.name)}`,
      "created",
      {
        hint:
          "account names are unique across Azure: to share it, create it in one cluster and " +
          "attach it here with existing: true",
      },
    );
  }
  if (cluster.apiServer.dnsLabel !== undefined) {
    claim(
      ["apiServer", "dnsLabel"],
      `dns label/${environment.location}/${cluster.apiServer.dnsLabel}`,
      `DNS label ${JSON.stringify(cluster.apiServer.dnsLabel)} in ${environment.location}`,
      "used",
      {
        hint: "labels are unique per region",
      },
    );
  }
  if (createsPrivateDnsZone(storage)) {
    const group = environment.resourceGroup.name;
    claim(
      ["storage", "networkAccess"],
      `blob zone/${group.toLowerCase()}`,
      `${BLOB_PRIVATE_DNS_ZONE} in ${group}`,
      "created",
      {
        hint: `use the zone there with privateDnsZone: { resourceGroup: ${group} }, after the stack that creates it`,
      },
    );
  }
  const zone = storage.privateDnsZone;
  const links = storage.networkAccess === "private" && (zone === undefined || zone.linkVnet);
  if (links) {
    const zoneGroup = (zone?.resourceGroup ?? environment.resourceGroup.name).toLowerCase();
    const vnetKey = vnet ?? `${environment.name}/${cluster.name}`;
    claim(
      ["storage", zone === undefined ? "networkAccess" : "privateDnsZone"],
      `blob zone link/${zoneGroup}/${vnetKey}`,
      `the link of ${BLOB_PRIVATE_DNS_ZONE} to VNet ${network.vnet.name ?? "(new)"}`,
      "made",
      {
        hint:
          `Azure allows one link per zone and VNet: set privateDnsZone: { ` +
          `resourceGroup: ${zone?.resourceGroup ?? environment.resourceGroup.name}, ` +
          `linkVnet: false } here`,
      },
    );
  }
  return claims;
}
