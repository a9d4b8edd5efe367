import { configIssuesOf, environmentFromYaml, specErrorOf } from "../helpers";

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
    const yaml = withPacks(`      - pack:
          namespace: example
          namespaceLabels:
            ok: "yes"
            "Spectro.com/x": proxy
`);
    expect(configIssuesOf(yaml)).toEqual([
      { code: "key-prefix-syntax", path: "clusters[0].packs[0].pack.namespaceLabels", at: "17:13" },
    ]);
    expect(specErrorOf(yaml)).toContain('"Spectro.com/x"');
  });

  it("refuses bad label values, bad namespaces, built-in namespaces and unknown keys", () => {
    const pack = "clusters[0].packs[0].pack";
    const badValue = withPacks(`      - pack: { namespace: example, namespaceLabels: { a: "not ok" } }\n`);
    expect(configIssuesOf(badValue)).toEqual([
      { code: "label-value-syntax", path: `${pack}.namespaceLabels`, at: "13:56" },
    ]);
    expect(specErrorOf(badValue)).toContain('"not ok"');
    expect(configIssuesOf(withPacks(`      - pack: { namespace: Example }\n`))).toEqual([
      { code: "namespace-name-syntax", path: `${pack}.namespace`, at: "13:17" },
    ]);
    expect(configIssuesOf(withPacks(`      - pack: { namespace: kube-system }\n`))).toEqual([
      { code: "namespace-exists", path: `${pack}.namespace`, at: "13:17" },
    ]);
    expect(configIssuesOf(withPacks(`      - pack: { namespace: a, labels: {} }\n`))).toEqual([
      { code: "unknown-key", path: `${pack}.labels`, at: "13:31" },
    ]);
  });

  it("refuses two packs creating one namespace", () => {
    const twice = withPacks(`      - pack: { namespace: shared }\n      - pack: { namespace: shared }\n`);
    expect(configIssuesOf(twice)).toEqual([
      { code: "namespace-duplicate", path: "clusters[0].packs[1].pack.namespace", at: "14:17" },
    ]);
    expect(specErrorOf(twice)).toContain("packs[0]");
  });
});
