/**
 * What changes between two syntheses (a base and a head), stack by stack and resource by resource, and
 * which of those changes a reviewer must not miss: replacements (and pool rotations), destroys of
 * stateful resources, new internet exposure, weaker security, state that moves. Pure: JSON in, facts out.
 */
import { isStateful, UPDATE_RULES } from "../azure/update-rules";
import { exposureOf, ExposureRow, NO_INBOUND } from "./exposure";
import { diffStack, ResourceChange } from "./plan-diff";
import { weakenedSettings } from "./security-posture";
import { backendOf, resourcesOf, StackJson, Synthesis } from "./stack-json";

/** The reasons to look twice, in the order the review lists them. */
export const FLAG_KINDS = ["destroy", "replace", "exposure", "security", "state"] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export interface Flag {
  readonly kind: FlagKind;
  readonly stack: string;
  /** The resource, or the stack itself (`(stack)`). */
  readonly address: string;
  /** One sentence. */
  readonly why: string;
}

export interface StackChanges {
  readonly stack: string;
  readonly status: "added" | "removed" | "changed" | "unchanged";
  readonly resources: readonly ResourceChange[];
  /** The configuration of each resource a changed stack creates, by address (what a reviewer reads of it). */
  readonly created: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** Where state lives, before and after, when it moved. */
  readonly backend?: { readonly before: string; readonly after: string };
}

export interface SynthesisDiff {
  readonly stacks: readonly StackChanges[];
  readonly flags: readonly Flag[];
}

const EMPTY: StackJson = {};

export function diffSyntheses(base: Synthesis, head: Synthesis): SynthesisDiff {
  const stacks: StackChanges[] = [];
  const flags: Flag[] = [];
  for (const stack of [...new Set([...base.keys(), ...head.keys()])].sort()) {
    const before = base.get(stack);
    const after = head.get(stack);
    const resources = diffStack(before ?? EMPTY, after ?? EMPTY).filter((c) => c.mode === "managed" || after);
    const status = !before ? "added" : !after ? "removed" : resources.length > 0 ? "changed" : "unchanged";
    const backend = before && after && backendOf(before) !== backendOf(after) ? movedState(before, after) : undefined;
    const heads = new Map(resourcesOf(after ?? EMPTY).map((b) => [b.address, b.config]));
    const created = new Map(
      status === "changed"
        ? resources
            .filter((r) => r.action === "create" && heads.has(r.address))
            .map((r) => [r.address, heads.get(r.address)!])
        : [],
    );
    stacks.push({ stack, status, resources, created, ...(backend ? { backend } : {}) });

    if (status === "removed") flags.push(removedStackFlag(stack, resources));
    flags.push(...resourceFlags(stack, before ?? EMPTY, after ?? EMPTY, resources, status === "removed"));
    flags.push(...newExposure(stack, before ?? EMPTY, after ?? EMPTY));
    if (backend)
      flags.push({
        kind: "state",
        stack,
        address: "(stack)",
        why: `state moves from ${backend.before} to ${backend.after}: migrate it first (terraform init -migrate-state), or the plan creates everything again`,
      });
  }
  const order = (f: Flag) => FLAG_KINDS.indexOf(f.kind);
  flags.sort((a, b) => order(a) - order(b) || a.stack.localeCompare(b.stack) || a.address.localeCompare(b.address));
  return { stacks, flags };
}

function movedState(before: StackJson, after: StackJson) {
  return { before: backendOf(before), after: backendOf(after) };
}

const statefulReason = (type: string) => (Object.hasOwn(UPDATE_RULES, type) ? UPDATE_RULES[type].statefulReason : "");

function removedStackFlag(stack: string, resources: readonly ResourceChange[]): Flag {
  const stateful = resources.filter((r) => isStateful(r.type)).map((r) => r.type.replace(/^azurerm_/, ""));
  return {
    kind: "destroy",
    stack,
    address: "(stack)",
    why:
      `the stack is no longer synthesized: its ${resources.length} resources` +
      (stateful.length ? ` (${[...new Set(stateful)].join(", ")})` : "") +
      " are destroyed only by `cdktf destroy " +
      stack +
      "` before this merges; after it, cdktf no longer manages them and they stay in Azure",
  };
}

function resourceFlags(
  stack: string,
  before: StackJson,
  after: StackJson,
  changes: readonly ResourceChange[],
  stackRemoved: boolean,
): Flag[] {
  const flags: Flag[] = [];
  const oldBlocks = new Map(resourcesOf(before).map((b) => [b.address, b]));
  const newBlocks = new Map(resourcesOf(after).map((b) => [b.address, b]));
  for (const change of changes) {
    if (change.mode !== "managed") continue;
    const stateful = isStateful(change.type) === true;
    const loses = stateful ? `: destroys ${statefulReason(change.type)}` : "";
    if (change.action === "delete" && stateful && !stackRemoved)
      flags.push({ kind: "destroy", stack, address: change.address, why: `deleted${loses}` });
    if (change.action === "replace")
      flags.push({
        kind: stateful ? "destroy" : "replace",
        stack,
        address: change.address,
        why: replaceReason(change) + loses,
      });
    if (change.rotates && change.action !== "replace")
      flags.push({
        kind: "replace",
        stack,
        address: change.address,
        why:
          `the pool rotates (${pathsOf(change, "rotate")}): every node is replaced and its pods evicted` +
          (change.rotationWithoutName ? "; no temporary_name_for_rotation, so the apply fails" : ""),
      });
  }
  // Every resource kept, changed or not: lifecycle (deletion protection) is no change to Azure, but is one to review.
  for (const [address, now] of newBlocks) {
    const old = oldBlocks.get(address);
    if (old === undefined || now.mode !== "managed") continue;
    const weaker = weakenedSettings(old, now);
    if (weaker.length > 0) flags.push({ kind: "security", stack, address, why: `no longer: ${weaker.join("; ")}` });
  }
  return flags;
}

function pathsOf(change: ResourceChange, ...effects: string[]): string {
  return [...new Set(change.attributes.filter((a) => effects.includes(a.effect)).map((a) => a.path))].join(", ");
}

function replaceReason(change: ResourceChange): string {
  const direct = change.attributes.filter((a) => (a.effect === "replace" || a.effect === "replace-if") && !a.via);
  if (direct.length > 0)
    return `replaced: ${pathsOf({ ...change, attributes: direct }, "replace", "replace-if")} changes`;
  const via = [...new Set(change.attributes.filter((a) => a.via).map((a) => a.via))].join(", ");
  return `replaced, because ${via} changes`;
}

/** Rows of the head's exposure table that the base did not have: the same thing, reachable from more, or new. */
function newExposure(stack: string, before: StackJson, after: StackJson): Flag[] {
  const key = (row: ExposureRow) => `${row.address}|${row.from}|${row.ports}`;
  const known = new Set(exposureOf(stack, before).map(key));
  return exposureOf(stack, after)
    .filter((row) => row.from !== NO_INBOUND && !known.has(key(row)))
    .map((row) => ({
      kind: "exposure" as const,
      stack,
      address: row.address,
      why: `${row.what} reachable from ${row.from} on ${row.ports}`,
    }));
}
