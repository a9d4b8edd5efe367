/**
 * How a construct reports broken props: it runs the same pure rules the YAML loader runs and throws
 * a ValidationError naming its path. A TypeScript caller may pass Terraform references (tokens) for
 * values known only at apply; rules cannot judge those. The one way they are skipped: every rule
 * quotes the value it judges, or names it as the problem's `subject` when quoting would not do (a
 * key, a secret), so an issue whose message or subject holds a token judged a value unknown until
 * apply and is dropped.
 */
import { Token } from "cdktf";
import { IConstruct } from "constructs";
import { ValidationError } from "./errors";
import { Issue } from "./issues";

/** The issues that judged values known at synth. */
export function knownIssues(issues: readonly Issue[]): Issue[] {
  return issues.filter(
    (issue) =>
      !Token.isUnresolved(issue.message) && !(issue.subject !== undefined && Token.isUnresolved(issue.subject)),
  );
}

/** Throws when any issue judged a known value. */
export function throwOnIssues(scope: IConstruct, issues: readonly Issue[]): void {
  const known = knownIssues(issues);
  if (known.length > 0) throw new ValidationError(scope.node.path, known);
}
