/**
 * The policy suite over a synthesis: every rule on every stack, plus the secret scan of documents written
 * from it. Failing findings first, then accepted ones, each group by stack, rule and address.
 */
import { Synthesis } from "../review/stack-json";
import { Finding, policyStack } from "./policy-rule";
import { POLICY_RULES } from "./policy-rules";
import { secretsInReview } from "./secret-policy";

export interface PolicyResult {
  readonly stacks: number;
  readonly rules: number;
  /** Failing findings first, then accepted ones. */
  readonly findings: readonly Finding[];
  readonly failing: readonly Finding[];
  readonly accepted: readonly Finding[];
}

/** A text written from the synthesis, scanned for secrets too: `{ file: "review.md", text }`. */
export interface ReviewDocument {
  readonly file: string;
  readonly text: string;
}

/** By code point, not locale: the output is the same on every machine. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const order = (a: Finding, b: Finding) =>
  compare(a.stack, b.stack) || compare(a.rule, b.rule) || compare(a.address, b.address);

export function evaluatePolicy(synthesis: Synthesis, documents: readonly ReviewDocument[] = []): PolicyResult {
  const findings = [
    ...[...synthesis].flatMap(([name, json]) => {
      const stack = policyStack(name, json);
      return POLICY_RULES.flatMap((rule) => rule.check(stack));
    }),
    ...documents.flatMap((d) => secretsInReview(d.file, d.text)),
  ];
  const failing = findings.filter((f) => !f.accepted).sort(order);
  const accepted = findings.filter((f) => f.accepted).sort(order);
  return { stacks: synthesis.size, rules: POLICY_RULES.length, findings: [...failing, ...accepted], failing, accepted };
}

/** One finding as `npm run policy` prints it: `<severity> <rule> <stack> <address>: <problem> (<setting>)`. */
export function formatFinding(f: Finding): string {
  const line = `${f.severity} ${f.rule} ${f.stack} ${f.address}: ${f.problem} (${f.setting})`;
  return f.accepted ? `${line} accepted: ${f.accepted.reason} [${f.accepted.id}]` : line;
}

export function summaryOf(result: PolicyResult): string {
  const failingRules = new Set(result.failing.map((f) => f.rule)).size;
  const verdict =
    result.failing.length === 0
      ? "nothing fails"
      : `${result.failing.length} failing finding(s) from ${failingRules} rule(s)`;
  return `policy: ${result.stacks} stack(s), ${result.rules} rules: ${verdict}, ${result.accepted.length} accepted by an exception`;
}
