/**
 * What makes an IaaS cluster run workloads, in the rendered bootstrap: azure.json on every node (no
 * credential in it), kubelet's external cloud provider from the first boot, and the add-ons the first
 * control-plane node applies: cloud-provider-azure, the checksum-verified CNI, the Azure Disk CSI
 * driver and its default storage class. Manifests are parsed as Kubernetes would read them.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, parseAllDocuments } from "yaml";
import { CloudConfigInput, renderCloudConfig } from "../../src/iaas/bootstrap/cloud-config";
import { fillSlots, renderWithSlots } from "../../src/iaas/bootstrap/template-slots";
import { addonFiles } from "../../src/iaas/bootstrap/addons";
import { azureDiskCsiManifests } from "../../src/iaas/bootstrap/azure-disk-csi-manifests";
import { cloudProviderManifests } from "../../src/iaas/bootstrap/cloud-provider-manifests";
import { renderManifests } from "../../src/iaas/bootstrap/kubernetes-manifests";
import { BASH_WITHOUT_RC, tempDir } from "../helpers";
import { CLOUD_INIT, describeWithTool } from "../system-tool";
import { cloudInitSchemas, SchemaResult } from "./cloud-init";
import { SAMPLE_SLOTS } from "./fixtures";

type Input = Omit<CloudConfigInput, "markers">;
type WrittenFile = { path: string; content: string; permissions: string; encoding?: string };

const BASE: Input = {
  role: "init",
  clusterName: "edge-dev",
  endpoint: { name: "api.edge-dev.internal", address: "10.0.0.254" },
  kubernetesVersion: "1.33.5",
  location: "westeurope",
  podCidr: "192.168.0.0/16",
  serviceCidr: "100.64.0.0/16",
  dnsDomain: "cluster.local",
};
const PROXY = {
  httpsProxy: "http://user:secret@proxy.example.com:3128",
  noProxy: ["localhost", "169.254.169.254", "10.0.0.0/8"],
};
const ROLES: Input["role"][] = ["init", "control-plane", "worker"];

const rendered = (input: Input) =>
  fillSlots(
    renderWithSlots((markers) => renderCloudConfig({ ...input, markers }), input),
    SAMPLE_SLOTS,
  );
const files = (input: Input): Record<string, WrittenFile> =>
  Object.fromEntries((parse(rendered(input)).write_files as WrittenFile[]).map((f) => [f.path, f]));
const manifests = (input: Input, path: string): any[] =>
  parseAllDocuments(files(input)[path].content).map((d) => {
    expect(d.errors).toEqual([]);
    return d.toJS();
  });
const CLOUD_PROVIDER = "/etc/kubernetes-bootstrap/addons/cloud-provider-azure.yaml";
const DISK_CSI = "/etc/kubernetes-bootstrap/addons/azuredisk-csi.yaml";
const PROXY_SECRET = "/etc/kubernetes-bootstrap/addons/azure-api-proxy.yaml";

/** Every container of every workload in a list of objects. */
const containersOf = (objects: any[]) =>
  objects.flatMap((o) =>
    o.spec?.template ? [...(o.spec.template.spec.initContainers ?? []), ...o.spec.template.spec.containers] : [],
  );
const workload = (objects: any[], name: string) => objects.find((o) => o.metadata.name === name && o.spec?.template);

describe("azure.json", () => {
  it.each(ROLES)("is on the %s node, root only, and names the cluster's Azure resources", (role) => {
    const file = files({ ...BASE, role })["/etc/kubernetes/azure.json"];
    expect(file.permissions).toBe("0600");
    const config = JSON.parse(file.content);
    expect(config).toEqual({
      cloud: "AzurePublicCloud",
      tenantId: SAMPLE_SLOTS.tenantId,
      subscriptionId: SAMPLE_SLOTS.subscriptionId,
      resourceGroup: SAMPLE_SLOTS.resourceGroup,
      location: "westeurope",
      vmType: "vmss",
      vnetName: SAMPLE_SLOTS.vnetName,
      vnetResourceGroup: SAMPLE_SLOTS.vnetResourceGroup,
      subnetName: SAMPLE_SLOTS.subnetName,
      securityGroupName: SAMPLE_SLOTS.securityGroupName,
      securityGroupResourceGroup: SAMPLE_SLOTS.securityGroupResourceGroup,
      loadBalancerName: "edge-dev-services",
      loadBalancerSku: "standard",
      loadBalancerBackendPoolConfigurationType: "nodeIP",
      disableOutboundSNAT: true,
      excludeMasterFromStandardLB: true,
      useManagedIdentityExtension: true,
      userAssignedIdentityID: SAMPLE_SLOTS.identityClientId,
      useInstanceMetadata: true,
      tags: "palette-cluster=edge-dev",
    });
  });

  it("holds no credential: the managed identity's client id, never a secret or certificate", () => {
    const config = JSON.parse(files(BASE)["/etc/kubernetes/azure.json"].content);
    for (const key of ["aadClientId", "aadClientSecret", "aadClientCertPath", "aadClientCertPassword"])
      expect(config).not.toHaveProperty(key);
  });

  it("names the worker subnet's route table only when it has one", () => {
    const config = JSON.parse(files({ ...BASE, workerRouteTable: true })["/etc/kubernetes/azure.json"].content);
    expect(config).toMatchObject({ routeTableName: "rt-firewall", routeTableResourceGroup: "rg-hub" });
    expect(JSON.parse(files(BASE)["/etc/kubernetes/azure.json"].content)).not.toHaveProperty("routeTableName");
  });

  it("tags what the cloud provider creates with the cluster, for force-delete", () => {
    expect(JSON.parse(files(BASE)["/etc/kubernetes/azure.json"].content).tags).toBe("palette-cluster=edge-dev");
  });

  it("gives the services' load balancer a name of its own, never the API server's or the egress one", () => {
    const name = JSON.parse(files(BASE)["/etc/kubernetes/azure.json"].content).loadBalancerName;
    // cloud-provider-azure names its internal one `<name>-internal`.
    for (const ours of ["edge-dev-apiserver-lb", "edge-dev-apiserver-ilb", "edge-dev-egress-lb"]) {
      expect([name, `${name}-internal`]).not.toContain(ours);
    }
  });
});

describe("kubelet", () => {
  const kubeadm = (input: Input, path = "/etc/kubernetes-bootstrap/kubeadm.yaml") =>
    parseAllDocuments(files(input)[path].content).map((d) => d.toJS());

  it.each(ROLES)("the %s node's kubelet runs with the external cloud provider from its first boot", (role) => {
    const registration = kubeadm({ ...BASE, role }).find((d) => d.nodeRegistration)!.nodeRegistration;
    expect(registration.kubeletExtraArgs).toContainEqual({ name: "cloud-provider", value: "external" });
  });

  it("so does a replaced first node that joins the running cluster", () => {
    const [rejoin] = kubeadm(BASE, "/etc/kubernetes-bootstrap/kubeadm-rejoin.yaml");
    expect(rejoin.nodeRegistration.kubeletExtraArgs).toContainEqual({ name: "cloud-provider", value: "external" });
  });
});

describe("add-ons of the first control-plane node", () => {
  it("are the text the manifests render to for each cluster, though rendered once per version", () => {
    for (const clusterName of ["edge-dev", "x1-prod"]) {
      const written = addonFiles({ kubernetesVersion: "1.33.5", clusterName });
      const content = (path: string) => written.find((f) => f.path === path)!.content;
      expect(content(CLOUD_PROVIDER)).toBe(
        renderManifests(cloudProviderManifests({ kubernetesVersion: "1.33.5", clusterName, proxied: false })),
      );
      expect(content(DISK_CSI)).toBe(renderManifests(azureDiskCsiManifests({ clusterName, proxied: false })));
    }
  });

  it("are written on the first control-plane node only, root only", () => {
    const written = files(BASE);
    for (const path of [CLOUD_PROVIDER, DISK_CSI]) expect(written[path].permissions).toBe("0600");
    expect(written["/usr/local/sbin/kubernetes-addons"].permissions).toBe("0700");
    for (const role of ["control-plane", "worker"] as const) {
      expect(Object.keys(files({ ...BASE, role })).filter((p) => /addons/.test(p))).toEqual([]);
    }
  });

  it("pin every image by exact version, cloud-provider-azure to the cluster's minor", () => {
    const images = (input: Input) =>
      [...manifests(input, CLOUD_PROVIDER), ...manifests(input, DISK_CSI)].flatMap((o) =>
        containersOf([o]).map((c: any) => c.image as string),
      );
    for (const image of images(BASE)) expect(image).toMatch(/:v\d+\.\d+\.\d+$|@sha256:[0-9a-f]{64}$/);
    expect(images(BASE)).toContain("mcr.microsoft.com/oss/v2/kubernetes/azure-cloud-controller-manager:v1.33.12");
    expect(images(BASE)).toContain("mcr.microsoft.com/oss/v2/kubernetes/azure-cloud-node-manager:v1.33.12");
    expect(images({ ...BASE, kubernetesVersion: "1.31" })).toContain(
      "mcr.microsoft.com/oss/kubernetes/azure-cloud-controller-manager:v1.31.12",
    );
  });

  it("run cloud-controller-manager on the control-plane nodes for this cluster, without routes or node CIDRs", () => {
    const objects = manifests(BASE, CLOUD_PROVIDER);
    const ccm = workload(objects, "cloud-controller-manager");
    expect(ccm.kind).toBe("DaemonSet");
    expect(ccm.spec.template.spec.nodeSelector).toMatchObject({ "node-role.kubernetes.io/control-plane": "" });
    expect(ccm.spec.template.spec.hostNetwork).toBe(true);
    expect(ccm.spec.template.spec.containers[0].args).toEqual(
      expect.arrayContaining([
        "--cloud-provider=azure",
        "--cloud-config=/etc/kubernetes/azure.json",
        "--cluster-name=edge-dev",
        "--controllers=*,-cloud-node",
        "--configure-cloud-routes=false",
        "--allocate-node-cidrs=false",
        "--leader-elect=true",
      ]),
    );
    const cnm = workload(objects, "cloud-node-manager");
    expect(cnm.spec.template.spec.tolerations).toEqual([{ operator: "Exists" }]);
    expect(cnm.spec.template.spec.containers[0].args).toContain("--use-instance-metadata=true");
  });

  it("mount azure.json alone, read-only: never the control plane's /etc/kubernetes (admin.conf, the CA key)", () => {
    const objects = [...manifests(BASE, CLOUD_PROVIDER), ...manifests(BASE, DISK_CSI)];
    const hostPaths = objects.flatMap((o) =>
      (o.spec?.template?.spec.volumes ?? []).flatMap((v: any) => (v.hostPath ? [v.hostPath.path] : [])),
    );
    expect(hostPaths).toContain("/etc/kubernetes/azure.json");
    expect(
      hostPaths.filter((p: string) => p.startsWith("/etc/kubernetes") && p !== "/etc/kubernetes/azure.json"),
    ).toEqual([]);
    // The node manager reads the Instance Metadata Service only.
    expect(workload(objects, "cloud-node-manager").spec.template.spec.volumes).toBeUndefined();
  });

  it("grant no add-on every secret of the cluster", () => {
    const objects = [...manifests(BASE, CLOUD_PROVIDER), ...manifests(BASE, DISK_CSI)];
    const secretRules = objects
      .filter((o) => o.kind === "ClusterRole" || o.kind === "Role")
      .flatMap((o) =>
        o.rules.filter((r: any) => r.resources.includes("secrets")).map((r: any) => ({ kind: o.kind, r })),
      );
    expect(secretRules).toEqual([
      {
        kind: "Role",
        r: { apiGroups: [""], resources: ["secrets"], resourceNames: ["azure-cloud-provider"], verbs: ["get"] },
      },
    ]);
  });

  it("make one default storage class: Azure disks created in the pod's zone (WaitForFirstConsumer)", () => {
    const classes = manifests(BASE, DISK_CSI).filter((o) => o.kind === "StorageClass");
    const defaults = classes.filter(
      (c) => c.metadata.annotations?.["storageclass.kubernetes.io/is-default-class"] === "true",
    );
    expect(defaults).toEqual([
      expect.objectContaining({
        metadata: expect.objectContaining({ name: "managed-csi" }),
        provisioner: "disk.csi.azure.com",
        parameters: { skuName: "StandardSSD_LRS", tags: "palette-cluster=edge-dev" },
        volumeBindingMode: "WaitForFirstConsumer",
        allowVolumeExpansion: true,
      }),
    ]);
    expect(classes.map((c) => c.metadata.name)).toEqual(["managed-csi", "managed-csi-premium", "managed-csi-zrs"]);
    // Every class tags its disks with the cluster: force-delete finds what a destroy leaves behind by it.
    expect(classes.map((c) => c.parameters.tags)).toEqual(Array(3).fill("palette-cluster=edge-dev"));
    const csi = manifests(BASE, DISK_CSI);
    expect(workload(csi, "csi-azuredisk-controller").spec.template.spec.nodeSelector).toMatchObject({
      "node-role.kubernetes.io/control-plane": "",
    });
    expect(workload(csi, "csi-azuredisk-node").spec.template.spec.tolerations).toEqual([{ operator: "Exists" }]);
  });

  it("behind a proxy, give the add-ons that call Azure the proxy from a Secret, not in their specs", () => {
    const input = { ...BASE, proxy: PROXY };
    const [secret] = manifests(input, PROXY_SECRET);
    expect(secret).toMatchObject({
      kind: "Secret",
      metadata: { name: "azure-api-proxy", namespace: "kube-system" },
      stringData: { HTTPS_PROXY: PROXY.httpsProxy, NO_PROXY: PROXY.noProxy.join(",") },
    });
    expect(files(input)[PROXY_SECRET].permissions).toBe("0600");
    const ccm = containersOf([workload(manifests(input, CLOUD_PROVIDER), "cloud-controller-manager")])[0];
    const driver = containersOf([workload(manifests(input, DISK_CSI), "csi-azuredisk-controller")]).find(
      (c: any) => c.name === "azuredisk",
    );
    for (const c of [ccm, driver]) expect(c.envFrom).toEqual([{ secretRef: { name: "azure-api-proxy" } }]);
    const everything = `${files(input)[CLOUD_PROVIDER].content}${files(input)[DISK_CSI].content}`;
    expect(everything).not.toContain("secret@");
    expect(files(BASE)[PROXY_SECRET]).toBeUndefined();
  });
});

describe("the add-ons script (run with kubectl and curl stubbed, sha256sum real)", () => {
  const CALICO = "kind: DaemonSet\nmetadata:\n  name: calico-node\n";
  function run(served: string, pinned = createHash("sha256").update(CALICO).digest("hex")) {
    const written = files(BASE);
    const dir = tempDir("addons-");
    const calls = join(dir, "calls");
    writeFileSync(calls, "");
    writeFileSync(join(dir, "served.yaml"), served);
    writeFileSync(
      join(dir, "curl"),
      `#!/bin/sh\necho "curl $*" >> ${calls}\nwhile [ $# -gt 0 ]; do case "$1" in -o) cp ${join(dir, "served.yaml")} "$2"; shift;; esac; shift; done\n`,
      { mode: 0o755 },
    );
    writeFileSync(join(dir, "kubectl"), `#!/bin/sh\necho "kubectl $*" >> ${calls}\n`, { mode: 0o755 });
    const settings = written["/etc/kubernetes-bootstrap/node.env"].content.replace(
      /^CNI_SHA256=.*$/m,
      `CNI_SHA256='${pinned}'`,
    );
    writeFileSync(join(dir, "node.env"), settings);
    const script = written["/usr/local/sbin/kubernetes-addons"].content
      .split("/etc/kubernetes-bootstrap/addons")
      .join(dir);
    const out = spawnSync("bash", [...BASH_WITHOUT_RC, "-c", script, "kubernetes-addons", join(dir, "node.env")], {
      env: { PATH: `${dir}:${process.env.PATH}` },
      encoding: "utf8",
    });
    return { status: out.status, calls: readFileSync(calls, "utf8").trim().split("\n"), stdout: out.stdout, dir };
  }

  it("applies the cloud provider, then the CNI whose sha256 is the pinned one, then the disk CSI driver", () => {
    const { status, calls, dir } = run(CALICO);
    expect(status).toBe(0);
    expect(calls).toEqual([
      `kubectl apply -f ${dir}/cloud-provider-azure.yaml`,
      expect.stringMatching(
        /^curl -fsSL -o \S+cni\.yaml\.download https:\/\/raw\.githubusercontent\.com\/projectcalico\/calico\/v3\.30\.3\/manifests\/calico-vxlan\.yaml$/,
      ),
      `kubectl apply -f ${dir}/cni.yaml`,
      `kubectl apply -f ${dir}/azuredisk-csi.yaml`,
    ]);
  });

  it("applies no CNI manifest whose sha256 differs, and stops there", () => {
    const { status, calls, stdout } = run(`${CALICO}# tampered\n`);
    expect(status).not.toBe(0);
    expect(stdout).toContain("sha256");
    expect(calls.filter((c) => c.startsWith("kubectl"))).toEqual([
      expect.stringContaining("cloud-provider-azure.yaml"),
    ]);
  });

  it("pins the sha256 of the release's manifest in the node settings", () => {
    expect(files(BASE)["/etc/kubernetes-bootstrap/node.env"].content).toContain(
      "CNI_SHA256='f2685c1a14fea83077ae7d2b7573b648c9ef8914479d91c7ba8aeea46f19db45'",
    );
    expect(files({ ...BASE, cni: "none" })["/etc/kubernetes-bootstrap/node.env"].content).toContain("CNI_SHA256=''");
  });

  it("is what the bootstrap runs after kubeadm init, before the joins are let in", () => {
    const script = files(BASE)["/usr/local/sbin/kubernetes-bootstrap"].content;
    const addons = script.indexOf("/usr/local/sbin/kubernetes-addons '/etc/kubernetes-bootstrap/node.env'");
    expect(addons).toBeGreaterThan(script.indexOf("kubeadm init --config"));
    expect(addons).toBeLessThan(script.indexOf("systemctl start kubernetes-join-renewal.service"));
    const check = spawnSync("bash", [...BASH_WITHOUT_RC, "-n"], {
      input: files(BASE)["/usr/local/sbin/kubernetes-addons"].content,
    });
    expect(check.status).toBe(0);
  });
});

describeWithTool(CLOUD_INIT, "cloud-init's schema", () => {
  const variants: [string, Input][] = [
    ["first control-plane node", BASE],
    ["first control-plane node behind a proxy, with a route table", { ...BASE, proxy: PROXY, workerRouteTable: true }],
    ["worker", { ...BASE, role: "worker" as const }],
  ];
  let results: SchemaResult[] = [];
  beforeAll(() => {
    results = cloudInitSchemas(variants.map(([, input]) => rendered(input)));
  });

  it.each(variants.map(([what], i) => [what, i] as const))(
    "the %s bootstrap with the cloud provider passes it",
    (_what, i) => {
      expect(results[i].output).not.toMatch(/error/i);
      expect(results[i].valid).toBe(true);
    },
  );
});
