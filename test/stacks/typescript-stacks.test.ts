/**
 * The same clusters through YAML and through TypeScript give the same JSON, byte for byte: the
 * constructs and stacks own their correctness, and the YAML layer only translates.
 */
import { App } from "cdktf";
import { cpSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { addStagingStacks } from "../../examples/staging-in-typescript";
import { synthesize } from "../../src/app/synthesize";
import { REPO_ROOT, tempDir } from "../helpers";

function stacksIn(outdir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(outdir, "stacks"))
      .sort()
      .map((stack) => [stack, readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8")]),
  );
}

describe("a stack built in TypeScript", () => {
  it("is byte for byte the stack the YAML app writes (staging)", () => {
    const repo = tempDir();
    mkdirSync(join(repo, "stacks/environments"), { recursive: true });
    cpSync(join(REPO_ROOT, "stacks/environments/staging.yaml"), join(repo, "stacks/environments/staging.yaml"));
    const fromYaml = join(repo, "cdktf.out");
    synthesize({ repoRoot: repo, outdir: fromYaml, vars: {} });

    const fromTypeScript = join(tempDir(), "cdktf.out");
    const app = new App({ outdir: fromTypeScript, skipValidation: true });
    addStagingStacks(app);
    app.synth();

    expect(Object.keys(stacksIn(fromTypeScript))).toEqual(["staging-apps", "staging-edge"]);
    expect(stacksIn(fromTypeScript)).toEqual(stacksIn(fromYaml));
  });
});
