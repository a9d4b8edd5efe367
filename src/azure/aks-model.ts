/**
 * The vocabulary of an AKS cluster, shared by the spec (YAML) and the AksCluster construct
 * (TypeScript): value lists, defaults, and the plain-data shape the AKS rules check.
 * Pure: no cdktf here.
 */
import { DEFAULT_SERVICE_CIDR } from "./address-ranges";
import { formatIp, parseCidr } from "./cidr";
import { ProxyInput } from "./proxy-rules";
import { AVAILABILITY_ZONES, Zone } from "./zones";

/** Control-plane pricing tier (`sku_tier`). Palette: `managedControlPlane.sku`. */
export const AKS_SKU_TIERS = ["Free", "Standard", "Premium"] as const;
export type AksSkuTier = (typeof AKS_SKU_TIERS)[number];

/**
 * Cluster auto-upgrade channel (Palette: `managedControlPlane.autoUpgradeProfile.upgradeChannel`).
 * `none` means no automatic upgrade: the azurerm attribute `automatic_upgrade_channel` is omitted
 * (azurerm 4 refuses the literal "none").
 */
export const AKS_UPGRADE_CHANNELS = ["none", "patch", "stable", "rapid", "node-image"] as const;
export type AksUpgradeChannel = (typeof AKS_UPGRADE_CHANNELS)[number];

/**
 * Channels that move the minor version, which AKS then writes back into `kubernetes_version` and
 * `orchestrator_version`: Terraform must ignore those. `patch` keeps the MAJOR.MINOR written in
 * the spec (only the current patch moves), so a minor upgrade in the spec stays a plan.
 */
export const VERSION_MOVING_CHANNELS: readonly AksUpgradeChannel[] = ["stable", "rapid"];

/** Node OS image / security patch channel (`node_os_upgrade_channel`). */
export const AKS_NODE_OS_UPGRADE_CHANNELS = ["NodeImage", "SecurityPatch", "Unmanaged", "None"] as const;
export type AksNodeOsUpgradeChannel = (typeof AKS_NODE_OS_UPGRADE_CHANNELS)[number];

/**
 * Network policy engine on Azure CNI overlay. `cilium` also selects the Cilium data plane
 * (Azure CNI powered by Cilium); the others run on the Azure data plane. `none`: no policy.
 */
export const AKS_NETWORK_POLICIES = ["cilium", "calico", "azure", "none"] as const;
export type AksNetworkPolicy = (typeof AKS_NETWORK_POLICIES)[number];

export const AKS_NODE_POOL_MODES = ["System", "User"] as const;
export type AksNodePoolMode = (typeof AKS_NODE_POOL_MODES)[number];

export const AKS_OS_DISK_TYPES = ["Managed", "Ephemeral"] as const;
export type AksOsDiskType = (typeof AKS_OS_DISK_TYPES)[number];

export const AKS_OS_SKUS = ["Ubuntu", "AzureLinux"] as const;
export type AksOsSku = (typeof AKS_OS_SKUS)[number];

export const WEEK_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

/** Defaults, in one place so the schema, the construct and the docs agree. */
export const AKS_DEFAULTS = {
  skuTier: "Free" as AksSkuTier,
  upgradeChannel: "none" as AksUpgradeChannel,
  nodeOsUpgradeChannel: "NodeImage" as AksNodeOsUpgradeChannel,
  networkPolicy: "cilium" as AksNetworkPolicy,
  /** Outside the default VNet 10.0.0.0/8; a /16 gives 256 nodes a /24 of pod addresses each. */
  podCidr: "192.168.0.0/16",
  /** Outside the default VNet, common private networks and the ranges AKS reserves. */
  serviceCidr: DEFAULT_SERVICE_CIDR,
  vmSize: "Standard_D4ds_v5",
  osDiskSizeGb: 128,
  osDiskType: "Managed" as AksOsDiskType,
  osSku: "Ubuntu" as AksOsSku,
  /** Kubernetes' own default; overlay allows up to 250, Palette's pack defaults to 30. */
  maxPods: 110,
  maxSurge: "10%",
  zones: AVAILABILITY_ZONES as readonly Zone[],
  /** Without nodePools: one System pool of 3-5 nodes, spread over the zones. */
  nodePools: [{ name: "system", mode: "System", min: 3, max: 5 }] as readonly AksNodePoolOptions[],
  azurePolicy: true,
  keda: true,
  oidcIssuer: true,
  workloadIdentity: true,
  privateCluster: false,
  grantNetworkContributor: true,
  encryptionAtHost: true,
  keyVaultSecretsProvider: true,
  /** How often the Key Vault secrets provider re-reads mounted secrets. */
  secretRotationInterval: "2m",
  monitoring: true,
  /** Log Analytics' included retention (31 days are free of retention charges). */
  monitoringRetentionDays: 30,
} as const;

/** Container Insights: the cluster's logs, events and inventory in a Log Analytics workspace of its own. */
export interface AksMonitoringOptions {
  /** @default true */
  readonly enabled?: boolean;
  /** Days the workspace keeps data (30-730). @default 30 */
  readonly retentionDays?: number;
}

/** A weekly maintenance window (AKS planned maintenance). */
export interface AksMaintenanceWindow {
  /** Day of the week the window starts on (`Monday` ... `Sunday`). */
  readonly day: WeekDay;
  /** Start time, `HH:mm`. */
  readonly start: string;
  /** Length in hours, 4 to 24. @default 4 */
  readonly hours?: number;
  /** UTC offset of `start`, `+HH:MM` or `-HH:MM`. @default "+00:00" */
  readonly utcOffset?: string;
}

/** One node pool. The first System pool becomes the cluster's default node pool. */
export interface AksNodePoolOptions {
  /** Lowercase letters and digits, starting with a letter, at most 12 characters. */
  readonly name: string;
  /** System pools run AKS' own pods; at least one is required. @default "User" */
  readonly mode?: AksNodePoolMode;
  /** @default "Standard_D4ds_v5" */
  readonly vmSize?: string;
  /**
   * Fixed size without `min`/`max`; with them, the initial size (then the autoscaler owns it).
   * @default min when autoscaling; required otherwise
   */
  readonly count?: number;
  /** Cluster-autoscaler lower bound (0-1000; at least 1 for System pools). Set with `max`. @default no autoscaling */
  readonly min?: number;
  /** Cluster-autoscaler upper bound (1-1000). Set with `min`. @default no autoscaling */
  readonly max?: number;
  /** @default 128 */
  readonly osDiskSizeGb?: number;
  /** @default "Managed" */
  readonly osDiskType?: AksOsDiskType;
  /** @default "Ubuntu" */
  readonly osSku?: AksOsSku;
  /** 10-250. @default 110 (or the profile's managedMachinePool.maxPodPerNode) */
  readonly maxPods?: number;
  /** Kubernetes node labels. @default {} */
  readonly labels?: Readonly<Record<string, string>>;
  /** Kubernetes taints, `key=value:Effect`; User pools only. @default [] */
  readonly taints?: readonly string[];
  /** @default the cluster's zones */
  readonly zones?: readonly Zone[];
  /**
   * System pools only: taint the pool `CriticalAddonsOnly=true:NoSchedule` so workloads stay off it.
   * @default true for a System pool when the cluster has a User pool (applications go there), else false
   */
  readonly criticalAddonsOnly?: boolean;
  /** Extra nodes during an upgrade: a count ("1") or a percentage ("33%"). @default "10%" */
  readonly maxSurge?: string;
}

/** Entra ID (AKS-managed AAD) integration with Azure RBAC for Kubernetes authorization. */
export interface AksAadOptions {
  /** Object IDs of the Entra ID groups that get cluster-admin; at least one. */
  readonly adminGroupObjectIds: readonly string[];
  /** Authorize Kubernetes requests with Azure role assignments as well. @default true */
  readonly azureRbac?: boolean;
}

export interface AksApiServerOptions {
  /** Private API server endpoint (private link); the cluster must sit in a VNet its users reach. @default false */
  readonly privateCluster?: boolean;
  /** Public endpoint only: the CIDRs that may reach the API server. @default [] (any) */
  readonly authorizedIpRanges?: readonly string[];
}

export interface AksNetworkProfileOptions {
  /** @default "cilium" */
  readonly networkPolicy?: AksNetworkPolicy;
  /** Overlay pod address space; must not overlap the VNet. @default "192.168.0.0/16" */
  readonly podCidr?: string;
  /** Kubernetes service address space; must not overlap the VNet. @default "100.64.0.0/16" */
  readonly serviceCidr?: string;
  /** Cluster DNS service address inside serviceCidr. @default the 10th address of serviceCidr */
  readonly dnsServiceIp?: string;
}

/** What the network contributes to the AKS rules (literal values; references are skipped). */
export interface AksNetworkFacts {
  readonly addressSpace: readonly string[];
  readonly workerSubnetCidr: string;
  /** Authorized ranges the cluster adds to the spec's: the NAT gateway's public IPs. @default 0 */
  readonly addedAuthorizedRanges?: number;
}

/** An AKS cluster as people describe it: what is left out takes the default (resolveAksPlan). */
export interface AksClusterDesign {
  /** The Azure name of the cluster resource. */
  readonly name: string;
  /** MAJOR.MINOR (`1.33`) or MAJOR.MINOR.PATCH; with an upgrade channel, MAJOR.MINOR only. */
  readonly kubernetesVersion: string;
  /** Control-plane tier (`sku_tier`): Free, Standard (uptime SLA) or Premium. @default "Free" */
  readonly skuTier?: AksSkuTier;
  /** Cluster auto-upgrade channel; `none` omits `automatic_upgrade_channel`. @default "none" */
  readonly upgradeChannel?: AksUpgradeChannel;
  /** Node OS image and security patch channel (`node_os_upgrade_channel`). @default "NodeImage" */
  readonly nodeOsUpgradeChannel?: AksNodeOsUpgradeChannel;
  /**
   * AKS-managed Entra ID with Azure RBAC; local accounts are disabled with it.
   * @default - none: Kubernetes RBAC with local accounts
   */
  readonly aad?: AksAadOptions;
  /** Availability zones of the cluster, and of node pools that name none. @default ["1", "2", "3"] */
  readonly zones?: readonly Zone[];
  /** The first System pool becomes the default node pool. @default - one System pool "system" of 3-5 nodes */
  readonly nodePools?: readonly AksNodePoolOptions[];
  /** The API server endpoint: private, or public and who may reach it. @default - public, reachable from any address */
  readonly apiServer?: AksApiServerOptions;
  /**
   * Azure CNI overlay settings.
   * @default - network policy cilium, pods 192.168.0.0/16, services 100.64.0.0/16, DNS at its 10th address
   */
  readonly networkProfile?: AksNetworkProfileOptions;
  /** OIDC issuer (needed by workload identity). @default true */
  readonly oidcIssuer?: boolean;
  /** Entra workload identity. @default true */
  readonly workloadIdentity?: boolean;
  /**
   * Weekly planned-maintenance windows: `autoUpgrade` for the upgrade channel, `nodeOs` for node OS
   * images and patches. @default - none
   */
  readonly maintenance?: { readonly autoUpgrade?: AksMaintenanceWindow; readonly nodeOs?: AksMaintenanceWindow };
  /** HTTP(S) proxy of the nodes and the cluster's components. @default - no proxy */
  readonly proxy?: ProxyInput;
  /** DNS prefix of the API server FQDN. @default - the name, underscores as hyphens */
  readonly dnsPrefix?: string;
  /** Resource group AKS creates for the nodes. @default `<name>-nodes` */
  readonly nodeResourceGroupName?: string;
  /** Azure Policy add-on. @default true */
  readonly azurePolicy?: boolean;
  /** KEDA event-driven autoscaling. @default true */
  readonly keda?: boolean;
  /**
   * Give the control-plane identity Network Contributor on the VNet (AKS joins the subnet and
   * manages load balancers in it). Needs roleAssignments/write where Terraform runs; without it,
   * grant the role out of band. @default true
   */
  readonly grantNetworkContributor?: boolean;
  /**
   * Encrypt the nodes' temporary disks and caches at the VM host (`host_encryption_enabled`); needs the
   * subscription feature Microsoft.Compute/EncryptionAtHost registered. @default true
   */
  readonly encryptionAtHost?: boolean;
  /** Key Vault secrets provider (Secrets Store CSI driver) with secret rotation every 2 minutes. @default true */
  readonly keyVaultSecretsProvider?: boolean;
  /** Container Insights in a Log Analytics workspace the stack creates. @default - on, 30 days */
  readonly monitoring?: AksMonitoringOptions;
}

/** A pool with every default applied. */
export interface AksNodePoolPlan extends AksNodePoolOptions {
  /** System pools run AKS' own pods; User pools run workloads. */
  readonly mode: AksNodePoolMode;
  /** Azure VM size of the nodes. */
  readonly vmSize: string;
  /** OS disk size in GB. */
  readonly osDiskSizeGb: number;
  /** Managed or Ephemeral OS disk. */
  readonly osDiskType: AksOsDiskType;
  /** Node OS: Ubuntu or AzureLinux. */
  readonly osSku: AksOsSku;
  /** Pods per node, 10-250. */
  readonly maxPods: number;
  /** Kubernetes node labels. */
  readonly labels: Readonly<Record<string, string>>;
  /** Kubernetes taints, `key=value:Effect`. */
  readonly taints: readonly string[];
  /** Availability zones of the pool's nodes. */
  readonly zones: readonly Zone[];
  /** Taint the pool `CriticalAddonsOnly=true:NoSchedule` so workloads stay off it (System pools). */
  readonly criticalAddonsOnly: boolean;
  /** Extra nodes during an upgrade: a count ("1") or a percentage ("33%"). */
  readonly maxSurge: string;
  /** Host-based encryption of the nodes' temporary disks and caches. */
  readonly encryptionAtHost: boolean;
}

export interface AksMaintenanceWindowPlan extends AksMaintenanceWindow {
  readonly hours: number;
  readonly utcOffset: string;
}

/** An AKS cluster with every default applied: what AksCluster builds and the AKS rules check. */
export interface AksPlan {
  /** The Azure name of the cluster resource. */
  readonly name: string;
  /** MAJOR.MINOR (`1.33`) or MAJOR.MINOR.PATCH. */
  readonly kubernetesVersion: string;
  /** Control-plane tier (`sku_tier`). */
  readonly skuTier: AksSkuTier;
  /** Cluster auto-upgrade channel; `none`: no automatic upgrade. */
  readonly upgradeChannel: AksUpgradeChannel;
  /** Node OS image and security patch channel. */
  readonly nodeOsUpgradeChannel: AksNodeOsUpgradeChannel;
  /** AKS-managed Entra ID with Azure RBAC, local accounts disabled. @default - none: Kubernetes RBAC, local accounts */
  readonly aad?: Required<AksAadOptions>;
  /** Availability zones of the cluster. */
  readonly zones: readonly Zone[];
  /** The node pools; the first System pool is the default node pool. */
  readonly nodePools: readonly AksNodePoolPlan[];
  /** The API server endpoint: private, or public and the CIDRs that may reach it ([]: any). */
  readonly apiServer: Required<AksApiServerOptions>;
  /** Azure CNI overlay: network policy, pod and service CIDRs, cluster DNS address. */
  readonly networkProfile: Required<Omit<AksNetworkProfileOptions, "dnsServiceIp">> & {
    readonly dnsServiceIp?: string;
  };
  /** OIDC issuer enabled. */
  readonly oidcIssuer: boolean;
  /** Entra workload identity enabled. */
  readonly workloadIdentity: boolean;
  /** Weekly planned-maintenance windows, each present only when given. */
  readonly maintenance: { readonly autoUpgrade?: AksMaintenanceWindowPlan; readonly nodeOs?: AksMaintenanceWindowPlan };
  /** HTTP(S) proxy of the nodes and the cluster's components. @default - no proxy */
  readonly proxy?: ProxyInput;
  /** DNS prefix of the API server FQDN. */
  readonly dnsPrefix: string;
  /** Resource group AKS creates for the nodes. */
  readonly nodeResourceGroupName: string;
  /** Azure Policy add-on enabled. */
  readonly azurePolicy: boolean;
  /** KEDA event-driven autoscaling enabled. */
  readonly keda: boolean;
  /** Give the control-plane identity Network Contributor on the VNet. */
  readonly grantNetworkContributor: boolean;
  /** Host-based encryption on every pool. */
  readonly encryptionAtHost: boolean;
  /** Key Vault secrets provider with rotation. */
  readonly keyVaultSecretsProvider: boolean;
  /** Container Insights: on or off, and the workspace's retention. */
  readonly monitoring: Required<AksMonitoringOptions>;
}

/** What a pool takes from its cluster when it leaves it out. */
export interface AksPoolContext {
  /** The zones of a pool that names none. */
  readonly zones: readonly Zone[];
  /** Host-based encryption, as the cluster has it. @default true */
  readonly encryptionAtHost?: boolean;
  /** The cluster has a User pool, so its System pools keep applications off. @default false */
  readonly hasUserPool?: boolean;
}

/** A pool with the defaults applied. */
export function resolveAksNodePool(pool: AksNodePoolOptions, context: AksPoolContext): AksNodePoolPlan {
  const mode = pool.mode ?? "User";
  return {
    ...pool,
    mode,
    vmSize: pool.vmSize ?? AKS_DEFAULTS.vmSize,
    osDiskSizeGb: pool.osDiskSizeGb ?? AKS_DEFAULTS.osDiskSizeGb,
    osDiskType: pool.osDiskType ?? AKS_DEFAULTS.osDiskType,
    osSku: pool.osSku ?? AKS_DEFAULTS.osSku,
    maxPods: pool.maxPods ?? AKS_DEFAULTS.maxPods,
    labels: pool.labels ?? {},
    taints: pool.taints ?? [],
    zones: pool.zones ?? context.zones,
    criticalAddonsOnly: pool.criticalAddonsOnly ?? (mode === "System" && (context.hasUserPool ?? false)),
    maxSurge: pool.maxSurge ?? AKS_DEFAULTS.maxSurge,
    encryptionAtHost: context.encryptionAtHost ?? AKS_DEFAULTS.encryptionAtHost,
  };
}

function resolveWindow(window: AksMaintenanceWindow | undefined): AksMaintenanceWindowPlan | undefined {
  return window && { ...window, hours: window.hours ?? 4, utcOffset: window.utcOffset ?? "+00:00" };
}

/** The design with every default applied, once, for both the YAML and the construct. */
export function resolveAksPlan(design: AksClusterDesign): AksPlan {
  const zones = design.zones ?? AKS_DEFAULTS.zones;
  const serviceCidr = design.networkProfile?.serviceCidr ?? AKS_DEFAULTS.serviceCidr;
  const dnsServiceIp = design.networkProfile?.dnsServiceIp ?? defaultDnsServiceIp(serviceCidr);
  const autoUpgrade = resolveWindow(design.maintenance?.autoUpgrade);
  const nodeOs = resolveWindow(design.maintenance?.nodeOs);
  const pools = design.nodePools ?? AKS_DEFAULTS.nodePools;
  const encryptionAtHost = design.encryptionAtHost ?? AKS_DEFAULTS.encryptionAtHost;
  const poolContext = { zones, encryptionAtHost, hasUserPool: pools.some((pool) => (pool.mode ?? "User") === "User") };
  return {
    name: design.name,
    kubernetesVersion: design.kubernetesVersion,
    skuTier: design.skuTier ?? AKS_DEFAULTS.skuTier,
    upgradeChannel: design.upgradeChannel ?? AKS_DEFAULTS.upgradeChannel,
    nodeOsUpgradeChannel: design.nodeOsUpgradeChannel ?? AKS_DEFAULTS.nodeOsUpgradeChannel,
    ...(design.aad
      ? { aad: { adminGroupObjectIds: design.aad.adminGroupObjectIds, azureRbac: design.aad.azureRbac ?? true } }
      : {}),
    zones,
    nodePools: pools.map((pool) => resolveAksNodePool(pool, poolContext)),
    apiServer: {
      privateCluster: design.apiServer?.privateCluster ?? AKS_DEFAULTS.privateCluster,
      authorizedIpRanges: design.apiServer?.authorizedIpRanges ?? [],
    },
    networkProfile: {
      networkPolicy: design.networkProfile?.networkPolicy ?? AKS_DEFAULTS.networkPolicy,
      podCidr: design.networkProfile?.podCidr ?? AKS_DEFAULTS.podCidr,
      serviceCidr,
      ...(dnsServiceIp !== undefined ? { dnsServiceIp } : {}),
    },
    oidcIssuer: design.oidcIssuer ?? AKS_DEFAULTS.oidcIssuer,
    workloadIdentity: design.workloadIdentity ?? AKS_DEFAULTS.workloadIdentity,
    maintenance: { ...(autoUpgrade ? { autoUpgrade } : {}), ...(nodeOs ? { nodeOs } : {}) },
    ...(design.proxy ? { proxy: design.proxy } : {}),
    dnsPrefix: design.dnsPrefix ?? design.name.replace(/_/g, "-").slice(0, 54).replace(/-+$/, ""),
    nodeResourceGroupName: design.nodeResourceGroupName ?? `${design.name}-nodes`,
    azurePolicy: design.azurePolicy ?? AKS_DEFAULTS.azurePolicy,
    keda: design.keda ?? AKS_DEFAULTS.keda,
    grantNetworkContributor: design.grantNetworkContributor ?? AKS_DEFAULTS.grantNetworkContributor,
    encryptionAtHost,
    keyVaultSecretsProvider: design.keyVaultSecretsProvider ?? AKS_DEFAULTS.keyVaultSecretsProvider,
    monitoring: {
      enabled: design.monitoring?.enabled ?? AKS_DEFAULTS.monitoring,
      retentionDays: design.monitoring?.retentionDays ?? AKS_DEFAULTS.monitoringRetentionDays,
    },
  };
}

/** The pool that becomes `default_node_pool`: the first System pool. */
export function defaultPoolIndex(pools: readonly AksNodePoolOptions[]): number {
  return pools.findIndex((p) => p.mode === "System");
}

/** True when the pool runs the cluster autoscaler. */
export function isAutoscaled(pool: AksNodePoolOptions): boolean {
  return pool.min !== undefined || pool.max !== undefined;
}

/** The most nodes a pool can have: its max when autoscaled, else its count. */
export function poolMaxNodes(pool: AksNodePoolOptions): number {
  return (isAutoscaled(pool) ? pool.max : pool.count) ?? 0;
}

/** Extra nodes a pool adds during an upgrade, from its maxSurge ("10%" rounds up, "2"). */
export function surgeNodes(pool: AksNodePoolOptions): number {
  const surge = pool.maxSurge ?? AKS_DEFAULTS.maxSurge;
  const nodes = poolMaxNodes(pool);
  const percent = /^(\d+)%$/.exec(surge);
  if (percent) return Math.ceil((nodes * Number(percent[1])) / 100);
  return /^\d+$/.test(surge) ? Number(surge) : 0;
}

/** Pool names ending in this are kept for the pools azurerm rotates through. */
export const ROTATION_SUFFIX = "tmp";

/** The name azurerm uses while it rotates a pool (vm size, OS disk, zones...): `<first 9 characters>tmp`. */
export function rotationPoolName(poolName: string): string {
  return `${poolName.slice(0, 9)}${ROTATION_SUFFIX}`;
}

/** The cluster DNS service address: the 10th address of the service CIDR, as AKS does by default. */
export function defaultDnsServiceIp(serviceCidr: string): string | undefined {
  const parsed = parseCidr(serviceCidr);
  return parsed && parsed.size > 10 ? formatIp(parsed.base + 10) : undefined;
}
