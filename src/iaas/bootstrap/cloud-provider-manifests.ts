/**
 * cloud-provider-azure, out of tree, as the first control-plane node applies it:
 * cloud-controller-manager on every control-plane node (leader-elected: one acts) runs the service
 * controller (LoadBalancer services get an Azure load balancer and public IP) and node lifecycle;
 * cloud-node-manager on every node initializes it (provider ID, addresses, zone and instance-type
 * labels, from the Instance Metadata Service) and lifts the `uninitialized` taint kubelet sets with
 * `--cloud-provider=external`. Images pinned per Kubernetes minor (src/azure/iaas-addon-versions.ts).
 * Pure: no cdktf here.
 */
import { cloudProviderAzureImages } from "../../azure/iaas-addon-versions";
import { AZURE_JSON_PATH } from "./azure-json";
import {
  clusterRoleFor,
  daemonSet,
  hostFile,
  KUBE_SYSTEM,
  Manifest,
  NODE_NAME_ENV,
  ON_CONTROL_PLANE,
  roleBinding,
  serviceAccount,
} from "./kubernetes-manifests";

/** A kube-system Secret with HTTP(S)_PROXY and NO_PROXY, for the add-ons that call Azure's APIs. */
export const ADDON_PROXY_SECRET = "azure-api-proxy";
/** cloud-controller-manager's secure port (health checks). */
const CCM_PORT = 10268;

export interface CloudProviderManifestInput {
  /** `1.33` or `1.33.5`: picks the release of the same minor. */
  readonly kubernetesVersion: string;
  /** kubeadm's cluster name: tags and names what the cloud provider creates. */
  readonly clusterName: string;
  /** The add-ons reach Azure through a proxy (the ADDON_PROXY_SECRET Secret exists). @default false */
  readonly proxied?: boolean;
}

/** The host's trust store (Ubuntu's, plus a proxy's CA cloud-init added), for clients of Azure's APIs. */
export const HOST_CA_CERTIFICATES = {
  volume: { name: "ca-certificates", hostPath: { path: "/etc/ssl/certs", type: "Directory" } },
  mount: { name: "ca-certificates", mountPath: "/etc/ssl/certs", readOnly: true },
};

/** Only azure.json, not all of /etc/kubernetes (a control-plane node keeps admin.conf and the CA key there). */
export const AZURE_JSON_MOUNT = hostFile("azure-json", AZURE_JSON_PATH);

export function proxyEnvFrom(proxied: boolean | undefined): Manifest {
  return proxied ? { envFrom: [{ secretRef: { name: ADDON_PROXY_SECRET } }] } : {};
}

export function cloudProviderManifests(input: CloudProviderManifestInput): Manifest[] {
  const images = cloudProviderAzureImages(input.kubernetesVersion);
  return [...controllerManager(input, images.controllerManager), ...nodeManager(images.nodeManager)];
}

function controllerManager(input: CloudProviderManifestInput, image: string): Manifest[] {
  const name = "cloud-controller-manager";
  const labels = { component: name };
  return [
    serviceAccount(name),
    ...clusterRoleFor("system:cloud-controller-manager", name, [
      { apiGroups: [""], resources: ["events"], verbs: ["create", "patch", "update"] },
      { apiGroups: [""], resources: ["nodes"], verbs: ["*"] },
      { apiGroups: [""], resources: ["nodes/status"], verbs: ["patch"] },
      { apiGroups: [""], resources: ["services"], verbs: ["get", "list", "patch", "update", "watch"] },
      { apiGroups: [""], resources: ["services/status"], verbs: ["list", "patch", "update", "watch"] },
      { apiGroups: [""], resources: ["persistentvolumes"], verbs: ["get", "list", "update", "watch"] },
      { apiGroups: [""], resources: ["endpoints"], verbs: ["get", "list", "watch"] },
      { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "list", "watch"] },
      { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["get", "create", "update"] },
    ]),
    // Its secure port authenticates health checks the way the API server's clients are.
    roleBinding(`${name}:extension-apiserver-authentication-reader`, "extension-apiserver-authentication-reader", [
      name,
    ]),
    daemonSet(name, labels, {
      ...ON_CONTROL_PLANE,
      serviceAccountName: name,
      priorityClassName: "system-node-critical",
      // Runs before the CNI: it must not wait for pod networking.
      hostNetwork: true,
      containers: [
        {
          name,
          image,
          command: ["cloud-controller-manager"],
          args: [
            "--cloud-provider=azure",
            `--cloud-config=${AZURE_JSON_PATH}`,
            `--cluster-name=${input.clusterName}`,
            // cloud-node-manager initializes nodes.
            "--controllers=*,-cloud-node",
            // Calico (VXLAN) routes pods: no Azure routes, no node CIDRs from the cloud provider.
            "--configure-cloud-routes=false",
            "--allocate-node-cidrs=false",
            "--leader-elect=true",
            `--secure-port=${CCM_PORT}`,
            "--bind-address=127.0.0.1",
            "--v=2",
          ],
          ...proxyEnvFrom(input.proxied),
          // azure.json is root's only (0600).
          securityContext: { runAsUser: 0, allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
          resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "2Gi" } },
          livenessProbe: {
            httpGet: { host: "127.0.0.1", path: "/healthz", port: CCM_PORT, scheme: "HTTPS" },
            initialDelaySeconds: 20,
            periodSeconds: 10,
            timeoutSeconds: 5,
          },
          volumeMounts: [AZURE_JSON_MOUNT.mount, HOST_CA_CERTIFICATES.mount],
        },
      ],
      volumes: [AZURE_JSON_MOUNT.volume, HOST_CA_CERTIFICATES.volume],
    }),
  ];
}

function nodeManager(image: string): Manifest[] {
  const name = "cloud-node-manager";
  const labels = { "k8s-app": name };
  return [
    serviceAccount(name),
    ...clusterRoleFor(name, name, [
      { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "watch", "update", "patch"] },
      { apiGroups: [""], resources: ["nodes/status"], verbs: ["patch"] },
    ]),
    daemonSet(name, labels, {
      serviceAccountName: name,
      priorityClassName: "system-node-critical",
      // The node's own name and the Instance Metadata Service; it must run on uninitialized, not-ready nodes.
      hostNetwork: true,
      nodeSelector: { "kubernetes.io/os": "linux" },
      tolerations: [{ operator: "Exists" }],
      containers: [
        {
          name,
          image,
          command: ["cloud-node-manager"],
          // IMDS only: no Azure credential, no azure.json.
          args: ["--node-name=$(NODE_NAME)", "--use-instance-metadata=true", "--wait-routes=false", "--v=2"],
          env: [NODE_NAME_ENV],
          securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
          resources: { requests: { cpu: "50m", memory: "50Mi" }, limits: { memory: "512Mi" } },
        },
      ],
    }),
  ];
}

/** The proxy the add-ons that call Azure's APIs use; in a Secret because proxy URLs may carry credentials. */
export function addonProxySecret(proxy: {
  readonly httpProxy?: string;
  readonly httpsProxy?: string;
  readonly noProxy: readonly string[];
}): Manifest {
  const vars: [string, string | undefined][] = [
    ["HTTP_PROXY", proxy.httpProxy],
    ["HTTPS_PROXY", proxy.httpsProxy],
    ["NO_PROXY", proxy.noProxy.join(",")],
  ];
  const stringData = Object.fromEntries(
    vars.flatMap(([k, v]) => (v === undefined ? [] : [[k, v] as const, [k.toLowerCase(), v] as const])),
  );
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: ADDON_PROXY_SECRET, namespace: KUBE_SYSTEM },
    type: "Opaque",
    stringData,
  };
}
