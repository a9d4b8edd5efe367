/** Packs stacks composed from real cluster stacks: AKS lookups, IaaS stack outputs, proxy in both topologies. */
import { App } from "cdktf";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addEnvironmentStacks } from "../../src/app/environment-app";
import { environmentFromYaml, tempDir } from "../helpers";

const SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGM/fK7n3Y1+zDyAmBhAIztr9nQ2IqnUbZH+FvmF9qvQ test@example.com";

const env = environmentFromYaml(`location: westeurope
resourceGroup: rg-test
backend: { type: azurerm, resourceGroupName: rg-state, storageAccountName: ststate, containerName: tfstate }
privateCloudGateways:
  - name: pcg
    vnet: { name: vnet-pcg, resourceGroup: rg-network, addressSpace: ["10.20.0.0/16"] }
    proxy:
      httpProxy: http://proxy.corp.example:3128
      httpsProxy: http://proxy.corp.example:3128
      noProxy: [.corp.example]
clusters:
  - name: apps
    type: aks
    kubernetesVersion: "1.33"
    managedControlPlane:
      aadProfile: { managed: true, adminGroupObjectIDs: [9a4d2f6e-1c8b-4e07-b3a5-7e2f9c1d6b48] }
    network:
      workerSubnet: { cidr: 10.20.4.0/22, routeTable: { name: rt-firewall } }
    packs:
      - pack:
          namespace: example
          namespaceLabels: { "spectrocloud.com/connection": "proxy" }
  - name: edge
    type: iaas
    kubernetesVersion: "1.33.5"
    sshPublicKey: ${SSH_KEY}
    controlPlane: { count: 1 }
    workerPools: [{ name: workers, count: 2 }]
    network:
      controlPlaneSubnet: { cidr: 10.20.1.0/24 }
      workerSubnet: { cidr: 10.20.8.0/22 }
    packs:
      - pack:
          namespace: example
          namespaceLabels: { "spectrocloud.com/connection": "proxy" }
  - name: local
    type: aks
    kubernetesVersion: "1.33"
    managedControlPlane:
      aadProfile: { managed: false }
    network:
      workerSubnet: { cidr: 10.20.16.0/22, routeTable: { name: rt-firewall } }
    packs:
      - pack: { namespace: team-a }
  - name: nopacks
    type: aks
    kubernetesVersion: "1.33"
    network:
      workerSubnet: { cidr: 10.20.12.0/22, routeTable: { name: rt-firewall } }
`);

function synthAll(stacks?: string[], login?: "azurecli" | "workloadidentity") {
  const outdir = tempDir();
  const app = new App({ outdir });
  const names = addEnvironmentStacks(app, [env], { stacks }, { kubeloginLogin: login });
  app.synth();
  const read = (stack: string) => JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
  const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8"));
  return { names, read, manifest };
}

describe("packs stacks wired to their cluster stacks", () => {
  const { names, read, manifest } = synthAll();

  it("adds <env>-<cluster>-packs only for clusters with packs, after the cluster stack", () => {
    expect(names).toEqual([
      "test-apps",
      "test-apps-packs",
      "test-edge",
      "test-edge-packs",
      "test-local",
      "test-local-packs",
      "test-nopacks",
    ]);
    expect(manifest.stacks["test-apps-packs"].dependencies).toEqual(["test-apps"]);
    expect(manifest.stacks["test-edge-packs"].dependencies).toEqual(["test-edge"]);
  });

  it("AKS: looks the cluster up through the Azure API (no remote state, so no workspace sharing) and logs in with kubelogin", () => {
    const packs = read("test-apps-packs");
    expect(packs.data.terraform_remote_state).toBeUndefined();
    const [lookup, cluster] = Object.entries<any>(packs.data.azurerm_kubernetes_cluster)[0];
    // Literal names: nothing from the cluster stack's state.
    expect(cluster).toMatchObject({ name: "apps-test-aks", resource_group_name: "rg-test" });
    const provider = packs.provider.kubernetes[0];
    expect(provider.host).toBe(`\${data.azurerm_kubernetes_cluster.${lookup}.kube_config[0].host}`);
    expect(provider.cluster_ca_certificate).toBe(
      `\${base64decode(data.azurerm_kubernetes_cluster.${lookup}.kube_config[0].cluster_ca_certificate)}`,
    );
    expect(provider.exec[0]).toMatchObject({
      command: "kubelogin",
      args: ["get-token", "--login", "azurecli", "--server-id", "6dae42f8-4368-4678-94ff-3960e28e3630"],
    });
    expect(packs.provider.azurerm).toBeDefined();
    // The cluster stack carries no outputs for it.
    expect(Object.keys(read("test-apps").output).filter((name) => name.startsWith("cross-stack"))).toEqual([]);
    expect(packs.resource.kubernetes_namespace_v1.packs_example.metadata.labels).toEqual({
      "spectrocloud.com/connection": "proxy",
    });
  });

  it("IaaS: the namespaces wait until the API server answers /readyz (the nodes boot after their stack is applied)", () => {
    const packs = read("test-edge-packs");
    const [name, check] = Object.entries<any>(packs.data.http)[0];
    expect(check).toMatchObject({
      retry: { attempts: 60, min_delay_ms: 10000, max_delay_ms: 30000 },
      request_timeout_ms: 10000,
      url: "${data.terraform_remote_state.cluster.outputs.api_server_url}/readyz",
    });
    expect(check.client_cert_pem).toContain("data.terraform_remote_state.");
    expect(check.lifecycle.postcondition[0].condition).toBe("${self.status_code == 200}");
    expect(packs.resource.kubernetes_namespace_v1.packs_example.depends_on).toEqual([`data.http.${name}`]);
    expect(packs.terraform.required_providers.http).toEqual({ source: "hashicorp/http", version: "3.5.0" });
  });

  it("AKS: no readiness wait (the cluster resource is created when its API server is up), with Entra ID or local accounts", () => {
    expect(read("test-apps-packs").data.http).toBeUndefined();
    expect(read("test-apps-packs").resource.kubernetes_namespace_v1.packs_example.depends_on).toBeUndefined();
    const local = read("test-local-packs");
    expect(local.provider.kubernetes[0].client_certificate).toMatch(
      /^\$\{base64decode\(data\.azurerm_kubernetes_cluster\.[\w-]+\.kube_config\[0\]\.client_certificate\)\}$/,
    );
    expect(local.data.http).toBeUndefined();
  });

  it("AKS: a pipeline picks the kubelogin login with PALETTE_KUBELOGIN_LOGIN", () => {
    expect(
      synthAll(["test-apps-packs"], "workloadidentity").read("test-apps-packs").provider.kubernetes[0].exec[0].args,
    ).toContain("workloadidentity");
  });

  it("IaaS: reads the cluster stack's own outputs, by name, from its state where its backend keeps it", () => {
    const packs = read("test-edge-packs");
    const output = (name: string) => `data.terraform_remote_state.cluster.outputs.${name}`;
    expect(packs.provider.kubernetes[0]).toEqual({
      host: `\${${output("api_server_url")}}`,
      cluster_ca_certificate: `\${base64decode(${output("cluster_ca_certificate")})}`,
      client_certificate: `\${${output("admin_client_certificate")}}`,
      client_key: `\${${output("admin_client_key")}}`,
    });
    expect(packs.data.terraform_remote_state.cluster).toEqual({
      backend: "azurerm",
      config: {
        resource_group_name: "rg-state",
        storage_account_name: "ststate",
        container_name: "tfstate",
        key: "test-edge.tfstate",
        use_azuread_auth: true,
      },
    });
    expect(Object.keys(read("test-edge").output)).toEqual(
      expect.arrayContaining([
        "api_server_url",
        "cluster_ca_certificate",
        "admin_client_certificate",
        "admin_client_key",
      ]),
    );
    // Nothing generated for it: the cluster stack's JSON does not depend on which stacks a run builds.
    expect(Object.keys(read("test-edge").output).filter((name) => name.startsWith("cross-stack"))).toEqual([]);
  });

  it("both topologies get the gateway's proxy, with the cluster's own no-proxy entries added", () => {
    const aks = read("test-apps").resource.azurerm_kubernetes_cluster;
    const proxy = (Object.values(aks)[0] as any).http_proxy_config;
    expect(proxy).toMatchObject({
      http_proxy: "http://proxy.corp.example:3128",
      https_proxy: "http://proxy.corp.example:3128",
    });
    expect(proxy.no_proxy).toEqual(expect.arrayContaining([".corp.example", "169.254.169.254", "10.20.0.0/16"]));
    const iaas = JSON.stringify(read("test-edge"));
    expect(iaas).toContain("http://proxy.corp.example:3128");
    expect(iaas).toContain("169.254.169.254");
  });

  it("builds a cluster stack and its packs stack together, whichever of them is selected", () => {
    expect(synthAll(["test-edge-packs"]).names).toEqual(["test-edge", "test-edge-packs"]);
    expect(synthAll(["test-edge"]).names).toEqual(["test-edge", "test-edge-packs"]);
    expect(synthAll(["test-nopacks"]).names).toEqual(["test-nopacks"]);
  });

  it("writes the same cluster stack JSON whatever the selection (its outputs feed the packs stack)", () => {
    for (const stack of ["test-apps", "test-edge"]) {
      expect(synthAll([stack]).read(stack)).toEqual(read(stack));
      expect(synthAll([`${stack}-packs`]).read(stack)).toEqual(read(stack));
    }
  });
});
