/** The namespaces of a cluster's pack layers, with their labels and annotations. */
import { NamespaceV1 } from "@cdktf/provider-kubernetes/lib/namespace-v1";
import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { labelValueProblem, namespaceNameProblem, qualifiedKeyProblem } from "../azure/kubernetes-names";
import { ValidationError } from "../core/errors";
import { Issue } from "../core/issues";

/** A pack layer, in the shape of Palette's pack values: the namespace it installs into. */
export interface PackLayer {
  /** Name of the pack layer, for people (e.g. nginx). @default - none */
  readonly name?: string;
  /** The pack's values: the namespace it installs into, with that namespace's labels and annotations. */
  readonly pack: {
    readonly namespace: string;
    /** @default {} */
    readonly namespaceLabels?: Readonly<Record<string, string>>;
    /** @default {} */
    readonly namespaceAnnotations?: Readonly<Record<string, string>>;
  };
}

export interface PackNamespacesProps {
  /** The pack layers: one namespace each, every namespace listed once. */
  readonly packs: readonly PackLayer[];
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
function packIssues(packs: readonly PackLayer[]): Issue[] {
  return packs.flatMap(({ pack }, i) => {
    const at = (key: string) => ["packs", i, "pack", key];
    const problems: Issue[] = [];
    const ns = namespaceNameProblem(pack.namespace);
    if (ns) problems.push({ ...ns, path: at("namespace") });
    if (packs.findIndex((p) => p.pack.namespace === pack.namespace) < i)
      problems.push({
        code: "namespace-duplicate",
        path: at("namespace"),
        message: `namespace ${JSON.stringify(pack.namespace)} is listed twice`,
      });
    for (const [key, value] of Object.entries(pack.namespaceLabels ?? {})) {
      const found = qualifiedKeyProblem(key, "label") ?? labelValueProblem(key, value);
      if (found) problems.push({ ...found, path: at("namespaceLabels") });
    }
    for (const key of Object.keys(pack.namespaceAnnotations ?? {})) {
      const found = qualifiedKeyProblem(key, "annotation");
      if (found) problems.push({ ...found, path: at("namespaceAnnotations") });
    }
    return problems;
  });
}

function sorted(map: Readonly<Record<string, string>> | undefined): Record<string, string> | undefined {
  const keys = Object.keys(map ?? {}).sort();
  return keys.length === 0 ? undefined : Object.fromEntries(keys.map((k) => [k, map![k]]));
}
