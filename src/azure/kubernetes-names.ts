/**
 * Kubernetes' own syntax rules for namespace names, label and annotation keys and label values
 * (k8s.io/apimachinery validation: IsDNS1123Label, IsQualifiedName, IsValidLabelValue). Pure.
 */
import { problem, Problem } from "../core/issues";

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** Namespaces every cluster already has: creating them would fail at apply. */
export const BUILT_IN_NAMESPACES = ["default", "kube-system", "kube-public", "kube-node-lease"] as const;

/** The label Palette packs put on namespaces whose workloads must use the cluster's proxy. */
export const PROXY_CONNECTION_LABEL = { key: "spectrocloud.com/connection", value: "proxy" } as const;

export function namespaceNameProblem(name: string): Problem | undefined {
  if (name.length > 63 || !DNS1123_LABEL.test(name)) {
    return problem(
      "namespace-name-syntax",
      `${JSON.stringify(name)} is not a valid namespace name: at most 63 lowercase ` +
        `letters, digits and '-', starting and ending with a letter or digit`,
    );
  }
  if ((BUILT_IN_NAMESPACES as readonly string[]).includes(name))
    return problem("namespace-exists", `${JSON.stringify(name)} already exists in every cluster and cannot be created`);
  return undefined;
}

/** Label and annotation keys: `[prefix/]name`, prefix a DNS subdomain of at most 253 characters. */
export function qualifiedKeyProblem(key: string, what: "label" | "annotation"): Problem | undefined {
  const slash = key.lastIndexOf("/");
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (key.split("/").length > 2)
    return problem("key-slashes", `${JSON.stringify(key)}: a ${what} key has at most one "/" (prefix/name)`);
  if (prefix !== undefined && (prefix.length === 0 || prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))) {
    return problem(
      "key-prefix-syntax",
      `${JSON.stringify(key)}: the ${what} key prefix must be a lowercase DNS subdomain ` +
        `of at most 253 characters (e.g. example.com)`,
    );
  }
  if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME_PART.test(name)) {
    return problem(
      "key-name-syntax",
      `${JSON.stringify(key)}: the ${what} key name must be 1-63 characters of letters, ` +
        `digits, '-', '_' and '.', starting and ending with a letter or digit`,
    );
  }
  return undefined;
}

export function labelValueProblem(key: string, value: string): Problem | undefined {
  if (value === "") return undefined;
  if (value.length > 63 || !QUALIFIED_NAME_PART.test(value)) {
    return problem(
      "label-value-syntax",
      `${JSON.stringify(key)}: label value ${JSON.stringify(value)} must be empty or ` +
        `1-63 characters of letters, digits, '-', '_' and '.', starting and ending with a ` +
        `letter or digit`,
    );
  }
  return undefined;
}

/** Annotation values are free text; the API server limits all annotations of an object to 256 KiB. */
export const MAX_ANNOTATIONS_BYTES = 256 * 1024;
