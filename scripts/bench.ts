/**
 * `npm run bench`: speed and memory of the main job, as figures (machines here are shared and
 * noisy, so this prints numbers instead of failing a timed test). Each sample is a fresh process,
 * like a user's `npm run synth` or a `cdktf synth` run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repoRoot = resolve(__dirname, "..");
const samples = Number(process.env.BENCH_SAMPLES ?? 5);

interface Sample {
  readonly ms: number;
  readonly maxRssMb: number;
}

/** Runs `script` in a fresh node with tsx; the child reports its own peak RSS. */
function sample(args: string[], vars: Record<string, string>): Sample {
  const outdir = mkdtempSync(join(tmpdir(), "palette-bench-"));
  const probe =
    "process.on('exit', () => process.stderr.write('\\nBENCH_RSS ' + process.resourceUsage().maxRSS + '\\n'))";
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    ["--require", "tsx/cjs", "--eval", `${probe}; require(${JSON.stringify(join(repoRoot, args[0]))})`],
    {
      cwd: repoRoot,
      encoding: "utf8",
      env: { ...process.env, CDKTF_OUTDIR: join(outdir, "cdktf.out"), ...vars },
    },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  rmSync(outdir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
  const rss = Number(/BENCH_RSS (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { ms, maxRssMb: rss / 1024 };
}

function report(name: string, args: string[], vars: Record<string, string> = {}): void {
  const runs = Array.from({ length: samples }, () => sample(args, vars));
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const rss = runs.map((r) => r.maxRssMb).sort((a, b) => a - b);
  const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];
  console.log(
    `${name.padEnd(34)} median ${median(ms).toFixed(0).padStart(5)} ms  (min ${ms[0].toFixed(0)}, max ${ms[ms.length - 1].toFixed(0)})` +
      `  peak RSS median ${median(rss).toFixed(0)} MB (max ${rss[rss.length - 1].toFixed(0)})`,
  );
}

console.log(`node ${process.version}, ${samples} samples each, fresh process per sample`);
report("synth: every default stack", ["stacks/main.ts"]);
report("synth: one stack (PALETTE_STACK)", ["stacks/main.ts"], { PALETTE_STACK: "prod-apps" });
