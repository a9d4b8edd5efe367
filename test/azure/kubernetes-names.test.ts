import { labelValueProblem, namespaceNameProblem, qualifiedKeyProblem } from "../../src/azure/kubernetes-names";

describe("Kubernetes name rules", () => {
  it.each(["example", "a", "team-1", "a".repeat(63)])("accepts the namespace %j", (n) =>
    expect(namespaceNameProblem(n)).toBeUndefined(),
  );
  it.each([
    ["Example", "not a valid namespace name"],
    ["-a", "not a valid namespace name"],
    ["a-", "not a valid namespace name"],
    ["a_b", "not a valid namespace name"],
    ["a.b", "not a valid namespace name"],
    ["a".repeat(64), "not a valid namespace name"],
    ["", "not a valid namespace name"],
    ["kube-system", "already exists in every cluster"],
    ["default", "already exists in every cluster"],
  ])("refuses the namespace %j", (n, expected) => expect(namespaceNameProblem(n)).toContain(expected));

  it.each([
    "app",
    "spectrocloud.com/connection",
    "pod-security.kubernetes.io/enforce",
    "a.b_c-d",
    "x/" + "a".repeat(63),
    "A9",
  ])("accepts the label key %j", (k) => expect(qualifiedKeyProblem(k, "label")).toBeUndefined());
  it.each([
    ["a/b/c", 'at most one "/"'],
    ["/name", "prefix must be a lowercase DNS subdomain"],
    ["Example.com/name", "prefix must be a lowercase DNS subdomain"],
    [`${"a".repeat(254)}/n`, "prefix must be a lowercase DNS subdomain"],
    ["example.com/", "key name must be 1-63"],
    ["-app", "key name must be 1-63"],
    ["a".repeat(64), "key name must be 1-63"],
    ["has space", "key name must be 1-63"],
  ])("refuses the label key %j", (k, expected) => expect(qualifiedKeyProblem(k, "label")).toContain(expected));

  it.each(["", "proxy", "v1.2_3-x", "a".repeat(63)])("accepts the label value %j", (v) =>
    expect(labelValueProblem("k", v)).toBeUndefined(),
  );
  it.each(["-x", "x-", "a b", "a/b", "a".repeat(64)])("refuses the label value %j", (v) =>
    expect(labelValueProblem("k", v)).toContain("must be empty or 1-63"),
  );
});
