import { configIssuesOf, environmentFromYaml, specErrorOf } from "../helpers";

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
    expect(configIssuesOf(env(two))).toEqual([
      { code: "gateway-unknown", path: "clusters[0].privateCloudGateway", at: "17:5" },
    ]);
    // Not named: the message lists the gateways to choose from.
    expect(specErrorOf(env(two))).toContain('2 privateCloudGateways ("pcg-a", "pcg-b")');
    const chosen = environmentFromYaml(
      env(
        two,
        `    privateCloudGateway: pcg-b\n    network: { workerSubnet: { cidr: 10.20.1.0/24, routeTable: { name: rt } } }\n`,
      ),
    ).clusters[0];
    expect(chosen.network.vnet.name).toBe("pcg-b-vnet");
    expect(configIssuesOf(env(two, "    privateCloudGateway: pcg-c\n"))).toEqual([
      { code: "gateway-unknown", path: "clusters[0].privateCloudGateway", at: "20:5" },
    ]);
    expect(specErrorOf(env(two, "    privateCloudGateway: pcg-c\n"))).toContain('"pcg-c" is not one of');
    expect(configIssuesOf(env(gateways(gateway("pcg-a"), gateway("pcg-a"))))).toEqual([
      {
        code: "gateway-name-duplicate",
        path: "privateCloudGateways[1].name",
        at: "10:5",
      },
    ]);
  });

  it("say where an inherited VNet comes from when a subnet does not fit it", () => {
    const outside = env(gateways(gateway("pcg-eu", "10.50.0.0/16")));
    expect(configIssuesOf(outside)).toEqual([
      { code: "subnet-outside-vnet", path: "clusters[0].network.workerSubnet.cidr", at: "14:32" },
    ]);
    expect(specErrorOf(outside)).toContain('(10.50.0.0/16, inherited from privateCloudGateways "pcg-eu")');
    expect(configIssuesOf(env(gateways(gateway()), ""))).toEqual([
      { code: "subnet-cidr-required", path: "clusters[0].network.workerSubnet.cidr", at: "11:5" },
    ]);
    expect(specErrorOf(env(gateways(gateway()), ""))).toContain(
      'VNet pcg-eu-vnet (inherited from privateCloudGateways "pcg-eu")',
    );
  });

  it("refuse the gateway's proxy on a cluster that asks for a VNet of its own", () => {
    const yaml = env(
      gateways(gateway()),
      `    network:\n      vnet: { addressSpace: ["10.0.0.0/8"] }\n      workerSubnet: { cidr: 10.1.0.0/16, routeTable: { name: rt } }\n`,
    );
    expect(configIssuesOf(yaml)).toEqual([
      { code: "proxy-needs-static-placement", path: "clusters[0].network.vnet", at: "15:7" },
    ]);
    // Whose proxy it is.
    expect(specErrorOf(yaml)).toContain('the proxy of privateCloudGateways "pcg-eu"');
  });

  it("refuse a cluster proxy with dynamic placement when there is no gateway", () => {
    const yaml = env("", `    proxy: { httpProxy: "http://proxy:3128" }\n`);
    // Among others: the routed egress a proxy implies has no route table either.
    expect(configIssuesOf(yaml)).toContainEqual({
      code: "proxy-needs-static-placement",
      path: "clusters[0].network.vnet",
      at: "4:5",
    });
    expect(specErrorOf(yaml)).toContain('cluster "one" uses a proxy but');
  });

  it("refuse a proxy-labelled pack namespace on a cluster without a proxy", () => {
    const packs = `    packs:\n      - pack:\n          namespace: example\n          namespaceLabels: { "spectrocloud.com/connection": "proxy" }\n`;
    expect(configIssuesOf(env("", packs))).toEqual([
      { code: "proxy-label-without-proxy", path: "clusters[0].packs[0].pack.namespaceLabels", at: "10:11" },
    ]);
    expect(configIssuesOf(env(gateways(gateway()), inGateway + packs))).toBeUndefined();
  });

  it("check their own keys", () => {
    expect(configIssuesOf(env("privateCloudGateways: [{ name: g, vnet: { name: v, resourceGroup: r } }]\n"))).toEqual([
      { code: "required", path: "privateCloudGateways[0].vnet.addressSpace", at: "3:35" },
    ]);
    expect(
      configIssuesOf(
        env(gateways(gateway().replace("httpProxy: http://proxy.corp.example:3128", "httpProxy: proxy.corp.example"))),
      ),
    ).toEqual([{ code: "proxy-url-syntax", path: "privateCloudGateways[0].proxy.httpProxy", at: "7:7" }]);
  });

  it("check proxy URLs and no-proxy entries where they are written", () => {
    const withProxy = (proxy: string) =>
      env(
        `privateCloudGateways:\n  - name: g\n    vnet: { name: v, resourceGroup: r, addressSpace: ["10.0.0.0/8"] }\n    proxy: ${proxy}\n`,
      );
    const proxy = "privateCloudGateways[0].proxy";
    expect(configIssuesOf(withProxy('{ httpProxy: "ftp://proxy:3128" }'))).toEqual([
      {
        code: "proxy-url-syntax",
        path: `${proxy}.httpProxy`,
        at: "6:14",
      },
    ]);
    expect(configIssuesOf(withProxy(`{ httpsProxy: "http://us'er@proxy:3128" }`))).toEqual([
      {
        code: "proxy-url-characters",
        path: `${proxy}.httpsProxy`,
        at: "6:14",
      },
    ]);
    expect(configIssuesOf(withProxy('{ httpsProxy: "http://proxy:3128", noProxy: [".corp", "a`b"] }'))).toEqual([
      {
        code: "no-proxy-characters",
        path: `${proxy}.noProxy[1]`,
        at: "6:66",
      },
    ]);
    expect(
      configIssuesOf(withProxy('{ httpsProxy: "https://user:p%40ss@proxy:3128", noProxy: [".corp", 10.0.0.0/8] }')),
    ).toBeUndefined();
  });
});
