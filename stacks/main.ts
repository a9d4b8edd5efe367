/**
 * The cdktf app (cdktf.json "app"): `npm run synth`, `npx cdktf synth|diff|deploy` all run this, as
 * prebuilt JavaScript (stacks/app.cjs). Environments come from stacks/environments/*.yaml. Select
 * with PALETTE_ENV or PALETTE_STACK.
 */
import { resolve } from "node:path";
import { runSynthCommand } from "../src/app/synth-command";

process.exitCode = runSynthCommand({
  // stacks/ here, build/ in the bundle: either way one level below the repository root.
  repoRoot: resolve(__dirname, ".."),
  cwd: process.cwd(),
  vars: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
