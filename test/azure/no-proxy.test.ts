import { ALWAYS_NO_PROXY, noProxyEntryProblem, noProxyList } from "../../src/azure/no-proxy";

describe("noProxyList", () => {
  it("puts the user's entries first, then what the cluster needs, without repeats", () => {
    expect(
      noProxyList({
        extra: [".corp.example", "LOCALHOST"],
        cidrs: ["10.0.0.0/8", "192.168.0.0/16", "172.16.0.0/16"],
        hosts: ["registry.corp.example"],
      }),
    ).toEqual([
      ".corp.example",
      "LOCALHOST",
      "127.0.0.1",
      "169.254.169.254",
      "168.63.129.16",
      ".svc",
      ".cluster.local",
      "10.0.0.0/8",
      "192.168.0.0/16",
      "172.16.0.0/16",
      "registry.corp.example",
    ]);
  });

  it("always has loopback, the metadata service, the Azure platform address, .svc and the cluster domain", () => {
    expect(noProxyList({})).toEqual([...ALWAYS_NO_PROXY, ".cluster.local"]);
    expect(noProxyList({ clusterDomain: "k8s.internal" })).toContain(".k8s.internal");
  });
});

describe("noProxyEntryProblem", () => {
  it.each(["localhost", ".example.com", "10.0.0.0/8", "10.1.2.3", "registry:5000"])("accepts %s", (entry) =>
    expect(noProxyEntryProblem(entry)).toBeUndefined(),
  );
  it.each([
    ["", "no-proxy-empty"],
    ["a.com,b.com", "no-proxy-syntax"],
    ["http://proxy", "no-proxy-url"],
    ["*.example.com", "no-proxy-wildcard"],
    ["10.0.0.1/8", "cidr-host-bits"],
  ])("refuses %j", (entry, code) => expect(noProxyEntryProblem(entry)?.code).toBe(code));

  it("names the entry to write instead of a wildcard", () =>
    expect(noProxyEntryProblem("*.example.com")?.message).toContain('".example.com"'));
});
