/**
 * A self-managed Kubernetes cluster on Azure VMs (IaasCluster), as an environment file writes it:
 * the shape of IaasInput (src/azure/iaas-plan.ts). Defaults and rules are not here: the environment
 * resolves the input with resolveIaasPlan and checks it with iaasPlanIssues, as IaasCluster does.
 */
import { z } from "zod";
import {
  CNIS,
  DEFAULT_ADMIN_USERNAME,
  DEFAULT_CNI,
  DEFAULT_CONTROL_PLANE_COUNT,
  DEFAULT_CONTROL_PLANE_OS_DISK,
  DEFAULT_CONTROL_PLANE_VM_SIZE,
  DEFAULT_DNS_DOMAIN,
  DEFAULT_HEALTH_PROBE,
  DEFAULT_POD_CIDR,
  DEFAULT_SERVICE_CIDR,
  DEFAULT_WORKER_COUNT,
  DEFAULT_WORKER_OS_DISK,
  DEFAULT_WORKER_POOL_NAME,
  DEFAULT_WORKER_VM_SIZE,
  HEALTH_PROBES,
  MAX_WORKER_POOL_COUNT,
} from "../../azure/iaas-defaults";
import { OsDiskPlan } from "../../azure/iaas-plan";
import { TAINT_EFFECTS } from "../../azure/node-labels";
import { OS_DISK_TYPES } from "../../azure/vm-size";
import { clusterCommonFields } from "./cluster-common";
import { zonesSchema } from "./common";
import { checkedBy } from "./report";
import { storageSchema } from "./storage";
import { problem, Problem } from "../../core/issues";

/** YAML reads `role: 1` as a number; labels and taint values are strings. */
const scalarString = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));

const osDiskSchema = (d: OsDiskPlan) =>
  z
    .strictObject({
      sizeGb: z.int().optional().describe(`OS disk size in GiB. @default ${d.sizeGb}`),
      type: z
        .enum(OS_DISK_TYPES)
        .optional()
        .describe(`Managed disk type; Premium needs a size with "s" (e.g. D4s_v5). @default ${d.type}`),
    })
    .optional()
    .describe("The managed OS disk of each node.");

const taintSchema = z.strictObject({
  key: z.string(),
  value: scalarString.optional().describe('@default ""'),
  effect: z.enum(TAINT_EFFECTS, { error: "NoSchedule, PreferNoSchedule or NoExecute" }),
});

const controlPlaneSchema = z
  .strictObject({
    count: z
      .int()
      .optional()
      .describe(
        `Control-plane VMs: 1, 3 or 5 (etcd quorum), spread round-robin over the ` +
          `cluster's zones. @default ${DEFAULT_CONTROL_PLANE_COUNT}`,
      ),
    vmSize: z
      .string()
      .optional()
      .describe(`VM size; at least 2 vCPUs (kubeadm). @default ${DEFAULT_CONTROL_PLANE_VM_SIZE}`),
    osDisk: osDiskSchema(DEFAULT_CONTROL_PLANE_OS_DISK),
    allowWorkloads: z
      .boolean()
      .optional()
      .describe(
        "Let ordinary pods run on control-plane nodes (no " +
          "node-role.kubernetes.io/control-plane:NoSchedule taint). @default false",
      ),
  })
  .optional()
  .describe("The control-plane VMs (kubeadm, stacked etcd) behind the API load balancers.");

const workerPoolSchema = z
  .strictObject({
    name: z
      .string()
      .describe(
        "Pool name: 1-12 lowercase letters and digits, starting with a letter; the scale " +
          "set is <cluster>-<env>-<name>.",
      ),
    count: z
      .int()
      .optional()
      .describe(`Instances, 0-${MAX_WORKER_POOL_COUNT} (one placement group). @default ${DEFAULT_WORKER_COUNT}`),
    vmSize: z.string().optional().describe(`VM size. @default ${DEFAULT_WORKER_VM_SIZE}`),
    zones: zonesSchema
      .optional()
      .describe("Zones the instances are spread over, a subset of the cluster's. @default - the cluster's zones"),
    osDisk: osDiskSchema(DEFAULT_WORKER_OS_DISK),
    labels: z
      .record(z.string(), scalarString)
      .optional()
      .describe(
        "Node labels (kubelet --node-labels); kubernetes.io/k8s.io keys only under " +
          "node.kubernetes.io or kubelet.kubernetes.io. @default {}",
      ),
    taints: z
      .array(taintSchema)
      .optional()
      .describe("Node taints registered at join: {key, value, effect}. @default []"),
  })
  .describe("A pool of worker nodes: one VM scale set in the worker subnet.");

/** Why a URI's percent escapes cannot be decoded (the copied blob is named from the decoded file name). */
function percentEscapeProblem(uri: string): Problem | undefined {
  const bad = /%(?![0-9A-Fa-f]{2})/.exec(uri);
  if (bad)
    return problem(
      "vhd-uri-escape",
      `has a malformed percent escape (${JSON.stringify(uri.slice(bad.index, bad.index + 3))}): write a percent sign as %25`,
    );
  try {
    decodeURIComponent(uri);
    return undefined;
  } catch {
    return problem("vhd-uri-escape", "has percent escapes that are not UTF-8: escape every byte of a character");
  }
}

const imageSchema = z
  .strictObject({
    marketplace: z
      .strictObject({
        publisher: z.string().min(1),
        offer: z.string().min(1),
        sku: z.string().min(1),
        version: z.string().min(1).default("latest"),
      })
      .optional()
      .describe(
        "A Marketplace image. @default - Canonical ubuntu-24_04-lts server (server-arm64 for Arm64 sizes), latest",
      ),
    vhdUri: z
      .string()
      .superRefine(checkedBy(percentEscapeProblem))
      .optional()
      .describe(
        "https URI of a base VHD: copied into the cluster storage container and made a managed image, as Palette does.",
      ),
    hyperVGeneration: z
      .enum(["V1", "V2"])
      .optional()
      .describe("Hyper-V generation of the VHD (vhdUri only). @default V2"),
    architecture: z
      .enum(["x64", "Arm64"])
      .optional()
      .describe(
        "CPU architecture of a marketplace image or VHD you name; every node's size must " +
          "match it. @default - chosen per size for the default image, x64 otherwise",
      ),
    trustedLaunch: z
      .boolean()
      .optional()
      .describe(
        "Secure Boot and vTPM (needs a Gen2 image; managed images from a VHD cannot). " +
          "@default - true, false with vhdUri and on sizes without it (Arm64, Av2, Dv2/Dv3)",
      ),
  })
  .optional()
  .describe("The node image: Ubuntu LTS from the Marketplace, or a VHD you provide.");

const apiServerSchema = z
  .strictObject({
    dnsLabel: z
      .string()
      .optional()
      .describe(
        "DNS label of the public IP: the endpoint becomes " +
          "<label>.<location>.cloudapp.azure.com (3-63 lowercase letters, digits and " +
          "hyphens; unique per region). @default - the IP address",
      ),
    internalAddress: z
      .string()
      .optional()
      .describe(
        "Static address of the internal load balancer the nodes reach the API server " +
          "through, in the control-plane subnet. @default - the .254 of the subnet's first " +
          "/24 (its last usable address if smaller), which stays when the subnet is resized",
      ),
    healthProbe: z
      .enum(HEALTH_PROBES)
      .optional()
      .describe(
        `Load balancer probe on 6443: https (GET /readyz, needs anonymous auth) or tcp. ` +
          `@default ${DEFAULT_HEALTH_PROBE}`,
      ),
  })
  .optional()
  .describe(
    "The API server endpoints: a Standard public load balancer with a static public " +
      "IP for clients, an internal one for the nodes, port 6443.",
  );

const clusterNetworkSchema = z
  .strictObject({
    podCidr: z
      .string()
      .optional()
      .describe(`Pod addresses (kubeadm podSubnet); must not overlap the VNet. @default ${DEFAULT_POD_CIDR}`),
    serviceCidr: z
      .string()
      .optional()
      .describe(
        `Service cluster IPs (kubeadm serviceSubnet); must not overlap the VNet, the pods ` +
          `or any network the spec names. @default ${DEFAULT_SERVICE_CIDR}`,
      ),
    dnsDomain: z.string().optional().describe(`Cluster DNS domain. @default ${DEFAULT_DNS_DOMAIN}`),
    cni: z
      .enum(CNIS)
      .optional()
      .describe(
        `calico: the first control-plane node applies Calico (VXLAN); none: bring your ` +
          `own (nodes stay NotReady until one runs). @default ${DEFAULT_CNI}`,
      ),
  })
  .optional()
  .describe("Kubernetes networking inside the cluster (pods, services, CNI).");

export const iaasClusterSchema = z
  .strictObject({
    type: z.literal("iaas"),
    ...clusterCommonFields,
    sshPublicKey: z
      .string({
        error: "an OpenSSH public key (ssh-ed25519 or ssh-rsa of 2048 bits or more) for the nodes' administrator",
      })
      .describe(
        "OpenSSH public key of the nodes' administrator (ssh-ed25519, or ssh-rsa of 2048+ " +
          "bits). Password login is disabled.",
      ),
    adminUsername: z.string().optional().describe(`Linux administrator account. @default ${DEFAULT_ADMIN_USERNAME}`),
    controlPlane: controlPlaneSchema,
    workerPools: z
      .array(workerPoolSchema)
      .optional()
      .describe(
        `Worker pools, each a VM scale set. @default - one pool ` +
          `"${DEFAULT_WORKER_POOL_NAME}" ` +
          `of ${DEFAULT_WORKER_COUNT} ${DEFAULT_WORKER_VM_SIZE}`,
      ),
    image: imageSchema,
    apiServer: apiServerSchema,
    clusterNetwork: clusterNetworkSchema,
    encryptionAtHost: z
      .boolean()
      .optional()
      .describe(
        "Encrypt every node's temporary disk and disk caches at the VM host (needs the subscription feature " +
          "Microsoft.Compute/EncryptionAtHost registered; docs/iaas.md). @default true",
      ),
    storage: storageSchema.prefault({}),
  })
  .describe("A self-managed Kubernetes cluster on Azure VMs behind a public API load balancer.");
