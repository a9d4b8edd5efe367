import { environmentFromYaml, specErrorOf } from "../helpers";

const gateway = `privateCloudGateway:
  name: pcg-eu
  vnet: { name: pcg-vnet, resourceGroup: rg-pcg-network, addressSpace: ["10.0.0.0/8"] }
  proxy:
    httpProxy: http://proxy.corp.example:3128
    httpsProxy: http://proxy.corp.example:3128
    noProxy: [.corp.example]
`;
const env = (top: string, cluster = "") => `location: westeurope
resourceGroup: rg-test
${top}clusters:
  - name: one
    type: aks
    kubernetesVersion: "1.33"
${cluster}`;

describe("Private Cloud Gateway inheritance", () => {
  it("places clusters without a VNet of their own in the gateway's VNet and gives them its proxy", () => {
    const cluster = environmentFromYaml(env(gateway)).clusters[0];
    expect(cluster.proxy).toEqual({ httpProxy: "http://proxy.corp.example:3128", httpsProxy: "http://proxy.corp.example:3128", noProxy: [".corp.example"] });
    expect(cluster.network.vnet).toMatchObject({ name: "pcg-vnet", resourceGroup: "rg-pcg-network", addressSpace: ["10.0.0.0/8"] });
  });

  it("lets a cluster override the proxy and the VNet", () => {
    const cluster = environmentFromYaml(
      env(gateway, `    proxy: { httpsProxy: "http://other:8080" }\n    network:\n      vnet: { name: spoke, resourceGroup: rg-spoke, addressSpace: ["10.0.0.0/8"] }\n`),
    ).clusters[0];
    expect(cluster.proxy).toEqual({ httpsProxy: "http://other:8080", noProxy: [] });
    expect(cluster.network.vnet).toMatchObject({ name: "spoke", resourceGroup: "rg-spoke" });
  });

  it("refuses the gateway's proxy on a cluster that asks for a VNet of its own", () => {
    expect(specErrorOf(env(gateway, `    network:\n      vnet: { addressSpace: ["10.0.0.0/8"] }\n`))).toBe(
      'stacks/environments/test.yaml:15:7 clusters[0].network.vnet: cluster "one" uses the Private Cloud Gateway\'s proxy but is placed in a new VNet of its own (dynamic placement), which cannot reach the proxy: use static placement (network.vnet.name of the proxy\'s VNet, or leave network.vnet unset to inherit privateCloudGateway.vnet)',
    );
  });

  it("refuses a cluster proxy with dynamic placement when there is no gateway", () => {
    expect(specErrorOf(env("", `    proxy: { httpProxy: "http://proxy:3128" }\n`))).toContain('clusters[0].network.vnet: cluster "one" uses a proxy but is placed in a new VNet of its own (dynamic placement)');
  });

  it("refuses a proxy-labelled pack namespace on a cluster without a proxy", () => {
    const packs = `    packs:\n      - pack:\n          namespace: example\n          namespaceLabels: { "spectrocloud.com/connection": "proxy" }\n`;
    expect(specErrorOf(env("", packs))).toContain('clusters[0].packs[0].pack.namespaceLabels: namespace "example" asks for the proxy');
    expect(specErrorOf(env(gateway, packs))).toBeUndefined();
  });

  it("checks the gateway's own keys", () => {
    expect(specErrorOf(env("privateCloudGateway: { vnet: { name: v, resourceGroup: r } }\n"))).toContain("privateCloudGateway.vnet.addressSpace: is required");
    expect(specErrorOf(env(gateway.replace("httpProxy: http://proxy.corp.example:3128", "httpProxy: proxy.corp.example")))).toContain(
      "privateCloudGateway.proxy.httpProxy: a URL such as http://proxy.example.com:3128",
    );
  });

  it("checks proxy URLs and no-proxy entries where they are written", () => {
    const withProxy = (proxy: string) => env(`privateCloudGateway:\n  vnet: { name: v, resourceGroup: r, addressSpace: ["10.0.0.0/8"] }\n  proxy: ${proxy}\n`);
    expect(specErrorOf(withProxy('{ httpProxy: "ftp://proxy:3128" }'))).toContain("privateCloudGateway.proxy.httpProxy: a URL such as http://proxy.example.com:3128 (http or https)");
    expect(specErrorOf(withProxy(`{ httpsProxy: "http://us'er@proxy:3128" }`))).toContain("privateCloudGateway.proxy.httpsProxy: a proxy URL without quotes, spaces, backslashes, $ or backticks");
    expect(specErrorOf(withProxy('{ httpsProxy: "http://proxy:3128", noProxy: [".corp", "a`b"] }'))).toContain('privateCloudGateway.proxy.noProxy[1]: "a`b": no quotes');
    expect(specErrorOf(withProxy('{ httpsProxy: "https://user:p%40ss@proxy:3128", noProxy: [".corp", 10.0.0.0/8] }'))).toBeUndefined();
  });
});
