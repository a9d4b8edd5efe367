import { environmentFromYaml, specErrorOf } from "../helpers";

const gateway = (name = "pcg-eu", space = "10.0.0.0/8") => `  - name: ${name}
    vnet: { name: ${name}-vnet, resourceGroup: rg-pcg-network, addressSpace: ["${space}"] }
    proxy:
      httpProxy: http://proxy.corp.example:3128
      httpsProxy: http://proxy.corp.example:3128
      noProxy: [.corp.example]
`;
const gateways = (...list: string[]) => `privateCloudGateways:\n${list.join("")}`;
/** A worker subnet in a gateway's VNet, routed (a proxied AKS cluster egresses through the network). */
const inGateway = `    network: { workerSubnet: { cidr: 10.1.0.0/24, routeTable: { name: rt-firewall } } }\n`;
const env = (top: string, cluster = inGateway) => `location: westeurope
resourceGroup: rg-test
${top}clusters:
  - name: one
    type: aks
    kubernetesVersion: "1.33"
${cluster}`;

describe("Private Cloud Gateways", () => {
  it("place a cluster without a VNet of its own in the environment's only gateway's VNet, with its proxy", () => {
    const cluster = environmentFromYaml(env(gateways(gateway()))).clusters[0];
    expect(cluster.proxy).toEqual({
      httpProxy: "http://proxy.corp.example:3128",
      httpsProxy: "http://proxy.corp.example:3128",
      noProxy: [".corp.example"],
    });
    expect(cluster.network.vnet).toMatchObject({
      name: "pcg-eu-vnet",
      resourceGroup: "rg-pcg-network",
      addressSpace: ["10.0.0.0/8"],
    });
    expect(cluster.gateway).toEqual({ name: "pcg-eu", vnet: true, proxy: true });
    // Behind the proxy, nothing public is made for node egress.
    expect(cluster.network.egress).toBe("userDefinedRouting");
  });

  it("let a cluster override the proxy and the VNet, or use no gateway at all", () => {
    const cluster = environmentFromYaml(
      env(
        gateways(gateway()),
        `    proxy: { httpsProxy: "http://other:8080" }\n    network:\n      vnet: { name: spoke, resourceGroup: rg-spoke, addressSpace: ["10.0.0.0/8"] }\n      workerSubnet: { cidr: 10.1.0.0/24, routeTable: { name: rt } }\n`,
      ),
    ).clusters[0];
    expect(cluster.proxy).toEqual({ httpsProxy: "http://other:8080", noProxy: [] });
    expect(cluster.network.vnet).toMatchObject({ name: "spoke", resourceGroup: "rg-spoke" });
    expect(cluster.gateway).toEqual({ name: "pcg-eu", vnet: false, proxy: false });
    const alone = environmentFromYaml(env(gateways(gateway()), "    privateCloudGateway: none\n")).clusters[0];
    expect(alone).toMatchObject({
      gateway: undefined,
      proxy: undefined,
      network: { vnet: { name: undefined }, egress: "loadBalancer" },
    });
  });

  it("are chosen by name when an environment has several", () => {
    const two = gateways(gateway("pcg-a", "10.10.0.0/16"), gateway("pcg-b", "10.20.0.0/16"));
    expect(specErrorOf(env(two))).toContain(
      'clusters[0].privateCloudGateway: the environment has 2 privateCloudGateways ("pcg-a", "pcg-b"): name the one this cluster uses, or none',
    );
    const chosen = environmentFromYaml(
      env(
        two,
        `    privateCloudGateway: pcg-b\n    network: { workerSubnet: { cidr: 10.20.1.0/24, routeTable: { name: rt } } }\n`,
      ),
    ).clusters[0];
    expect(chosen.network.vnet.name).toBe("pcg-b-vnet");
    expect(specErrorOf(env(two, "    privateCloudGateway: pcg-c\n"))).toContain(
      'clusters[0].privateCloudGateway: "pcg-c" is not one of the environment\'s privateCloudGateways ("pcg-a", "pcg-b"), or none',
    );
    expect(specErrorOf(env(gateways(gateway("pcg-a"), gateway("pcg-a"))))).toContain(
      'privateCloudGateways[1].name: "pcg-a" is already the name of privateCloudGateways[0]',
    );
  });

  it("say where an inherited VNet comes from when a subnet does not fit it", () => {
    expect(specErrorOf(env(gateways(gateway("pcg-eu", "10.50.0.0/16"))))).toBe(
      'stacks/environments/test.yaml:14:32 clusters[0].network.workerSubnet.cidr: 10.1.0.0/24 is not inside the VNet\'s address space (10.50.0.0/16, inherited from privateCloudGateways "pcg-eu")',
    );
    expect(specErrorOf(env(gateways(gateway()), ""))).toContain(
      'workerSubnet.cidr: is required: VNet pcg-eu-vnet (inherited from privateCloudGateways "pcg-eu") is not this cluster\'s own',
    );
  });

  it("refuse the gateway's proxy on a cluster that asks for a VNet of its own", () => {
    expect(
      specErrorOf(
        env(
          gateways(gateway()),
          `    network:\n      vnet: { addressSpace: ["10.0.0.0/8"] }\n      workerSubnet: { cidr: 10.1.0.0/16, routeTable: { name: rt } }\n`,
        ),
      ),
    ).toContain(
      'clusters[0].network.vnet: cluster "one" uses the proxy of privateCloudGateways "pcg-eu" but is placed in a new VNet of its own (dynamic placement), which cannot reach the proxy',
    );
  });

  it("refuse a cluster proxy with dynamic placement when there is no gateway", () => {
    expect(specErrorOf(env("", `    proxy: { httpProxy: "http://proxy:3128" }\n`))).toContain(
      'clusters[0].network.vnet: cluster "one" uses a proxy but is placed in a new VNet of its own (dynamic placement)',
    );
  });

  it("refuse a proxy-labelled pack namespace on a cluster without a proxy", () => {
    const packs = `    packs:\n      - pack:\n          namespace: example\n          namespaceLabels: { "spectrocloud.com/connection": "proxy" }\n`;
    expect(specErrorOf(env("", packs))).toContain(
      'clusters[0].packs[0].pack.namespaceLabels: namespace "example" asks for the proxy',
    );
    expect(specErrorOf(env(gateways(gateway()), inGateway + packs))).toBeUndefined();
  });

  it("check their own keys", () => {
    expect(specErrorOf(env("privateCloudGateways: [{ name: g, vnet: { name: v, resourceGroup: r } }]\n"))).toContain(
      "privateCloudGateways[0].vnet.addressSpace: is required",
    );
    expect(
      specErrorOf(
        env(gateways(gateway().replace("httpProxy: http://proxy.corp.example:3128", "httpProxy: proxy.corp.example"))),
      ),
    ).toContain("privateCloudGateways[0].proxy.httpProxy: a URL such as http://proxy.example.com:3128");
  });

  it("check proxy URLs and no-proxy entries where they are written", () => {
    const withProxy = (proxy: string) =>
      env(
        `privateCloudGateways:\n  - name: g\n    vnet: { name: v, resourceGroup: r, addressSpace: ["10.0.0.0/8"] }\n    proxy: ${proxy}\n`,
      );
    expect(specErrorOf(withProxy('{ httpProxy: "ftp://proxy:3128" }'))).toContain(
      "privateCloudGateways[0].proxy.httpProxy: a URL such as http://proxy.example.com:3128 (http or https)",
    );
    expect(specErrorOf(withProxy(`{ httpsProxy: "http://us'er@proxy:3128" }`))).toContain(
      "privateCloudGateways[0].proxy.httpsProxy: a proxy URL without quotes, spaces, backslashes, $ or backticks",
    );
    expect(specErrorOf(withProxy('{ httpsProxy: "http://proxy:3128", noProxy: [".corp", "a`b"] }'))).toContain(
      'privateCloudGateways[0].proxy.noProxy[1]: "a`b": no quotes',
    );
    expect(
      specErrorOf(withProxy('{ httpsProxy: "https://user:p%40ss@proxy:3128", noProxy: [".corp", 10.0.0.0/8] }')),
    ).toBeUndefined();
  });
});
