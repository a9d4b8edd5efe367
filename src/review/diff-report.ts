/**
 * The review's diff in Markdown: the flagged changes first (what a reviewer must not miss), then each
 * changed stack with its resources created, deleted, replaced and updated, attribute by attribute.
 */
import { AttributeChange, ResourceChange } from "./plan-diff";
import { cell, code, fold, table } from "./markdown";
import { Flag, StackChanges, SynthesisDiff } from "./synthesis-diff";

/** What each flag kind means, for the table's legend and docs/review.md. */
export const FLAG_MEANINGS: Readonly<Record<Flag["kind"], string>> = {
  destroy: "data or identity is lost: a stateful resource is deleted or replaced, or a stack is dropped",
  replace: "a resource is destroyed and created again, or an AKS pool rotates its nodes",
  exposure: "something new is reachable from the internet, or from more of it",
  security: "a secure setting is turned off",
  state: "a stack's state moves to another backend or workspace",
};

export function flagsSection(flags: readonly Flag[]): string {
  if (flags.length === 0)
    return "**Nothing flagged**: no replacement, stateful destroy, new exposure, weaker security or moved state.";
  const kinds = [...new Set(flags.map((f) => f.kind))];
  return [
    `**${flags.length} flagged change(s)**: ${kinds.map((k) => `${k} ${flags.filter((f) => f.kind === k).length}`).join(", ")}.`,
    table(
      ["Flag", "Stack", "Resource", "Why"],
      flags.map((f) => [
        `**${f.kind}**`,
        f.stack,
        f.address === "(stack)" ? "(the stack)" : code(f.address),
        cell(f.why),
      ]),
    ),
    kinds.map((k) => `*${k}*: ${FLAG_MEANINGS[k]}.`).join(" "),
  ].join("\n\n");
}

const ACTIONS = ["create", "delete", "replace", "update", "ignored"] as const;

function counts(stack: StackChanges): string[] {
  const managed = stack.resources.filter((r) => r.mode === "managed");
  return ACTIONS.map((a) => String(managed.filter((r) => r.action === a).length));
}

function afterValue(a: AttributeChange): string {
  if (a.knownAfterApply) return `(known after apply: ${a.via} is replaced)`;
  if (a.via) return `(follows ${a.via})`;
  return cell(a.after);
}

function effectOf(a: AttributeChange): string {
  return (
    { "not-in-rules": "update (not in the rules)", ignored: "none (ignore_changes)" }[a.effect as string] ?? a.effect
  );
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A changed map (tags, labels) as its changed keys, one row each. */
function rowsOf(a: AttributeChange): string[][] {
  if (a.via || !isMap(a.before) || !isMap(a.after)) return [[code(a.path), cell(a.before), afterValue(a), effectOf(a)]];
  const [before, after] = [a.before, a.after];
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .sort()
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => [code(`${a.path}.${key}`), cell(before[key]), cell(after[key]), effectOf(a)]);
}

const indented = (text: string) =>
  text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");

/** Keys cdktf writes for itself: not what the resource is. */
const CDKTF_KEYS = new Set(["//", "depends_on", "lifecycle", "provider"]);

/** A created resource: its arguments, as a reviewer reads them. */
function createdRows(config: Readonly<Record<string, unknown>>): string[][] {
  return Object.entries(config)
    .filter(([key]) => !CDKTF_KEYS.has(key))
    .map(([key, value]) => [code(key), cell(value)]);
}

/**
 * The resources of a stack, those with the same change (a tag edit reaches every resource) as one entry
 * naming them all.
 */
function resourceEntries(changes: readonly ResourceChange[], created: StackChanges["created"]): string {
  const groups = new Map<string, { title: string; addresses: string[]; body: string }>();
  for (const change of changes) {
    const what = change.mode === "data" ? "read again" : change.action;
    const title = `${what}${change.rotates ? " (pool rotates)" : ""}`;
    const config = created.get(change.address);
    const body = config
      ? table(["Argument", "Value"], createdRows(config))
      : change.attributes.length > 0
        ? table(["Attribute", "Before", "After", "Effect"], change.attributes.flatMap(rowsOf))
        : "";
    const key = config ? change.address : `${title}\n${body}`;
    const group = groups.get(key) ?? { title, addresses: [], body };
    group.addresses.push(change.address);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ title, addresses, body }) => {
      const names = addresses.length > 3 ? `${addresses.length} resources: ` : "";
      const heading = `- ${title} ${names}${addresses.map(code).join(", ")}`;
      return body ? `${heading}\n\n${indented(body)}` : heading;
    })
    .join("\n");
}

function stackSection(stack: StackChanges): string {
  const lines = [`### ${stack.stack} (${stack.status})`];
  if (stack.backend) lines.push(`State moves: ${stack.backend.before} → ${stack.backend.after}.`);
  if (stack.status === "removed" || stack.status === "added") {
    const managed = stack.resources.filter((r) => r.mode === "managed");
    const byType = new Map<string, number>();
    for (const r of managed) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
    lines.push(
      `${managed.length} resources ${stack.status === "added" ? "to create" : "no longer managed"}: ${[...byType].map(([t, n]) => `${code(t)} ${n}`).join(" · ")}`,
    );
    return lines.join("\n\n");
  }
  const changed = stack.resources.filter((r) => r.action !== "ignored");
  const ignored = stack.resources.filter((r) => r.action === "ignored");
  lines.push(resourceEntries(changed, stack.created));
  if (ignored.length > 0)
    lines.push(
      fold(
        `${ignored.length} resource(s) changed only where ignore_changes looks away: Terraform plans nothing`,
        resourceEntries(ignored, stack.created),
      ),
    );
  return lines.join("\n\n");
}

/** The diff of two syntheses: flags, a summary table, then each changed stack. */
export function renderDiff(diff: SynthesisDiff, base: string): string {
  const changed = diff.stacks.filter((s) => s.status !== "unchanged");
  return [
    `# Review against ${code(base)}`,
    flagsSection(diff.flags),
    "## Changes",
    changed.length === 0
      ? "No stack changes."
      : table(
          ["Stack", "Status", "Create", "Delete", "Replace", "Update", "No-op (ignored)"],
          changed.map((s) => [s.stack, s.status, ...counts(s)]),
        ),
    ...changed.map(stackSection),
  ].join("\n\n");
}
