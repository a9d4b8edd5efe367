/**
 * The script cloud-init runs once on every node: containerd and kubeadm/kubelet/kubectl of the
 * requested version from pkgs.k8s.io, then `kubeadm init` (first control-plane node) or
 * `kubeadm join` with retries. It never echoes its commands (`set -x` would print the token).
 * Pure: no cdktf here.
 */
import { CALICO_MANIFEST_SHA256, CALICO_VERSION, Cni } from "../../azure/iaas-defaults";
import { parseKubernetesVersion } from "../../azure/kubeadm-version";
import { API_SERVER_PORT } from "../../azure/nsg-rules";
import { ADDONS_SCRIPT_PATH } from "./addons";
import { JOIN_RENEWAL_UNIT } from "./join-renewal";
import { BOOTSTRAP_DIR, InternalApiEndpoint, NodeRole, RUNTIME_PLACEHOLDERS } from "./kubeadm-config";
import { SHELL_RETRY } from "./shell-functions";

export const BOOTSTRAP_SCRIPT_PATH = "/usr/local/sbin/kubernetes-bootstrap";
export const KUBEADM_CONFIG_PATH = `${BOOTSTRAP_DIR}/kubeadm.yaml`;
/** The first control-plane node's fallback: a control-plane join, for when the cluster already exists. */
export const KUBEADM_REJOIN_CONFIG_PATH = `${BOOTSTRAP_DIR}/kubeadm-rejoin.yaml`;
export const PROXY_ENV_PATH = `${BOOTSTRAP_DIR}/proxy.env`;
/** What makes the bootstrap this node's: its role, version, cluster and labels (renderNodeSettings). */
export const NODE_SETTINGS_PATH = `${BOOTSTRAP_DIR}/node.env`;
/** The cluster CA kept for `kubeadm init` retries (init node) or to pin discovery (joining nodes). */
export const CA_CERT_PATH = `${BOOTSTRAP_DIR}/pki/ca.crt`;
export const CA_KEY_PATH = `${BOOTSTRAP_DIR}/pki/ca.key`;

export function calicoManifestUrl(version: string = CALICO_VERSION): string {
  return `https://raw.githubusercontent.com/projectcalico/calico/${version}/manifests/calico-vxlan.yaml`;
}

export interface BootstrapScriptInput {
  readonly role: NodeRole;
  readonly clusterName: string;
  readonly kubernetesVersion: string;
  readonly endpoint: InternalApiEndpoint;
  /** Azure region, for the topology labels. */
  readonly location: string;
  /** `key=value` labels of the node besides the topology ones. */
  readonly nodeLabels?: Readonly<Record<string, string>>;
  /** Init node only. @default "calico" */
  readonly cni?: Cni;
}

const ROLE_TEXT: Record<NodeRole, string> = {
  init: "its first control-plane node (kubeadm init)",
  "control-plane": "a further control-plane node (kubeadm join --control-plane)",
  worker: "a worker node (kubeadm join)",
};

/** Single-quoted for bash; the inputs were validated, this only guards the syntax. */
function sq(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * What makes one node's bootstrap its own (its role, version, cluster, labels): the settings file the
 * script reads, so the script itself is the same on every node of every cluster.
 */
export function renderNodeSettings(input: BootstrapScriptInput): string {
  const version = parseKubernetesVersion(input.kubernetesVersion);
  if (!version) throw new Error(`not a Kubernetes version: ${input.kubernetesVersion}`);
  const labels = Object.entries(input.nodeLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
  const calico = input.role === "init" && (input.cni ?? "calico") === "calico";
  return `# This VM is ${ROLE_TEXT[input.role]} of Kubernetes cluster ${input.clusterName}.
ROLE=${sq(input.role)}
KUBERNETES_MINOR=${sq(version.minor)}
KUBERNETES_PATCH=${sq(version.patch ?? "")}
LOCATION=${sq(input.location)}
NODE_LABELS=${sq(labels)}
CNI_MANIFEST=${sq(calico ? calicoManifestUrl() : "")}
CNI_SHA256=${sq(calico ? CALICO_MANIFEST_SHA256 : "")}
API_NAME=${sq(input.endpoint.name)}
API_ADDRESS=${sq(input.endpoint.address)}
`;
}

/** The script: the same text on every node; what differs is in NODE_SETTINGS_PATH (renderNodeSettings). */
export function renderBootstrapScript(): string {
  return `#!/bin/bash
# Makes this VM a node of the Kubernetes cluster that ${NODE_SETTINGS_PATH} names (its role, version, labels).
# Written by cloud-init from the cluster's Terraform stack; its output is in /var/log/cloud-init-output.log.
set -euo pipefail

. ${sq(NODE_SETTINGS_PATH)}
CONFIG=${sq(KUBEADM_CONFIG_PATH)}

log() { echo "kubernetes-bootstrap: $*"; }
# Ubuntu's unattended-upgrades holds the dpkg lock for a while after first boot.
apt_get() { apt-get -o DPkg::Lock::Timeout=900 -y -q "$@"; }
${SHELL_RETRY}

# Nodes reach the API server by a name only /etc/hosts knows: the internal load balancer, or, on a
# control-plane node serving the API itself, this node (Azure's internal load balancer never sends
# a backend's own flow back to it).
point_api_name_at() {
  { grep -vF " $API_NAME" /etc/hosts || true; echo "$1 $API_NAME"; } > /etc/hosts.kubernetes-bootstrap
  cat /etc/hosts.kubernetes-bootstrap > /etc/hosts
  rm -f /etc/hosts.kubernetes-bootstrap
}

if [ -f ${sq(PROXY_ENV_PATH)} ]; then
  set -a
  . ${sq(PROXY_ENV_PATH)}
  set +a
fi
export DEBIAN_FRONTEND=noninteractive

log "kernel modules and sysctls for pod networking"
modprobe overlay
modprobe br_netfilter
sysctl --system >/dev/null

log "containerd (systemd cgroup driver, as kubelet expects)"
retry apt_get update
retry apt_get install containerd apt-transport-https ca-certificates curl gpg
install -d -m 0755 /etc/containerd
containerd config default > /etc/containerd/config.toml
sed -i 's/SystemdCgroup = false/SystemdCgroup = true/' /etc/containerd/config.toml
if ! grep -q 'SystemdCgroup = true' /etc/containerd/config.toml; then
  log "cannot turn on the systemd cgroup driver in /etc/containerd/config.toml"
  exit 1
fi
systemctl daemon-reload
systemctl enable containerd
systemctl restart containerd

log "kubeadm, kubelet and kubectl $KUBERNETES_MINOR from pkgs.k8s.io"
install -d -m 0755 /etc/apt/keyrings
retry curl -fsSL "https://pkgs.k8s.io/core:/stable:/v$KUBERNETES_MINOR/deb/Release.key" -o /tmp/kubernetes-release.key
gpg --dearmor --yes -o /etc/apt/keyrings/kubernetes-apt-keyring.gpg /tmp/kubernetes-release.key
echo "deb [signed-by=/etc/apt/keyrings/kubernetes-apt-keyring.gpg] https://pkgs.k8s.io/core:/stable:/v$KUBERNETES_MINOR/deb/ /" > /etc/apt/sources.list.d/kubernetes.list
retry apt_get update
PIN=""
if [ -n "$KUBERNETES_PATCH" ]; then PIN="=$KUBERNETES_PATCH-*"; fi
retry apt_get install "kubelet$PIN" "kubeadm$PIN" "kubectl$PIN"
# Upgrades are kubeadm's job, not unattended-upgrades'.
apt-mark hold containerd kubelet kubeadm kubectl
systemctl enable kubelet
# containerd's own default pause image lags kubeadm's; use the one this kubeadm release expects.
PAUSE_IMAGE="$(kubeadm config images list --kubernetes-version "$(kubeadm version -o short)" 2>/dev/null | grep '/pause:' || true)"
if [ -n "$PAUSE_IMAGE" ]; then
  sed -i "s|sandbox_image = .*|sandbox_image = \\"$PAUSE_IMAGE\\"|" /etc/containerd/config.toml
  systemctl restart containerd
fi

if [ "$ROLE" = init ]; then
  # A replaced first control-plane node (new zone or disk) finds the cluster serving: it joins it
  # instead of running kubeadm init again and starting a second cluster behind the same endpoint.
  # Any HTTP answer counts (a degraded cluster may say 500): only a server holding the cluster CA
  # completes this TLS handshake. No answer after a minute means there is no cluster yet.
  ANSWER=000
  for probe in 1 2 3 4 5 6; do
    ANSWER="$(curl -sS -o /dev/null -w '%{http_code}' --noproxy '*' --connect-timeout 5 --max-time 10 --cacert ${sq(CA_CERT_PATH)} --resolve "$API_NAME:${API_SERVER_PORT}:$API_ADDRESS" "https://$API_NAME:${API_SERVER_PORT}/readyz" 2>/dev/null || true)"
    if [ -n "$ANSWER" ] && [ "$ANSWER" != 000 ]; then break; fi
    if [ "$probe" -lt 6 ]; then sleep 10; fi
  done
  if [ -n "$ANSWER" ] && [ "$ANSWER" != 000 ]; then
    log "the cluster already answers at $API_NAME (HTTP $ANSWER): joining it as a further control-plane node"
    ROLE=control-plane
    CONFIG=${sq(KUBEADM_REJOIN_CONFIG_PATH)}
  else
    log "no cluster answers at $API_NAME: initializing one"
  fi
fi
if [ "$ROLE" = init ]; then point_api_name_at 127.0.0.1; else point_api_name_at "$API_ADDRESS"; fi

log "node labels from the Instance Metadata Service"
ZONE="$(curl -fsS --noproxy '*' -H Metadata:true 'http://169.254.169.254/metadata/instance/compute/zone?api-version=2021-02-01&format=text' || true)"
LABELS="topology.kubernetes.io/region=$LOCATION"
if [ -n "$ZONE" ]; then LABELS="$LABELS,topology.kubernetes.io/zone=$LOCATION-$ZONE"; fi
if [ -n "$NODE_LABELS" ]; then LABELS="$LABELS,$NODE_LABELS"; fi
sed -i -e "s|${RUNTIME_PLACEHOLDERS.nodeLabels}|$LABELS|" -e "s|${RUNTIME_PLACEHOLDERS.kubernetesVersion}|$(kubeadm version -o short)|" "$CONFIG"

if [ "$ROLE" = init ]; then
  for attempt in 1 2 3; do
    # The cluster CA comes from Terraform, so the admin credential in its outputs is valid here.
    install -d -m 0755 /etc/kubernetes/pki
    install -m 0644 ${sq(CA_CERT_PATH)} /etc/kubernetes/pki/ca.crt
    install -m 0600 ${sq(CA_KEY_PATH)} /etc/kubernetes/pki/ca.key
    if kubeadm init --config "$CONFIG" --upload-certs; then break; fi
    if [ "$attempt" -eq 3 ]; then
      log "kubeadm init failed 3 times"
      exit 1
    fi
    log "kubeadm init failed (attempt $attempt); resetting and retrying in 30s"
    kubeadm reset --force || true
    sleep 30
  done
  # The cloud provider, the CNI (checksum-verified) and the disk CSI driver.
  ${ADDONS_SCRIPT_PATH} ${sq(NODE_SETTINGS_PATH)}
  # Binds the workers' token group and renews the tokens: workers join only after this.
  retry systemctl start ${JOIN_RENEWAL_UNIT}.service
else
  CA_HASH="sha256:$(openssl x509 -pubkey -noout -in ${sq(CA_CERT_PATH)} | openssl pkey -pubin -outform der | sha256sum | cut -d' ' -f1)"
  sed -i "s|${RUNTIME_PLACEHOLDERS.caCertHash}|$CA_HASH|" "$CONFIG"
  if [ "$ROLE" = control-plane ]; then
    # etcd adds one member at a time: control-plane node n (from its name, <cluster>-<env>-cp-<n>) waits n minutes first.
    INDEX="\${HOSTNAME##*-}"
    case "$INDEX" in '' | *[!0-9]*) INDEX=1 ;; esac
    sleep $((INDEX * 60))
  fi
  attempt=1
  until kubeadm join --config "$CONFIG"; do
    if [ "$attempt" -ge 40 ]; then
      log "kubeadm join failed $attempt times"
      exit 1
    fi
    log "kubeadm join failed (attempt $attempt); the API server may not be up yet; retrying in 30s"
    kubeadm reset --force || true
    attempt=$((attempt + 1))
    sleep 30
  done
  if [ "$ROLE" = control-plane ]; then point_api_name_at 127.0.0.1; fi
fi

if [ "$ROLE" != worker ]; then systemctl enable --now ${JOIN_RENEWAL_UNIT}.timer; fi
log "done: this node is part of the cluster"
`;
}
