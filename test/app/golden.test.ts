/**
 * Golden snapshots of the default environments: a PR diff of this snapshot is the review of an
 * infrastructure change. Regenerate with `npx jest test/app/golden.test.ts -u` and read the diff.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { synthesize } from "../../src/app/synthesize";
import { REPO_ROOT, tempDir } from "../helpers";

const outdir = join(tempDir(), "cdktf.out");
const { stacks } = synthesize({ repoRoot: REPO_ROOT, outdir, vars: {} });

describe.each(stacks)("stack %s", (stack) => {
  it("matches the golden snapshot", () => {
    const json = readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8");
    expect(JSON.parse(json)).toMatchSnapshot();
  });
});
