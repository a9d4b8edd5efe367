/**
 * An IaaS cluster (self-managed Kubernetes on Azure VMs) in one shape for both front doors: the
 * input a TypeScript caller or an environment file gives (IaasInput), the one function that applies
 * the defaults (resolveIaasPlan), the plan with every default applied (IaasPlan), and the one
 * function with every rule over it (iaasPlanIssues). Pure: no cdktf here.
 */
import { NamedRange, namedRanges, podServiceRangeIssues } from "./address-ranges";
import { DEFAULT_ADMIN_USERNAME, adminUsernameProblem } from "./admin-username";
import { cidrProblem, cidrsOverlap, parseCidr, subnetAddressProblem, subnetCapacityProblem } from "./cidr";
import { controlPlaneCountProblem } from "./control-plane";
import {
  Cni,
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
  HealthProbe,
  MAX_WORKER_POOL_COUNT,
} from "./iaas-defaults";
import { cloudProviderVersionProblem } from "./iaas-addon-versions";
import { kubeadmVersionProblem } from "./kubeadm-version";
import { duplicateTaintProblem, nodeLabelProblem, Taint, taintProblem } from "./node-labels";
import { workerEgressCapacityProblem } from "./outbound-ports";
import { sshPublicKeyProblem } from "./ssh-public-key";
import { DEFAULT_MARKETPLACE_IMAGES, HyperVGeneration, MarketplaceImage, vhdUriProblem } from "./vm-image";
import {
  controlPlaneVmSizeProblem,
  CpuArchitecture,
  diskTypeForSizeProblem,
  OsDiskType,
  osDiskSizeProblem,
  parseVmSize,
  trustedLaunchSizeProblem,
  vmSizeProblem,
} from "./vm-size";
import { Zone, zonesProblem } from "./zones";
import { Issue, issueAt, KeyPath, problem, Problem, under } from "../core/issues";

export interface OsDiskInput {
  /** @default 128 */
  readonly sizeGb?: number;
  /** @default "Premium_LRS" */
  readonly type?: OsDiskType;
}

export interface ControlPlaneInput {
  /** 1, 3 or 5 (etcd quorum), spread round-robin over the cluster's zones. @default 3 */
  readonly count?: number;
  /** At least 2 vCPUs (kubeadm). @default "Standard_D2s_v5" */
  readonly vmSize?: string;
  /** @default { sizeGb: 128, type: "Premium_LRS" } */
  readonly osDisk?: OsDiskInput;
  /** Let ordinary pods run on control-plane nodes (no control-plane NoSchedule taint). @default false */
  readonly allowWorkloads?: boolean;
}

export interface WorkerPoolInput {
  /** 1-12 lowercase letters and digits; the scale set is `<cluster>-<env>-<name>`. */
  readonly name: string;
  /** Instances, 0-100 (one placement group). @default 3 */
  readonly count?: number;
  /** @default "Standard_D4s_v5" */
  readonly vmSize?: string;
  /** A subset of the cluster's zones. @default - the cluster's zones */
  readonly zones?: readonly Zone[];
  /** @default { sizeGb: 128, type: "Premium_LRS" } */
  readonly osDisk?: OsDiskInput;
  /** Node labels (kubelet --node-labels). @default {} */
  readonly labels?: Readonly<Record<string, string>>;
  /** Node taints registered at join. @default [] */
  readonly taints?: readonly TaintInput[];
}

/** A node taint; `value` may be left out. */
export type TaintInput = Omit<Taint, "value"> & {
  /** Taint value. @default "" */
  readonly value?: string;
};

export interface ApiServerInput {
  /** DNS label of the public IP (`<label>.<location>.cloudapp.azure.com`). @default - the IP address is the endpoint */
  readonly dnsLabel?: string;
  /**
   * Static address of the internal load balancer the nodes reach the API server through, in the
   * control-plane subnet. @default - the .254 of the subnet's first /24 (its last usable address if smaller)
   */
  readonly internalAddress?: string;
  /** Load balancer probe on 6443: https (GET /readyz) or tcp. @default "https" */
  readonly healthProbe?: HealthProbe;
}

/** Kubernetes networking inside the cluster. */
export interface KubernetesNetworkInput {
  /** Pod addresses (kubeadm podSubnet). @default "192.168.0.0/16" */
  readonly podCidr?: string;
  /** Service cluster IPs (kubeadm serviceSubnet). @default "100.64.0.0/16" */
  readonly serviceCidr?: string;
  /** @default "cluster.local" */
  readonly dnsDomain?: string;
  /** calico (VXLAN) or none (bring your own). @default "calico" */
  readonly cni?: Cni;
}

/** An IaaS cluster as people describe it: what is left out takes the default. */
export interface IaasInput {
  /** `1.33` (newest patch at first boot) or `1.33.5`; 1.31 or newer. */
  readonly kubernetesVersion: string;
  /** @default ["1", "2", "3"] */
  readonly zones?: readonly Zone[];
  /** OpenSSH public key (ssh-ed25519, or ssh-rsa of 2048+ bits); password login is disabled. */
  readonly sshPublicKey: string;
  /** Linux administrator account. @default "azureuser" */
  readonly adminUsername?: string;
  /** @default - 3 x Standard_D2s_v5, 128 GiB Premium_LRS */
  readonly controlPlane?: ControlPlaneInput;
  /** @default - one pool "workers" of 3 x Standard_D4s_v5 */
  readonly workerPools?: readonly WorkerPoolInput[];
  /** @default - Ubuntu 24.04 LTS from the Marketplace, Trusted Launch where the size supports it */
  readonly image?: ImagePlan;
  /** @default - HTTPS /readyz probe, no DNS label */
  readonly apiServer?: ApiServerInput;
  /** @default - pods 192.168.0.0/16, services 100.64.0.0/16, cluster.local, Calico */
  readonly clusterNetwork?: KubernetesNetworkInput;
  /**
   * Encrypt every node's temporary disk and disk caches at the VM host (needs the subscription
   * feature Microsoft.Compute/EncryptionAtHost registered). @default true
   */
  readonly encryptionAtHost?: boolean;
}

export { MAX_WORKER_POOL_COUNT };

export interface OsDiskPlan {
  readonly sizeGb: number;
  readonly type: OsDiskType;
}

export interface WorkerPoolPlan {
  readonly name: string;
  readonly count: number;
  readonly vmSize: string;
  /** Unset: the cluster's zones. */
  readonly zones?: readonly Zone[];
  readonly osDisk: OsDiskPlan;
  readonly labels: Readonly<Record<string, string>>;
  readonly taints: readonly Taint[];
}

export interface ImagePlan {
  /** A Marketplace image. @default - Canonical ubuntu-24_04-lts server (server-arm64 for Arm64 sizes), latest */
  readonly marketplace?: MarketplaceImage;
  /**
   * https URI of a base VHD: copied into the cluster storage container and made a managed image, as
   * Palette does. @default - none: nodes boot the Marketplace image
   */
  readonly vhdUri?: string;
  /** Hyper-V generation of the VHD (vhdUri only). @default "V2" */
  readonly hyperVGeneration?: HyperVGeneration;
  /**
   * CPU architecture of a marketplace image or VHD you name; every node's size must match it.
   * @default - chosen per size for the default image, x64 otherwise
   */
  readonly architecture?: CpuArchitecture;
  /**
   * Secure Boot and vTPM (needs a Gen2 image; managed images from a VHD cannot).
   * @default - true, false with vhdUri and on sizes without it (Arm64, Av2, Dv2/Dv3)
   */
  readonly trustedLaunch?: boolean;
}

/** An IaaS cluster with every default applied: what the schema yields and the construct resolves its props to. */
export interface IaasPlan {
  /** `1.33` (newest patch at first boot) or `1.33.5`. */
  readonly kubernetesVersion: string;
  /** Availability zones the cluster's nodes are spread over. */
  readonly zones: readonly Zone[];
  /** OpenSSH public key of the administrator account. */
  readonly sshPublicKey: string;
  /** Linux administrator account of every node. */
  readonly adminUsername: string;
  /** The control-plane nodes: count, size, OS disk, and whether ordinary pods run on them. */
  readonly controlPlane: {
    readonly count: number;
    readonly vmSize: string;
    readonly osDisk: OsDiskPlan;
    readonly allowWorkloads: boolean;
  };
  /** The worker pools, one VM scale set each. */
  readonly workerPools: readonly WorkerPoolPlan[];
  /** The node image as given: what it leaves out is chosen per node size (marketplaceImageFor, trustedLaunchOf). */
  readonly image: ImagePlan;
  /** The API server's load balancers: the public IP's DNS label, the internal address, the health probe. */
  readonly apiServer: {
    readonly dnsLabel?: string;
    readonly internalAddress?: string;
    readonly healthProbe: HealthProbe;
  };
  /** Kubernetes networking inside the cluster: pod and service CIDRs, DNS domain, CNI. */
  readonly clusterNetwork: {
    readonly podCidr: string;
    readonly serviceCidr: string;
    readonly dnsDomain: string;
    readonly cni: Cni;
  };
  /** Host-based encryption on every control-plane VM and worker scale set. */
  readonly encryptionAtHost: boolean;
}

/** The network the cluster lands in; a CIDR left out (e.g. a Terraform reference) is not checked. */
export interface IaasSubnets {
  readonly controlPlaneCidr?: string;
  readonly workerCidr?: string;
  readonly vnetAddressSpace: readonly string[];
  /** With egress loadBalancer: the egress public IPs the workers' SNAT ports come from. */
  readonly loadBalancerEgressIps?: number;
  /** Other ranges the nodes reach (proxy, peered networks): pods and services must stay clear of them. @default [] */
  readonly namedRanges?: readonly NamedRange[];
}

/** The input with every default applied. Resolving a plan again gives the same plan. */
export function resolveIaasPlan(input: IaasInput): IaasPlan {
  const disk = (d: OsDiskInput | undefined, defaults: OsDiskPlan): OsDiskPlan => ({
    sizeGb: d?.sizeGb ?? defaults.sizeGb,
    type: d?.type ?? defaults.type,
  });
  const cp = input.controlPlane ?? {};
  const pools = input.workerPools ?? [{ name: DEFAULT_WORKER_POOL_NAME }];
  return {
    kubernetesVersion: input.kubernetesVersion,
    zones: input.zones ?? ["1", "2", "3"],
    sshPublicKey: input.sshPublicKey,
    adminUsername: input.adminUsername ?? DEFAULT_ADMIN_USERNAME,
    controlPlane: {
      count: cp.count ?? DEFAULT_CONTROL_PLANE_COUNT,
      vmSize: cp.vmSize ?? DEFAULT_CONTROL_PLANE_VM_SIZE,
      osDisk: disk(cp.osDisk, DEFAULT_CONTROL_PLANE_OS_DISK),
      allowWorkloads: cp.allowWorkloads ?? false,
    },
    workerPools: pools.map((p) => ({
      name: p.name,
      count: p.count ?? DEFAULT_WORKER_COUNT,
      vmSize: p.vmSize ?? DEFAULT_WORKER_VM_SIZE,
      ...(p.zones ? { zones: p.zones } : {}),
      osDisk: disk(p.osDisk, DEFAULT_WORKER_OS_DISK),
      labels: p.labels ?? {},
      taints: (p.taints ?? []).map((t) => ({ ...t, value: t.value ?? "" })),
    })),
    image: input.image ?? {},
    apiServer: {
      ...(input.apiServer?.dnsLabel !== undefined ? { dnsLabel: input.apiServer.dnsLabel } : {}),
      ...(input.apiServer?.internalAddress !== undefined ? { internalAddress: input.apiServer.internalAddress } : {}),
      healthProbe: input.apiServer?.healthProbe ?? DEFAULT_HEALTH_PROBE,
    },
    clusterNetwork: {
      podCidr: input.clusterNetwork?.podCidr ?? DEFAULT_POD_CIDR,
      serviceCidr: input.clusterNetwork?.serviceCidr ?? DEFAULT_SERVICE_CIDR,
      dnsDomain: input.clusterNetwork?.dnsDomain ?? DEFAULT_DNS_DOMAIN,
      cni: input.clusterNetwork?.cni ?? DEFAULT_CNI,
    },
    encryptionAtHost: input.encryptionAtHost ?? true,
  };
}

/** The image a node group of this size boots: a marketplace image, or the managed image made from the VHD. */
export function marketplaceImageFor(image: ImagePlan, vmSize: string): MarketplaceImage | undefined {
  if (image.vhdUri) return undefined;
  return image.marketplace ?? DEFAULT_MARKETPLACE_IMAGES[parseVmSize(vmSize)?.architecture ?? "x64"];
}

/**
 * Trusted Launch for nodes of this size. @default true, false with vhdUri (managed images
 * cannot use it) and on sizes that do not support it (Arm64, Av2, Dv2/Dv3).
 */
export function trustedLaunchOf(image: ImagePlan, vmSize: string): boolean {
  return image.trustedLaunch ?? (image.vhdUri === undefined && trustedLaunchSizeProblem(vmSize) === undefined);
}

/** The pool's zones, the cluster's when the pool names none. */
export function poolZones(plan: Pick<IaasPlan, "zones">, pool: Pick<WorkerPoolPlan, "zones">): readonly Zone[] {
  return pool.zones ?? plan.zones;
}

/**
 * Every rule of an IaaS cluster, over its plan and the network it lands in. The YAML loader and
 * IaasCluster both run it, so both report the same rule in the same words; paths are relative to
 * the cluster.
 */
export function iaasPlanIssues(plan: IaasPlan, subnets: IaasSubnets): Issue[] {
  return [...fieldIssues(plan), ...crossFieldIssues(plan, subnets)];
}

/** Rules of one field at a time. */
function fieldIssues(plan: IaasPlan): Issue[] {
  const issues: Issue[] = [];
  const check = (path: KeyPath, found: Problem | undefined) => issues.push(...issueAt(path, found));
  check(["sshPublicKey"], sshPublicKeyProblem(plan.sshPublicKey));
  check(["adminUsername"], adminUsernameProblem(plan.adminUsername));
  check(["controlPlane", "count"], controlPlaneCountProblem(plan.controlPlane.count));
  check(["controlPlane", "vmSize"], vmSizeProblem(plan.controlPlane.vmSize));
  check(["controlPlane", "osDisk", "sizeGb"], osDiskSizeProblem(plan.controlPlane.osDisk.sizeGb));
  check(["zones"], zonesProblem(plan.zones));
  if (plan.apiServer.dnsLabel !== undefined) check(["apiServer", "dnsLabel"], dnsLabelProblem(plan.apiServer.dnsLabel));
  plan.workerPools.forEach((pool, i) => {
    check(
      ["workerPools", i, "name"],
      /^[a-z][a-z0-9]{0,11}$/.test(pool.name)
        ? undefined
        : problem(
            "pool-name-syntax",
            `${JSON.stringify(pool.name)}: 1-12 lowercase letters and digits, starting with a letter`,
          ),
    );
    const first = plan.workerPools.findIndex((p) => p.name === pool.name);
    if (first < i)
      check(
        ["workerPools", i, "name"],
        problem("pool-name-duplicate", `${JSON.stringify(pool.name)} is already the name of workerPools[${first}]`),
      );
    check(
      ["workerPools", i, "count"],
      Number.isInteger(pool.count) && pool.count >= 0 && pool.count <= MAX_WORKER_POOL_COUNT
        ? undefined
        : problem(
            "pool-size-range",
            `${pool.count}: a whole number from 0 to ${MAX_WORKER_POOL_COUNT} (one placement group)`,
          ),
    );
    if (pool.zones !== undefined) check(["workerPools", i, "zones"], zonesProblem(pool.zones));
    check(["workerPools", i, "vmSize"], vmSizeProblem(pool.vmSize));
    check(["workerPools", i, "osDisk", "sizeGb"], osDiskSizeProblem(pool.osDisk.sizeGb));
    for (const [key, value] of Object.entries(pool.labels))
      check(["workerPools", i, "labels", key], nodeLabelProblem(key, value));
    pool.taints.forEach((taint, t) => check(["workerPools", i, "taints", t], taintProblem(taint)));
    check(["workerPools", i, "taints"], duplicateTaintProblem(pool.taints));
  });
  if (plan.image.vhdUri !== undefined) check(["image", "vhdUri"], vhdUriProblem(plan.image.vhdUri));
  if (plan.image.vhdUri !== undefined && plan.image.marketplace)
    check(["image", "vhdUri"], problem("image-source-twice", "set marketplace or vhdUri, not both"));
  if (plan.image.hyperVGeneration !== undefined && plan.image.vhdUri === undefined)
    check(
      ["image", "hyperVGeneration"],
      problem("hyper-v-generation-without-vhd", "hyperVGeneration describes a VHD: set it only with vhdUri"),
    );
  if (plan.image.vhdUri !== undefined && plan.image.trustedLaunch)
    check(
      ["image", "trustedLaunch"],
      problem(
        "trusted-launch-vhd",
        "a managed image made from a VHD cannot boot with Trusted Launch; set trustedLaunch: false",
      ),
    );
  check(["clusterNetwork", "podCidr"], cidrProblem(plan.clusterNetwork.podCidr));
  check(["clusterNetwork", "dnsDomain"], dnsDomainProblem(plan.clusterNetwork.dnsDomain));
  check(["clusterNetwork", "serviceCidr"], cidrProblem(plan.clusterNetwork.serviceCidr));
  return issues;
}

/** Rules that need several fields, or the network the cluster lands in. */
function crossFieldIssues(plan: IaasPlan, subnets: IaasSubnets): Issue[] {
  const issues: Issue[] = [];
  const check = (path: KeyPath, found: Problem | undefined) => issues.push(...issueAt(path, found));
  check(["kubernetesVersion"], kubeadmVersionProblem(plan.kubernetesVersion));
  check(["kubernetesVersion"], cloudProviderVersionProblem(plan.kubernetesVersion));

  const cp = plan.controlPlane;
  // An unknown size is vmSizeProblem's (fieldIssues); only a known one can lack CPUs or memory.
  if (vmSizeProblem(cp.vmSize) === undefined) check(["controlPlane", "vmSize"], controlPlaneVmSizeProblem(cp.vmSize));
  check(["controlPlane", "osDisk", "type"], diskTypeForSizeProblem(cp.vmSize, cp.osDisk.type));
  check(["controlPlane", "vmSize"], architectureProblem(plan.image, cp.vmSize));
  if (plan.image.trustedLaunch === true) check(["controlPlane", "vmSize"], trustedLaunchSizeProblem(cp.vmSize));
  plan.workerPools.forEach((pool, i) => {
    check(["workerPools", i, "osDisk", "type"], diskTypeForSizeProblem(pool.vmSize, pool.osDisk.type));
    check(["workerPools", i, "vmSize"], architectureProblem(plan.image, pool.vmSize));
    if (plan.image.trustedLaunch === true) check(["workerPools", i, "vmSize"], trustedLaunchSizeProblem(pool.vmSize));
    const outside = (pool.zones ?? []).filter((z) => !plan.zones.includes(z));
    if (outside.length > 0)
      check(
        ["workerPools", i, "zones"],
        problem(
          "pool-zone-outside-cluster",
          `zone ${outside.join(", ")} is not one of the cluster's zones (${plan.zones.join(", ")})`,
        ),
      );
  });
  if (plan.workerPools.length === 0 && !cp.allowWorkloads) {
    check(
      ["workerPools"],
      problem(
        "worker-pools-none",
        "no worker pool: pods would have nowhere to run; add a pool or set controlPlane.allowWorkloads: true",
      ),
    );
  }

  if (subnets.controlPlaneCidr !== undefined) {
    // The internal API load balancer's address takes one more from the control-plane subnet.
    check(
      ["controlPlane", "count"],
      subnetCapacityProblem(
        subnets.controlPlaneCidr,
        cp.count + 1,
        `${cp.count} control-plane node(s) and the internal API address`,
      ),
    );
    const cpCidr = parseCidr(subnets.controlPlaneCidr);
    if (cpCidr && plan.apiServer.internalAddress !== undefined)
      check(["apiServer", "internalAddress"], subnetAddressProblem(cpCidr, plan.apiServer.internalAddress));
  } else if (plan.apiServer.internalAddress === undefined) {
    check(
      ["apiServer", "internalAddress"],
      problem(
        "internal-address-required",
        "the control-plane subnet's CIDR is a Terraform reference: give the internal API " +
          "address, an address of that subnet",
      ),
    );
  }
  const workers = plan.workerPools.reduce((n, p) => n + p.count, 0);
  if (subnets.workerCidr !== undefined)
    check(["workerPools"], subnetCapacityProblem(subnets.workerCidr, workers, `${workers} worker node(s)`));
  if (subnets.loadBalancerEgressIps !== undefined)
    check(["workerPools"], workerEgressCapacityProblem(workers, subnets.loadBalancerEgressIps));

  const pods = parseCidr(plan.clusterNetwork.podCidr);
  const services = parseCidr(plan.clusterNetwork.serviceCidr);
  if (pods && services && cidrsOverlap(pods, services))
    check(
      ["clusterNetwork", "serviceCidr"],
      problem(
        "service-cidr-overlaps-pods",
        `${plan.clusterNetwork.serviceCidr} overlaps the pod CIDR ${plan.clusterNetwork.podCidr}`,
      ),
    );
  const ranges = [
    ...namedRanges(subnets.vnetAddressSpace, () => "the VNet's address space"),
    ...(subnets.namedRanges ?? []),
  ];
  issues.push(...under(["clusterNetwork"], podServiceRangeIssues(plan.clusterNetwork, ranges)));
  return issues;
}

const DNS_DOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function dnsDomainProblem(domain: string): Problem | undefined {
  return DNS_DOMAIN.test(domain)
    ? undefined
    : problem("dns-domain-syntax", `${JSON.stringify(domain)} is not a lowercase DNS domain such as cluster.local`);
}

/** DNS label of a public IP: the endpoint becomes `<label>.<location>.cloudapp.azure.com`. */
function dnsLabelProblem(label: string): Problem | undefined {
  return /^[a-z][a-z0-9-]{1,61}[a-z0-9]$/.test(label)
    ? undefined
    : problem(
        "dns-label-syntax",
        `${JSON.stringify(label)}: 3-63 lowercase letters, digits and hyphens, starting with a letter`,
      );
}

/** A size whose CPU the image was not built for fails at boot; the default image follows the size. */
function architectureProblem(image: ImagePlan, vmSize: string): Problem | undefined {
  const size = parseVmSize(vmSize);
  if (!size || (!image.marketplace && !image.vhdUri)) return undefined;
  const imageArch = image.architecture ?? "x64";
  if (size.architecture === imageArch) return undefined;
  return problem(
    "image-architecture",
    `${vmSize} is an ${size.architecture} size but the image is ${imageArch}; set ` +
      `image.architecture if the image is ${size.architecture}, or pick a size of the ` +
      `image's architecture`,
  );
}
