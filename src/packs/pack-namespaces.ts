/** The namespaces of a cluster's pack layers, with their labels and annotations. */
import { NamespaceV1 } from "@cdktf/provider-kubernetes/lib/namespace-v1";
import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { labelValueProblem, namespaceNameProblem, qualifiedKeyProblem } from "../azure/kubernetes-names";
import { SpecIssue, ValidationError } from "../config/errors";
import { PackSpec } from "../config/schema/packs";

export interface PackNamespacesProps {
  readonly packs: readonly PackSpec[];
  /** What the namespaces wait for, e.g. an API server readiness check. @default [] */
  readonly dependsOn?: readonly ITerraformDependable[];
}

/**
 * `kubernetes_namespace_v1` per pack (the provider's versioned name for `kubernetes_namespace`,
 * same schema). Construct ids are the namespace names, so addresses read `..._v1.<namespace>`.
 */
export class PackNamespaces extends Construct {
  /** One namespace resource per pack, by namespace name. */
  public readonly namespaces: ReadonlyMap<string, NamespaceV1>;

  constructor(scope: Construct, id: string, props: PackNamespacesProps) {
    super(scope, id);
    const issues = packIssues(props.packs);
    if (issues.length > 0) throw new ValidationError(this.node.path, issues);
    const namespaces = new Map<string, NamespaceV1>();
    for (const { pack } of props.packs) {
      namespaces.set(
        pack.namespace,
        new NamespaceV1(this, pack.namespace, {
          metadata: {
            name: pack.namespace,
            labels: sorted(pack.namespaceLabels),
            annotations: sorted(pack.namespaceAnnotations),
          },
          waitForDefaultServiceAccount: true,
          dependsOn: props.dependsOn?.length ? [...props.dependsOn] : undefined,
        }),
      );
    }
    this.namespaces = namespaces;
  }
}

/** The spec's rules again, for TypeScript callers who skip the YAML loader. */
function packIssues(packs: readonly PackSpec[]): SpecIssue[] {
  return packs.flatMap(({ pack }, i) => {
    const at = (key: string) => ["packs", i, "pack", key];
    const problems: SpecIssue[] = [];
    const ns = namespaceNameProblem(pack.namespace);
    if (ns) problems.push({ path: at("namespace"), message: ns });
    if (packs.findIndex((p) => p.pack.namespace === pack.namespace) < i)
      problems.push({ path: at("namespace"), message: `namespace ${JSON.stringify(pack.namespace)} is listed twice` });
    for (const [key, value] of Object.entries(pack.namespaceLabels ?? {})) {
      const problem = qualifiedKeyProblem(key, "label") ?? labelValueProblem(key, value);
      if (problem) problems.push({ path: at("namespaceLabels"), message: problem });
    }
    for (const key of Object.keys(pack.namespaceAnnotations ?? {})) {
      const problem = qualifiedKeyProblem(key, "annotation");
      if (problem) problems.push({ path: at("namespaceAnnotations"), message: problem });
    }
    return problems;
  });
}

function sorted(map: Readonly<Record<string, string>> | undefined): Record<string, string> | undefined {
  const keys = Object.keys(map ?? {}).sort();
  return keys.length === 0 ? undefined : Object.fromEntries(keys.map((k) => [k, map![k]]));
}
