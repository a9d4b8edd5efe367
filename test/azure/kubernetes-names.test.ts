import { labelValueProblem, namespaceNameProblem, qualifiedKeyProblem } from "../../src/azure/kubernetes-names";

describe("Kubernetes name rules", () => {
  it.each(["example", "a", "team-1", "a".repeat(63)])("accepts the namespace %j", (n) =>
    expect(namespaceNameProblem(n)).toBeUndefined(),
  );
  it.each([
    ["Example", "namespace-name-syntax"],
    ["-a", "namespace-name-syntax"],
    ["a-", "namespace-name-syntax"],
    ["a_b", "namespace-name-syntax"],
    ["a.b", "namespace-name-syntax"],
    ["a".repeat(64), "namespace-name-syntax"],
    ["", "namespace-name-syntax"],
    ["kube-system", "namespace-exists"],
    ["default", "namespace-exists"],
  ])("refuses the namespace %j", (n, code) => expect(namespaceNameProblem(n)?.code).toBe(code));

  it.each([
    "app",
    "spectrocloud.com/connection",
    "pod-security.kubernetes.io/enforce",
    "a.b_c-d",
    "x/" + "a".repeat(63),
    "A9",
  ])("accepts the label key %j", (k) => expect(qualifiedKeyProblem(k, "label")).toBeUndefined());
  it.each([
    ["a/b/c", "key-slashes"],
    ["/name", "key-prefix-syntax"],
    ["Example.com/name", "key-prefix-syntax"],
    [`${"a".repeat(254)}/n`, "key-prefix-syntax"],
    ["example.com/", "key-name-syntax"],
    ["-app", "key-name-syntax"],
    ["a".repeat(64), "key-name-syntax"],
    ["has space", "key-name-syntax"],
  ])("refuses the label key %j", (k, code) => expect(qualifiedKeyProblem(k, "label")?.code).toBe(code));

  it.each(["", "proxy", "v1.2_3-x", "a".repeat(63)])("accepts the label value %j", (v) =>
    expect(labelValueProblem("k", v)).toBeUndefined(),
  );
  it.each(["-x", "x-", "a b", "a/b", "a".repeat(64)])("refuses the label value %j", (v) =>
    expect(labelValueProblem("k", v)?.code).toBe("label-value-syntax"),
  );
});
