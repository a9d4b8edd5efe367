/**
 * The node bootstrap as rendered (before Terraform fills its slots): valid for cloud-init's own
 * schema, a script bash can parse, kubeadm configuration of the right kinds, proxy settings that
 * reach apt, containerd and kubelet, and a size that fits Azure's custom-data limit.
 */
import { spawnSync } from "node:child_process";
import { createHash, generateKeyPairSync } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, parseAllDocuments } from "yaml";
import { CloudConfigInput, renderCloudConfig } from "../../src/iaas/bootstrap/cloud-config";
import { escapeTerraformTemplate, fillSlots, slot, SlotValues, unescapeTerraformTemplate } from "../../src/iaas/bootstrap/template-slots";
import { customDataSizeProblem } from "../../src/iaas/node-bootstrap";
import { tempDir } from "../helpers";
import { CLOUD_INIT, describeWithTool } from "../system-tool";
import { cloudInitSchema } from "./cloud-init";

const SLOTS: SlotValues = {
  apiHost: "edge-dev-api.westeurope.cloudapp.azure.com",
  bootstrapToken: "abcdef.0123456789abcdef",
  certificateKey: "f".repeat(64),
  caCertificateBase64: Buffer.from("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n").toString("base64"),
  caKeyBase64: Buffer.from("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n").toString("base64"),
};

const BASE: CloudConfigInput = {
  role: "init",
  clusterName: "edge-dev",
  kubernetesVersion: "1.33.5",
  location: "westeurope",
  podCidr: "192.168.0.0/16",
  serviceCidr: "10.96.0.0/12",
  dnsDomain: "cluster.local",
};

const PROXY = {
  httpProxy: "http://proxy.example.com:3128",
  httpsProxy: "http://proxy.example.com:3128",
  noProxy: ["localhost", "127.0.0.1", "169.254.169.254", "10.0.0.0/8", slot("apiHost")],
  trustedCa: "-----BEGIN CERTIFICATE-----\nMIIBproxy\n-----END CERTIFICATE-----",
};

const VARIANTS: [string, CloudConfigInput][] = [
  ["first control-plane node", BASE],
  ["first control-plane node taking workloads, behind a proxy", { ...BASE, allowWorkloads: true, proxy: PROXY }],
  ["joining control-plane node", { ...BASE, role: "control-plane" }],
  ["joining control-plane node behind a proxy", { ...BASE, role: "control-plane", proxy: PROXY }],
  ["worker with labels and taints", { ...BASE, role: "worker", nodeLabels: { "example.com/role": "ingress" }, taints: [{ key: "example.com/dedicated", value: "ingress", effect: "NoSchedule" }] }],
  ["worker behind a proxy, MAJOR.MINOR version", { ...BASE, role: "worker", kubernetesVersion: "1.32", proxy: { httpsProxy: "http://p:8080", noProxy: ["localhost"] } }],
  ["first control-plane node without CNI", { ...BASE, cni: "none" }],
];

const rendered = (input: CloudConfigInput) => fillSlots(renderCloudConfig(input), SLOTS);
const files = (doc: string): Record<string, { content: string; permissions: string; encoding?: string }> =>
  Object.fromEntries((parse(doc).write_files as { path: string; content: string; permissions: string; encoding?: string }[]).map((f) => [f.path, f]));

describeWithTool(CLOUD_INIT, "cloud-init's schema", () => {
  it.each(VARIANTS)("the %s bootstrap passes it", (_what, input) => {
    const document = rendered(input);
    expect(document.startsWith("#cloud-config\n")).toBe(true);
    const result = cloudInitSchema(document);
    expect(result.output).not.toMatch(/error/i);
    expect(result.valid).toBe(true);
  });

  it("the validator does refuse a broken document (it is really checking)", () => {
    const broken = rendered(BASE).replace('permissions: "0600"', "permissions: 600").replace("ssh_pwauth: false", "ssh_pwauth: [no]");
    const result = cloudInitSchema(broken);
    expect(result.valid).toBe(false);
    expect(result.output).toMatch(/ssh_pwauth/);
  });
});

describe("bootstrap script", () => {
  it.each(VARIANTS)("the %s bootstrap script is valid bash", (_what, input) => {
    const script = files(rendered(input))["/usr/local/sbin/kubernetes-bootstrap"];
    expect(script.permissions).toBe("0700");
    const check = spawnSync("bash", ["-n"], { input: script.content, encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });
});

describe("kubeadm configuration", () => {
  const kubeadm = (input: CloudConfigInput) => parseAllDocuments(files(rendered(input))["/etc/kubernetes-bootstrap/kubeadm.yaml"].content).map((d) => d.toJS());

  it("a replaced first node joins the running cluster as a control-plane node instead of running kubeadm init again", () => {
    const written = files(rendered(BASE));
    const rejoin = parseAllDocuments(written["/etc/kubernetes-bootstrap/kubeadm-rejoin.yaml"].content).map((d) => d.toJS());
    expect(rejoin).toEqual([expect.objectContaining({ kind: "JoinConfiguration", controlPlane: { certificateKey: SLOTS.certificateKey } })]);
    expect(written["/etc/kubernetes-bootstrap/kubeadm-rejoin.yaml"].permissions).toBe("0600");
    expect(files(rendered({ ...BASE, role: "control-plane" }))["/etc/kubernetes-bootstrap/kubeadm-rejoin.yaml"]).toBeUndefined();

    // Run the probe block for real, with curl and sleep stubbed: any HTTP answer -> join, none -> init.
    const script = written["/usr/local/sbin/kubernetes-bootstrap"].content;
    const probe = script.slice(script.indexOf('if [ "$ROLE" = init ]; then\n  # A replaced'), script.indexOf('log "node labels'));
    const dir = tempDir();
    writeFileSync(join(dir, "sleep"), "#!/bin/sh\nexit 0\n", { mode: 0o755 });
    const run = (httpCode: string, curlExit: number) => {
      writeFileSync(join(dir, "curl"), `#!/bin/sh\necho "$@" >> ${join(dir, "curl-args")}\nprintf '%s' '${httpCode}'\nexit ${curlExit}\n`, { mode: 0o755 });
      writeFileSync(join(dir, "curl-args"), "");
      const head = script.slice(script.indexOf("ROLE="), script.indexOf("log() {"));
      const out = spawnSync("bash", ["-c", `set -euo pipefail\n${head}log() { :; }\n${probe}\necho "$ROLE $CONFIG"`], { env: { PATH: `${dir}:${process.env.PATH}` }, encoding: "utf8" });
      return { result: out.stdout.trim(), calls: readFileSync(join(dir, "curl-args"), "utf8").trim().split("\n").length };
    };
    expect(run("200", 0)).toEqual({ result: "control-plane /etc/kubernetes-bootstrap/kubeadm-rejoin.yaml", calls: 1 });
    expect(readFileSync(join(dir, "curl-args"), "utf8")).toContain(`https://${SLOTS.apiHost}:6443/readyz`);
    // A degraded cluster still answers: join it, never init a second one.
    expect(run("500", 0)).toEqual({ result: "control-plane /etc/kubernetes-bootstrap/kubeadm-rejoin.yaml", calls: 1 });
    // No answer at all (curl prints 000 and fails) six times: there is no cluster yet.
    expect(run("000", 28)).toEqual({ result: "init /etc/kubernetes-bootstrap/kubeadm.yaml", calls: 6 });
  });

  it("the first node inits with the load balancer as endpoint, Terraform's token and certificate key", () => {
    const [init, cluster, kubelet] = kubeadm(BASE);
    expect(init).toMatchObject({
      apiVersion: "kubeadm.k8s.io/v1beta4",
      kind: "InitConfiguration",
      bootstrapTokens: [{ token: SLOTS.bootstrapToken, ttl: "0s" }],
      certificateKey: SLOTS.certificateKey,
    });
    expect(init.nodeRegistration.taints).toBeUndefined();
    expect(cluster).toMatchObject({
      kind: "ClusterConfiguration",
      clusterName: "edge-dev",
      controlPlaneEndpoint: `${SLOTS.apiHost}:6443`,
      apiServer: { certSANs: [SLOTS.apiHost] },
      networking: { podSubnet: "192.168.0.0/16", serviceSubnet: "10.96.0.0/12", dnsDomain: "cluster.local" },
    });
    expect(kubelet).toEqual({ apiVersion: "kubelet.config.k8s.io/v1beta1", kind: "KubeletConfiguration", cgroupDriver: "systemd" });
  });

  it("drops the control-plane taint only when the control plane takes workloads", () => {
    expect(kubeadm({ ...BASE, allowWorkloads: true })[0].nodeRegistration.taints).toEqual([]);
    expect(kubeadm({ ...BASE, role: "control-plane", allowWorkloads: true })[0].nodeRegistration.taints).toEqual([]);
    expect(kubeadm({ ...BASE, role: "control-plane" })[0].nodeRegistration.taints).toBeUndefined();
  });

  it("joining control-plane nodes pin the CA and bring the certificate key; workers do not", () => {
    const [cp] = kubeadm({ ...BASE, role: "control-plane" });
    expect(cp).toMatchObject({
      kind: "JoinConfiguration",
      discovery: { bootstrapToken: { apiServerEndpoint: `${SLOTS.apiHost}:6443`, token: SLOTS.bootstrapToken, caCertHashes: ["__CA_CERT_HASH__"] } },
      controlPlane: { certificateKey: SLOTS.certificateKey },
    });
    const [worker] = kubeadm({ ...BASE, role: "worker", taints: [{ key: "k", effect: "NoExecute" }] });
    expect(worker.controlPlane).toBeUndefined();
    expect(worker.nodeRegistration).toEqual({ kubeletExtraArgs: [{ name: "node-labels", value: "__NODE_LABELS__" }], taints: [{ key: "k", value: "", effect: "NoExecute" }] });
  });

  it("only the first node receives the CA key; every node receives the CA certificate", () => {
    const init = files(rendered(BASE));
    expect(init["/etc/kubernetes-bootstrap/pki/ca.key"]).toEqual({ path: "/etc/kubernetes-bootstrap/pki/ca.key", content: SLOTS.caKeyBase64, encoding: "b64", permissions: "0600" });
    for (const role of ["control-plane", "worker"] as const) {
      const f = files(rendered({ ...BASE, role }));
      expect(f["/etc/kubernetes-bootstrap/pki/ca.key"]).toBeUndefined();
      expect(f["/etc/kubernetes-bootstrap/pki/ca.crt"].content).toBe(SLOTS.caCertificateBase64);
      expect(renderCloudConfig({ ...BASE, role })).not.toContain(slot("caKeyBase64"));
    }
  });

  it("installs the pinned patch release, or the newest of the minor", () => {
    const script = (v: string) => files(rendered({ ...BASE, kubernetesVersion: v }))["/usr/local/sbin/kubernetes-bootstrap"].content;
    expect(script("1.33.5")).toContain("KUBERNETES_MINOR='1.33'\nKUBERNETES_PATCH='1.33.5'");
    expect(script("1.32")).toContain("KUBERNETES_MINOR='1.32'\nKUBERNETES_PATCH=''");
    expect(script("1.33.5")).toContain("https://pkgs.k8s.io/core:/stable:/v$KUBERNETES_MINOR/deb/");
  });

  it("points containerd's sandbox image at kubeadm's pause image, keeping the TOML quoted", () => {
    const script = files(rendered(BASE))["/usr/local/sbin/kubernetes-bootstrap"].content;
    const sed = script.split("\n").find((l) => l.includes("sandbox_image = "))!.trim();
    const dir = tempDir("containerd-");
    const config = join(dir, "config.toml");
    writeFileSync(config, '[plugins."io.containerd.grpc.v1.cri"]\n  sandbox_image = "registry.k8s.io/pause:3.8"\n');
    const run = spawnSync("bash", ["-c", sed.replace("/etc/containerd/config.toml", config)], { env: { PATH: process.env.PATH, PAUSE_IMAGE: "registry.k8s.io/pause:3.10" }, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(readFileSync(config, "utf8")).toBe('[plugins."io.containerd.grpc.v1.cri"]\n  sandbox_image = "registry.k8s.io/pause:3.10"\n');
  });

  it("pins the CA by the sha256 of its public key, as kubeadm computes it", () => {
    const script = files(rendered({ ...BASE, role: "worker" }))["/usr/local/sbin/kubernetes-bootstrap"].content;
    const line = script.split("\n").find((l) => l.startsWith("  CA_HASH="))!.trim();
    const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const dir = tempDir("ca-");
    const keyFile = join(dir, "ca.key");
    writeFileSync(keyFile, privateKey.export({ type: "pkcs1", format: "pem" }));
    const cert = spawnSync("openssl", ["req", "-x509", "-new", "-key", keyFile, "-subj", "/CN=kubernetes", "-days", "1", "-out", join(dir, "ca.crt")], { encoding: "utf8" });
    expect(cert.status).toBe(0);
    const run = spawnSync("bash", ["-c", `${line.replace("'/etc/kubernetes-bootstrap/pki/ca.crt'", join(dir, "ca.crt"))}; echo "$CA_HASH"`], { encoding: "utf8" });
    const expected = createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex");
    expect(run.stdout.trim()).toBe(`sha256:${expected}`);
  });

  it("writes the node labels and kubeadm's version into the kubeadm configuration", () => {
    const script = files(rendered(BASE))["/usr/local/sbin/kubernetes-bootstrap"].content;
    const line = script.split("\n").find((l) => l.startsWith("sed -i -e \"s|__NODE_LABELS__"))!;
    const dir = tempDir("kubeadm-");
    const config = join(dir, "kubeadm.yaml");
    writeFileSync(config, files(rendered(BASE))["/etc/kubernetes-bootstrap/kubeadm.yaml"].content);
    writeFileSync(join(dir, "kubeadm"), "#!/bin/sh\necho v1.33.5\n", { mode: 0o755 });
    const labels = "topology.kubernetes.io/region=westeurope,topology.kubernetes.io/zone=westeurope-2,example.com/role=x";
    const run = spawnSync("bash", ["-c", line.replace('"$CONFIG"', config)], { env: { PATH: `${dir}:${process.env.PATH}`, LABELS: labels }, encoding: "utf8" });
    expect(run.status).toBe(0);
    const [init, cluster] = parseAllDocuments(readFileSync(config, "utf8")).map((d) => d.toJS());
    expect(init.nodeRegistration.kubeletExtraArgs).toEqual([{ name: "node-labels", value: labels }]);
    expect(cluster.kubernetesVersion).toBe("v1.33.5");
  });

  it("the first node applies Calico's VXLAN manifest unless the CNI is none", () => {
    const script = (input: CloudConfigInput) => files(rendered(input))["/usr/local/sbin/kubernetes-bootstrap"].content;
    expect(script(BASE)).toContain("CNI_MANIFEST='https://raw.githubusercontent.com/projectcalico/calico/v3.30.3/manifests/calico-vxlan.yaml'");
    expect(script({ ...BASE, cni: "none" })).toContain("CNI_MANIFEST=''");
    expect(script({ ...BASE, role: "worker" })).toContain("CNI_MANIFEST=''");
  });

  it("control-plane nodes keep re-uploading the shared certificates for later joins; workers do not", () => {
    expect(files(rendered(BASE))["/etc/systemd/system/kubeadm-upload-certs.timer"].content).toContain("OnUnitActiveSec=1h");
    expect(files(rendered({ ...BASE, role: "control-plane" }))["/etc/kubernetes-bootstrap/certificate-key.env"]).toMatchObject({ permissions: "0600" });
    expect(files(rendered({ ...BASE, role: "worker" }))["/etc/systemd/system/kubeadm-upload-certs.service"]).toBeUndefined();
  });
});

describe("proxy", () => {
  it("reaches apt (cloud-init), containerd and kubelet (systemd drop-ins) and the script, and trusts the proxy CA", () => {
    const doc = rendered({ ...BASE, proxy: PROXY });
    const config = parse(doc);
    expect(config.apt).toEqual({ http_proxy: PROXY.httpProxy, https_proxy: PROXY.httpsProxy });
    expect(config.ca_certs).toEqual({ trusted: [`${PROXY.trustedCa}\n`] });
    const f = files(doc);
    expect(f["/etc/kubernetes-bootstrap/proxy.env"]).toEqual({
      path: "/etc/kubernetes-bootstrap/proxy.env",
      permissions: "0600",
      content: [
        `HTTP_PROXY='${PROXY.httpProxy}'`,
        `http_proxy='${PROXY.httpProxy}'`,
        `HTTPS_PROXY='${PROXY.httpsProxy}'`,
        `https_proxy='${PROXY.httpsProxy}'`,
        `NO_PROXY='localhost,127.0.0.1,169.254.169.254,10.0.0.0/8,${SLOTS.apiHost}'`,
        `no_proxy='localhost,127.0.0.1,169.254.169.254,10.0.0.0/8,${SLOTS.apiHost}'`,
        "",
      ].join("\n"),
    });
    for (const unit of ["containerd", "kubelet"]) {
      expect(f[`/etc/systemd/system/${unit}.service.d/http-proxy.conf`].content).toBe("[Service]\nEnvironmentFile=/etc/kubernetes-bootstrap/proxy.env\n");
    }
    expect(f["/usr/local/sbin/kubernetes-bootstrap"].content).toContain(". '/etc/kubernetes-bootstrap/proxy.env'");
  });

  it("writes no proxy settings without a proxy", () => {
    const doc = rendered(BASE);
    expect(parse(doc).apt).toBeUndefined();
    expect(files(doc)["/etc/kubernetes-bootstrap/proxy.env"]).toBeUndefined();
  });
});

describe("Terraform template safety and size", () => {
  it("escapes the shell's ${...} so Terraform leaves it alone, and nothing else changes", () => {
    const template = renderCloudConfig({ ...BASE, role: "control-plane" });
    expect(template).toContain("${HOSTNAME##*-}");
    expect(template).toContain("${CERTIFICATE_KEY}");
    const escaped = escapeTerraformTemplate(template);
    expect(escaped).not.toMatch(/(?<!\$)\$\{/);
    expect(escaped).toContain("$${HOSTNAME##*-}");
    expect(unescapeTerraformTemplate(escaped)).toBe(template);
    expect(escapeTerraformTemplate("a %{if x} b")).toBe("a %%{if x} b");
  });

  it("fits Azure's 64 KiB custom data, and says so when a proxy CA bundle makes it too big", () => {
    expect(customDataSizeProblem(renderCloudConfig({ ...BASE, proxy: PROXY }))).toBeUndefined();
    const bundle = Array.from({ length: 40 }, () => `-----BEGIN CERTIFICATE-----\n${"A".repeat(1700)}\n-----END CERTIFICATE-----`).join("\n");
    expect(customDataSizeProblem(renderCloudConfig({ ...BASE, proxy: { ...PROXY, trustedCa: bundle } }))).toMatch(
      /^the node bootstrap \(cloud-config\) can reach \d+ bytes; Azure accepts at most 65535 bytes of custom data/,
    );
  });
});
