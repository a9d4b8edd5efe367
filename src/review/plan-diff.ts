/**
 * What applying `after` over `before` (two syntheses of one stack) would do to each resource, read
 * from the JSON alone and the provider update rules (src/azure/update-rules.ts): create, delete,
 * update in place, or replace; whether an AKS pool rotates and has the name to rotate through. A
 * replaced resource's computed attributes (its id...) are unknown until apply, so whatever refers to
 * them changes too, and may be replaced in turn: that is followed to the end. Pure: no cdktf here.
 */
import { normaliseAttributePath, UPDATE_RULES, UpdateKind } from "../azure/update-rules";
import type { StackJson } from "./stack-json";

/** `ignored`: the configuration changed only where lifecycle.ignore_changes looks away, so Terraform plans nothing. */
export type ChangeAction = "create" | "delete" | "update" | "replace" | "ignored";

/** What a changed attribute does, by the update rules; `ignored` when lifecycle.ignore_changes covers it. */
export type AttributeEffect = UpdateKind | "ignored" | "not-in-rules";

export interface AttributeChange {
  /** Dotted, with list indexes: `default_node_pool.vm_size`, `frontend_ip_configuration.0.zones`. */
  readonly path: string;
  readonly before: unknown;
  /** The new value; for a value known only after apply (it refers to a replaced resource), the reference. */
  readonly after: unknown;
  readonly effect: AttributeEffect;
  /** Written the same, but what it refers to (this address) changed: the value does too. */
  readonly via?: string;
  /** ...and it refers to a computed attribute of a replaced resource: the value is known only after apply. */
  readonly knownAfterApply?: boolean;
}

export interface ResourceChange {
  /** `azurerm_subnet.network_worker-subnet`, or `data.azurerm_resource_group.resource_group`. */
  readonly address: string;
  readonly type: string;
  readonly mode: "managed" | "data";
  readonly action: ChangeAction;
  readonly attributes: readonly AttributeChange[];
  /** An attribute changed that updates only by rotating the pool (AKS). */
  readonly rotates: boolean;
  /** It rotates but has no temporary_name_for_rotation: azurerm fails the apply. */
  readonly rotationWithoutName: boolean;
}

interface Block {
  readonly address: string;
  readonly type: string;
  readonly mode: "managed" | "data" | "local";
  readonly config: unknown;
  readonly ignoreChanges: readonly string[];
}

/** Keys cdktf writes for itself or Terraform reads as meta-arguments: not resource attributes. */
const META_KEYS = new Set([
  "//",
  "lifecycle",
  "depends_on",
  "provider",
  "count",
  "for_each",
  "connection",
  "provisioner",
]);

/** Every resource that differs between two syntheses of a stack, in address order. */
export function diffStack(before: StackJson, after: StackJson): ResourceChange[] {
  const old = blocksOf(before);
  const now = blocksOf(after);
  const changes = new Map<string, AttributeChange[]>();
  for (const [address, block] of now) {
    const previous = old.get(address);
    if (previous) changes.set(address, changedAttributes(previous, block));
  }
  // What refers to a changed attribute changes too; so does what refers to a computed attribute (id...) of a replaced
  // resource (unknown until apply) or of a data source read with new arguments. That may replace it in turn.
  for (let settled = false; !settled;) {
    settled = true;
    for (const [address, attrs] of changes) {
      const block = now.get(address)!;
      for (const [path, value] of leaves(block.config)) {
        const reference = attrs.some((a) => a.path === path) ? undefined : changedReference(value, changes, now);
        if (!reference) continue;
        attrs.push({
          path,
          before: value,
          after: value,
          effect: effectOf(block, path),
          via: reference.address,
          ...(reference.unknown ? { knownAfterApply: true } : {}),
        });
        settled = false;
      }
    }
  }
  const result: ResourceChange[] = [];
  for (const address of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    if (address.startsWith("local.")) continue;
    const block = now.get(address) ?? old.get(address)!;
    const mode = block.mode as "managed" | "data";
    if (!now.has(address))
      result.push({
        address,
        type: block.type,
        mode,
        action: "delete",
        attributes: [],
        rotates: false,
        rotationWithoutName: false,
      });
    else if (!old.has(address))
      result.push({
        address,
        type: block.type,
        mode,
        action: "create",
        attributes: [],
        rotates: false,
        rotationWithoutName: false,
      });
    else {
      const attributes = changes.get(address)!.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const effective = attributes.filter((a) => a.effect !== "ignored");
      if (attributes.length === 0) continue;
      if (effective.length === 0) {
        result.push({
          address,
          type: block.type,
          mode,
          action: "ignored",
          attributes,
          rotates: false,
          rotationWithoutName: false,
        });
        continue;
      }
      const rotates = effective.some((a) => a.effect === "rotate");
      const action = replaces(attributes) ? "replace" : "update";
      result.push({
        address,
        type: block.type,
        mode,
        action,
        attributes,
        rotates,
        rotationWithoutName: rotates && action !== "replace" && !hasRotationName(block, effective),
      });
    }
  }
  return result;
}

function replaces(attributes: readonly AttributeChange[]): boolean {
  return attributes.some((a) => a.effect === "replace" || a.effect === "replace-if");
}

function blocksOf(json: StackJson): Map<string, Block> {
  const blocks = new Map<string, Block>();
  for (const [mode, section] of [
    ["managed", json.resource],
    ["data", json.data],
  ] as const) {
    for (const [type, named] of Object.entries(
      (section ?? {}) as Record<string, Record<string, Record<string, unknown>>>,
    )) {
      for (const [name, config] of Object.entries(named)) {
        const address = mode === "data" ? `data.${type}.${name}` : `${type}.${name}`;
        const lifecycle = (config.lifecycle ?? {}) as { ignore_changes?: string[] };
        blocks.set(address, {
          address,
          type,
          mode,
          config: withoutMeta(config),
          ignoreChanges: (lifecycle.ignore_changes ?? []).map(normaliseAttributePath),
        });
      }
    }
  }
  for (const [name, value] of Object.entries((json.locals ?? {}) as Record<string, unknown>)) {
    blocks.set(`local.${name}`, {
      address: `local.${name}`,
      type: "local",
      mode: "local",
      config: { value },
      ignoreChanges: [],
    });
  }
  return blocks;
}

function withoutMeta(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).filter(([key]) => !META_KEYS.has(key)));
}

/** Leaf values by dotted path; lists of scalars and maps without a rule of their own are one leaf. */
function leaves(value: unknown, path = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const visit = (v: unknown, p: string) => {
    if (Array.isArray(v) && v.some((item) => typeof item === "object" && item !== null))
      v.forEach((item, i) => visit(item, join(p, String(i))));
    else if (typeof v === "object" && v !== null && !Array.isArray(v) && p !== "" && isMapAttribute(p)) out.set(p, v);
    else if (typeof v === "object" && v !== null && !Array.isArray(v))
      for (const [k, item] of Object.entries(v)) visit(item, join(p, k));
    else out.set(p, v);
  };
  visit(value, path);
  return out;
}

const MAP_ATTRIBUTES = new Set(["tags", "node_labels", "labels", "annotations"]);

/** Map-valued attributes (tags, labels) compare as a whole: their keys are data, not schema. */
function isMapAttribute(path: string): boolean {
  return MAP_ATTRIBUTES.has(path.split(".").pop()!);
}

function join(prefix: string, key: string): string {
  return prefix === "" ? key : `${prefix}.${key}`;
}

function changedAttributes(before: Block, after: Block): AttributeChange[] {
  const old = leaves(before.config);
  const now = leaves(after.config);
  const changes: AttributeChange[] = [];
  // A nested block added or removed as a whole has a rule of its own (adding load_balancer_profile replaces a cluster).
  const [oldBlocks, newBlocks] = [nestedBlocks(before.config), nestedBlocks(after.config)];
  for (const path of new Set([...oldBlocks, ...newBlocks])) {
    if (oldBlocks.has(path) === newBlocks.has(path) || !hasOwnRule(after, path)) continue;
    const [a, b] = [oldBlocks.has(path) ? "(block)" : undefined, newBlocks.has(path) ? "(block)" : undefined];
    changes.push({ path, before: a, after: b, effect: effectOf(after, path, a, b) });
  }
  for (const path of new Set([...old.keys(), ...now.keys()])) {
    const [a, b] = [old.get(path), now.get(path)];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    changes.push({ path, before: a, after: b, effect: effectOf(after, path, a, b) });
  }
  return changes;
}

/** Paths of the nested blocks of a config (cdktf writes a single block as an object, repeated ones as a list). */
function nestedBlocks(config: unknown, path = ""): Set<string> {
  const found = new Set<string>();
  const visit = (value: unknown, at: string) => {
    if (Array.isArray(value))
      value.forEach((item, i) => typeof item === "object" && item !== null && visit(item, join(at, String(i))));
    else if (typeof value === "object" && value !== null && !(at !== "" && isMapAttribute(at))) {
      if (at !== "") found.add(at);
      for (const [key, inner] of Object.entries(value)) visit(inner, join(at, key));
    }
  };
  visit(config, path);
  return found;
}

function hasOwnRule(block: Block, path: string): boolean {
  const rules =
    block.mode === "managed" && Object.hasOwn(UPDATE_RULES, block.type) ? UPDATE_RULES[block.type].attributes : {};
  return Object.hasOwn(rules, normaliseAttributePath(path));
}

/** The rule of the longest known prefix of the path (a map key or list index has none of its own). */
function effectOf(block: Block, path: string, before?: unknown, after?: unknown): AttributeEffect {
  const key = normaliseAttributePath(path);
  if (block.ignoreChanges.some((ignored) => key === ignored || key.startsWith(`${ignored}.`))) return "ignored";
  // A local is an expression, and a data source is read again: neither is replaced.
  if (block.mode !== "managed") return "update";
  const rules = Object.hasOwn(UPDATE_RULES, block.type) ? UPDATE_RULES[block.type].attributes : undefined;
  if (!rules) return "not-in-rules";
  const parts = key.split(".");
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join(".");
    if (!Object.hasOwn(rules, prefix)) continue;
    const rule = rules[prefix];
    if (rule.kind === "computed-only") return "update";
    // Conditions the JSON alone decides; any other condition is taken as met.
    const decide =
      rule.kind === "replace-if"
        ? DECIDABLE_CONDITIONS.find(([pattern]) => pattern.test(rule.condition ?? ""))?.[1]
        : undefined;
    if (decide) return decide(before, after) ? "replace" : "update";
    return rule.kind;
  }
  return "not-in-rules";
}

/** A replication type's family: azurerm replaces a storage account moving between them. */
const zoneRedundantReplication = (type: unknown) => typeof type === "string" && /ZRS$/.test(type);
/** AKS moves a pool between these OS SKUs in place. */
const linuxFamilySku = (sku: unknown) => typeof sku === "string" && /^(Ubuntu|AzureLinux)/.test(sku);

/** replace-if conditions of the update rules that the two configurations decide: whether the change replaces. */
const DECIDABLE_CONDITIONS: readonly [RegExp, (before: unknown, after: unknown) => boolean][] = [
  [/^only when (a set value|the block) is removed/, (before, after) => before !== undefined && after === undefined],
  [/^only when the block is added/, (before, after) => before === undefined && after !== undefined],
  [
    /^between the LRS\/GRS\/RAGRS and ZRS\/GZRS\/RAGZRS families/,
    (before, after) => zoneRedundantReplication(before) !== zoneRedundantReplication(after),
  ],
  [
    /^when the old or new value is not Ubuntu\*\/AzureLinux\*/,
    (before, after) => !linuxFamilySku(before) || !linuxFamilySku(after),
  ],
];

/**
 * The first changed thing the value refers to: a changed local or attribute, or a computed attribute (id...) of a
 * replaced resource (unknown until apply) or of a data source read with new arguments.
 */
function changedReference(
  value: unknown,
  changes: ReadonlyMap<string, readonly AttributeChange[]>,
  blocks: ReadonlyMap<string, Block>,
): { address: string; unknown: boolean } | undefined {
  if (typeof value !== "string" || !value.includes("${")) return undefined;
  for (const match of value.matchAll(
    /(?:\b(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)\.([a-z_][a-z0-9_]*))|\blocal\.([A-Za-z0-9_-]+)/g,
  )) {
    const address = match[5] !== undefined ? `local.${match[5]}` : `${match[1] ?? ""}${match[2]}.${match[3]}`;
    const changed = changes.get(address) ?? [];
    const block = blocks.get(address);
    if (changed.length === 0 || !block) continue;
    if (block.mode === "local") return { address, unknown: false };
    const attribute = match[4];
    if (changed.some((c) => c.path === attribute || c.path.startsWith(`${attribute}.`)))
      return { address, unknown: false };
    const written = (block.config as Record<string, unknown>)[attribute];
    const computed = written === undefined || (typeof written === "string" && written.includes("${"));
    if (computed && block.mode === "data") return { address, unknown: false };
    if (computed && replaces(changed)) return { address, unknown: true };
  }
  return undefined;
}

/** Whether the block the rotating attributes sit in names a temporary pool to rotate through. */
function hasRotationName(block: Block, changes: readonly AttributeChange[]): boolean {
  const config = block.config as Record<string, unknown>;
  const rotating = changes.filter((c) => c.effect === "rotate").map((c) => c.path.split(".")[0]);
  return rotating.every((top) => {
    const nested: unknown = config[top];
    const inner: unknown = Array.isArray(nested) ? (nested as unknown[])[0] : nested;
    const holder =
      typeof inner === "object" && inner !== null && !("temporary_name_for_rotation" in config)
        ? (inner as Record<string, unknown>)
        : config;
    return typeof holder.temporary_name_for_rotation === "string" && holder.temporary_name_for_rotation !== "";
  });
}
