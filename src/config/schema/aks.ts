/**
 * An AKS cluster (AksCluster). Palette's cluster-profile blocks `managedControlPlane:` and
 * `managedMachinePool:` are accepted verbatim, inline or from a profile file (`profileFile`);
 * everything else uses this project's names. Rule texts come from src/azure/aks-rules.ts.
 */
import { z } from "zod";
import {
  AKS_DEFAULTS,
  AKS_NETWORK_POLICIES,
  AKS_NODE_OS_UPGRADE_CHANNELS,
  AKS_NODE_POOL_MODES,
  AKS_OS_DISK_TYPES,
  AKS_OS_SKUS,
  AKS_SKU_TIERS,
  AKS_UPGRADE_CHANNELS,
  WEEK_DAYS,
} from "../../azure/aks-model";
import { adminGroupIssues, maintenanceWindowIssues, nodePoolIssues } from "../../azure/aks-rules";
import { clusterCommonFields } from "./cluster-common";
import { zonesSchema } from "./common";
import { report, reportIssues } from "./report";
import { problem, under } from "../../core/issues";

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `${what} is ${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}` });

// --- Palette's blocks, verbatim ------------------------------------------------------------------

export const aadProfileSchema = z
  .strictObject({
    managed: z.boolean({ error: "managed is true (AKS-managed Entra ID) or false (Kubernetes RBAC only)" }),
    adminGroupObjectIDs: z
      .array(z.string())
      .optional()
      .describe("Object IDs of the Entra ID groups that administer the cluster."),
  })
  .superRefine((aad, ctx) => {
    if (aad.managed) {
      reportIssues(ctx, under(["adminGroupObjectIDs"], adminGroupIssues(aad.adminGroupObjectIDs ?? [])));
    }
    // managed: false leaves the groups unused (the synth warns), so the Free tab's `<id>` loads as documented.
  })
  .describe(
    "Entra ID integration. managed: true = AKS-managed Entra ID with Azure RBAC, " +
      "local accounts disabled, the groups are cluster admins. managed: false = " +
      "Kubernetes RBAC with local accounts; the groups are not used (a warning says " +
      "so).",
  );

export const managedControlPlaneSchema = z
  .strictObject({
    sku: oneOf(AKS_SKU_TIERS, "sku")
      .optional()
      .describe("Control-plane tier (sku_tier): Free, Standard (uptime SLA) or Premium. @default Free"),
    aadProfile: aadProfileSchema.optional(),
    autoUpgradeProfile: z
      .strictObject({
        upgradeChannel: oneOf(AKS_UPGRADE_CHANNELS, "upgradeChannel")
          .optional()
          .describe("Cluster auto-upgrade channel; none omits automatic_upgrade_channel. @default none"),
      })
      .optional(),
  })
  .describe("Palette's managedControlPlane block of the AKS pack (cluster profile), accepted as Palette documents it.");

export const managedMachinePoolSchema = z
  .strictObject({
    maxPodPerNode: z.int().min(10).max(250).describe("Pods per node for pools that do not set maxPods (10-250)."),
  })
  .describe("Palette's managedMachinePool block of the AKS pack.");

/** A profile file: the AKS Kubernetes pack values of a Palette cluster profile. */
export const aksProfileFileSchema = z
  .strictObject({
    managedControlPlane: managedControlPlaneSchema,
    managedMachinePool: managedMachinePoolSchema.optional(),
  })
  .describe("AKS pack values of a Palette cluster profile.");

// --- This project's settings -----------------------------------------------------------------

export const maintenanceWindowSchema = z
  .strictObject({
    day: oneOf(WEEK_DAYS, "day"),
    start: z.string().describe("Start time, HH:mm"),
    hours: z.int().optional().describe("Length in hours, 4-24. @default 4"),
    utcOffset: z.string().optional().describe("UTC offset of start, such as +01:00. @default +00:00"),
  })
  .superRefine((window, ctx) => reportIssues(ctx, maintenanceWindowIssues(window)))
  .describe("A weekly maintenance window.");

export const nodePoolSchema = z
  .strictObject({
    name: z.string().describe("1-12 lowercase letters and digits, starting with a letter."),
    mode: oneOf(AKS_NODE_POOL_MODES, "mode")
      .optional()
      .describe(
        "System pools run AKS' own pods; at least one. The first System pool is the default node pool. @default User",
      ),
    vmSize: z.string().optional().describe(`Azure VM size. @default ${AKS_DEFAULTS.vmSize}`),
    count: z.int().optional().describe("Fixed node count; with min/max, the initial count."),
    min: z.int().optional().describe("Cluster-autoscaler minimum (0-1000; System pools at least 1). Set with max."),
    max: z.int().optional().describe("Cluster-autoscaler maximum (1-1000). Set with min."),
    osDiskSizeGb: z.int().optional().describe(`OS disk size in GB. @default ${AKS_DEFAULTS.osDiskSizeGb}`),
    osDiskType: oneOf(AKS_OS_DISK_TYPES, "osDiskType").optional().describe(`@default ${AKS_DEFAULTS.osDiskType}`),
    osSku: oneOf(AKS_OS_SKUS, "osSku").optional().describe(`@default ${AKS_DEFAULTS.osSku}`),
    maxPods: z
      .int()
      .optional()
      .describe(`Pods per node, 10-250. @default managedMachinePool.maxPodPerNode, else ${AKS_DEFAULTS.maxPods}`),
    labels: z.record(z.string(), z.string()).optional().describe("Kubernetes node labels."),
    taints: z.array(z.string()).optional().describe("Kubernetes taints, key=value:Effect (User pools)."),
    zones: zonesSchema.optional().describe("Availability zones of this pool. @default the cluster's zones"),
    criticalAddonsOnly: z
      .boolean()
      .optional()
      .describe("System pools: keep workloads off (CriticalAddonsOnly=true:NoSchedule). @default false"),
    maxSurge: z
      .string()
      .optional()
      .describe(`Extra nodes during upgrades: a count or a percentage. @default ${AKS_DEFAULTS.maxSurge}`),
  })
  .superRefine((pool, ctx) => reportIssues(ctx, nodePoolIssues(pool)))
  .describe("An AKS node pool.");

export const aksClusterSchema = z
  .strictObject({
    type: z.literal("aks"),
    ...clusterCommonFields,
    managedControlPlane: managedControlPlaneSchema.optional(),
    managedMachinePool: managedMachinePoolSchema.optional(),
    profileFile: z
      .string()
      .min(1)
      .refine((p) => !p.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(p), {
        message: "must be relative to the environment file (an absolute path ties the repository to this machine)",
        params: { code: "path-absolute" },
      })
      .optional()
      .describe(
        "YAML file with Palette's AKS pack values (managedControlPlane, " +
          "managedMachinePool), relative to this environment file. Instead of the inline " +
          "blocks.",
      ),
    nodeOsUpgradeChannel: oneOf(AKS_NODE_OS_UPGRADE_CHANNELS, "nodeOsUpgradeChannel")
      .optional()
      .describe(`Node OS image and security patch channel. @default ${AKS_DEFAULTS.nodeOsUpgradeChannel}`),
    nodePools: z
      .array(nodePoolSchema)
      .min(1, "list at least one node pool (a System pool)")
      .optional()
      .describe('The first System pool is the default node pool. @default - one System pool "system" of 3-5 nodes'),
    apiServer: z
      .strictObject({
        privateCluster: z
          .boolean()
          .optional()
          .describe("Private API server (needs static placement: a VNet its users reach). @default false"),
        authorizedIpRanges: z
          .array(z.string())
          .optional()
          .describe("CIDRs allowed to reach the public API server. @default [] (any)"),
      })
      .optional(),
    networkProfile: z
      .strictObject({
        networkPolicy: oneOf(AKS_NETWORK_POLICIES, "networkPolicy")
          .optional()
          .describe(`@default ${AKS_DEFAULTS.networkPolicy}`),
        podCidr: z
          .string()
          .optional()
          .describe(`Overlay pod range, outside the VNet. @default ${AKS_DEFAULTS.podCidr}`),
        serviceCidr: z
          .string()
          .optional()
          .describe(`Service range, outside the VNet. @default ${AKS_DEFAULTS.serviceCidr}`),
        dnsServiceIp: z.string().optional().describe("Cluster DNS address in serviceCidr. @default its 10th address"),
      })
      .optional()
      .describe("Azure CNI overlay settings."),
    azurePolicy: z.boolean().optional().describe("Azure Policy add-on. @default true"),
    keda: z.boolean().optional().describe("KEDA event-driven autoscaling (workload_autoscaler_profile). @default true"),
    encryptionAtHost: z
      .boolean()
      .optional()
      .describe(
        "Encrypt every pool's temporary disks and caches at the VM host (needs the subscription feature " +
          "Microsoft.Compute/EncryptionAtHost registered; docs/aks.md). @default true",
      ),
    keyVaultSecretsProvider: z
      .boolean()
      .optional()
      .describe(
        "Key Vault secrets provider (Secrets Store CSI driver), rotating secrets every 2 minutes. @default true",
      ),
    monitoring: z
      .strictObject({
        enabled: z
          .boolean()
          .optional()
          .describe("Container Insights in a Log Analytics workspace of the cluster's own. @default true"),
        retentionDays: z
          .int()
          .min(30, "retentionDays is 30-730")
          .max(730, "retentionDays is 30-730")
          .optional()
          .describe("Days the workspace keeps data, 30-730. @default 30"),
      })
      .optional()
      .describe("Azure Monitor Container Insights (docs/aks.md, Monitoring)."),
    oidcIssuer: z.boolean().optional().describe("OIDC issuer (needed by workload identity). @default true"),
    workloadIdentity: z.boolean().optional().describe("Entra workload identity. @default true"),
    identity: z
      .strictObject({
        grantNetworkContributor: z
          .boolean()
          .optional()
          .describe(
            "Give the cluster identity Network Contributor on the VNet (needs " +
              "roleAssignments/write where Terraform runs). @default true",
          ),
      })
      .optional(),
    maintenance: z
      .strictObject({
        autoUpgrade: maintenanceWindowSchema.optional().describe("When the upgrade channel may upgrade the cluster."),
        nodeOs: maintenanceWindowSchema.optional().describe("When node OS images and patches are applied."),
      })
      .optional(),
  })
  .superRefine((cluster, ctx) => {
    if (cluster.profileFile === undefined) return;
    for (const key of ["managedControlPlane", "managedMachinePool"] as const) {
      if (cluster[key] !== undefined)
        report(
          ctx,
          problem(
            "profile-key-twice",
            `${key} is set here and comes from profileFile ${cluster.profileFile}: keep one`,
          ),
          {
            path: [key],
          },
        );
    }
  })
  .describe("A managed AKS cluster.");

export type ManagedControlPlaneSpec = z.output<typeof managedControlPlaneSchema>;
export type ManagedMachinePoolSpec = z.output<typeof managedMachinePoolSchema>;
export type AksProfileFileSpec = z.output<typeof aksProfileFileSchema>;
export type AksNodePoolSpec = z.output<typeof nodePoolSchema>;
