/**
 * `npm run policy [-- --dir <cdktf.out>]`: the policy suite over the synthesized stacks (docs/policy.md). npm
 * runs the synthesis first; this reads cdktf.out. Exit code: 0 nothing fails, 3 a rule fails, 1 bad
 * arguments or input, 2 a bug.
 */
import { runPolicyCommand } from "../src/policy/policy-command";

process.exitCode = runPolicyCommand({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  vars: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
