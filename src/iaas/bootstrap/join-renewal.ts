/**
 * What lets nodes join long after the cluster was created, without a credential that never expires:
 * every control-plane node runs a service hourly that re-uploads the control-plane certificates
 * (kubeadm deletes them two hours after an upload) and extends both bootstrap tokens by two hours,
 * recreating them if they lapsed (the cluster was stopped). A token no control plane renews is gone
 * two hours later. The workers' token joins kubelets only: its group is bound to what `kubeadm join`
 * needs and not to the kubeadm-certs secret. Pure: no cdktf here.
 */
import { stringify } from "yaml";
import { BOOTSTRAP_DIR, BOOTSTRAP_TOKEN_TTL, CONTROL_PLANE_TOKEN_GROUP, WORKER_TOKEN_GROUP } from "./kubeadm-config";
import { SlotMarkers } from "./template-slots";

export const JOIN_RENEWAL_UNIT = "kubernetes-join-renewal";
export const JOIN_RENEWAL_SCRIPT_PATH = "/usr/local/sbin/kubernetes-join-renewal";
export const JOIN_SECRETS_PATH = `${BOOTSTRAP_DIR}/join.env`;
export const WORKER_JOIN_RBAC_PATH = `${BOOTSTRAP_DIR}/worker-join-rbac.yaml`;

export interface FileToWrite {
  readonly path: string;
  readonly content: string;
  readonly permissions: string;
}

/** The files of the renewal service, for control-plane nodes. */
export function joinRenewalFiles(markers: SlotMarkers): FileToWrite[] {
  return [
    {
      path: JOIN_SECRETS_PATH,
      content: [
        `CERTIFICATE_KEY='${markers.certificateKey}'`,
        `CONTROL_PLANE_TOKEN='${markers.controlPlaneToken}'`,
        `WORKER_TOKEN='${markers.workerToken}'`,
        "",
      ].join("\n"),
      permissions: "0600",
    },
    { path: WORKER_JOIN_RBAC_PATH, content: workerJoinRbac(), permissions: "0644" },
    { path: JOIN_RENEWAL_SCRIPT_PATH, content: renewalScript(), permissions: "0700" },
    {
      path: `/etc/systemd/system/${JOIN_RENEWAL_UNIT}.service`,
      content: [
        "[Unit]",
        "Description=Keep later node joins possible: control-plane certificates and bootstrap tokens",
        "ConditionPathExists=/etc/kubernetes/admin.conf",
        "",
        "[Service]",
        "Type=oneshot",
        `ExecStart=${JOIN_RENEWAL_SCRIPT_PATH}`,
        "",
      ].join("\n"),
      permissions: "0644",
    },
    {
      path: `/etc/systemd/system/${JOIN_RENEWAL_UNIT}.timer`,
      content: [
        "[Unit]",
        `Description=Hourly ${JOIN_RENEWAL_UNIT}`,
        "",
        "[Timer]",
        "OnBootSec=5min",
        "OnUnitActiveSec=1h",
        "",
        "[Install]",
        "WantedBy=timers.target",
        "",
      ].join("\n"),
      permissions: "0644",
    },
  ];
}

function renewalScript(): string {
  return `#!/bin/bash
# Re-uploads the control-plane certificates and extends the bootstrap tokens (${BOOTSTRAP_TOKEN_TTL} from now).
set -euo pipefail
export KUBECONFIG=/etc/kubernetes/admin.conf
. ${JOIN_SECRETS_PATH}

kubectl apply -f ${WORKER_JOIN_RBAC_PATH} >/dev/null
kubeadm init phase upload-certs --upload-certs --certificate-key "$CERTIFICATE_KEY" --kubeconfig "$KUBECONFIG" >/dev/null

EXPIRES="$(date -u -d '+${BOOTSTRAP_TOKEN_TTL.replace("h", " hours")}' +%Y-%m-%dT%H:%M:%SZ)"
renew() {
  local token="$1" group="$2" id="\${1%%.*}"
  if kubectl -n kube-system get secret "bootstrap-token-$id" >/dev/null 2>&1; then
    kubectl -n kube-system patch secret "bootstrap-token-$id" --type merge -p "{\\"stringData\\":{\\"expiration\\":\\"$EXPIRES\\"}}" >/dev/null
  else
    kubeadm token create "$token" --ttl ${BOOTSTRAP_TOKEN_TTL} --groups "$group" --usages signing,authentication --description "Renewed by ${JOIN_RENEWAL_UNIT}" >/dev/null
  fi
}
renew "$CONTROL_PLANE_TOKEN" ${CONTROL_PLANE_TOKEN_GROUP}
renew "$WORKER_TOKEN" ${WORKER_TOKEN_GROUP}
`;
}

/** kubeadm binds these roles to its own token group; the workers' group gets the same, minus kubeadm-certs. */
function workerJoinRbac(): string {
  const subjects = [{ kind: "Group", apiGroup: "rbac.authorization.k8s.io", name: WORKER_TOKEN_GROUP }];
  const binding = (
    kind: "RoleBinding" | "ClusterRoleBinding",
    name: string,
    roleKind: "Role" | "ClusterRole",
    role: string,
  ) => ({
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind,
    metadata: { name, ...(kind === "RoleBinding" ? { namespace: "kube-system" } : {}) },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: roleKind, name: role },
    subjects,
  });
  const documents = [
    binding("RoleBinding", "workers:kubeadm-config", "Role", "kubeadm:nodes-kubeadm-config"),
    binding("RoleBinding", "workers:kubelet-config", "Role", "kubeadm:kubelet-config"),
    binding("ClusterRoleBinding", "workers:get-nodes", "ClusterRole", "kubeadm:get-nodes"),
    binding("ClusterRoleBinding", "workers:kubelet-bootstrap", "ClusterRole", "system:node-bootstrapper"),
    binding(
      "ClusterRoleBinding",
      "workers:node-autoapprove-bootstrap",
      "ClusterRole",
      "system:certificates.k8s.io:certificatesigningrequests:nodeclient",
    ),
  ];
  return documents.map((d) => stringify(d, { lineWidth: 0 })).join("---\n");
}
