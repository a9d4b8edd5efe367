/**
 * Rules of an IaaS cluster that look across its fields (and at its network), run by the spec
 * loader on every `type: iaas` cluster and by the IaasCluster construct on its props, so a YAML
 * user and a TypeScript caller get the same message. Paths are relative to the cluster.
 * Pure: no cdktf here.
 */
import { NamedRange, namedRanges, podServiceRangeProblems } from "../../azure/address-ranges";
import { cidrProblem, cidrsOverlap, parseCidr, subnetAddressProblem, subnetCapacityProblem } from "../../azure/cidr";
import { under } from "../../azure/rule-issue";
import { controlPlaneCountProblem } from "../../azure/control-plane";
import { Cni, HealthProbe } from "../../azure/iaas-defaults";
import { kubeadmVersionProblem } from "../../azure/kubeadm-version";
import { workerEgressCapacityProblem } from "../../azure/outbound-ports";
import { NetworkPlan } from "../../azure/network-plan";
import { duplicateTaintProblem, nodeLabelProblem, Taint, taintProblem } from "../../azure/node-labels";
import { adminUsernameProblem } from "../../azure/admin-username";
import { sshPublicKeyProblem } from "../../azure/ssh-public-key";
import { DEFAULT_MARKETPLACE_IMAGES, HyperVGeneration, MarketplaceImage, vhdUriProblem } from "../../azure/vm-image";
import {
  controlPlaneVmSizeProblem,
  CpuArchitecture,
  diskTypeForSizeProblem,
  OsDiskType,
  osDiskSizeProblem,
  parseVmSize,
  trustedLaunchSizeProblem,
  vmSizeProblem,
} from "../../azure/vm-size";
import { SpecIssue, SpecPath } from "../errors";
import { EnvironmentBody } from "../schema/environment";

export type Zone = "1" | "2" | "3";

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
  readonly marketplace?: MarketplaceImage;
  readonly vhdUri?: string;
  readonly hyperVGeneration?: HyperVGeneration;
  readonly architecture?: CpuArchitecture;
  readonly trustedLaunch?: boolean;
}

/** An IaaS cluster with every default applied: what the schema yields and the construct resolves its props to. */
export interface IaasPlan {
  readonly kubernetesVersion: string;
  readonly zones: readonly Zone[];
  readonly sshPublicKey: string;
  readonly adminUsername: string;
  readonly controlPlane: {
    readonly count: number;
    readonly vmSize: string;
    readonly osDisk: OsDiskPlan;
    readonly allowWorkloads: boolean;
  };
  readonly workerPools: readonly WorkerPoolPlan[];
  readonly image: ImagePlan;
  readonly apiServer: {
    readonly dnsLabel?: string;
    readonly internalAddress?: string;
    readonly healthProbe: HealthProbe;
  };
  readonly clusterNetwork: {
    readonly podCidr: string;
    readonly serviceCidr: string;
    readonly dnsDomain: string;
    readonly cni: Cni;
  };
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
 * The rules the YAML schema checks field by field. Constructs run them too; the loader does not
 * need to (the schema already did, with a position for each).
 */
export function iaasFieldIssues(plan: IaasPlan): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const check = (path: SpecPath, message: string | undefined) => {
    if (message) issues.push({ path, message });
  };
  check(["sshPublicKey"], sshPublicKeyProblem(plan.sshPublicKey));
  check(["adminUsername"], adminUsernameProblem(plan.adminUsername));
  check(["controlPlane", "count"], controlPlaneCountProblem(plan.controlPlane.count));
  check(["controlPlane", "vmSize"], vmSizeProblem(plan.controlPlane.vmSize));
  check(["controlPlane", "osDisk", "sizeGb"], osDiskSizeProblem(plan.controlPlane.osDisk.sizeGb));
  if (plan.zones.length === 0) check(["zones"], "at least one zone");
  plan.workerPools.forEach((pool, i) => {
    check(
      ["workerPools", i, "name"],
      /^[a-z][a-z0-9]{0,11}$/.test(pool.name)
        ? undefined
        : `${JSON.stringify(pool.name)}: 1-12 lowercase letters and digits, starting with a letter`,
    );
    if (plan.workerPools.findIndex((p) => p.name === pool.name) < i)
      check(["workerPools", i, "name"], `${JSON.stringify(pool.name)} is already the name of another pool`);
    check(
      ["workerPools", i, "count"],
      Number.isInteger(pool.count) && pool.count >= 0 && pool.count <= 100 ? undefined : "a whole number from 0 to 100",
    );
    check(["workerPools", i, "vmSize"], vmSizeProblem(pool.vmSize));
    check(["workerPools", i, "osDisk", "sizeGb"], osDiskSizeProblem(pool.osDisk.sizeGb));
    for (const [key, value] of Object.entries(pool.labels))
      check(["workerPools", i, "labels", key], nodeLabelProblem(key, value));
    pool.taints.forEach((taint, t) => check(["workerPools", i, "taints", t], taintProblem(taint)));
    check(["workerPools", i, "taints"], duplicateTaintProblem(pool.taints));
  });
  if (plan.image.vhdUri !== undefined) check(["image", "vhdUri"], vhdUriProblem(plan.image.vhdUri));
  if (plan.image.vhdUri !== undefined && plan.image.marketplace)
    check(["image"], "set marketplace or vhdUri, not both");
  if (plan.image.vhdUri !== undefined && plan.image.trustedLaunch)
    check(
      ["image", "trustedLaunch"],
      "a managed image made from a VHD cannot boot with Trusted Launch; set trustedLaunch: false",
    );
  check(["clusterNetwork", "podCidr"], cidrProblem(plan.clusterNetwork.podCidr));
  check(["clusterNetwork", "serviceCidr"], cidrProblem(plan.clusterNetwork.serviceCidr));
  return issues;
}

/** The rules that need several fields, or the network the cluster lands in. */
export function iaasCrossFieldIssues(plan: IaasPlan, subnets: IaasSubnets): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const check = (path: SpecPath, message: string | undefined) => {
    if (message) issues.push({ path, message });
  };
  check(["kubernetesVersion"], kubeadmVersionProblem(plan.kubernetesVersion));

  const cp = plan.controlPlane;
  check(["controlPlane", "vmSize"], controlPlaneVmSizeProblem(cp.vmSize));
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
        `zone ${outside.join(", ")} is not one of the cluster's zones (${plan.zones.join(", ")})`,
      );
  });
  if (plan.workerPools.length === 0 && !cp.allowWorkloads) {
    check(
      ["workerPools"],
      "no worker pool: pods would have nowhere to run; add a pool or set controlPlane.allowWorkloads: true",
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
      "the control-plane subnet's CIDR is a Terraform reference: give the internal API address, an address of that subnet",
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
      `${plan.clusterNetwork.serviceCidr} overlaps the pod CIDR ${plan.clusterNetwork.podCidr}`,
    );
  const ranges = [
    ...namedRanges(subnets.vnetAddressSpace, () => "the VNet's address space"),
    ...(subnets.namedRanges ?? []),
  ];
  issues.push(...under(["clusterNetwork"], podServiceRangeProblems(plan.clusterNetwork, ranges)));
  return issues;
}

/** A size whose CPU the image was not built for fails at boot; the default image follows the size. */
function architectureProblem(image: ImagePlan, vmSize: string): string | undefined {
  const size = parseVmSize(vmSize);
  if (!size || (!image.marketplace && !image.vhdUri)) return undefined;
  const imageArch = image.architecture ?? "x64";
  if (size.architecture === imageArch) return undefined;
  return `${vmSize} is an ${size.architecture} size but the image is ${imageArch}; set image.architecture if the image is ${size.architecture}, or pick a size of the image's architecture`;
}

/** The subnets of a cluster spec's network plan (defaults already applied by the network schema). */
export function specSubnets(network: NetworkPlan): IaasSubnets {
  return {
    controlPlaneCidr: network.controlPlaneSubnet?.cidr,
    workerCidr: network.workerSubnet.cidr,
    vnetAddressSpace: network.vnet.addressSpace,
    loadBalancerEgressIps: network.loadBalancer?.publicIpCount,
  };
}

/** Environment rule: every IaaS cluster's cross-field rules, located under `clusters[i]`. */
export function iaasClusterRules(env: EnvironmentBody): SpecIssue[] {
  return env.clusters.flatMap((cluster, i) => {
    if (cluster.type !== "iaas") return [];
    const network = {
      ...specSubnets(cluster.network),
      namedRanges: namedRanges(cluster.proxy?.noProxy ?? [], (n) => `proxy.noProxy[${n}]`),
    };
    return iaasCrossFieldIssues(cluster, network).map((issue) => ({ ...issue, path: ["clusters", i, ...issue.path] }));
  });
}
