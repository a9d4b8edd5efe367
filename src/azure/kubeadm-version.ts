/**
 * Kubernetes versions the IaaS bootstrap can install: kubeadm's v1beta4 configuration API (which
 * the bootstrap writes) first shipped in 1.31, and packages come from pkgs.k8s.io, one apt
 * repository per minor version. Pure: no cdktf here.
 */
import { problem, Problem } from "../core/issues";

export const MIN_KUBEADM_MINOR = 31;

export interface KubernetesVersion {
  readonly minor: string;
  /** Set when the spec pins a patch release. */
  readonly patch?: string;
}

/** `1.33` or `1.33.5`; undefined for anything else. */
export function parseKubernetesVersion(version: string): KubernetesVersion | undefined {
  const m = /^1\.(\d{1,2})(?:\.(\d{1,3}))?$/.exec(version);
  return m ? { minor: `1.${m[1]}`, patch: m[2] === undefined ? undefined : version } : undefined;
}

export function kubeadmVersionProblem(version: string): Problem | undefined {
  const parsed = parseKubernetesVersion(version);
  if (!parsed)
    return problem(
      "kubernetes-version-syntax",
      `${JSON.stringify(version)} is not a Kubernetes version such as 1.33 or 1.33.5`,
    );
  if (Number(parsed.minor.split(".")[1]) < MIN_KUBEADM_MINOR) {
    return problem(
      "kubernetes-version-too-old",
      `IaaS clusters need Kubernetes 1.${MIN_KUBEADM_MINOR} or newer (the bootstrap ` +
        `writes kubeadm's v1beta4 configuration); ${version} is older`,
    );
  }
  return undefined;
}
