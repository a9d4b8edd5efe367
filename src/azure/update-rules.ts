/**
 * What the providers do when an attribute changes: replace the resource, replace it only under a condition, update it in
 * place, or (AKS node pools) rotate the pool through `temporary_name_for_rotation`. Also whether destroying a resource
 * type loses data or identity (`stateful`), which PR review uses to flag destroys. Pure data and lookups: no cdktf here.
 *
 * Every azurerm entry was read in hashicorp/terraform-provider-azurerm at tag v4.55.0 (the pinned provider): the schema's
 * `ForceNew`, the resource's `CustomizeDiff` (`ForceNewIfChange`, `d.ForceNew`) and its Update function. The other
 * providers were read at the tags in ./update-rules/providers.ts (plan modifiers `RequiresReplace*` and `ModifyPlan`).
 * Each entry's `source` is a path and line in that repository at that tag; the vendored go-azure-helpers files count
 * (vendor/github.com/hashicorp/go-azure-helpers/...), since shared schemas such as `location` live there.
 *
 * To add an entry: read the attribute's schema at the tag (`git show v4.55.0:internal/services/<svc>/<file>.go`), then
 * the CustomizeDiff and the Update function; add `path: { kind, source }` under the resource in the data file of its
 * group (./update-rules/*.ts), with `condition` for replace-if and a `note` for refusals or disruption the code shows.
 * Paths use dots without list indexes ("network_profile.load_balancer_profile.idle_timeout_in_minutes"); blocks have
 * their own entry (a ForceNew block replaces when it is added or removed). A new resource type also needs `stateful`.
 */
import { COMPUTE_UPDATE_RULES } from "./update-rules/compute";
import { IDENTITY_AND_PLATFORM_UPDATE_RULES } from "./update-rules/identity-and-platform";
import { KUBERNETES_CLUSTER_UPDATE_RULES } from "./update-rules/kubernetes-cluster";
import { NETWORK_UPDATE_RULES } from "./update-rules/network";
import { OTHER_PROVIDERS_UPDATE_RULES } from "./update-rules/other-providers";
import { STORAGE_UPDATE_RULES } from "./update-rules/storage";
import type { ResourceUpdateRules, UpdateRule } from "./update-rules/types";

export type { ProviderSource, ResourceUpdateRules, UpdateKind, UpdateRule } from "./update-rules/types";

/** Every covered resource type, by Terraform type name. */
export const UPDATE_RULES: Readonly<Record<string, ResourceUpdateRules>> = {
  ...KUBERNETES_CLUSTER_UPDATE_RULES,
  ...COMPUTE_UPDATE_RULES,
  ...NETWORK_UPDATE_RULES,
  ...STORAGE_UPDATE_RULES,
  ...IDENTITY_AND_PLATFORM_UPDATE_RULES,
  ...OTHER_PROVIDERS_UPDATE_RULES,
};

/**
 * The table's key for a Terraform attribute path: list indexes dropped, so `default_node_pool.0.vm_size`,
 * `default_node_pool[0].vm_size` and `default_node_pool.vm_size` are one attribute.
 */
export function normaliseAttributePath(attributePath: string): string {
  return attributePath
    .replace(/\[\d+\]/g, "")
    .split(".")
    .filter((segment) => segment !== "" && !/^\d+$/.test(segment))
    .join(".");
}

/** What a change of `attributePath` does to a `resourceType`, or undefined for a type or attribute not in the table. */
export function updateBehaviour(resourceType: string, attributePath: string): UpdateRule | undefined {
  const rules = Object.hasOwn(UPDATE_RULES, resourceType) ? UPDATE_RULES[resourceType] : undefined;
  if (!rules) return undefined;
  const key = normaliseAttributePath(attributePath);
  return Object.hasOwn(rules.attributes, key) ? rules.attributes[key] : undefined;
}

/** Whether destroying a resource of this type loses data or identity; undefined for a type not in the table. */
export function isStateful(resourceType: string): boolean | undefined {
  return Object.hasOwn(UPDATE_RULES, resourceType) ? UPDATE_RULES[resourceType].stateful : undefined;
}

/** Whether every argument of the type replaces it, as for association resources and tls_private_key: nothing updates in place. */
export function isImmutable(resourceType: string): boolean | undefined {
  if (!Object.hasOwn(UPDATE_RULES, resourceType)) return undefined;
  return Object.values(UPDATE_RULES[resourceType].attributes).every(
    (rule) => rule.kind === "replace" || rule.kind === "computed-only",
  );
}
