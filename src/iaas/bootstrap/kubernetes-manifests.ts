/**
 * Small builders for the Kubernetes objects the bootstrap applies (add-ons), and the one way they
 * become a file: YAML documents separated by `---`. Pure: no cdktf here.
 */
import { stringify } from "yaml";

export type Manifest = Record<string, unknown>;

/** Multi-document YAML, as `kubectl apply -f` reads it. */
export function renderManifests(objects: readonly Manifest[]): string {
  return objects.map((o) => stringify(o, { lineWidth: 0 })).join("---\n");
}

export const KUBE_SYSTEM = "kube-system";
export const RBAC = "rbac.authorization.k8s.io";

export function serviceAccount(name: string): Manifest {
  return { apiVersion: "v1", kind: "ServiceAccount", metadata: { name, namespace: KUBE_SYSTEM } };
}

export interface PolicyRule {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
  readonly resourceNames?: readonly string[];
}

/** A ClusterRole and its binding to one kube-system service account, both named `name`. */
export function clusterRoleFor(name: string, account: string, rules: readonly PolicyRule[]): Manifest[] {
  return [
    { apiVersion: `${RBAC}/v1`, kind: "ClusterRole", metadata: { name }, rules },
    {
      apiVersion: `${RBAC}/v1`,
      kind: "ClusterRoleBinding",
      metadata: { name },
      roleRef: { apiGroup: RBAC, kind: "ClusterRole", name },
      subjects: serviceAccounts([account]),
    },
  ];
}

/** A kube-system Role and its binding to kube-system service accounts. */
export function roleFor(name: string, accounts: readonly string[], rules: readonly PolicyRule[]): Manifest[] {
  return [
    { apiVersion: `${RBAC}/v1`, kind: "Role", metadata: { name, namespace: KUBE_SYSTEM }, rules },
    roleBinding(name, name, accounts),
  ];
}

/** Binds kube-system service accounts to an existing Role (e.g. `extension-apiserver-authentication-reader`). */
export function roleBinding(name: string, role: string, accounts: readonly string[]): Manifest {
  return {
    apiVersion: `${RBAC}/v1`,
    kind: "RoleBinding",
    metadata: { name, namespace: KUBE_SYSTEM },
    roleRef: { apiGroup: RBAC, kind: "Role", name: role },
    subjects: serviceAccounts(accounts),
  };
}

/** Binding subjects: kube-system service accounts. */
function serviceAccounts(accounts: readonly string[]): Manifest[] {
  return accounts.map((account) => ({ kind: "ServiceAccount", name: account, namespace: KUBE_SYSTEM }));
}

/** A kube-system DaemonSet whose pods carry `labels` and run `spec`. */
export function daemonSet(name: string, labels: Record<string, string>, spec: Manifest): Manifest {
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name, namespace: KUBE_SYSTEM, labels },
    spec: {
      selector: { matchLabels: labels },
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1 } },
      template: { metadata: { labels }, spec },
    },
  };
}

/** Only the control-plane nodes (kubeadm labels them), whatever their taints. */
export const ON_CONTROL_PLANE = {
  nodeSelector: { "kubernetes.io/os": "linux", "node-role.kubernetes.io/control-plane": "" },
  tolerations: [{ operator: "Exists" }],
};

/** The node's environment variable NODE_NAME (Downward API). */
export const NODE_NAME_ENV = { name: "NODE_NAME", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } };

/** A host file mounted read-only at the same path. */
export function hostFile(name: string, path: string): { volume: Manifest; mount: Manifest } {
  return {
    volume: { name, hostPath: { path, type: "File" } },
    mount: { name, mountPath: path, readOnly: true },
  };
}
