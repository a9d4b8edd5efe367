/**
 * `npm run fuzz [-- --runs 5000] [--seed 42] [--path "12:3"]`: the hostile-input property of
 * test/config/hostile-input.test.ts over many more random mutations of the committed environment
 * files (FUZZ_RUNS and FUZZ_SEED work too). Every case must synthesize, or fail with exit 1 and
 * positioned lines, keeping the earlier cdktf.out, within its time bound.
 *
 * The cases run in a child process that writes each one to a progress file first, so a case that
 * hangs the app is killed and printed, not waited for. On failure it prints the seed (and
 * fast-check's path) that replays it.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { hostileCase, MAX_RUN_MS, runCase } from "../test/config/hostile-input";

interface Options {
  readonly runs: number;
  readonly seed: number;
  readonly path?: string;
}

function options(argv: readonly string[]): Options {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Number(arg("runs") ?? process.env.FUZZ_RUNS ?? 2000);
  const seed = Number(arg("seed") ?? process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed))
    throw new Error("usage: npm run fuzz -- [--runs N] [--seed N] [--path P] (or FUZZ_RUNS, FUZZ_SEED)");
  return { runs, seed, path: arg("path") };
}

/** The child: runs the cases, each written to `progress` before it runs. */
function child(opts: Options, progress: string): void {
  let count = 0;
  const started = Date.now();
  const result = fc.check(
    fc.property(hostileCase, (hostile) => {
      count++;
      writeFileSync(progress, JSON.stringify({ count, hostile }));
      const passed = runCase(hostile).length === 0;
      if (count % 100 === 0) console.log(`${count} cases, ${((Date.now() - started) / count).toFixed(0)} ms each`);
      return passed;
    }),
    { numRuns: opts.runs, seed: opts.seed, path: opts.path, endOnFailure: false },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (!result.failed) {
    console.log(`fuzz: ${opts.runs} cases passed in ${seconds} s (seed ${opts.seed})`);
    return;
  }
  console.error(`fuzz: a case fails after ${result.numRuns} of ${opts.runs} cases (${seconds} s)`);
  const [counterexample] = result.counterexample ?? [];
  console.error(`counterexample: ${JSON.stringify(counterexample)}`);
  if (counterexample) console.error(runCase(counterexample).join("\n"));
  console.error(`replay: npm run fuzz -- --seed ${result.seed} --path "${result.counterexamplePath}" --runs 1`);
  process.exitCode = 1;
}

/** The parent: starts the child and kills it when one case runs longer than the bound. */
function parent(opts: Options): void {
  const dir = mkdtempSync(join(tmpdir(), "palette-fuzz-"));
  const progress = join(dir, "progress.json");
  writeFileSync(progress, "{}");
  console.log(`fuzz: ${opts.runs} cases, seed ${opts.seed}${opts.path ? `, path ${opts.path}` : ""}`);
  const args = [...process.execArgv, __filename, "--child", progress, "--runs", String(opts.runs)];
  args.push("--seed", String(opts.seed), ...(opts.path ? ["--path", opts.path] : []));
  const worker = spawn(process.execPath, args, { stdio: "inherit" });
  let last = readFileSync(progress, "utf8");
  let since = Date.now();
  const watchdog = setInterval(() => {
    const now = readFileSync(progress, "utf8");
    if (now !== last) [last, since] = [now, Date.now()];
    else if (Date.now() - since > 3 * MAX_RUN_MS) {
      console.error(`fuzz: a case runs for more than ${(3 * MAX_RUN_MS) / 1000} s (seed ${opts.seed}): ${now}`);
      worker.kill("SIGKILL");
    }
  }, 1000);
  worker.on("exit", (code, signal) => {
    clearInterval(watchdog);
    rmSync(dir, { recursive: true, force: true });
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

const childAt = process.argv.indexOf("--child");
if (childAt >= 0) child(options(process.argv), process.argv[childAt + 1]);
else parent(options(process.argv));
