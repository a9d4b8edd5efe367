/**
 * Labels and taints a node registers itself with (kubelet `--node-labels`, kubeadm
 * `nodeRegistration.taints`). The NodeRestriction admission plugin, and kubelet at start-up,
 * refuse self-set labels in the kubernetes.io and k8s.io namespaces except a short list: a node
 * carrying another one never joins. Pure: no cdktf here.
 */
import { labelValueProblem, qualifiedKeyProblem } from "./kubernetes-names";
import { problem, Problem } from "../core/issues";

/** kubernetes.io / k8s.io labels a kubelet may set on its own node (k8s.io/kubelet/pkg/apis, NodeRestriction). */
const KUBELET_ALLOWED_KEYS = new Set([
  "kubernetes.io/hostname",
  "kubernetes.io/arch",
  "kubernetes.io/os",
  "beta.kubernetes.io/arch",
  "beta.kubernetes.io/os",
  "beta.kubernetes.io/instance-type",
  "node.kubernetes.io/instance-type",
  "failure-domain.beta.kubernetes.io/region",
  "failure-domain.beta.kubernetes.io/zone",
]);
const KUBELET_ALLOWED_NAMESPACES = ["kubelet.kubernetes.io", "node.kubernetes.io"];

/** Set by the bootstrap from the Instance Metadata Service, as cloud-provider-azure would. */
export const TOPOLOGY_LABELS = ["topology.kubernetes.io/region", "topology.kubernetes.io/zone"] as const;

export function nodeLabelProblem(key: string, value: string): Problem | undefined {
  const syntax = qualifiedKeyProblem(key, "label") ?? labelValueProblem(key, value);
  if (syntax) return syntax;
  if ((TOPOLOGY_LABELS as readonly string[]).includes(key))
    return problem(
      "node-label-from-metadata",
      `${JSON.stringify(key)} is set on every node from the Azure Instance Metadata Service; do not set it by hand`,
    );
  const slash = key.indexOf("/");
  const prefix = slash < 0 ? "" : key.slice(0, slash);
  const restricted = ["kubernetes.io", "k8s.io"].some((ns) => prefix === ns || prefix.endsWith(`.${ns}`));
  if (!restricted || KUBELET_ALLOWED_KEYS.has(key)) return undefined;
  if (KUBELET_ALLOWED_NAMESPACES.some((ns) => prefix === ns || prefix.endsWith(`.${ns}`))) return undefined;
  return problem(
    "node-label-restricted",
    `${JSON.stringify(key)}: a node may not set kubernetes.io or k8s.io labels on ` +
      `itself except node.kubernetes.io/* and kubelet.kubernetes.io/* (kubelet refuses ` +
      `to start); use your own prefix, e.g. example.com/role`,
  );
}

export const TAINT_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"] as const;
export type TaintEffect = (typeof TAINT_EFFECTS)[number];

export interface Taint {
  /** Taint key, a qualified name like a label key (`example.com/dedicated`). */
  readonly key: string;
  /** @default "" */
  readonly value?: string;
  /** What the taint does to pods that do not tolerate it: NoSchedule, PreferNoSchedule or NoExecute. */
  readonly effect: TaintEffect;
}

export function taintProblem(taint: Taint): Problem | undefined {
  const keyProblem = qualifiedKeyProblem(taint.key, "label");
  if (keyProblem) return { ...keyProblem, message: keyProblem.message.replace("label key", "taint key") };
  const valueProblem = labelValueProblem(taint.key, taint.value ?? "");
  if (valueProblem) return { ...valueProblem, message: valueProblem.message.replace("label value", "taint value") };
  if (!(TAINT_EFFECTS as readonly string[]).includes(taint.effect))
    return problem(
      "taint-effect",
      `taint effect ${JSON.stringify(taint.effect)} is not NoSchedule, PreferNoSchedule or NoExecute`,
    );
  return undefined;
}

/** Two taints with the same key and effect: the API server refuses the node. */
export function duplicateTaintProblem(taints: readonly Taint[]): Problem | undefined {
  const seen = new Set<string>();
  for (const t of taints) {
    const id = `${t.key}:${t.effect}`;
    if (seen.has(id)) return problem("taint-duplicate", `taint ${t.key} with effect ${t.effect} is listed twice`);
    seen.add(id);
  }
  return undefined;
}
