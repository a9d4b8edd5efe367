/**
 * The review's "Policy" section: the findings of `npm run policy` over the same synthesis, failing ones
 * first, then those an exception accepts, and the reasons of the exceptions used.
 */
import { cell, code, table } from "../review/markdown";
import { Synthesis } from "../review/stack-json";
import { evaluatePolicy } from "./evaluate-policy";
import { PolicyException } from "./policy-rule";

export function policySection(synthesis: Synthesis): string {
  const result = evaluatePolicy(synthesis);
  const failingRules = new Set(result.failing.map((f) => f.rule)).size;
  const lead =
    result.failing.length === 0
      ? `Every one of the ${result.rules} rules passes (\`npm run policy\`, docs/policy.md).`
      : `**${result.failing.length} failing finding(s)** from ${failingRules} of the ${result.rules} rules (\`npm run policy\`, docs/policy.md).`;
  if (result.findings.length === 0) return `## Policy\n\n${lead}`;
  const rows = result.findings.map((f) => [
    f.accepted ? `accepted (${f.accepted.id})` : `**${f.severity}**`,
    f.rule,
    f.stack,
    code(f.address),
    cell(f.problem),
    cell(f.setting),
  ]);
  const used = new Map<string, PolicyException>(result.accepted.map((f) => [f.accepted!.id, f.accepted!]));
  const reasons = [...used.values()].map((e) => `- accepted: ${e.reason} (${e.id})`);
  return [
    "## Policy",
    lead,
    table(["Result", "Rule", "Stack", "Resource", "Finding", "Setting"], rows),
    ...(reasons.length > 0 ? [reasons.join("\n")] : []),
  ].join("\n\n");
}
