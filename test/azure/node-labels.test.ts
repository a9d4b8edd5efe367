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
    ["node-role.kubernetes.io/worker", "", "node-label-restricted"],
    ["kubernetes.io/role", "x", "node-label-restricted"],
    ["example.k8s.io/x", "y", "node-label-restricted"],
    ["topology.kubernetes.io/zone", "westeurope-1", "node-label-from-metadata"],
    ["Example.com/x", "y", "key-prefix-syntax"],
    ["role", "has space", "label-value-syntax"],
  ])("refuses %s=%s", (k, v, code) => expect(nodeLabelProblem(k, v)?.code).toBe(code));
});

describe("taints", () => {
  it("accepts a well-formed taint with or without value", () => {
    expect(taintProblem({ key: "example.com/dedicated", value: "ingress", effect: "NoSchedule" })).toBeUndefined();
    expect(taintProblem({ key: "gpu", effect: "NoExecute" })).toBeUndefined();
  });
  it("refuses a bad key, value or effect", () => {
    expect(taintProblem({ key: "a/b/c", effect: "NoSchedule" })?.code).toBe("key-slashes");
    expect(taintProblem({ key: "k", value: "bad value", effect: "NoSchedule" })?.code).toBe("label-value-syntax");
    expect(taintProblem({ key: "k", effect: "Never" as "NoSchedule" })?.code).toBe("taint-effect");
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
    ).toEqual(expect.objectContaining({ code: "taint-duplicate" }));
  });
});
