/**
 * `npm run policy` as users run it: what it prints, its exit code, over a synthesis folder (the default prod
 * environment made compliant, then edited). One test starts scripts/policy.ts in a fresh node; the rest run
 * the same command in this process.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { runPolicyCommand } from "../../src/policy/policy-command";
import { POLICY_RULES } from "../../src/policy/policy-rules";
import { PROCESS_TIMEOUT_MS, REPO_ROOT, tempDir } from "../helpers";
import { synthesizeEdited } from "../review/edited-synthesis";
import { compliant } from "./policy-fixtures";

function policy(args: readonly string[]) {
  let stdout = "";
  let stderr = "";
  const status = runPolicyCommand({
    argv: args,
    cwd: REPO_ROOT,
    vars: {},
    out: (line) => (stdout += `${line}\n`),
    err: (line) => (stderr += `${line}\n`),
  });
  return { status, stdout, stderr };
}

/** The prod synthesis on disk with every stack made compliant, then `edit` applied to one stack's JSON. */
function compliantProd(edit: (stacks: Record<string, any>) => void = () => {}): string {
  const dir = synthesizeEdited("prod");
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const files = Object.fromEntries(
    Object.entries<any>(manifest.stacks).map(([name, s]) => [name, join(dir, s.synthesizedStackPath)]),
  );
  const stacks = Object.fromEntries(
    Object.entries(files).map(([name, file]) => [name, compliant(JSON.parse(readFileSync(file, "utf8")))]),
  );
  edit(stacks);
  for (const [name, file] of Object.entries(files)) writeFileSync(file, JSON.stringify(stacks[name], undefined, 2));
  return dir;
}

const sshFromAnywhere = (stacks: Record<string, any>) =>
  (stacks["prod-edge"].resource.azurerm_network_security_rule.network_worker_nsg_allow_ssh.source_address_prefix = "*");

describe("npm run policy", () => {
  it("nothing fails: prints the accepted exceptions and the summary, exit 0", () => {
    const run = policy(["--dir", compliantProd()]);
    expect(run.stderr).toBe("");
    const lines = run.stdout.trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(
        /^high PAZ-PUBLIC-001 prod-edge azurerm_lb_rule.iaas_api_rule: .* accepted: .* \[PAZ-EXC-IAAS-API\]$/,
      ),
      expect.stringMatching(
        /^high PAZ-STORAGE-004 prod-edge azurerm_storage_account.storage_account: .* \[PAZ-EXC-VHD-COPY\]$/,
      ),
      `policy: 4 stack(s), ${POLICY_RULES.length} rules: nothing fails, 2 accepted by an exception`,
    ]);
    expect(run.status).toBe(0);
  });

  it("a rule fails: prints the finding first, exit 3", () => {
    const run = policy(["--dir", compliantProd(sshFromAnywhere)]);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "high PAZ-NSG-001 prod-edge azurerm_network_security_rule.network_worker_nsg_allow_ssh: admits SSH (22) from the internet (source_address_prefix = *, destination_port_range = 22)",
    );
    expect(lines.at(-1)).toBe(
      `policy: 4 stack(s), ${POLICY_RULES.length} rules: 1 failing finding(s) from 1 rule(s), 2 accepted by an exception`,
    );
    expect(run.status).toBe(3);
  });

  it("scans the review written next to the stacks for secrets too", () => {
    const dir = compliantProd();
    writeFileSync(join(dir, "review.md"), "# Review\n\n| key | -----BEGIN OPENSSH PRIVATE KEY----- |\n");
    const run = policy(["--dir", dir]);
    expect(run.stdout).toContain(
      `high PAZ-SECRET-001 (review) ${relative(REPO_ROOT, join(dir, "review.md"))}: holds a PEM private key (line 3)\n`,
    );
    expect(run.status).toBe(3);
  });

  it("bad input: one line naming it, exit 1", () => {
    const empty = tempDir();
    expect(policy(["--dir", empty])).toEqual({
      status: 1,
      stdout: "",
      stderr: `policy: ${empty}: no manifest.json here; synthesize first (npm run synth)\n`,
    });
    const unknown = policy(["--dri", "cdktf.out"]);
    expect(unknown.stderr).toMatch(
      /^policy: Unknown option '--dri'.*usage: npm run policy -- \[--dir <cdktf.out>\]\n$/,
    );
    expect(unknown.status).toBe(1);
    writeFileSync(join(empty, "manifest.json"), JSON.stringify({ stacks: {} }));
    expect(policy(["--dir", empty])).toEqual({
      status: 1,
      stdout: "",
      stderr: `policy: ${empty}: manifest.json lists no stacks\n`,
    });
  });

  it("a bug: the internal error in one line, exit 2", () => {
    const spy = jest.spyOn(POLICY_RULES[0], "check").mockImplementation(() => {
      throw new Error("rule broke");
    });
    try {
      const run = policy(["--dir", compliantProd()]);
      expect(run.stderr).toBe("internal error: rule broke (PALETTE_DEBUG=1 shows the stack trace)\n");
      expect(run.status).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });

  it("scripts/policy.ts in a fresh node: the same lines and exit code", () => {
    const dir = compliantProd(sshFromAnywhere);
    const run = spawnSync(
      process.execPath,
      ["--require", "tsx/cjs", join(REPO_ROOT, "scripts/policy.ts"), "--dir", dir],
      {
        cwd: REPO_ROOT,
        encoding: "utf8",
        timeout: PROCESS_TIMEOUT_MS,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" },
      },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^high PAZ-NSG-001 prod-edge /);
    expect(run.status).toBe(3);
  });
});
