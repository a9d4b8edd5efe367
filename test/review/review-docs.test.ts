/**
 * docs/review.md shows a real review: generated here from the committed prod environment and an edit
 * of it, and checked against the file. `UPDATE_DOCS=1 npx jest test/review/review-docs.test.ts` rewrites it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderDiff } from "../../src/review/diff-report";
import { renderReport } from "../../src/review/report";
import { diffSyntheses } from "../../src/review/synthesis-diff";
import { REPO_ROOT } from "../helpers";
import { edit, synthesisOf } from "./edited-synthesis";

const DOCS = join(REPO_ROOT, "docs/review.md");
const START = "<!-- review-example:start -->";
const END = "<!-- review-example:end -->";

/** The edit the docs describe: a bigger apps pool, a debugging rule from anywhere, a new owner tag. */
function exampleEdit(yaml: string): string {
  const bigger = edit(yaml, "vmSize: Standard_D8ds_v5", "vmSize: Standard_D16ds_v5");
  const rule = edit(
    bigger,
    "      workerSubnet: { cidr: 10.40.16.0/20 }",
    '      workerSubnet:\n        cidr: 10.40.16.0/20\n        securityRules:\n          - { name: allow-debug, priority: 300, protocol: Tcp, sources: ["*"], ports: [8080] }',
  );
  return edit(rule, "  owner: platform-team\n", "  owner: platform-ops\n");
}

/** Headings two levels down, so the example sits under the docs' own. */
const demoted = (markdown: string) => markdown.replace(/^(#{1,4}) /gm, "$1## ");

it("docs/review.md shows the review of the example edit as the review writes it", () => {
  const head = synthesisOf("prod", exampleEdit);
  const review = `${renderDiff(diffSyntheses(synthesisOf("prod"), head), "main")}\n\n${renderReport(head, "## The stacks after this change")}`;
  const example = demoted(review);
  const docs = readFileSync(DOCS, "utf8");
  const [before, rest] = docs.split(START);
  const after = rest?.split(END)[1];
  expect(after).toBeDefined();
  if (process.env.UPDATE_DOCS === "1") writeFileSync(DOCS, `${before}${START}\n\n${example}\n\n${END}${after}`);
  else expect(rest.split(END)[0].trim()).toBe(example);
});
