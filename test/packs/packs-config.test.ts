import { environmentFromYaml, specErrorOf } from "../helpers";

const withPacks = (packs: string) => `location: westeurope
resourceGroup: rg-test
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
${packs}`;

describe("packs in the cluster spec", () => {
  it("accepts the seed's pack block verbatim", () => {
    const env = environmentFromYaml(
      withPacks(`      - pack:
          namespace: "example"
          namespaceLabels:
            "spectrocloud.com/connection": "proxy"
`),
    );
    expect(env.clusters[0].packs).toEqual([
      {
        pack: {
          namespace: "example",
          namespaceLabels: { "spectrocloud.com/connection": "proxy" },
          namespaceAnnotations: {},
        },
      },
    ]);
  });

  it("accepts a layer name and annotations, and reads numeric label values as strings", () => {
    const env = environmentFromYaml(
      withPacks(`      - name: monitoring
        pack:
          namespace: monitoring
          namespaceLabels: { tier: 1 }
          namespaceAnnotations: { "example.com/owner": "team a" }
`),
    );
    expect(env.clusters[0].packs[0]).toEqual({
      name: "monitoring",
      pack: {
        namespace: "monitoring",
        namespaceLabels: { tier: "1" },
        namespaceAnnotations: { "example.com/owner": "team a" },
      },
    });
  });

  it("points at the bad label key", () => {
    expect(
      specErrorOf(
        withPacks(`      - pack:
          namespace: example
          namespaceLabels:
            ok: "yes"
            "Spectro.com/x": proxy
`),
      ),
    ).toBe(
      'stacks/environments/test.yaml:17:13 clusters[0].packs[0].pack.namespaceLabels: "Spectro.com/x": the label key prefix must be a lowercase DNS subdomain of at most 253 characters (e.g. example.com)',
    );
  });

  it("refuses bad label values, bad namespaces, built-in namespaces and unknown keys", () => {
    expect(
      specErrorOf(withPacks(`      - pack: { namespace: example, namespaceLabels: { a: "not ok" } }\n`)),
    ).toContain('"a": label value "not ok" must be empty or 1-63');
    expect(specErrorOf(withPacks(`      - pack: { namespace: Example }\n`))).toContain(
      'clusters[0].packs[0].pack.namespace: "Example" is not a valid namespace name',
    );
    expect(specErrorOf(withPacks(`      - pack: { namespace: kube-system }\n`))).toContain(
      "already exists in every cluster",
    );
    expect(specErrorOf(withPacks(`      - pack: { namespace: a, labels: {} }\n`))).toContain(
      'clusters[0].packs[0].pack.labels: unknown key "labels"',
    );
  });

  it("refuses two packs creating one namespace", () => {
    expect(
      specErrorOf(withPacks(`      - pack: { namespace: shared }\n      - pack: { namespace: shared }\n`)),
    ).toContain('clusters[0].packs[1].pack.namespace: namespace "shared" is already created by packs[0]');
  });
});
