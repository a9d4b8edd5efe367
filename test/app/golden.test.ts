/**
 * Golden copies of the default environments' stacks (test/app/golden/<stack>.json, long node files
 * once each under files/): a PR diff of them is the review of an infrastructure change. After a
 * deliberate change, `UPDATE_GOLDEN=1 npx jest test/app/golden.test.ts` rewrites them; read the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { synthesize } from "../../src/app/synthesize";
import { REPO_ROOT, tempDir } from "../helpers";
import { goldenStack } from "./golden-files";

const GOLDEN = join(REPO_ROOT, "test/app/golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const outdir = join(tempDir(), "cdktf.out");
const { stacks } = synthesize({ repoRoot: REPO_ROOT, outdir, vars: {} });
const golden = new Map(
  stacks.map((stack) => [
    stack,
    goldenStack(JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"))),
  ]),
);
const files = new Map([...golden.values()].flatMap((g) => [...g.files]));

if (UPDATE) {
  rmSync(GOLDEN, { recursive: true, force: true });
  mkdirSync(join(GOLDEN, "files"), { recursive: true });
  for (const [stack, g] of golden) writeFileSync(join(GOLDEN, `${stack}.json`), g.json);
  for (const [name, content] of files) writeFileSync(join(GOLDEN, "files", name), content);
}

const fix = "after a deliberate change: UPDATE_GOLDEN=1 npx jest test/app/golden.test.ts, then review the diff";

describe.each(stacks)("stack %s", (stack) => {
  it("matches its golden copy", () => {
    const path = join(GOLDEN, `${stack}.json`);
    expect({ stack, exists: existsSync(path), fix }).toEqual({ stack, exists: true, fix });
    expect(golden.get(stack)!.json).toBe(readFileSync(path, "utf8"));
  });
});

describe("golden node files", () => {
  it("are each stored once, and only while a stack uses them", () => {
    const stored = readdirSync(join(GOLDEN, "files")).sort();
    expect({ stored, fix }).toEqual({ stored: [...files.keys()].sort(), fix });
    for (const [name, content] of files) expect(readFileSync(join(GOLDEN, "files", name), "utf8")).toBe(content);
  });

  it("leave no stack without its golden copy, and no copy without a stack", () => {
    const copies = readdirSync(GOLDEN)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""));
    expect({ copies: copies.sort(), fix }).toEqual({ copies: [...stacks].sort(), fix });
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
