/**
 * Azure's tag rules (https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources#limitations)
 * plus Palette's reserved names. Pure: no cdktf here.
 */
import { problem, Problem } from "../core/issues";

/** Tag-name prefixes Azure reserves (case-insensitive); Palette refuses them too. */
export const RESERVED_TAG_PREFIXES = ["azure", "microsoft", "windows"] as const;
export const MAX_TAGS_PER_RESOURCE = 50;
export const MAX_TAG_NAME_LENGTH = 512;
export const MAX_TAG_VALUE_LENGTH = 256;
/** Storage accounts take shorter tag names than other resources. */
export const MAX_STORAGE_TAG_NAME_LENGTH = 128;
const FORBIDDEN_NAME_CHARS = /[<>%&\\?/]/;

export type Tags = Readonly<Record<string, string>>;

/** Why a tag name cannot be used, or undefined when it can. */
export function tagNameProblem(name: string): Problem | undefined {
  if (name.trim() === "") return problem("tag-name-empty", "tag names must not be empty");
  const lower = name.toLowerCase();
  const reserved = RESERVED_TAG_PREFIXES.find((p) => lower.startsWith(p));
  if (reserved) return problem("tag-name-reserved", `tag names starting with "${reserved}" are reserved`);
  if (name.length > MAX_TAG_NAME_LENGTH)
    return problem(
      "tag-name-length",
      `tag names are at most ${MAX_TAG_NAME_LENGTH} characters (this one has ${name.length})`,
    );
  const bad = FORBIDDEN_NAME_CHARS.exec(name);
  if (bad)
    return problem("tag-name-characters", `tag names must not contain "${bad[0]}" (Azure forbids < > % & \\ ? /)`);
  return undefined;
}

/** Why a tag value cannot be used, or undefined when it can. */
export function tagValueProblem(value: string): Problem | undefined {
  if (value.length > MAX_TAG_VALUE_LENGTH)
    return problem(
      "tag-value-length",
      `tag values are at most ${MAX_TAG_VALUE_LENGTH} characters (this one has ${value.length})`,
      value,
    );
  return undefined;
}

/** A problem with one tag (named by `name`) or with the set as a whole (no `name`). */
export interface TagProblem extends Problem {
  readonly name?: string;
}

/** Every rule for a set of tags that will land on one resource. */
export function tagIssues(tags: Tags): TagProblem[] {
  const problems: TagProblem[] = [];
  const seen = new Map<string, string>();
  for (const [name, value] of Object.entries(tags)) {
    for (const found of [tagNameProblem(name), tagValueProblem(value)]) {
      if (found) problems.push({ name, code: found.code, message: `${JSON.stringify(name)}: ${found.message}` });
    }
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) {
      problems.push({
        name,
        code: "tag-name-duplicate",
        message:
          `${JSON.stringify(name)}: tag names are case-insensitive in Azure ` +
          `and ${JSON.stringify(other)} is already set`,
      });
    }
    seen.set(name.toLowerCase(), name);
  }
  const count = Object.keys(tags).length;
  if (count > MAX_TAGS_PER_RESOURCE)
    problems.push({
      code: "tags-too-many",
      message: `at most ${MAX_TAGS_PER_RESOURCE} tags per resource (here ${count})`,
    });
  return problems;
}

/**
 * Palette writes tags as `key:value` strings; split on the first colon so values may hold colons
 * (`url:https://x`). A bare `key` gets an empty value.
 */
export function parseTagString(entry: string): [string, string] {
  const colon = entry.indexOf(":");
  return colon < 0 ? [entry, ""] : [entry.slice(0, colon), entry.slice(colon + 1)];
}

/**
 * Later layers win, matching names case-insensitively as Azure does (a cluster's `owner` replaces
 * the environment's `Owner`). Keys come out sorted so the JSON does not depend on YAML order.
 */
export function mergeTags(...layers: (Tags | undefined)[]): Record<string, string> {
  const merged = new Map<string, [string, string]>();
  for (const layer of layers) {
    for (const [name, value] of Object.entries(layer ?? {})) merged.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries([...merged.values()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * On what a cluster's own components create in Azure outside Terraform (the IaaS cloud provider's load
 * balancers and public IPs, the disk CSI driver's disks), valued `<cluster>-<env>`: how
 * `npm run force-delete` finds them.
 */
export const CLUSTER_OWNER_TAG = "palette-cluster";
