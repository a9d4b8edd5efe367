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
import {
  escapeTerraformTemplate,
  fillSlots,
  renderWithSlots,
  SlottedTemplate,
  SlotValues,
  unescapeTerraformTemplate,
} from "../../src/iaas/bootstrap/template-slots";
import { customDataSizeProblem } from "../../src/iaas/node-bootstrap";
import { BASH_WITHOUT_RC, tempDir } from "../helpers";
import { CLOUD_INIT, describeWithTool } from "../system-tool";
import { cloudInitSchemas, SchemaResult } from "./cloud-init";
import { SAMPLE_SLOTS } from "./fixtures";

const SLOTS: SlotValues = SAMPLE_SLOTS;

type Input = Omit<CloudConfigInput, "markers">;
const ENDPOINT = { name: "api.edge-dev.internal", address: "10.0.255.254" };

const BASE: Input = {
  role: "init",
  clusterName: "edge-dev",
  endpoint: ENDPOINT,
  kubernetesVersion: "1.33.5",
  location: "westeurope",
  podCidr: "192.168.0.0/16",
  serviceCidr: "10.96.0.0/12",
  dnsDomain: "cluster.local",
};

const PROXY = {
  httpProxy: "http://proxy.example.com:3128",
  httpsProxy: "http://proxy.example.com:3128",
  noProxy: ["localhost", "127.0.0.1", "169.254.169.254", "10.0.0.0/8", ENDPOINT.name],
  trustedCa: "-----BEGIN CERTIFICATE-----\nMIIBproxy\n-----END CERTIFICATE-----",
};

const VARIANTS: [string, Input][] = [
  ["first control-plane node", BASE],
  ["first control-plane node taking workloads, behind a proxy", { ...BASE, allowWorkloads: true, proxy: PROXY }],
  ["joining control-plane node", { ...BASE, role: "control-plane" }],
  ["joining control-plane node behind a proxy", { ...BASE, role: "control-plane", proxy: PROXY }],
  [
    "worker with labels and taints",
    {
      ...BASE,
      role: "worker",
      nodeLabels: { "example.com/role": "ingress" },
      taints: [{ key: "example.com/dedicated", value: "ingress", effect: "NoSchedule" }],
    },
  ],
  [
    "worker behind a proxy, MAJOR.MINOR version",
    {
      ...BASE,
      role: "worker",
      kubernetesVersion: "1.32",
      proxy: { httpsProxy: "http://p:8080", noProxy: ["localhost"] },
    },
  ],
  ["first control-plane node without CNI", { ...BASE, cni: "none" }],
];

const template = (input: Input): SlottedTemplate =>
  renderWithSlots((markers) => renderCloudConfig({ ...input, markers }), input);
const rendered = (input: Input) => fillSlots(template(input), SLOTS);
const files = (doc: string): Record<string, { content: string; permissions: string; encoding?: string }> =>
  Object.fromEntries(
    (parse(doc).write_files as { path: string; content: string; permissions: string; encoding?: string }[]).map((f) => [
      f.path,
      f,
    ]),
  );

describeWithTool(CLOUD_INIT, "cloud-init's schema", () => {
  // A document cloud-init must refuse: proves the validator is really checking.
  const broken = () =>
    rendered(BASE).replace('permissions: "0600"', "permissions: 600").replace("ssh_pwauth: false", "ssh_pwauth: [no]");
  let results: SchemaResult[] = [];
  beforeAll(() => {
    results = cloudInitSchemas([...VARIANTS.map(([, input]) => rendered(input)), broken()]);
  });

  it.each(VARIANTS.map(([what, input], i) => [what, input, i] as const))(
    "the %s bootstrap passes it",
    (_what, input, i) => {
      expect(rendered(input).startsWith("#cloud-config\n")).toBe(true);
      expect(results[i].output).not.toMatch(/error/i);
      expect(results[i].valid).toBe(true);
    },
  );

  it("the validator does refuse a broken document (it is really checking)", () => {
    const result = results[VARIANTS.length];
    expect(result.valid).toBe(false);
    expect(result.output).toMatch(/ssh_pwauth/);
  });
});

describe("bootstrap script", () => {
  it.each(VARIANTS)("the %s bootstrap script is valid bash", (_what, input) => {
    const script = files(rendered(input))["/usr/local/sbin/kubernetes-bootstrap"];
    expect(script.permissions).toBe("0700");
    const check = spawnSync("bash", [...BASH_WITHOUT_RC, "-n"], { input: script.content, encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });
});

describe("kubeadm configuration", () => {
  const kubeadm = (input: Input) =>
    parseAllDocuments(files(rendered(input))["/etc/kubernetes-bootstrap/kubeadm.yaml"].content).map((d) => d.toJS());

  it("a replaced first node joins the running cluster as a control-plane node instead of running kubeadm init again", () => {
    const written = files(rendered(BASE));
    const rejoin = parseAllDocuments(written["/etc/kubernetes-bootstrap/kubeadm-rejoin.yaml"].content).map((d) =>
      d.toJS(),
    );
    expect(rejoin).toEqual([
      expect.objectContaining({ kind: "JoinConfiguration", controlPlane: { certificateKey: SLOTS.certificateKey } }),
    ]);
    expect(written["/etc/kubernetes-bootstrap/kubeadm-rejoin.yaml"].permissions).toBe("0600");
    expect(
      files(rendered({ ...BASE, role: "control-plane" }))["/etc/kubernetes-bootstrap/kubeadm-rejoin.yaml"],
    ).toBeUndefined();

    // Run the probe block for real, with curl and sleep stubbed: any HTTP answer -> join, none -> init.
    const script = written["/usr/local/sbin/kubernetes-bootstrap"].content;
    const probe = script.slice(
      script.indexOf('if [ "$ROLE" = init ]; then\n  # A replaced'),
      script.indexOf('log "node labels'),
    );
    const dir = tempDir();
    writeFileSync(join(dir, "sleep"), "#!/bin/sh\nexit 0\n", { mode: 0o755 });
    const run = (httpCode: string, curlExit: number) => {
      writeFileSync(
        join(dir, "curl"),
        `#!/bin/sh\necho "$@" >> ${join(dir, "curl-args")}\nprintf '%s' '${httpCode}'\nexit ${curlExit}\n`,
        { mode: 0o755 },
      );
      writeFileSync(join(dir, "curl-args"), "");
      const head = `${written["/etc/kubernetes-bootstrap/node.env"].content}\n${script.slice(script.indexOf("CONFIG="), script.indexOf("log() {"))}`;
      const stub = 'point_api_name_at() { API_AT="$1"; }';
      const out = spawnSync(
        "bash",
        [
          ...BASH_WITHOUT_RC,
          "-c",
          `set -euo pipefail\n${head}log() { :; }\n${stub}\n${probe}\necho "$ROLE $CONFIG $API_AT"`,
        ],
        { env: { PATH: `${dir}:${process.env.PATH}` }, encoding: "utf8" },
      );
      return {
        result: out.stdout.trim(),
        calls: readFileSync(join(dir, "curl-args"), "utf8").trim().split("\n").length,
      };
    };
    // The probe asks the internal load balancer: the other control-plane nodes, never this one (it is not healthy yet).
    expect(run("200", 0)).toEqual({
      result: `control-plane /etc/kubernetes-bootstrap/kubeadm-rejoin.yaml ${ENDPOINT.address}`,
      calls: 1,
    });
    expect(readFileSync(join(dir, "curl-args"), "utf8")).toContain(
      `--resolve ${ENDPOINT.name}:6443:${ENDPOINT.address} https://${ENDPOINT.name}:6443/readyz`,
    );
    // A degraded cluster still answers: join it, never init a second one.
    expect(run("500", 0)).toEqual({
      result: `control-plane /etc/kubernetes-bootstrap/kubeadm-rejoin.yaml ${ENDPOINT.address}`,
      calls: 1,
    });
    // No answer at all (curl prints 000 and fails) six times: there is no cluster yet; the API name points at this node.
    expect(run("000", 28)).toEqual({ result: "init /etc/kubernetes-bootstrap/kubeadm.yaml 127.0.0.1", calls: 6 });
  });

  it("the first node inits with the internal endpoint, two Terraform tokens that expire unless renewed, and the certificate key", () => {
    const [init, cluster, kubelet] = kubeadm(BASE);
    expect(init).toMatchObject({
      apiVersion: "kubeadm.k8s.io/v1beta4",
      kind: "InitConfiguration",
      bootstrapTokens: [
        { token: SLOTS.controlPlaneToken, ttl: "2h", groups: ["system:bootstrappers:kubeadm:default-node-token"] },
        // The workers' token cannot read the kubeadm-certs secret: its group is not kubeadm's.
        { token: SLOTS.workerToken, ttl: "2h", groups: ["system:bootstrappers:workers"] },
      ],
      certificateKey: SLOTS.certificateKey,
    });
    expect(init.nodeRegistration.taints).toBeUndefined();
    expect(cluster).toMatchObject({
      kind: "ClusterConfiguration",
      clusterName: "edge-dev",
      controlPlaneEndpoint: `${ENDPOINT.name}:6443`,
      // Clients outside the VNet use the public host; nodes the internal name.
      apiServer: { certSANs: [SLOTS.apiHost, ENDPOINT.name, ENDPOINT.address] },
      networking: { podSubnet: "192.168.0.0/16", serviceSubnet: "10.96.0.0/12", dnsDomain: "cluster.local" },
    });
    expect(kubelet).toEqual({
      apiVersion: "kubelet.config.k8s.io/v1beta1",
      kind: "KubeletConfiguration",
      cgroupDriver: "systemd",
    });
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
      discovery: {
        bootstrapToken: {
          apiServerEndpoint: `${ENDPOINT.name}:6443`,
          token: SLOTS.controlPlaneToken,
          caCertHashes: ["__CA_CERT_HASH__"],
        },
      },
      controlPlane: { certificateKey: SLOTS.certificateKey },
    });
    const [worker] = kubeadm({ ...BASE, role: "worker", taints: [{ key: "k", effect: "NoExecute" }] });
    expect(worker.controlPlane).toBeUndefined();
    expect(worker.discovery.bootstrapToken).toMatchObject({
      apiServerEndpoint: `${ENDPOINT.name}:6443`,
      token: SLOTS.workerToken,
    });
    expect(rendered({ ...BASE, role: "worker" })).not.toContain(SLOTS.controlPlaneToken);
    expect(worker.nodeRegistration).toEqual({
      kubeletExtraArgs: [
        { name: "cloud-provider", value: "external" },
        { name: "node-labels", value: "__NODE_LABELS__" },
      ],
      taints: [{ key: "k", value: "", effect: "NoExecute" }],
    });
  });

  it("only the first node receives the CA key; every node receives the CA certificate", () => {
    const init = files(rendered(BASE));
    expect(init["/etc/kubernetes-bootstrap/pki/ca.key"]).toEqual({
      path: "/etc/kubernetes-bootstrap/pki/ca.key",
      content: SLOTS.caKeyBase64,
      encoding: "b64",
      permissions: "0600",
    });
    for (const role of ["control-plane", "worker"] as const) {
      const f = files(rendered({ ...BASE, role }));
      expect(f["/etc/kubernetes-bootstrap/pki/ca.key"]).toBeUndefined();
      expect(f["/etc/kubernetes-bootstrap/pki/ca.crt"].content).toBe(SLOTS.caCertificateBase64);
      expect(rendered({ ...BASE, role })).not.toContain(SLOTS.caKeyBase64);
    }
  });

  it("installs the pinned patch release, or the newest of the minor", () => {
    const settings = (v: string) =>
      files(rendered({ ...BASE, kubernetesVersion: v }))["/etc/kubernetes-bootstrap/node.env"].content;
    expect(settings("1.33.5")).toContain("KUBERNETES_MINOR='1.33'\nKUBERNETES_PATCH='1.33.5'");
    expect(settings("1.32")).toContain("KUBERNETES_MINOR='1.32'\nKUBERNETES_PATCH=''");
    const script = files(rendered(BASE))["/usr/local/sbin/kubernetes-bootstrap"].content;
    expect(script).toContain(". '/etc/kubernetes-bootstrap/node.env'");
    expect(script).toContain("https://pkgs.k8s.io/core:/stable:/v$KUBERNETES_MINOR/deb/");
  });

  it("points containerd's sandbox image at kubeadm's pause image, keeping the TOML quoted", () => {
    const script = files(rendered(BASE))["/usr/local/sbin/kubernetes-bootstrap"].content;
    const sed = script
      .split("\n")
      .find((l) => l.includes("sandbox_image = "))!
      .trim();
    const dir = tempDir("containerd-");
    const config = join(dir, "config.toml");
    writeFileSync(config, '[plugins."io.containerd.grpc.v1.cri"]\n  sandbox_image = "registry.k8s.io/pause:3.8"\n');
    const run = spawnSync("bash", [...BASH_WITHOUT_RC, "-c", sed.replace("/etc/containerd/config.toml", config)], {
      env: { PATH: process.env.PATH, PAUSE_IMAGE: "registry.k8s.io/pause:3.10" },
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(readFileSync(config, "utf8")).toBe(
      '[plugins."io.containerd.grpc.v1.cri"]\n  sandbox_image = "registry.k8s.io/pause:3.10"\n',
    );
  });

  it("pins the CA by the sha256 of its public key, as kubeadm computes it", () => {
    const script = files(rendered({ ...BASE, role: "worker" }))["/usr/local/sbin/kubernetes-bootstrap"].content;
    const line = script
      .split("\n")
      .find((l) => l.startsWith("  CA_HASH="))!
      .trim();
    const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const dir = tempDir("ca-");
    const keyFile = join(dir, "ca.key");
    writeFileSync(keyFile, privateKey.export({ type: "pkcs1", format: "pem" }));
    const cert = spawnSync(
      "openssl",
      ["req", "-x509", "-new", "-key", keyFile, "-subj", "/CN=kubernetes", "-days", "1", "-out", join(dir, "ca.crt")],
      { encoding: "utf8" },
    );
    expect(cert.status).toBe(0);
    const run = spawnSync(
      "bash",
      [
        ...BASH_WITHOUT_RC,
        "-c",
        `${line.replace("'/etc/kubernetes-bootstrap/pki/ca.crt'", join(dir, "ca.crt"))}; echo "$CA_HASH"`,
      ],
      { encoding: "utf8" },
    );
    const expected = createHash("sha256")
      .update(publicKey.export({ type: "spki", format: "der" }))
      .digest("hex");
    expect(run.stdout.trim()).toBe(`sha256:${expected}`);
  });

  it("writes the node labels and kubeadm's version into the kubeadm configuration", () => {
    const script = files(rendered(BASE))["/usr/local/sbin/kubernetes-bootstrap"].content;
    const line = script.split("\n").find((l) => l.startsWith('sed -i -e "s|__NODE_LABELS__'))!;
    const dir = tempDir("kubeadm-");
    const config = join(dir, "kubeadm.yaml");
    writeFileSync(config, files(rendered(BASE))["/etc/kubernetes-bootstrap/kubeadm.yaml"].content);
    writeFileSync(join(dir, "kubeadm"), "#!/bin/sh\necho v1.33.5\n", { mode: 0o755 });
    const labels =
      "topology.kubernetes.io/region=westeurope,topology.kubernetes.io/zone=westeurope-2,example.com/role=x";
    const run = spawnSync("bash", [...BASH_WITHOUT_RC, "-c", line.replace('"$CONFIG"', config)], {
      env: { PATH: `${dir}:${process.env.PATH}`, LABELS: labels },
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const [init, cluster] = parseAllDocuments(readFileSync(config, "utf8")).map((d) => d.toJS());
    expect(init.nodeRegistration.kubeletExtraArgs).toEqual([
      { name: "cloud-provider", value: "external" },
      { name: "node-labels", value: labels },
    ]);
    expect(cluster.kubernetesVersion).toBe("v1.33.5");
  });

  it("the first node applies Calico's VXLAN manifest unless the CNI is none", () => {
    const settings = (input: Input) => files(rendered(input))["/etc/kubernetes-bootstrap/node.env"].content;
    expect(settings(BASE)).toContain(
      "CNI_MANIFEST='https://raw.githubusercontent.com/projectcalico/calico/v3.30.3/manifests/calico-vxlan.yaml'",
    );
    expect(settings({ ...BASE, cni: "none" })).toContain("CNI_MANIFEST=''");
    expect(settings({ ...BASE, role: "worker" })).toContain("CNI_MANIFEST=''");
  });

  it("control-plane nodes renew what later joins need every hour; workers carry none of it", () => {
    const cp = files(rendered({ ...BASE, role: "control-plane" }));
    expect(cp["/etc/systemd/system/kubernetes-join-renewal.timer"].content).toContain("OnUnitActiveSec=1h");
    expect(cp["/etc/kubernetes-bootstrap/join.env"]).toEqual({
      path: "/etc/kubernetes-bootstrap/join.env",
      permissions: "0600",
      content: `CERTIFICATE_KEY='${SLOTS.certificateKey}'\nCONTROL_PLANE_TOKEN='${SLOTS.controlPlaneToken}'\nWORKER_TOKEN='${SLOTS.workerToken}'\n`,
    });
    const worker = files(rendered({ ...BASE, role: "worker" }));
    expect(Object.keys(worker).filter((path) => /join|renewal/.test(path))).toEqual([]);
  });

  it("binds the workers' token group to what kubeadm join needs, and not to the kubeadm-certs secret", () => {
    const rbac = parseAllDocuments(
      files(rendered(BASE))["/etc/kubernetes-bootstrap/worker-join-rbac.yaml"].content,
    ).map((d) => d.toJS());
    expect(rbac.map((b) => `${b.kind}/${b.roleRef.name}`)).toEqual([
      "RoleBinding/kubeadm:nodes-kubeadm-config",
      "RoleBinding/kubeadm:kubelet-config",
      "ClusterRoleBinding/kubeadm:get-nodes",
      "ClusterRoleBinding/system:node-bootstrapper",
      "ClusterRoleBinding/system:certificates.k8s.io:certificatesigningrequests:nodeclient",
    ]);
    expect(rbac.every((b) => b.subjects[0].name === "system:bootstrappers:workers")).toBe(true);
  });

  it("extends a token that exists and recreates one that lapsed (the renewal script, run with kubectl and kubeadm stubbed)", () => {
    const script = files(rendered(BASE))["/usr/local/sbin/kubernetes-join-renewal"].content;
    const dir = tempDir("renewal-");
    writeFileSync(
      join(dir, "join.env"),
      `CERTIFICATE_KEY=k\nCONTROL_PLANE_TOKEN=${SLOTS.controlPlaneToken}\nWORKER_TOKEN=${SLOTS.workerToken}\n`,
    );
    // The control-plane token's secret exists, the workers' does not.
    writeFileSync(
      join(dir, "kubectl"),
      `#!/bin/sh\necho "kubectl $*" >> ${join(dir, "calls")}\ncase "$*" in *"get secret bootstrap-token-uvwxyz"*) exit 1;; esac\nexit 0\n`,
      { mode: 0o755 },
    );
    writeFileSync(join(dir, "kubeadm"), `#!/bin/sh\necho "kubeadm $*" >> ${join(dir, "calls")}\n`, { mode: 0o755 });
    const run = spawnSync(
      "bash",
      [...BASH_WITHOUT_RC, "-c", script.replace("/etc/kubernetes-bootstrap/join.env", join(dir, "join.env"))],
      {
        env: { PATH: `${dir}:${process.env.PATH}` },
        encoding: "utf8",
      },
    );
    expect({ status: run.status, stderr: run.stderr }).toEqual({
      status: 0,
      stderr: expect.not.stringContaining("kubernetes-join-renewal"),
    });
    const calls = readFileSync(join(dir, "calls"), "utf8").trim().split("\n");
    expect(calls[0]).toBe("kubectl apply -f /etc/kubernetes-bootstrap/worker-join-rbac.yaml");
    expect(calls[1]).toMatch(/^kubeadm init phase upload-certs --upload-certs --certificate-key k /);
    expect(calls).toContainEqual(
      expect.stringMatching(
        /^kubectl -n kube-system patch secret bootstrap-token-abcdef --type merge -p \{"stringData":\{"expiration":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\}\}$/,
      ),
    );
    expect(calls).toContainEqual(
      `kubeadm token create ${SLOTS.workerToken} --ttl 2h --groups system:bootstrappers:workers --usages signing,authentication --description Renewed by kubernetes-join-renewal`,
    );
  });

  it("points the API name at the internal load balancer, and a joined control-plane node at itself (/etc/hosts, run for real)", () => {
    const script = files(rendered({ ...BASE, role: "control-plane" }))["/usr/local/sbin/kubernetes-bootstrap"].content;
    const fn = script.slice(
      script.indexOf("point_api_name_at() {"),
      script.indexOf("}\n", script.indexOf("point_api_name_at() {")) + 2,
    );
    const hosts = join(tempDir("hosts-"), "hosts");
    writeFileSync(hosts, "127.0.0.1 localhost\n10.0.255.254 api.edge-dev.internal\n");
    const body = fn.split("/etc/hosts").join(hosts);
    const run = spawnSync(
      "bash",
      [...BASH_WITHOUT_RC, "-c", `set -euo pipefail\nAPI_NAME=${ENDPOINT.name}\n${body}\npoint_api_name_at 127.0.0.1`],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(0);
    expect(readFileSync(hosts, "utf8")).toBe("127.0.0.1 localhost\n127.0.0.1 api.edge-dev.internal\n");
    expect(script).toMatch(
      /until kubeadm join [\s\S]*done\n {2}if \[ "\$ROLE" = control-plane \]; then point_api_name_at 127\.0\.0\.1; fi/,
    );
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
        `NO_PROXY='localhost,127.0.0.1,169.254.169.254,10.0.0.0/8,${ENDPOINT.name}'`,
        `no_proxy='localhost,127.0.0.1,169.254.169.254,10.0.0.0/8,${ENDPOINT.name}'`,
        "",
      ].join("\n"),
    });
    for (const unit of ["containerd", "kubelet"]) {
      expect(f[`/etc/systemd/system/${unit}.service.d/http-proxy.conf`].content).toBe(
        "[Service]\nEnvironmentFile=/etc/kubernetes-bootstrap/proxy.env\n",
      );
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
  it("renders once when no input spells @@, and tries tags until one is safe when one does", () => {
    let renders = 0;
    const render = (value: string) => (markers: { apiHost: string }) => {
      renders++;
      return `${value} ${markers.apiHost}`;
    };
    expect(renderWithSlots(render("plain"), { value: "plain" })).toEqual({ text: "plain @@0:apiHost@@", tag: 0 });
    expect(renders).toBe(1);
    renders = 0;
    expect(renderWithSlots(render("@@0:apiHost@@"), { value: "@@0:apiHost@@" }).tag).toBe(1);
    expect(renders).toBeGreaterThan(2);
  });

  it("never fills a slot a spec value spells: markers are chosen to occur nowhere else", () => {
    // What the renderer would have used as markers, written into every spec value that reaches a node.
    const spelled = ["@@0:caKeyBase64@@", "@@0:workerToken@@", "@@1:caKeyBase64@@"].join("/");
    const hostile: Input = {
      ...BASE,
      role: "worker",
      nodeLabels: { "example.com/x": "y" },
      proxy: {
        httpProxy: `http://proxy.example.com:3128/${spelled}`,
        noProxy: [`.${spelled.replace(/\//g, "")}.example.com`],
        trustedCa: `-----BEGIN CERTIFICATE-----\n${spelled}\n-----END CERTIFICATE-----`,
      },
    };
    const slotted = template(hostile);
    expect(slotted.tag).toBeGreaterThan(1);
    const filled = fillSlots(slotted, { ...SLOTS, caKeyBase64: "SECRET-CA-KEY", workerToken: "SECRET-TOKEN" });
    expect(filled).not.toContain("SECRET-CA-KEY");
    expect(filled.split(spelled).length - 1).toBeGreaterThanOrEqual(2);
    expect(filled).toContain(SLOTS.caCertificateBase64);
  });

  it("escapes the shell's ${...} so Terraform leaves it alone, and nothing else changes", () => {
    const template = rendered({ ...BASE, role: "control-plane" });
    expect(template).toContain("${HOSTNAME##*-}");
    expect(template).toContain("${1%%.*}");
    const escaped = escapeTerraformTemplate(template);
    expect(escaped).not.toMatch(/(?<!\$)\$\{/);
    expect(escaped).toContain("$${HOSTNAME##*-}");
    expect(unescapeTerraformTemplate(escaped)).toBe(template);
    expect(escapeTerraformTemplate("a %{if x} b")).toBe("a %%{if x} b");
  });

  it("fits Azure's 64 KiB custom data, and says so when a proxy CA bundle makes it too big", () => {
    expect(customDataSizeProblem(template({ ...BASE, proxy: PROXY }))).toBeUndefined();
    const bundle = Array.from(
      { length: 40 },
      () => `-----BEGIN CERTIFICATE-----\n${"A".repeat(1700)}\n-----END CERTIFICATE-----`,
    ).join("\n");
    const tooBig = customDataSizeProblem(template({ ...BASE, proxy: { ...PROXY, trustedCa: bundle } }));
    expect(tooBig?.code).toBe("custom-data-size");
    expect(tooBig?.message).toContain("65535");
  });
});
