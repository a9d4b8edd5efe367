/**
 * docs/policy.md lists the rules and exceptions as the code defines them: generated here and checked against
 * the file. `UPDATE_DOCS=1 npx jest test/policy/policy-docs.test.ts` rewrites the tables.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { POLICY_EXCEPTIONS } from "../../src/policy/exceptions";
import { POLICY_RULES } from "../../src/policy/policy-rules";
import { REPO_ROOT } from "../helpers";

const DOCS = join(REPO_ROOT, "docs/policy.md");

const ids = (list: readonly string[]) => (list.length === 0 ? "none known" : list.map((id) => `\`${id}\``).join(", "));
const row = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;

const RULES = [
  row(["Rule", "Severity", "Guards against", "Setting read", "checkov", "Trivy"]),
  row(Array(6).fill("---")),
  ...POLICY_RULES.map((r) =>
    row([r.id, r.severity, r.guardsAgainst, r.reads.map((s) => `\`${s}\``).join(", "), ids(r.checkov), ids(r.trivy)]),
  ),
].join("\n");

const EXCEPTIONS = [
  row(["Exception", "Applies to", "Reason"]),
  row(Array(3).fill("---")),
  ...POLICY_EXCEPTIONS.map((e) => row([e.id, e.appliesTo, e.reason])),
].join("\n");

/** The text with the part between `<!-- name:start -->` and `<!-- name:end -->` replaced. */
function withGenerated(docs: string, name: string, body: string): string {
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const [before, rest] = docs.split(start);
  const after = rest?.split(end)[1];
  if (after === undefined) throw new Error(`docs/policy.md has no ${start} ... ${end}`);
  return `${before}${start}\n\n${body}\n\n${end}${after}`;
}

it("docs/policy.md lists every rule and exception as the code defines them", () => {
  const docs = readFileSync(DOCS, "utf8");
  const generated = withGenerated(withGenerated(docs, "policy-rules", RULES), "policy-exceptions", EXCEPTIONS);
  if (process.env.UPDATE_DOCS === "1") writeFileSync(DOCS, generated);
  else expect(docs).toBe(generated);
});
