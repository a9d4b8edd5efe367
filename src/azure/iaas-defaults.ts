/**
 * Defaults of an IaaS cluster, shared by the YAML schema and the IaasCluster construct so both
 * front doors build the same cluster from the same few keys. Pure: no cdktf here.
 */
import { DEFAULT_SERVICE_CIDR } from "./address-ranges";
import { DEFAULT_ADMIN_USERNAME } from "./admin-username";
import { OsDiskType } from "./vm-size";

export { DEFAULT_ADMIN_USERNAME };

export interface OsDiskDefaults {
  readonly sizeGb: number;
  readonly type: OsDiskType;
}

/** Three control-plane nodes, one per zone: etcd survives the loss of a zone. */
export const DEFAULT_CONTROL_PLANE_COUNT = 3;
/** 2 vCPU / 8 GiB, premium storage: kubeadm's minimum with room for etcd and the API server. */
export const DEFAULT_CONTROL_PLANE_VM_SIZE = "Standard_D2s_v5";
/** Premium SSD P10 (500 IOPS): etcd is sensitive to fsync latency. */
export const DEFAULT_CONTROL_PLANE_OS_DISK: OsDiskDefaults = { sizeGb: 128, type: "Premium_LRS" };

export const DEFAULT_WORKER_POOL_NAME = "workers";
export const DEFAULT_WORKER_COUNT = 3;
export const DEFAULT_WORKER_VM_SIZE = "Standard_D4s_v5";
export const DEFAULT_WORKER_OS_DISK: OsDiskDefaults = { sizeGb: 128, type: "Premium_LRS" };
/** Azure's limit for a scale set in one placement group (the default). */
export const MAX_WORKER_POOL_COUNT = 100;

/** Calico's default pool, as Cluster API on Azure uses it. */
export const DEFAULT_POD_CIDR = "192.168.0.0/16";
/** Not kubeadm's 10.96.0.0/12, which lies in the default VNet 10.0.0.0/8 (address-ranges.ts). */
export { DEFAULT_SERVICE_CIDR };
export const DEFAULT_DNS_DOMAIN = "cluster.local";
export const CNIS = ["calico", "none"] as const;
export type Cni = (typeof CNIS)[number];
export const DEFAULT_CNI: Cni = "calico";
/** Calico release whose VXLAN manifest the first control-plane node applies (Azure forwards neither BGP nor IP-in-IP). */
export const CALICO_VERSION = "v3.30.3";
/**
 * sha256 of manifests/calico-vxlan.yaml at that release, as raw.githubusercontent.com serves it (the
 * git blob at tag v3.30.3 of projectcalico/calico): the bootstrap refuses to apply anything else.
 */
export const CALICO_MANIFEST_SHA256 = "f2685c1a14fea83077ae7d2b7573b648c9ef8914479d91c7ba8aeea46f19db45";

export const HEALTH_PROBES = ["https", "tcp"] as const;
export type HealthProbe = (typeof HEALTH_PROBES)[number];
/** CAPZ's probe: HTTPS GET /readyz (answered anonymously by a kubeadm API server). */
export const DEFAULT_HEALTH_PROBE: HealthProbe = "https";
