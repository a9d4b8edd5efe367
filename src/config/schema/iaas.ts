/** A self-managed Kubernetes cluster on Azure VMs behind a public API load balancer (IaasCluster). */
import { z } from "zod";
import { adminUsernameProblem } from "../../azure/admin-username";
import { controlPlaneCountProblem } from "../../azure/control-plane";
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
  OsDiskDefaults,
} from "../../azure/iaas-defaults";
import { cidrProblem } from "../../azure/cidr";
import { duplicateTaintProblem, nodeLabelProblem, TAINT_EFFECTS, taintProblem } from "../../azure/node-labels";
import { sshPublicKeyProblem } from "../../azure/ssh-public-key";
import { vhdUriProblem } from "../../azure/vm-image";
import { MAX_OS_DISK_GB, MIN_OS_DISK_GB, OS_DISK_TYPES, vmSizeProblem } from "../../azure/vm-size";
import { clusterCommonFields } from "./cluster-common";
import { zonesSchema } from "./common";
import { storageSchema } from "./storage";

/** A zod refinement from one of our pure `...Problem` functions. */
function checkedBy<T>(problem: (value: T) => string | undefined) {
  return (value: T, ctx: z.RefinementCtx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: "custom", message });
  };
}

const scalarString = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));

const vmSizeSchema = z.string().superRefine(checkedBy(vmSizeProblem));

const osDiskSchema = (d: OsDiskDefaults) =>
  z
    .strictObject({
      sizeGb: z
        .int()
        .min(MIN_OS_DISK_GB, `at least ${MIN_OS_DISK_GB} GiB (the Ubuntu image's size)`)
        .max(MAX_OS_DISK_GB, `at most ${MAX_OS_DISK_GB} GiB`)
        .default(d.sizeGb)
        .describe(`OS disk size in GiB. @default ${d.sizeGb}`),
      type: z
        .enum(OS_DISK_TYPES)
        .default(d.type)
        .describe(`Managed disk type; Premium needs a size with "s" (e.g. D4s_v5). @default ${d.type}`),
    })
    .prefault({})
    .describe("The managed OS disk of each node.");

const cidrSchema = z.string().superRefine(checkedBy(cidrProblem));

const labelsSchema = z.record(z.string(), scalarString).superRefine((labels, ctx) => {
  for (const [key, value] of Object.entries(labels)) {
    const problem = nodeLabelProblem(key, value);
    if (problem) ctx.addIssue({ code: "custom", message: problem, params: { at: key } });
  }
});

const taintSchema = z
  .strictObject({
    key: z.string(),
    value: scalarString.default(""),
    effect: z.enum(TAINT_EFFECTS, { error: "NoSchedule, PreferNoSchedule or NoExecute" }),
  })
  .superRefine(checkedBy(taintProblem));

export const controlPlaneSchema = z
  .strictObject({
    count: z
      .int()
      .min(1, { error: "control-plane count is 1, 3 or 5", abort: true })
      .max(5, { error: "control-plane count is 1, 3 or 5", abort: true })
      .superRefine(checkedBy(controlPlaneCountProblem))
      .default(DEFAULT_CONTROL_PLANE_COUNT)
      .describe(
        `Control-plane VMs: 1, 3 or 5 (etcd quorum), spread round-robin over the cluster's zones. @default ${DEFAULT_CONTROL_PLANE_COUNT}`,
      ),
    vmSize: vmSizeSchema
      .default(DEFAULT_CONTROL_PLANE_VM_SIZE)
      .describe(`VM size; at least 2 vCPUs (kubeadm). @default ${DEFAULT_CONTROL_PLANE_VM_SIZE}`),
    osDisk: osDiskSchema(DEFAULT_CONTROL_PLANE_OS_DISK),
    allowWorkloads: z
      .boolean()
      .default(false)
      .describe(
        "Let ordinary pods run on control-plane nodes (no node-role.kubernetes.io/control-plane:NoSchedule taint). @default false",
      ),
  })
  .prefault({})
  .describe("The control-plane VMs (kubeadm, stacked etcd) behind the API load balancer.");

export const workerPoolSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[a-z][a-z0-9]{0,11}$/, "1-12 lowercase letters and digits, starting with a letter")
      .describe("Pool name; the scale set is <cluster>-<env>-<name> and node names start with it."),
    count: z
      .int()
      .min(0)
      .max(MAX_WORKER_POOL_COUNT, `at most ${MAX_WORKER_POOL_COUNT} (one placement group)`)
      .default(DEFAULT_WORKER_COUNT)
      .describe(`Instances. @default ${DEFAULT_WORKER_COUNT}`),
    vmSize: vmSizeSchema.default(DEFAULT_WORKER_VM_SIZE).describe(`VM size. @default ${DEFAULT_WORKER_VM_SIZE}`),
    zones: zonesSchema
      .optional()
      .describe("Zones the instances are spread over, a subset of the cluster's. @default - the cluster's zones"),
    osDisk: osDiskSchema(DEFAULT_WORKER_OS_DISK),
    labels: labelsSchema
      .default({})
      .describe(
        "Node labels (kubelet --node-labels); kubernetes.io/k8s.io keys only under node.kubernetes.io or kubelet.kubernetes.io.",
      ),
    taints: z
      .array(taintSchema)
      .superRefine(checkedBy(duplicateTaintProblem))
      .default([])
      .describe("Node taints registered at join: {key, value, effect}."),
  })
  .describe("A pool of worker nodes: one VM scale set in the worker subnet.");

export const imageSchema = z
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
      .superRefine(checkedBy(vhdUriProblem))
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
        "CPU architecture of a marketplace image or VHD you name; every node's size must match it. @default - chosen per size for the default image, x64 otherwise",
      ),
    trustedLaunch: z
      .boolean()
      .optional()
      .describe(
        "Secure Boot and vTPM (needs a Gen2 image; managed images from a VHD cannot). @default - true, false with vhdUri and on sizes without it (Arm64, Av2, Dv2/Dv3)",
      ),
  })
  .superRefine((image, ctx) => {
    if (image.marketplace && image.vhdUri)
      ctx.addIssue({ code: "custom", message: "set marketplace or vhdUri, not both", params: { at: "vhdUri" } });
    if (image.hyperVGeneration && !image.vhdUri)
      ctx.addIssue({
        code: "custom",
        message: "hyperVGeneration describes a VHD: set it only with vhdUri",
        params: { at: "hyperVGeneration" },
      });
    if (image.vhdUri && image.trustedLaunch) {
      ctx.addIssue({
        code: "custom",
        message:
          "a managed image made from a VHD cannot boot with Trusted Launch (Azure needs a Compute Gallery image for that); set trustedLaunch: false",
        params: { at: "trustedLaunch" },
      });
    }
  })
  .prefault({})
  .describe("The node image: Ubuntu LTS from the Marketplace, or a VHD you provide.");

export const apiServerSchema = z
  .strictObject({
    dnsLabel: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,61}[a-z0-9]$/, "3-63 lowercase letters, digits and hyphens, starting with a letter")
      .optional()
      .describe(
        "DNS label of the public IP: the endpoint becomes <label>.<location>.cloudapp.azure.com (unique per region). @default - the IP address",
      ),
    internalAddress: z
      .string()
      .optional()
      .describe(
        "Static address of the internal load balancer the nodes reach the API server through, in the control-plane subnet. @default - the .254 of the subnet's first /24 (its last usable address if smaller), which stays when the subnet is resized",
      ),
    healthProbe: z
      .enum(HEALTH_PROBES)
      .default(DEFAULT_HEALTH_PROBE)
      .describe(
        `Load balancer probe on 6443: https (GET /readyz, needs anonymous auth) or tcp. @default ${DEFAULT_HEALTH_PROBE}`,
      ),
  })
  .prefault({})
  .describe(
    "The API server endpoints: a Standard public load balancer with a static public IP for clients, an internal one for the nodes, port 6443.",
  );

export const clusterNetworkSchema = z
  .strictObject({
    podCidr: cidrSchema
      .default(DEFAULT_POD_CIDR)
      .describe(`Pod addresses (kubeadm podSubnet); must not overlap the VNet. @default ${DEFAULT_POD_CIDR}`),
    serviceCidr: cidrSchema
      .default(DEFAULT_SERVICE_CIDR)
      .describe(
        `Service cluster IPs (kubeadm serviceSubnet); must not overlap the VNet, the pods or any network the spec names. @default ${DEFAULT_SERVICE_CIDR}`,
      ),
    dnsDomain: z
      .string()
      .regex(
        /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
        "a lowercase DNS domain such as cluster.local",
      )
      .default(DEFAULT_DNS_DOMAIN)
      .describe(`Cluster DNS domain. @default ${DEFAULT_DNS_DOMAIN}`),
    cni: z
      .enum(CNIS)
      .default(DEFAULT_CNI)
      .describe(
        `calico: the first control-plane node applies Calico (VXLAN); none: bring your own (nodes stay NotReady until one runs). @default ${DEFAULT_CNI}`,
      ),
  })
  .prefault({})
  .describe("Kubernetes networking inside the cluster (pods, services, CNI).");

export const iaasClusterSchema = z
  .strictObject({
    type: z.literal("iaas"),
    ...clusterCommonFields,
    sshPublicKey: z
      .string({
        error: "an OpenSSH public key (ssh-ed25519 or ssh-rsa of 2048 bits or more) for the nodes' administrator",
      })
      .superRefine(checkedBy(sshPublicKeyProblem))
      .describe(
        "OpenSSH public key of the nodes' administrator (ssh-ed25519, or ssh-rsa of 2048+ bits). Password login is disabled.",
      ),
    adminUsername: z
      .string()
      .superRefine(checkedBy(adminUsernameProblem))
      .default(DEFAULT_ADMIN_USERNAME)
      .describe(`Linux administrator account. @default ${DEFAULT_ADMIN_USERNAME}`),
    controlPlane: controlPlaneSchema,
    workerPools: z
      .array(workerPoolSchema)
      .superRefine((pools, ctx) => {
        pools.forEach((pool, i) => {
          const first = pools.findIndex((p) => p.name === pool.name);
          if (first < i)
            ctx.addIssue({
              code: "custom",
              path: [i, "name"],
              message: `${JSON.stringify(pool.name)} is already the name of workerPools[${first}]`,
            });
        });
      })
      .default([
        {
          name: DEFAULT_WORKER_POOL_NAME,
          count: DEFAULT_WORKER_COUNT,
          vmSize: DEFAULT_WORKER_VM_SIZE,
          osDisk: { ...DEFAULT_WORKER_OS_DISK },
          labels: {},
          taints: [],
        },
      ])
      .describe(
        `Worker pools, each a VM scale set. @default - one pool "${DEFAULT_WORKER_POOL_NAME}" of ${DEFAULT_WORKER_COUNT} ${DEFAULT_WORKER_VM_SIZE}`,
      ),
    image: imageSchema,
    apiServer: apiServerSchema,
    clusterNetwork: clusterNetworkSchema,
    storage: storageSchema.prefault({}),
  })
  .describe("A self-managed Kubernetes cluster on Azure VMs behind a public API load balancer.");

export type WorkerPoolSpec = z.output<typeof workerPoolSchema>;
