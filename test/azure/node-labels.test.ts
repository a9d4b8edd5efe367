import { duplicateTaintProblem, nodeLabelProblem, taintProblem } from "../../src/azure/node-labels";

describe("labels a node sets on itself", () => {
  it.each([
    ["example.com/role", "ingress"],
    ["role", ""],
    ["node.kubernetes.io/exclude-from-external-load-balancers", "true"],
    ["team.kubelet.kubernetes.io/x", "y"],
    ["kubernetes.io/arch", "amd64"],
  ])("accepts %s=%s", (k, v) => expect(nodeLabelProblem(k, v)).toBeUndefined());

  it.each([
    ["node-role.kubernetes.io/worker", "", "a node may not set kubernetes.io or k8s.io labels on itself"],
    ["kubernetes.io/role", "x", "a node may not set kubernetes.io or k8s.io labels"],
    ["example.k8s.io/x", "y", "a node may not set kubernetes.io or k8s.io labels"],
    ["topology.kubernetes.io/zone", "westeurope-1", "set on every node from the Azure Instance Metadata Service"],
    ["Example.com/x", "y", "prefix must be a lowercase DNS subdomain"],
    ["role", "has space", "label value"],
  ])("refuses %s=%s", (k, v, message) => expect(nodeLabelProblem(k, v)).toContain(message));
});

describe("taints", () => {
  it("accepts a well-formed taint with or without value", () => {
    expect(taintProblem({ key: "example.com/dedicated", value: "ingress", effect: "NoSchedule" })).toBeUndefined();
    expect(taintProblem({ key: "gpu", effect: "NoExecute" })).toBeUndefined();
  });
  it("refuses a bad key, value or effect", () => {
    expect(taintProblem({ key: "a/b/c", effect: "NoSchedule" })).toContain('a taint key has at most one "/"');
    expect(taintProblem({ key: "k", value: "bad value", effect: "NoSchedule" })).toContain("taint value");
    expect(taintProblem({ key: "k", effect: "Never" as "NoSchedule" })).toBe(
      "taint effect is NoSchedule, PreferNoSchedule or NoExecute",
    );
  });
  it("refuses the same key and effect twice", () => {
    expect(
      duplicateTaintProblem([
        { key: "k", effect: "NoSchedule" },
        { key: "k", effect: "NoExecute" },
      ]),
    ).toBeUndefined();
    expect(
      duplicateTaintProblem([
        { key: "k", value: "a", effect: "NoSchedule" },
        { key: "k", value: "b", effect: "NoSchedule" },
      ]),
    ).toBe("taint k with effect NoSchedule is listed twice");
  });
});
