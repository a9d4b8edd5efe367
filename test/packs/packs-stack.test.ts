import { TerraformStack, Testing } from "cdktf";
import { KubernetesAccess } from "../../src/core/kubernetes-access";
import { PackNamespaces } from "../../src/packs/pack-namespaces";
import { environmentFromYaml, validationIssuesOf } from "../helpers";
import { ValidationError } from "../../src/core/errors";
import { PacksStack } from "../../src/stacks/packs-stack";

const env = environmentFromYaml(`location: westeurope
resourceGroup: rg-test
backend: { type: cloud, organization: acme, workspacePrefix: k8s- }
privateCloudGateways:
  - name: pcg
    vnet: { name: pcg-vnet, resourceGroup: rg-net, addressSpace: ["10.0.0.0/8"] }
    proxy: { httpsProxy: "http://proxy:3128" }
clusters:
  - name: one
    type: aks
    kubernetesVersion: "1.33"
    network: { workerSubnet: { cidr: 10.1.0.0/24, routeTable: { name: rt } } }
    packs:
      - name: nginx
        pack:
          namespace: "example"
          namespaceLabels:
            "spectrocloud.com/connection": "proxy"
      - pack:
          namespace: monitoring
          namespaceAnnotations: { "example.com/owner": "team-a" }
`);

const certificate: KubernetesAccess = {
  host: "https://203.0.113.10:6443",
  clusterCaCertificate: "-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n",
  credentials: { kind: "clientCertificate", clientCertificate: "CERT", clientKey: "KEY" },
};

const stackProps = {
  environmentName: env.name,
  clusterName: env.clusters[0].name,
  backend: env.backend,
  packs: env.clusters[0].packs,
};

function synthPacks(access: KubernetesAccess): any {
  const stack = new PacksStack(Testing.app(), { ...stackProps, target: { kind: "access", access } });
  return JSON.parse(Testing.synth(stack, true));
}

describe("PacksStack", () => {
  it("is named <env>-<cluster>-packs and keeps its own state next to the cluster's", () => {
    const stack = new PacksStack(Testing.app(), { ...stackProps, target: { kind: "access", access: certificate } });
    expect(stack.node.id).toBe("test-one-packs");
    const json = JSON.parse(Testing.synth(stack, true));
    expect(json.terraform.backend).toBeUndefined();
    expect(json.terraform.cloud.workspaces).toEqual({ name: "k8s-test-one-packs" });
    expect(json.terraform.required_providers.kubernetes).toEqual({ source: "hashicorp/kubernetes", version: "2.38.0" });
  });

  it("creates one namespace per pack with the seed's label", () => {
    const json = synthPacks(certificate);
    expect(json.resource.kubernetes_namespace_v1.packs_example).toMatchObject({
      metadata: { name: "example", labels: { "spectrocloud.com/connection": "proxy" } },
      wait_for_default_service_account: true,
    });
    expect(json.resource.kubernetes_namespace_v1.packs_monitoring.metadata).toEqual({
      name: "monitoring",
      annotations: { "example.com/owner": "team-a" },
    });
  });

  it("configures the provider with a client certificate", () => {
    expect(synthPacks(certificate).provider.kubernetes).toEqual([
      {
        host: "https://203.0.113.10:6443",
        cluster_ca_certificate: certificate.clusterCaCertificate,
        client_certificate: "CERT",
        client_key: "KEY",
      },
    ]);
  });

  it("configures the provider with kubelogin for Entra ID clusters", () => {
    const provider = synthPacks({ ...certificate, credentials: { kind: "kubelogin", login: "workloadidentity" } })
      .provider.kubernetes[0];
    expect(provider.exec).toEqual([
      {
        api_version: "client.authentication.k8s.io/v1beta1",
        command: "kubelogin",
        args: ["get-token", "--login", "workloadidentity", "--server-id", "6dae42f8-4368-4678-94ff-3960e28e3630"],
      },
    ]);
    expect(provider.client_key).toBeUndefined();
  });

  it("refuses bad labels from TypeScript callers too, naming the construct path", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    expect(
      () =>
        new PackNamespaces(stack, "packs", {
          packs: [{ pack: { namespace: "ok", namespaceLabels: { "bad key!": "x" }, namespaceAnnotations: {} } }],
        }),
    ).toThrow(ValidationError);
    expect(
      validationIssuesOf(
        () =>
          new PackNamespaces(stack, "packs2", {
            packs: [{ pack: { namespace: "Bad", namespaceLabels: {}, namespaceAnnotations: {} } }],
          }),
        true,
      ),
    ).toEqual([{ code: "namespace-name-syntax", path: "packs[0].pack.namespace", construct: "s/packs2" }]);
  });
});
