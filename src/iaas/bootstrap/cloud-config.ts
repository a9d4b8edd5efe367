/**
 * The cloud-config document (VM custom data) of a node: files (kernel settings, proxy, kubeadm
 * configuration, cluster CA, the bootstrap script) and the command that runs the script once.
 * Values known only at apply are slots (template-slots.ts). Pure: no cdktf here.
 */
import { stringify } from "yaml";
import { addonFiles } from "./addons";
import { AZURE_JSON_PATH, AzureJsonInput, renderAzureJson } from "./azure-json";
import {
  BootstrapScriptInput,
  BOOTSTRAP_SCRIPT_PATH,
  CA_CERT_PATH,
  CA_KEY_PATH,
  KUBEADM_CONFIG_PATH,
  KUBEADM_REJOIN_CONFIG_PATH,
  PROXY_ENV_PATH,
  NODE_SETTINGS_PATH,
  renderBootstrapScript,
  renderNodeSettings,
} from "./bootstrap-script";
import { joinRenewalFiles } from "./join-renewal";
import { KubeadmConfigInput, renderKubeadmConfig } from "./kubeadm-config";

export interface ProxySettings {
  readonly httpProxy?: string;
  readonly httpsProxy?: string;
  /** The complete NO_PROXY list (see noProxyList in src/azure/no-proxy.ts). */
  readonly noProxy: readonly string[];
  /** PEM of a TLS-intercepting proxy's CA, added to the node's trust store. */
  readonly trustedCa?: string;
}

export interface CloudConfigInput
  extends BootstrapScriptInput, KubeadmConfigInput, Pick<AzureJsonInput, "workerRouteTable"> {
  readonly proxy?: ProxySettings;
}

interface WriteFile {
  path: string;
  content: string;
  permissions: string;
  encoding?: "b64";
}

/** `#cloud-config` YAML of one node role. */
export function renderCloudConfig(input: CloudConfigInput): string {
  const files: WriteFile[] = [
    { path: "/etc/modules-load.d/kubernetes.conf", content: "overlay\nbr_netfilter\n", permissions: "0644" },
    {
      path: "/etc/sysctl.d/90-kubernetes.conf",
      content:
        "net.bridge.bridge-nf-call-iptables = 1\nnet.bridge.bridge-nf-call-ip6tables = 1\nnet.ipv4.ip_forward = 1\n",
      permissions: "0644",
    },
    ...proxyFiles(input.proxy),
    { path: KUBEADM_CONFIG_PATH, content: renderKubeadmConfig(input), permissions: "0600" },
    // The first control-plane node joins instead when the cluster already exists (it was replaced).
    ...(input.role === "init"
      ? [
          {
            path: KUBEADM_REJOIN_CONFIG_PATH,
            content: renderKubeadmConfig({ ...input, role: "control-plane" }),
            permissions: "0600",
          },
        ]
      : []),
    ...caFiles(input),
    // Every node: cloud-controller-manager and the disk CSI controller (control plane), the CSI node plugin (all).
    { path: AZURE_JSON_PATH, content: renderAzureJson(input), permissions: "0600" },
    ...(input.role === "init" ? addonFiles(input) : []),
    ...(input.role === "worker" ? [] : joinRenewalFiles(input.markers)),
    { path: NODE_SETTINGS_PATH, content: renderNodeSettings(input), permissions: "0600" },
    { path: BOOTSTRAP_SCRIPT_PATH, content: renderBootstrapScript(), permissions: "0700" },
  ];
  const document: Record<string, unknown> = {
    ssh_pwauth: false,
    disable_root: true,
    ...(input.proxy ? { apt: aptProxy(input.proxy) } : {}),
    ...(input.proxy?.trustedCa ? { ca_certs: { trusted: [input.proxy.trustedCa.trim() + "\n"] } } : {}),
    write_files: files,
    runcmd: [[BOOTSTRAP_SCRIPT_PATH]],
  };
  return `#cloud-config\n${stringify(document, { lineWidth: 0 })}`;
}

function aptProxy(proxy: ProxySettings): Record<string, string> {
  return {
    ...(proxy.httpProxy ? { http_proxy: proxy.httpProxy } : {}),
    ...(proxy.httpsProxy ? { https_proxy: proxy.httpsProxy } : {}),
  };
}

/** One environment file for the script, containerd and kubelet (image pulls and registry logins). */
function proxyFiles(proxy: ProxySettings | undefined): WriteFile[] {
  if (!proxy) return [];
  const vars: [string, string | undefined][] = [
    ["HTTP_PROXY", proxy.httpProxy],
    ["HTTPS_PROXY", proxy.httpsProxy],
    ["NO_PROXY", proxy.noProxy.join(",")],
  ];
  const lines = vars.flatMap(([name, value]) =>
    value === undefined ? [] : [`${name}='${value}'`, `${name.toLowerCase()}='${value}'`],
  );
  const dropIn = `[Service]\nEnvironmentFile=${PROXY_ENV_PATH}\n`;
  return [
    // 0600: proxy URLs may carry credentials.
    { path: PROXY_ENV_PATH, content: `${lines.join("\n")}\n`, permissions: "0600" },
    { path: "/etc/systemd/system/containerd.service.d/http-proxy.conf", content: dropIn, permissions: "0644" },
    { path: "/etc/systemd/system/kubelet.service.d/http-proxy.conf", content: dropIn, permissions: "0644" },
  ];
}

function caFiles(input: CloudConfigInput): WriteFile[] {
  const cert: WriteFile = {
    path: CA_CERT_PATH,
    content: input.markers.caCertificateBase64,
    encoding: "b64",
    permissions: "0644",
  };
  if (input.role !== "init") return [cert];
  return [cert, { path: CA_KEY_PATH, content: input.markers.caKeyBase64, encoding: "b64", permissions: "0600" }];
}
