/**
 * The Azure Disk CSI driver (disk.csi.azure.com) as the first control-plane node applies it: the
 * controller (create, attach, resize managed disks: it calls Azure as the cluster's managed
 * identity, so it runs on the control-plane nodes, which alone carry that identity) and the node
 * plugin on every node (format and mount an attached disk), and the storage classes.
 *
 * The default class `managed-csi` is StandardSSD_LRS with WaitForFirstConsumer: the disk is created
 * in the zone of the node the scheduler picked for the pod, so a claim binds in whichever zone
 * the workers are, and StandardSSD attaches to every VM size (Premium needs an `s` size, ZRS disks are
 * not offered in every region). A zonal disk keeps its pod in that zone; `managed-csi-zrs` is for
 * volumes that must follow their pod to another zone. No snapshot support: its CRDs and controller
 * are not installed. Images pinned in src/azure/iaas-addon-versions.ts. Pure: no cdktf here.
 */
import { AZURE_DISK_CSI } from "../../azure/iaas-addon-versions";
import { CLUSTER_OWNER_TAG } from "../../azure/tags";
import { AZURE_JSON_MOUNT, HOST_CA_CERTIFICATES, proxyEnvFrom } from "./cloud-provider-manifests";
import {
  clusterRoleFor,
  daemonSet,
  Manifest,
  NODE_NAME_ENV,
  ON_CONTROL_PLANE,
  roleFor,
  serviceAccount,
} from "./kubernetes-manifests";

export const DISK_CSI_DRIVER = "disk.csi.azure.com";
export const DEFAULT_STORAGE_CLASS = "managed-csi";

export interface AzureDiskCsiManifestInput {
  /** kubeadm's cluster name, `<cluster>-<env>`: the disks' owner tag, by which force-delete finds them. */
  readonly clusterName: string;
  /** The controller reaches Azure through a proxy (the add-on proxy Secret exists). @default false */
  readonly proxied?: boolean;
}

const CONTROLLER = "csi-azuredisk-controller";
const NODE = "csi-azuredisk-node";
const SOCKET = "/csi/csi.sock";
const SOCKET_DIR = { name: "socket-dir", mountPath: "/csi" };
/** Sidecars and the driver drop every capability; only the node plugin, which mounts, is privileged. */
const UNPRIVILEGED = { capabilities: { drop: ["ALL"] } };

export function azureDiskCsiManifests(input: AzureDiskCsiManifestInput): Manifest[] {
  return [
    {
      apiVersion: "storage.k8s.io/v1",
      kind: "CSIDriver",
      metadata: { name: DISK_CSI_DRIVER },
      spec: { attachRequired: true, podInfoOnMount: false, fsGroupPolicy: "File" },
    },
    ...controllerRbac(),
    ...nodeRbac(),
    // The driver looks for its configuration in this Secret before azure.json: may read that one only.
    ...roleFor(
      "csi-azuredisk-cloud-config-reader",
      [CONTROLLER, NODE],
      [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["azure-cloud-provider"], verbs: ["get"] }],
    ),
    controller(input),
    node(),
    ...storageClasses(input.clusterName),
  ];
}

function controllerRbac(): Manifest[] {
  const leases = { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: LEASE_VERBS };
  return [
    serviceAccount(CONTROLLER),
    ...clusterRoleFor("azuredisk-external-provisioner", CONTROLLER, [
      {
        apiGroups: [""],
        resources: ["persistentvolumes"],
        verbs: ["get", "list", "watch", "create", "patch", "delete"],
      },
      { apiGroups: [""], resources: ["persistentvolumeclaims"], verbs: ["get", "list", "watch", "update"] },
      { apiGroups: ["storage.k8s.io"], resources: ["storageclasses"], verbs: ["get", "list", "watch"] },
      { apiGroups: [""], resources: ["events"], verbs: ["get", "list", "watch", "create", "update", "patch"] },
      { apiGroups: ["storage.k8s.io"], resources: ["csinodes"], verbs: ["get", "list", "watch"] },
      { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "watch"] },
      {
        apiGroups: ["snapshot.storage.k8s.io"],
        resources: ["volumesnapshots", "volumesnapshotcontents"],
        verbs: ["get", "list"],
      },
      { apiGroups: ["storage.k8s.io"], resources: ["volumeattributesclasses"], verbs: ["get"] },
      leases,
    ]),
    ...clusterRoleFor("azuredisk-external-attacher", CONTROLLER, [
      { apiGroups: [""], resources: ["persistentvolumes"], verbs: ["get", "list", "watch", "update"] },
      { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "watch"] },
      {
        apiGroups: ["storage.k8s.io"],
        resources: ["volumeattachments", "volumeattachments/status"],
        verbs: ["get", "list", "watch", "update", "patch"],
      },
      leases,
    ]),
    ...clusterRoleFor("azuredisk-external-resizer", CONTROLLER, [
      { apiGroups: [""], resources: ["persistentvolumes"], verbs: ["get", "list", "watch", "update", "patch"] },
      { apiGroups: [""], resources: ["persistentvolumeclaims"], verbs: ["get", "list", "watch"] },
      { apiGroups: [""], resources: ["persistentvolumeclaims/status"], verbs: ["update", "patch"] },
      { apiGroups: [""], resources: ["events"], verbs: ["list", "watch", "create", "update", "patch"] },
      { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] },
      { apiGroups: ["storage.k8s.io"], resources: ["volumeattributesclasses"], verbs: ["get", "list", "watch"] },
      leases,
    ]),
  ];
}

const LEASE_VERBS = ["get", "watch", "list", "delete", "update", "create", "patch"];

function nodeRbac(): Manifest[] {
  return [
    serviceAccount(NODE),
    ...clusterRoleFor("csi-azuredisk-node", NODE, [
      { apiGroups: [""], resources: ["nodes"], verbs: ["get", "patch"] },
      { apiGroups: ["storage.k8s.io"], resources: ["csinodes"], verbs: ["get"] },
      { apiGroups: ["storage.k8s.io"], resources: ["volumeattachments"], verbs: ["get", "list", "watch"] },
    ]),
  ];
}

function sidecar(name: string, image: string, args: readonly string[]): Manifest {
  return {
    name,
    image,
    args: [...args],
    env: [{ name: "ADDRESS", value: SOCKET }],
    volumeMounts: [SOCKET_DIR],
    securityContext: UNPRIVILEGED,
    resources: { requests: { cpu: "10m", memory: "20Mi" }, limits: { memory: "500Mi" } },
  };
}

function livenessProbe(port: number, timeout: string): Manifest {
  return {
    name: "liveness-probe",
    image: AZURE_DISK_CSI.images.livenessProbe,
    args: [`--csi-address=${SOCKET}`, `--probe-timeout=${timeout}`, `--http-endpoint=localhost:${port}`, "--v=2"],
    volumeMounts: [SOCKET_DIR],
    securityContext: UNPRIVILEGED,
    resources: { requests: { cpu: "10m", memory: "20Mi" }, limits: { memory: "100Mi" } },
  };
}

function driverProbe(port: number): Manifest {
  return {
    httpGet: { host: "localhost", path: "/healthz", port },
    initialDelaySeconds: 30,
    timeoutSeconds: 10,
    periodSeconds: 30,
    failureThreshold: 5,
  };
}

/** One controller per control-plane node (the sidecars elect a leader): the identity is only there. */
function controller(input: AzureDiskCsiManifestInput): Manifest {
  const { images } = AZURE_DISK_CSI;
  const election = ["--leader-election", "--leader-election-namespace=kube-system"];
  return daemonSet(
    CONTROLLER,
    { app: CONTROLLER },
    {
      ...ON_CONTROL_PLANE,
      serviceAccountName: CONTROLLER,
      priorityClassName: "system-cluster-critical",
      hostNetwork: true,
      securityContext: { seccompProfile: { type: "RuntimeDefault" } },
      containers: [
        sidecar("csi-provisioner", images.provisioner, [
          "--feature-gates=Topology=true",
          "--csi-address=$(ADDRESS)",
          "--v=2",
          "--timeout=30s",
          ...election,
          "--extra-create-metadata=true",
          // The disk's zone is the node's: WaitForFirstConsumer then binds in the pod's zone.
          "--strict-topology=true",
          "--retry-interval-max=30m",
        ]),
        sidecar("csi-attacher", images.attacher, ["-v=2", "-csi-address=$(ADDRESS)", "-timeout=1200s", ...election]),
        sidecar("csi-resizer", images.resizer, [
          "-csi-address=$(ADDRESS)",
          "-v=2",
          ...election,
          "-handle-volume-inuse-error=false",
          "-timeout=240s",
        ]),
        livenessProbe(29602, "3s"),
        {
          name: "azuredisk",
          image: images.driver,
          args: [
            "--v=2",
            "--endpoint=$(CSI_ENDPOINT)",
            "--metrics-address=0.0.0.0:29604",
            "--disable-avset-nodes=false",
            "--allow-empty-cloud-config=false",
          ],
          env: [{ name: "CSI_ENDPOINT", value: `unix://${SOCKET}` }],
          ...proxyEnvFrom(input.proxied),
          livenessProbe: driverProbe(29602),
          volumeMounts: [SOCKET_DIR, AZURE_JSON_MOUNT.mount, HOST_CA_CERTIFICATES.mount],
          // azure.json is root's only (0600).
          securityContext: { runAsUser: 0, ...UNPRIVILEGED },
          resources: { requests: { cpu: "10m", memory: "20Mi" }, limits: { memory: "500Mi" } },
        },
      ],
      volumes: [{ name: "socket-dir", emptyDir: {} }, AZURE_JSON_MOUNT.volume, HOST_CA_CERTIFICATES.volume],
    },
  );
}

function node(): Manifest {
  const { images } = AZURE_DISK_CSI;
  const hostDir = (name: string, path: string, type = "Directory") => ({ name, hostPath: { path, type } });
  return daemonSet(
    NODE,
    { app: NODE },
    {
      serviceAccountName: NODE,
      priorityClassName: "system-node-critical",
      hostNetwork: true,
      dnsPolicy: "Default",
      nodeSelector: { "kubernetes.io/os": "linux" },
      tolerations: [{ operator: "Exists" }],
      securityContext: { seccompProfile: { type: "RuntimeDefault" } },
      containers: [
        livenessProbe(29603, "10s"),
        {
          name: "node-driver-registrar",
          image: images.nodeDriverRegistrar,
          args: [
            "--csi-address=$(ADDRESS)",
            "--kubelet-registration-path=$(DRIVER_REG_SOCK_PATH)",
            "--v=2",
            "--http-endpoint=localhost:29607",
          ],
          env: [
            { name: "ADDRESS", value: SOCKET },
            { name: "DRIVER_REG_SOCK_PATH", value: `/var/lib/kubelet/plugins/${DISK_CSI_DRIVER}/csi.sock` },
          ],
          livenessProbe: {
            httpGet: { host: "localhost", path: "/healthz", port: 29607 },
            initialDelaySeconds: 20,
            timeoutSeconds: 10,
            periodSeconds: 20,
            failureThreshold: 2,
          },
          volumeMounts: [SOCKET_DIR, { name: "registration-dir", mountPath: "/registration" }],
          securityContext: UNPRIVILEGED,
          resources: { requests: { cpu: "10m", memory: "20Mi" }, limits: { memory: "100Mi" } },
        },
        {
          name: "azuredisk",
          image: images.driver,
          args: [
            "--v=2",
            "--endpoint=$(CSI_ENDPOINT)",
            "--nodeid=$(NODE_NAME)",
            "--enable-perf-optimization=true",
            "--allow-empty-cloud-config=true",
            "--metrics-address=0.0.0.0:29605",
          ],
          env: [{ name: "CSI_ENDPOINT", value: `unix://${SOCKET}` }, NODE_NAME_ENV],
          livenessProbe: driverProbe(29603),
          lifecycle: { preStop: { exec: { command: ["/azurediskplugin", "--pre-stop-hook=true"] } } },
          // Formats and mounts block devices into kubelet's pod directories.
          securityContext: { privileged: true },
          volumeMounts: [
            SOCKET_DIR,
            { name: "mountpoint-dir", mountPath: "/var/lib/kubelet/", mountPropagation: "Bidirectional" },
            AZURE_JSON_MOUNT.mount,
            { name: "device-dir", mountPath: "/dev" },
            { name: "sys-devices-dir", mountPath: "/sys/bus/scsi/devices" },
            { name: "sys-class", mountPath: "/sys/class/" },
          ],
          resources: { requests: { cpu: "10m", memory: "20Mi" }, limits: { memory: "1000Mi" } },
        },
      ],
      volumes: [
        hostDir("socket-dir", `/var/lib/kubelet/plugins/${DISK_CSI_DRIVER}`, "DirectoryOrCreate"),
        hostDir("mountpoint-dir", "/var/lib/kubelet/", "DirectoryOrCreate"),
        hostDir("registration-dir", "/var/lib/kubelet/plugins_registry/", "DirectoryOrCreate"),
        AZURE_JSON_MOUNT.volume,
        hostDir("device-dir", "/dev"),
        hostDir("sys-devices-dir", "/sys/bus/scsi/devices"),
        hostDir("sys-class", "/sys/class/"),
      ],
    },
  );
}

/** Disks are tagged with their cluster: `npm run force-delete` finds what a destroy leaves behind by it. */
function storageClasses(clusterName: string): Manifest[] {
  const storageClass = (name: string, skuName: string, isDefault = false): Manifest => ({
    apiVersion: "storage.k8s.io/v1",
    kind: "StorageClass",
    metadata: {
      name,
      ...(isDefault ? { annotations: { "storageclass.kubernetes.io/is-default-class": "true" } } : {}),
    },
    provisioner: DISK_CSI_DRIVER,
    parameters: { skuName, tags: `${CLUSTER_OWNER_TAG}=${clusterName}` },
    reclaimPolicy: "Delete",
    volumeBindingMode: "WaitForFirstConsumer",
    allowVolumeExpansion: true,
  });
  return [
    storageClass(DEFAULT_STORAGE_CLASS, "StandardSSD_LRS", true),
    storageClass("managed-csi-premium", "Premium_LRS"),
    storageClass("managed-csi-zrs", "StandardSSD_ZRS"),
  ];
}
