/**
 * A broken rule found by a pure check, located by a key path relative to the object checked.
 * The spec layer prefixes the path with where that object sits in the environment file; a
 * construct prefixes it with nothing and names its own construct path. Pure: no cdktf here.
 */
export interface RuleIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The same issues, located under `prefix`. */
export function under(prefix: readonly (string | number)[], issues: readonly RuleIssue[]): RuleIssue[] {
  return issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message }));
}
