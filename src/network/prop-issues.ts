/** Turns rule issues found in a construct's props into the ValidationError every construct throws. */
import { Token } from "cdktf";
import { IConstruct } from "constructs";
import { RuleIssue } from "../azure/rule-issue";
import { ValidationError } from "../config/errors";

/**
 * Throws when `issues` is not empty. Rules quote the values they judge, so an issue whose message
 * holds a Terraform token judged a value unknown until apply: it is dropped, not reported.
 */
export function throwOnIssues(scope: IConstruct, issues: readonly RuleIssue[]): void {
  const known = issues.filter((issue) => !Token.isUnresolved(issue.message));
  if (known.length > 0) throw new ValidationError(scope.node.path, known);
}
