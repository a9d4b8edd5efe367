import { kubeadmVersionProblem, parseKubernetesVersion } from "../../src/azure/kubeadm-version";

describe("Kubernetes versions for kubeadm", () => {
  it("reads MAJOR.MINOR and MAJOR.MINOR.PATCH", () => {
    expect(parseKubernetesVersion("1.33")).toEqual({ minor: "1.33", patch: undefined });
    expect(parseKubernetesVersion("1.33.5")).toEqual({ minor: "1.33", patch: "1.33.5" });
    expect(parseKubernetesVersion("v1.33.5")).toBeUndefined();
  });
  it.each(["1.31", "1.33.5", "1.40"])("accepts %s", (v) => expect(kubeadmVersionProblem(v)).toBeUndefined());
  it("refuses versions older than kubeadm's v1beta4 configuration", () => {
    expect(kubeadmVersionProblem("1.30.4")?.code).toBe("kubernetes-version-too-old");
    expect(kubeadmVersionProblem("1.30.4")?.message).toContain("1.30.4");
  });
  it("refuses what is not a version", () =>
    expect(kubeadmVersionProblem("latest")?.code).toBe("kubernetes-version-syntax"));
});
