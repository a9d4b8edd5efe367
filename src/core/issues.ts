/**
 * What every check in this project reports, whichever layer runs it (the pure rules in src/azure,
 * the YAML loader, a construct): a problem with a stable `code` for programs and tests, and a
 * message for people; located by a key path once it is known where. Pure: no cdktf here.
 */

/** A key path into a document or props object, e.g. ["clusters", 1, "tags", "Azure-Owner"]. */
export type KeyPath = readonly (string | number)[];

/** A broken rule. `code` is stable (kebab-case, e.g. `cidr-syntax`); `message` may be reworded. */
export interface Problem {
  /** Stable identifier of the rule broken, kebab-case (e.g. `cidr-syntax`). */
  readonly code: string;
  /** What is wrong, for people; may be reworded between versions. */
  readonly message: string;
  /**
   * The value judged, when the message does not quote it (a key, a URL with credentials): a
   * construct skips a problem whose value is a Terraform reference (src/core/construct-issues.ts).
   * @default - none
   */
  readonly subject?: unknown;
}

/** A problem at a key path, relative to the object checked until a caller places it in a file. */
export interface Issue extends Problem {
  /** Key path of the value the problem is about. */
  readonly path: KeyPath;
  /** Where to point in the file when that is more precise than `path` (e.g. the one bad tag). @default - path */
  readonly locate?: KeyPath;
  /**
   * Where to point when `path` is a default the file does not spell out (the value it clashes with).
   * @default - none
   */
  readonly defaultClashesWith?: KeyPath;
}

export function problem(code: string, message: string, subject?: unknown): Problem {
  return subject === undefined ? { code, message } : { code, message, subject };
}

/** The problem located at `path`, or nothing when there is none. */
export function issueAt(path: KeyPath, found: Problem | undefined): Issue[] {
  return found ? [{ ...found, path }] : [];
}

/** The same issues, their paths under `prefix` (`locate` and `defaultClashesWith` are already absolute). */
export function under(prefix: KeyPath, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}

/** Renders a path as people write it: `clusters[1].tags."Azure-Owner"`. */
export function formatPath(path: KeyPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `${out === "" ? "" : "."}${JSON.stringify(part)}`;
  }
  return out === "" ? "(root)" : out;
}
