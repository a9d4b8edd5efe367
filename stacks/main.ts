/**
 * The cdktf app (cdktf.json "app"): `npm run synth`, `npx cdktf synth|diff|deploy` all run this.
 * Environments come from stacks/environments/*.yaml. Select with PALETTE_ENV or PALETTE_STACK.
 */
import { resolve } from "node:path";
import { synthesize } from "../src/app/synthesize";
import { ConfigError, ValidationError } from "../src/core/errors";

const repoRoot = resolve(__dirname, "..");
try {
  // The cdktf CLI sets CDKTF_OUTDIR and removes the stale stack folders itself.
  const cli = process.env.CDKTF_OUTDIR !== undefined;
  const { stacks, warnings } = synthesize({
    repoRoot,
    outdir: process.env.CDKTF_OUTDIR ?? "cdktf.out",
    vars: process.env,
    leaveStaleStacks: cli,
  });
  for (const warning of warnings) console.error(`warning: ${warning}`);
  console.log(`synthesized ${stacks.length} stack(s): ${stacks.join(", ")}`);
} catch (e) {
  if (e instanceof ConfigError || e instanceof ValidationError) {
    console.error(e.message);
    process.exit(1);
  }
  // A bug, not bad input: one line by default, the stack trace on request.
  console.error(
    `internal error: ${(e as Error).message ?? String(e)}${process.env.PALETTE_DEBUG ? `\n${(e as Error).stack}` : " (PALETTE_DEBUG=1 shows the stack trace)"}`,
  );
  process.exit(2);
}
