/** Types of the update-rules table (see ../update-rules.ts). */

/**
 * What a change of an attribute does to the resource:
 * - replace: destroy and create (ForceNew / RequiresReplace);
 * - replace-if: replace only when `condition` holds (CustomizeDiff, ModifyPlan or a conditional plan modifier), else in place;
 * - update: in place (a `note` says when the provider or the API refuses or disrupts);
 * - rotate: in place only by cycling an AKS node pool through `temporary_name_for_rotation`;
 * - computed-only: read-only, set by the provider.
 */
export type UpdateKind = "replace" | "replace-if" | "update" | "rotate" | "computed-only";

export interface UpdateRule {
  /** What a change of the attribute does to the resource. */
  readonly kind: UpdateKind;
  /** Path and line in the provider's repository at its tag, e.g. "internal/services/network/subnet_resource.go#L139". */
  readonly source: string;
  /** When a replace-if replaces, or a conditional rotate rotates. @default - none: `kind` always applies */
  readonly condition?: string;
  /** What else the code shows: refusals at apply, disruption, fields the Update never sends. @default - none */
  readonly note?: string;
  /** Where the note's fact is, in the same form as `source`. @default - none */
  readonly noteSource?: string;
}

/** The provider whose source the entries cite. */
export interface ProviderSource {
  /** Registry source address, e.g. "hashicorp/azurerm". */
  readonly source: string;
  /** GitHub repository the `source` paths are relative to. */
  readonly repository: string;
  /** Git tag the lines were read at. */
  readonly tag: string;
}

export interface ResourceUpdateRules {
  readonly provider: ProviderSource;
  /** Destroying it loses data or identity that cannot be recreated; PR review flags such destroys. */
  readonly stateful: boolean;
  readonly statefulReason: string;
  readonly note?: string;
  readonly noteSource?: string;
  /** Keyed by attribute path without list indexes: "default_node_pool.vm_size". Blocks have entries too. */
  readonly attributes: Readonly<Record<string, UpdateRule>>;
}
