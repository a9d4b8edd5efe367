/**
 * `npm run policy`: every rule over every stack of a synthesis (and the secret rule over its review.md),
 * one line per finding and a summary. Exit code: 0 nothing fails, 3 a rule fails (accepted findings do not
 * fail), 1 bad arguments or input, 2 a bug.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { internalErrorMessage } from "../core/errors";
import { readSynthesis } from "../review/read-synthesis";
import { ReviewInputError } from "../review/review-input-error";
import { evaluatePolicy, formatFinding, summaryOf } from "./evaluate-policy";

/** As `npm run review` exits on a flagged change. */
export const EXIT_POLICY_FAILED = 3;

export const POLICY_USAGE = "usage: npm run policy -- [--dir <cdktf.out>]";

export interface PolicyCommandIo {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly vars: NodeJS.ProcessEnv;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

function synthesisDir(argv: readonly string[], cwd: string): string {
  try {
    const { values } = parseArgs({ args: [...argv], options: { dir: { type: "string" } }, allowPositionals: false });
    return resolve(cwd, values.dir ?? "cdktf.out");
  } catch (e) {
    throw new ReviewInputError(`${(e as Error).message.split("\n")[0]}; ${POLICY_USAGE}`);
  }
}

export function runPolicyCommand(io: PolicyCommandIo): number {
  try {
    const dir = synthesisDir(io.argv, io.cwd);
    const synthesis = readSynthesis(dir);
    if (synthesis.size === 0) throw new ReviewInputError(`${dir}: manifest.json lists no stacks`);
    // The review is posted in pull requests: what it shows must hold no secret either.
    const review = join(dir, "review.md");
    const documents = existsSync(review)
      ? [{ file: relative(io.cwd, review), text: readFileSync(review, "utf8") }]
      : [];
    const result = evaluatePolicy(synthesis, documents);
    for (const finding of result.findings) io.out(formatFinding(finding));
    io.out(summaryOf(result));
    return result.failing.length > 0 ? EXIT_POLICY_FAILED : 0;
  } catch (e) {
    if (e instanceof ReviewInputError) {
      io.err(`policy: ${e.message}`);
      return 1;
    }
    io.err(internalErrorMessage(e, io.vars));
    return 2;
  }
}
