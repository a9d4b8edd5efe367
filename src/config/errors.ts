/** A key path into a spec document, e.g. ["clusters", 1, "tags", "Azure-Owner"]. */
export type SpecPath = readonly (string | number)[];

/** One problem found in a spec: where it is and what is wrong. */
export interface SpecIssue {
  readonly path: SpecPath;
  readonly message: string;
  /** Where to point in the file when that is more precise than `path` (e.g. the one bad tag). */
  readonly locate?: SpecPath;
  /** Where to point when `path` is a default the file does not spell out (the value it clashes with). */
  readonly defaultClashesWith?: SpecPath;
}

/** Renders a path as people write it: `clusters[1].tags."Azure-Owner"`. */
export function formatPath(path: SpecPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `${out === "" ? "" : "."}${JSON.stringify(part)}`;
  }
  return out === "" ? "(root)" : out;
}

/** A position in a source file, 1-based like editors show it. */
export interface SourcePosition {
  readonly line: number;
  readonly col: number;
}

/** One located problem in an environment file. */
export interface LocatedIssue extends SpecIssue {
  readonly file: string;
  readonly position?: SourcePosition;
}

/** Formats a located issue as the one-line error users see: `file:line:col path: message`. */
export function formatIssue(issue: LocatedIssue): string {
  const where = issue.position ? `${issue.file}:${issue.position.line}:${issue.position.col}` : issue.file;
  return issue.path.length === 0
    ? `${where}: ${issue.message}`
    : `${where} ${formatPath(issue.path)}: ${issue.message}`;
}

/** Thrown when an environment spec is invalid; `message` holds one line per issue. */
export class SpecError extends Error {
  constructor(readonly issues: readonly LocatedIssue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "SpecError";
  }
}

/**
 * Thrown by a construct whose props break a rule. It names the construct path, so a TypeScript
 * caller gets the same rule text a YAML user does, located in the construct tree.
 */
export class ValidationError extends Error {
  constructor(
    readonly constructPath: string,
    readonly issues: readonly SpecIssue[],
  ) {
    super(
      issues.map((i) => `${constructPath}${i.path.length ? ` ${formatPath(i.path)}` : ""}: ${i.message}`).join("\n"),
    );
    this.name = "ValidationError";
  }
}
