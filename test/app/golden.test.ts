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

/** Attributes the providers mark sensitive; Terraform refuses an output of them that is not marked sensitive too. */
const SENSITIVE_ATTRIBUTES =
  /\.(kube_config|kube_admin_config|kube_config_raw|kube_admin_config_raw)\b|tls_private_key\.[\w-]+\.private_key|random_password\.[\w-]+\.result|\.(primary|secondary)_access_key\b|connection_string/;

describe.each(stacks)("stack %s outputs", (stack) => {
  it("mark every output of a sensitive attribute sensitive", () => {
    const json = JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
    for (const [name, output] of Object.entries<{ value: unknown; sensitive?: boolean }>(json.output ?? {})) {
      if (SENSITIVE_ATTRIBUTES.test(JSON.stringify(output.value)))
        expect({ name, sensitive: output.sensitive }).toEqual({ name, sensitive: true });
    }
  });
});
