/**
 * AKS rules from the AKS API, azurerm 4.55 (including what it only checks at apply), CAPZ's
 * AzureManagedControlPlane/MachinePool webhooks and Palette. One function per rule returns the
 * problem text; `aksDesignIssues` runs them all over a design. The spec layer and AksCluster
 * both call these, so YAML and TypeScript users read the same words. Pure: no cdktf here.
 */
import {
  AKS_NODE_OS_UPGRADE_CHANNELS,
  AKS_SKU_TIERS,
  AKS_UPGRADE_CHANNELS,
  AksPlan,
  AksMaintenanceWindow,
  AksNetworkFacts,
  AksNodeOsUpgradeChannel,
  AksNodePoolOptions,
  AksUpgradeChannel,
  defaultDnsServiceIp,
  defaultPoolIndex,
  isAutoscaled,
  poolMaxNodes,
  ROTATION_SUFFIX,
  rotationPoolName,
  surgeNodes,
  WEEK_DAYS,
} from "./aks-model";
import { NamedRange, namedRanges, podServiceRangeIssues } from "./address-ranges";
import { Cidr, cidrContainsIp, cidrProblem, cidrsOverlap, formatIp, parseCidr, subnetCapacityProblem } from "./cidr";
import { labelValueProblem, qualifiedKeyProblem } from "./kubernetes-names";
import { TaintEffect, taintProblem } from "./node-labels";
import { proxyIssues } from "./proxy-rules";
import { Issue, issueAt, problem, Problem, under } from "../core/issues";
import { zonesProblem } from "./zones";

/** One problem, at a key path relative to the design (or to what the caller checked). */
export type AksIssue = Issue;

/** Value that is a Terraform reference (`${...}`) rather than a literal: rules skip it. */
export type IsToken = (value: unknown) => boolean;
const noTokens: IsToken = () => false;

// --- Names ---------------------------------------------------------------------------------

const AKS_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?$/;

/** AKS cluster resource names: 1-63 letters, digits, `-`, `_`, alphanumeric at both ends; no microsoft/windows. */
export function aksClusterNameProblem(name: string): Problem | undefined {
  if (!AKS_NAME.test(name)) {
    return problem(
      "aks-cluster-name-syntax",
      `${JSON.stringify(name)} is not a valid AKS cluster name: 1-63 letters, digits, ` +
        `hyphens and underscores, starting and ending with a letter or digit`,
    );
  }
  const word = ["microsoft", "windows"].find((w) => name.toLowerCase().includes(w));
  if (word)
    return problem(
      "aks-cluster-name-reserved-word",
      `${JSON.stringify(name)} is not a valid AKS cluster name: AKS refuses "${word}" as a word or part of a word`,
    );
  return undefined;
}

const POOL_NAME = /^[a-z][a-z0-9]{0,11}$/;

/** Linux node pool names: lowercase letters and digits, starting with a letter, at most 12 characters. */
export function nodePoolNameProblem(name: string): Problem | undefined {
  if (!POOL_NAME.test(name))
    return problem(
      "node-pool-name-syntax",
      `${JSON.stringify(name)} is not a valid node pool name: 1-12 lowercase letters ` +
        `and digits, starting with a letter`,
    );
  if (name.endsWith(ROTATION_SUFFIX))
    return problem(
      "node-pool-name-rotation-suffix",
      `${JSON.stringify(name)}: names ending in "${ROTATION_SUFFIX}" are kept for the ` +
        `temporary pools azurerm rotates pools through`,
    );
  return undefined;
}

// --- Versions and upgrade channels ---------------------------------------------------------

const VERSION = /^(1\.\d{1,2})(\.\d{1,3})?$/;

export function kubernetesVersionProblem(version: string): Problem | undefined {
  return VERSION.test(version)
    ? undefined
    : problem(
        "kubernetes-version-syntax",
        `${JSON.stringify(version)} is not a Kubernetes version such as 1.33 or 1.33.2`,
      );
}

export function skuTierProblem(tier: string): Problem | undefined {
  return (AKS_SKU_TIERS as readonly string[]).includes(tier)
    ? undefined
    : problem("aks-sku-tier", `${JSON.stringify(tier)} is not an AKS tier: ${AKS_SKU_TIERS.join(", ")}`);
}

export function upgradeChannelProblem(channel: string): Problem | undefined {
  return (AKS_UPGRADE_CHANNELS as readonly string[]).includes(channel)
    ? undefined
    : problem(
        "upgrade-channel-unknown",
        `${JSON.stringify(channel)} is not an upgrade channel: ${AKS_UPGRADE_CHANNELS.join(", ")}`,
      );
}

/**
 * With an upgrade channel, AKS owns the patch level: a pinned MAJOR.MINOR.PATCH would make
 * Terraform fight the channel (and try to downgrade). Give MAJOR.MINOR; with `none`, anything.
 */
export function upgradeChannelVersionProblem(channel: AksUpgradeChannel, version: string): Problem | undefined {
  const m = VERSION.exec(version);
  if (channel === "none" || !m || m[2] === undefined) return undefined;
  const minor = m[1];
  switch (channel) {
    case "patch":
      return problem(
        "upgrade-channel-pinned-patch",
        `${JSON.stringify(version)} pins a patch version, but upgradeChannel patch moves ` +
          `the cluster to every new ${minor} patch (Terraform would then try to downgrade ` +
          `it): write "${minor}"`,
      );
    case "stable":
    case "rapid":
      return problem(
        "upgrade-channel-pinned-patch",
        `${JSON.stringify(version)} pins a patch version, but upgradeChannel ${channel} ` +
          `upgrades the cluster on its own: write "${minor}", the minor version to create ` +
          `it with`,
      );
    case "node-image":
      return problem(
        "upgrade-channel-pinned-patch",
        `${JSON.stringify(version)} pins a patch version; with an upgrade channel give ` +
          `the minor only, "${minor}", and let AKS pick the patch`,
      );
  }
}

/** `node-image` upgrades node images, which needs the NodeImage OS channel (azurerm only fails at apply). */
export function nodeOsChannelProblem(channel: AksUpgradeChannel, nodeOs: AksNodeOsUpgradeChannel): Problem | undefined {
  if (!(AKS_NODE_OS_UPGRADE_CHANNELS as readonly string[]).includes(nodeOs)) {
    return problem(
      "node-os-channel-unknown",
      `${JSON.stringify(nodeOs)} is not a node OS upgrade channel: ${AKS_NODE_OS_UPGRADE_CHANNELS.join(", ")}`,
    );
  }
  if (channel === "node-image" && nodeOs !== "NodeImage") {
    return problem(
      "node-os-channel-node-image",
      `upgradeChannel node-image needs nodeOsUpgradeChannel NodeImage, not ${nodeOs} ` +
        `(AKS refuses the pair when the cluster is created)`,
    );
  }
  return undefined;
}

// --- Entra ID (AAD) ------------------------------------------------------------------------

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Entra ID object IDs are GUIDs; the Palette docs' `<id>` placeholder gets its own hint. */
export function entraObjectIdProblem(id: string): Problem | undefined {
  if (GUID.test(id)) return undefined;
  if (/^<.*>$/.test(id.trim()))
    return problem(
      "entra-object-id-placeholder",
      `${JSON.stringify(id)} is a placeholder: put the object ID of an Entra ID group ` +
        `here (az ad group show -g <name> --query id)`,
    );
  return problem(
    "entra-object-id-syntax",
    `${JSON.stringify(id)} is not an Entra ID object ID (a GUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301)`,
  );
}

/**
 * AKS-managed Entra ID needs at least one admin group (azurerm: tenant_id or
 * admin_group_object_ids; CAPZ: admin groups may not be empty). Issues are relative to the list.
 */
export function adminGroupIssues(ids: readonly string[]): AksIssue[] {
  if (ids.length === 0) {
    return [
      {
        code: "admin-groups-empty",
        path: [],
        message:
          "list at least one Entra ID group: with Entra ID on, local accounts are disabled " +
          "and these groups are the cluster admins",
      },
    ];
  }
  return ids.flatMap((id, i): AksIssue[] => {
    const found =
      entraObjectIdProblem(id) ??
      (ids.indexOf(id) !== i ? problem("listed-twice", `${id} is listed twice`) : undefined);
    return issueAt([i], found);
  });
}

// --- Node pools ----------------------------------------------------------------------------

export const MAX_POOL_NODES = 1000;
const VM_SIZE = /^Standard_[A-Za-z0-9_]+$/;
const TAINT = /^([^=:\s]+)(?:=([^:\s]*))?:([A-Za-z]+)$/;

/** `key=value:Effect` or `key:Effect`, with a Kubernetes effect (the same rules as a node's own taints). */
export function aksTaintProblem(taint: string): Problem | undefined {
  const m = TAINT.exec(taint);
  if (!m)
    return problem("taint-syntax", `${JSON.stringify(taint)} is not a taint: write key=value:Effect (or key:Effect)`);
  const found = taintProblem({ key: m[1], value: m[2] ?? "", effect: m[3] as TaintEffect });
  return found && { ...found, message: `${JSON.stringify(taint)}: ${found.message}` };
}

/** Kubernetes' label rules (qualifiedKeyProblem, labelValueProblem), and the prefix AKS keeps for itself. */
export function aksNodeLabelProblem(key: string, value: string): Problem | undefined {
  if (key.startsWith("kubernetes.azure.com"))
    return problem(
      "label-key-reserved-prefix",
      `${JSON.stringify(key)}: AKS reserves the kubernetes.azure.com label prefix`,
    );
  return qualifiedKeyProblem(key, "label") ?? labelValueProblem(key, value);
}

/** Size and autoscaler bounds of one pool (Palette allows 0..1000; System pools keep at least one node). */
export function poolScaleIssues(pool: AksNodePoolOptions): AksIssue[] {
  const issues: AksIssue[] = [];
  const lowest = pool.mode === "System" ? 1 : 0;
  const inRange = (n: number) => Number.isInteger(n) && n >= lowest && n <= MAX_POOL_NODES;
  const who = pool.mode === "System" ? "a System pool (it keeps AKS' own pods running)" : "a pool";
  if (!isAutoscaled(pool)) {
    if (pool.count === undefined)
      issues.push({
        code: "pool-size-missing",
        path: ["count"],
        message: "set count (a fixed size) or min and max (the cluster autoscaler)",
      });
    else if (!inRange(pool.count))
      issues.push({
        code: "pool-size-range",
        path: ["count"],
        message: `${pool.count} nodes: ${who} has ${lowest}-${MAX_POOL_NODES} nodes`,
      });
    return issues;
  }
  if (pool.min === undefined || pool.max === undefined) {
    return [
      {
        code: "pool-autoscale-bound-missing",
        path: [pool.min === undefined ? "min" : "max"],
        message: "set both min and max to run the cluster autoscaler, or neither for a fixed count",
      },
    ];
  }
  if (!inRange(pool.min))
    issues.push({
      code: "pool-size-range",
      path: ["min"],
      message: `min ${pool.min}: ${who} scales within ${lowest}-${MAX_POOL_NODES} nodes`,
    });
  if (!inRange(pool.max) || pool.max < 1)
    issues.push({
      code: "pool-size-range",
      path: ["max"],
      message: `max ${pool.max}: ${who} scales within ${Math.max(lowest, 1)}-${MAX_POOL_NODES} nodes`,
    });
  if (issues.length === 0 && pool.min > pool.max)
    issues.push({
      code: "pool-autoscale-min-above-max",
      path: ["min"],
      message: `min ${pool.min} is above max ${pool.max}`,
    });
  if (issues.length === 0 && pool.count !== undefined && (pool.count < pool.min || pool.count > pool.max)) {
    issues.push({
      code: "pool-count-outside-bounds",
      path: ["count"],
      message: `the initial count ${pool.count} is outside min ${pool.min} and max ${pool.max}`,
    });
  }
  return issues;
}

/** Every rule of one pool; paths are relative to the pool. */
export function nodePoolIssues(pool: AksNodePoolOptions, isToken: IsToken = noTokens): AksIssue[] {
  const issues: AksIssue[] = [];
  const add = (path: (string | number)[], found: Problem | undefined) => issues.push(...issueAt(path, found));
  if (!isToken(pool.name)) add(["name"], nodePoolNameProblem(pool.name));
  if (pool.vmSize !== undefined && !isToken(pool.vmSize) && !VM_SIZE.test(pool.vmSize)) {
    add(
      ["vmSize"],
      problem("vm-size-syntax", `${JSON.stringify(pool.vmSize)} is not an Azure VM size such as Standard_D4ds_v5`),
    );
  }
  issues.push(...poolScaleIssues(pool));
  if (pool.maxPods !== undefined && !(Number.isInteger(pool.maxPods) && pool.maxPods >= 10 && pool.maxPods <= 250)) {
    add(["maxPods"], problem("max-pods-range", `maxPods ${pool.maxPods}: AKS allows 10-250 pods per node`));
  }
  if (
    pool.osDiskSizeGb !== undefined &&
    !(Number.isInteger(pool.osDiskSizeGb) && pool.osDiskSizeGb >= 30 && pool.osDiskSizeGb <= 2048)
  ) {
    add(["osDiskSizeGb"], problem("os-disk-size", `osDiskSizeGb ${pool.osDiskSizeGb}: AKS OS disks are 30-2048 GB`));
  }
  if (pool.maxSurge !== undefined && !/^(?:[1-9]\d*|(?:[1-9]\d?|100)%)$/.test(pool.maxSurge)) {
    add(
      ["maxSurge"],
      problem(
        "max-surge-syntax",
        `${JSON.stringify(pool.maxSurge)} is not a surge: a node count such as "1" or a percentage such as "33%"`,
      ),
    );
  }
  for (const [key, value] of Object.entries(pool.labels ?? {})) add(["labels", key], aksNodeLabelProblem(key, value));
  (pool.taints ?? []).forEach((taint, i) => add(["taints", i], aksTaintProblem(taint)));
  if (pool.mode === "System" && (pool.taints ?? []).length > 0) {
    add(
      ["taints"],
      problem(
        "system-pool-taints",
        "System pools take no taints of their own (azurerm 4 has none for the default " +
          "pool); set criticalAddonsOnly: true to keep workloads off them",
      ),
    );
  }
  if (pool.criticalAddonsOnly && pool.mode !== "System")
    add(
      ["criticalAddonsOnly"],
      problem("critical-addons-user-pool", "criticalAddonsOnly applies to System pools only"),
    );
  const zones = pool.zones ?? [];
  zones.forEach((zone, i) => add(["zones", i], zonesProblem([zone])));
  return issues;
}

/** Rules across the pools: at least one System pool, unique names, room for the rotation pool. */
export function nodePoolSetIssues(pools: readonly AksNodePoolOptions[]): AksIssue[] {
  if (pools.length === 0)
    return [{ code: "node-pools-empty", path: [], message: "list at least one node pool (a System pool)" }];
  const issues: AksIssue[] = [];
  const first = defaultPoolIndex(pools);
  if (first < 0)
    issues.push({
      code: "system-pool-missing",
      path: [],
      message: "at least one pool needs mode: System (AKS runs CoreDNS and metrics-server there)",
    });
  pools.forEach((pool, i) => {
    const earlier = pools.findIndex((p) => p.name === pool.name);
    if (earlier !== i)
      issues.push({
        code: "pool-name-duplicate",
        path: [i, "name"],
        message: `${JSON.stringify(pool.name)} is already the name of nodePools[${earlier}]`,
      });
  });
  pools.forEach((pool, i) => {
    const earlier = pools.findIndex(
      (p) => p.name !== pool.name && rotationPoolName(p.name) === rotationPoolName(pool.name),
    );
    if (earlier >= 0 && earlier < i) {
      issues.push({
        code: "pool-rotation-name-shared",
        path: [i, "name"],
        message:
          `${JSON.stringify(pool.name)} and ` +
          `nodePools[${earlier}] ${JSON.stringify(pools[earlier].name)} share their first 9 ` +
          `characters, so both would rotate through ${rotationPoolName(pool.name)}; make ` +
          `them differ earlier`,
      });
    }
  });
  return issues;
}

// --- Addresses -------------------------------------------------------------------------------

/** Service ranges AKS refuses (https://learn.microsoft.com/azure/aks/azure-cni-overlay). */
export const AKS_RESERVED_SERVICE_RANGES = [
  "169.254.0.0/16",
  "172.30.0.0/16",
  "172.31.0.0/16",
  "192.0.2.0/24",
] as const;

/** Overlay gives each node a /24 of pod addresses. */
export const OVERLAY_NODE_PREFIX = 24;

/** How many nodes an overlay pod CIDR can serve. */
export function overlayNodeCapacity(podCidr: Cidr): number {
  return podCidr.prefix > OVERLAY_NODE_PREFIX ? 0 : 2 ** (OVERLAY_NODE_PREFIX - podCidr.prefix);
}

interface AddressInputs {
  readonly podCidr: string;
  readonly serviceCidr: string;
  readonly dnsServiceIp?: string;
  readonly maxNodes: number;
  readonly network?: AksNetworkFacts;
  /** Other ranges the cluster reaches (proxy, peered networks): pods and services must stay clear of them. @default [] */
  readonly namedRanges?: readonly NamedRange[];
}

/** Pod and service ranges: valid, big enough, apart from each other and from the VNet. Paths are relative to networkProfile, or `network`. */
export function addressIssues(inputs: AddressInputs, isToken: IsToken = noTokens): AksIssue[] {
  const issues: AksIssue[] = [];
  const pod = parseCidr(inputs.podCidr);
  const service = parseCidr(inputs.serviceCidr);
  if (!pod) issues.push(...issueAt(["podCidr"], cidrProblem(inputs.podCidr)));
  if (!service) issues.push(...issueAt(["serviceCidr"], cidrProblem(inputs.serviceCidr)));
  if (pod) {
    const capacity = overlayNodeCapacity(pod);
    if (capacity < inputs.maxNodes) {
      const needed = OVERLAY_NODE_PREFIX - Math.ceil(Math.log2(Math.max(inputs.maxNodes, 1)));
      issues.push({
        code: "pod-cidr-too-small",
        path: ["podCidr"],
        message:
          `${inputs.podCidr} gives ${capacity} nodes a /${OVERLAY_NODE_PREFIX} of pod ` +
          `addresses each, but the pools can grow to ${inputs.maxNodes} nodes; use a ` +
          `/${needed} or larger`,
      });
    }
  }
  if (service) {
    if (service.prefix < 12)
      issues.push({
        code: "service-cidr-too-large",
        path: ["serviceCidr"],
        message: `${inputs.serviceCidr} is larger than AKS allows for services (a /12 at most)`,
      });
    const reserved = AKS_RESERVED_SERVICE_RANGES.find((r) => cidrsOverlap(service, parseCidr(r)!));
    if (reserved)
      issues.push({
        code: "service-cidr-reserved",
        path: ["serviceCidr"],
        message: `${inputs.serviceCidr} overlaps ${reserved}, which AKS reserves`,
      });
    const dns = inputs.dnsServiceIp ?? defaultDnsServiceIp(inputs.serviceCidr);
    if (inputs.dnsServiceIp !== undefined && dns !== undefined) {
      const first = formatIp(service.base + 1);
      if (!cidrContainsIp(service, dns))
        issues.push({
          code: "dns-service-ip-outside",
          path: ["dnsServiceIp"],
          message: `${dns} is outside the service range ${inputs.serviceCidr}`,
        });
      else if (dns === formatIp(service.base) || dns === first || dns === formatIp(service.base + service.size - 1)) {
        issues.push({
          code: "dns-service-ip-reserved",
          path: ["dnsServiceIp"],
          message:
            `${dns} is reserved in ${inputs.serviceCidr} (network, broadcast, or ${first} for ` +
            `the kubernetes service)`,
        });
      }
    }
  }
  if (pod && service && cidrsOverlap(pod, service)) {
    issues.push({
      code: "service-cidr-overlaps-pods",
      path: ["serviceCidr"],
      message: `${inputs.serviceCidr} overlaps the pod range ${inputs.podCidr}`,
    });
  }
  const vnet = (inputs.network?.addressSpace ?? []).filter((space) => !isToken(space));
  issues.push(
    ...podServiceRangeIssues(inputs, [
      ...namedRanges(vnet, () => "the VNet's address space"),
      ...(inputs.namedRanges ?? []),
    ]),
  );
  return issues;
}

/** With overlay, every node (and every surge node during upgrades) takes one worker-subnet address. */
export function workerSubnetCapacityProblem(
  pools: readonly AksNodePoolOptions[],
  workerSubnetCidr: string,
): Problem | undefined {
  const nodes = pools.reduce((n, p) => n + poolMaxNodes(p), 0);
  const surge = pools.reduce((n, p) => n + surgeNodes(p), 0);
  return subnetCapacityProblem(
    workerSubnetCidr,
    nodes + surge,
    `${nodes} nodes plus ${surge} upgrade surge nodes (Azure CNI overlay: one address per node)`,
  );
}

// --- API server ----------------------------------------------------------------------------

export const MAX_AUTHORIZED_IP_RANGES = 200;

/** `added`: ranges the cluster appends to these (its NAT gateway's IPs), which count against AKS' limit too. */
export function authorizedIpRangeIssues(
  ranges: readonly string[],
  privateCluster: boolean,
  isToken: IsToken = noTokens,
  added = 0,
): AksIssue[] {
  if (ranges.length === 0) return [];
  if (privateCluster)
    return [
      {
        code: "authorized-ranges-private-cluster",
        path: [],
        message: "authorized IP ranges guard the public endpoint; a private cluster has none (drop one of the two)",
      },
    ];
  const issues: AksIssue[] = [];
  if (ranges.length + added > MAX_AUTHORIZED_IP_RANGES) {
    const extra = added > 0 ? ` plus the NAT gateway's ${added} address(es)` : "";
    issues.push({
      code: "authorized-ranges-limit",
      path: [],
      message: `${ranges.length} ranges${extra}: AKS allows at most ${MAX_AUTHORIZED_IP_RANGES}`,
    });
  }
  ranges.forEach((range, i) => {
    if (isToken(range)) return;
    const found = /^\d+\.\d+\.\d+\.\d+$/.test(range)
      ? problem("authorized-range-address", `${range} is an address; write ${range}/32`)
      : cidrProblem(range);
    if (found) issues.push({ ...found, path: [i] });
    else if (ranges.indexOf(range) !== i)
      issues.push({ code: "listed-twice", path: [i], message: `${range} is listed twice` });
  });
  return issues;
}

// --- Maintenance -----------------------------------------------------------------------------

export function maintenanceWindowIssues(window: AksMaintenanceWindow): AksIssue[] {
  const issues: AksIssue[] = [];
  if (!(WEEK_DAYS as readonly string[]).includes(window.day))
    issues.push({
      code: "maintenance-day",
      path: ["day"],
      message: `${JSON.stringify(window.day)} is not a day: ${WEEK_DAYS.join(", ")}`,
    });
  if (!/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(window.start))
    issues.push({
      code: "maintenance-start",
      path: ["start"],
      message: `${JSON.stringify(window.start)} is not a time of day as HH:mm, such as "02:00"`,
    });
  if (window.hours !== undefined && !(Number.isInteger(window.hours) && window.hours >= 4 && window.hours <= 24)) {
    issues.push({
      code: "maintenance-hours",
      path: ["hours"],
      message: `${window.hours} hours: AKS maintenance windows last 4-24 hours`,
    });
  }
  if (window.utcOffset !== undefined && !/^[+-](?:0\d|1[0-4]):[0-5]\d$/.test(window.utcOffset)) {
    issues.push({
      code: "maintenance-utc-offset",
      path: ["utcOffset"],
      message: `${JSON.stringify(window.utcOffset)} is not a UTC offset such as "+01:00" or "-05:00"`,
    });
  }
  return issues;
}

// --- Proxy ---------------------------------------------------------------------------------

// --- Everything ----------------------------------------------------------------------------

/**
 * Every AKS rule over a plan. Paths use the plan's keys (`nodePools[1].min`, `upgradeChannel`,
 * `network.workerSubnetCidr`); the YAML layer translates them to its keys.
 */
export function aksPlanIssues(plan: AksPlan, network?: AksNetworkFacts, isToken: IsToken = noTokens): AksIssue[] {
  const issues: AksIssue[] = [];
  const at = (prefix: (string | number)[], found: readonly AksIssue[]) => issues.push(...under(prefix, found));
  const add = (path: (string | number)[], found: Problem | undefined) => issues.push(...issueAt(path, found));

  const channel = plan.upgradeChannel;
  const nodeOs = plan.nodeOsUpgradeChannel;
  if (!isToken(plan.name)) add(["name"], aksClusterNameProblem(plan.name));
  if (!isToken(plan.kubernetesVersion)) {
    add(
      ["kubernetesVersion"],
      kubernetesVersionProblem(plan.kubernetesVersion) ?? upgradeChannelVersionProblem(channel, plan.kubernetesVersion),
    );
  }
  add(["skuTier"], skuTierProblem(plan.skuTier));
  add(["upgradeChannel"], upgradeChannelProblem(channel));
  add(["nodeOsUpgradeChannel"], nodeOsChannelProblem(channel, nodeOs));
  if (plan.aad)
    at(["aad", "adminGroupObjectIds"], adminGroupIssues(plan.aad.adminGroupObjectIds.filter((id) => !isToken(id))));
  if (plan.workloadIdentity && !plan.oidcIssuer) {
    add(
      ["workloadIdentity"],
      problem(
        "workload-identity-needs-oidc",
        "workload identity needs the OIDC issuer: set oidcIssuer: true or workloadIdentity: false",
      ),
    );
  }
  plan.zones.forEach((zone, i) => add(["zones", i], zonesProblem([zone])));
  if (!isToken(plan.dnsPrefix)) add(["dnsPrefix"], dnsPrefixProblem(plan.dnsPrefix));

  at(["nodePools"], nodePoolSetIssues(plan.nodePools));
  plan.nodePools.forEach((pool, i) => at(["nodePools", i], nodePoolIssues(pool, isToken)));

  at(
    ["apiServer", "authorizedIpRanges"],
    authorizedIpRangeIssues(
      plan.apiServer.authorizedIpRanges,
      plan.apiServer.privateCluster,
      isToken,
      network?.addedAuthorizedRanges,
    ),
  );

  const profile = plan.networkProfile;
  const maxNodes = plan.nodePools.reduce((n, p) => n + poolMaxNodes(p), 0);
  const literal = (v: string | undefined) => (v !== undefined && isToken(v) ? undefined : v);
  const podCidr = literal(profile.podCidr);
  const serviceCidr = literal(profile.serviceCidr);
  if (podCidr !== undefined && serviceCidr !== undefined) {
    const proxyRanges = namedRanges(plan.proxy?.noProxy ?? [], (i) => `proxy.noProxy[${i}]`);
    at(
      ["networkProfile"],
      addressIssues(
        {
          podCidr,
          serviceCidr,
          dnsServiceIp: literal(profile.dnsServiceIp),
          maxNodes,
          network,
          namedRanges: proxyRanges,
        },
        isToken,
      ),
    );
  }
  if (network && !isToken(network.workerSubnetCidr))
    add(["network", "workerSubnetCidr"], workerSubnetCapacityProblem(plan.nodePools, network.workerSubnetCidr));

  const { autoUpgrade, nodeOs: nodeOsWindow } = plan.maintenance;
  if (autoUpgrade) {
    at(["maintenance", "autoUpgrade"], maintenanceWindowIssues(autoUpgrade));
    if (channel === "none")
      add(
        ["maintenance", "autoUpgrade"],
        problem(
          "maintenance-window-unused",
          "an auto-upgrade window needs an upgrade channel (upgradeChannel is none)",
        ),
      );
  }
  if (nodeOsWindow) {
    at(["maintenance", "nodeOs"], maintenanceWindowIssues(nodeOsWindow));
    if (nodeOs === "None" || nodeOs === "Unmanaged")
      add(
        ["maintenance", "nodeOs"],
        problem(
          "maintenance-window-unused",
          `a node OS window needs nodeOsUpgradeChannel NodeImage or SecurityPatch, not ${nodeOs}`,
        ),
      );
  }
  if (plan.proxy) at(["proxy"], proxyIssues(plan.proxy));
  return issues;
}

const DNS_PREFIX = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,52}[a-zA-Z0-9])?$/;

function dnsPrefixProblem(prefix: string): Problem | undefined {
  return DNS_PREFIX.test(prefix)
    ? undefined
    : problem(
        "dns-prefix-syntax",
        `${JSON.stringify(prefix)} is not a DNS prefix: 1-54 letters, digits and hyphens, alphanumeric at both ends`,
      );
}
