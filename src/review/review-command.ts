/**
 * `npm run review`: the report of a synthesis, and with --base the diff against a base synthesis (a
 * folder, or a git ref synthesized in a temporary worktree), written as Markdown and, with --html, as a
 * page. Exit code: 0 nothing flagged, 3 a flagged change (see FLAG_MEANINGS), 1 bad arguments or input.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { renderDiff } from "./diff-report";
import { isGitRef, synthesizeGitRef } from "./git-base";
import { policySection } from "../policy/policy-section";
import { renderHtmlPage } from "./html-page";
import { exposureSection, renderReport } from "./report";
import { readSynthesis } from "./read-synthesis";
import { internalErrorMessage } from "../core/errors";
import { ReviewInputError } from "./review-input-error";
import { Synthesis } from "./stack-json";
import { diffSyntheses, Flag } from "./synthesis-diff";

export const EXIT_FLAGGED = 3;

export const USAGE =
  "usage: npm run review -- [--head <dir>] [--base <dir|git ref>] [--out <file>] [--html] [--max-chars <n>]";

export interface ReviewOptions {
  /** The synthesis to review. @default cdktf.out */
  readonly head: string;
  /** A synthesis folder or a git ref to diff against. @default - none: the report alone */
  readonly base?: string;
  /** The Markdown file. @default <head>/review.md */
  readonly out: string;
  /** Also write the page next to it (`.html`). */
  readonly html: boolean;
  /** Longest Markdown to write (a GitHub comment holds 65,536): the per-stack details give way first. */
  readonly maxChars?: number;
}

export function parseReviewArgs(argv: readonly string[], cwd: string): ReviewOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        head: { type: "string" },
        base: { type: "string" },
        out: { type: "string" },
        html: { type: "boolean" },
        "max-chars": { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new ReviewInputError(`${(e as Error).message.split("\n")[0]}; ${USAGE}`);
  }
  const maxChars = values["max-chars"] === undefined ? undefined : Number(values["max-chars"]);
  if (maxChars !== undefined && !(Number.isInteger(maxChars) && maxChars >= 1000))
    throw new ReviewInputError(`--max-chars: a whole number of at least 1000, not ${values["max-chars"]}`);
  const head = resolve(cwd, values.head ?? "cdktf.out");
  return {
    head,
    ...(values.base !== undefined ? { base: values.base } : {}),
    out: resolve(cwd, values.out ?? `${head}/review.md`),
    html: values.html === true,
    ...(maxChars !== undefined ? { maxChars } : {}),
  };
}

export interface ReviewResult {
  readonly markdown: string;
  readonly flags: readonly Flag[];
  /** Files written. */
  readonly written: readonly string[];
  readonly exitCode: number;
}

function baseSynthesis(base: string, repoRoot: string, vars: NodeJS.ProcessEnv): Synthesis {
  const dir = resolve(repoRoot, base);
  if (existsSync(dir) && statSync(dir).isDirectory()) return readSynthesis(dir);
  if (isGitRef(repoRoot, base)) return synthesizeGitRef(repoRoot, base, vars);
  throw new ReviewInputError(`--base ${base}: neither a folder nor a git ref`);
}

/** Fits the review into `maxChars`: without the per-stack report, then cut, saying so. */
function fitted(full: string, short: () => string, maxChars: number | undefined): string {
  if (maxChars === undefined || full.length <= maxChars) return full;
  const note =
    "\n\n*The full review is longer than a comment holds: run `npm run review` or see the workflow's artifact.*";
  const shorter = short() + note;
  if (shorter.length <= maxChars) return shorter;
  return `${shorter.slice(0, maxChars - note.length - 2)}…${note}`;
}

export function runReview(options: ReviewOptions, repoRoot: string, vars: NodeJS.ProcessEnv): ReviewResult {
  const head = readSynthesis(options.head);
  const base = options.base === undefined ? undefined : baseSynthesis(options.base, repoRoot, vars);
  const diff = base ? diffSyntheses(base, head) : undefined;
  const report = renderReport(head, diff ? "## The stacks after this change" : "# Synthesized stacks");
  const full = diff ? `${renderDiff(diff, options.base!)}\n\n${report}` : report;
  const short = () =>
    `${diff ? renderDiff(diff, options.base!) : "# Synthesized stacks"}\n\n${exposureSection(head)}\n\n${policySection(head)}`;
  const markdown = `${fitted(full, short, options.maxChars)}\n`;

  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, markdown);
  const written = [options.out];
  if (options.html) {
    const page = options.out.replace(/\.md$/, "") + ".html";
    writeFileSync(page, renderHtmlPage(full, diff ? `Review against ${options.base}` : "Synthesized stacks"));
    written.push(page);
  }
  const flags = diff?.flags ?? [];
  return { markdown, flags, written, exitCode: flags.length > 0 ? EXIT_FLAGGED : 0 };
}

export interface ReviewCommandIo {
  readonly argv: readonly string[];
  /** The repository the user is in: --base <git ref> is one of its commits. */
  readonly cwd: string;
  readonly vars: NodeJS.ProcessEnv;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** The whole command as scripts/review.ts runs it: what it prints, and its exit code. */
export function runReviewCommand(io: ReviewCommandIo): number {
  try {
    const options = parseReviewArgs(io.argv, io.cwd);
    const { flags, written, exitCode } = runReview(options, io.cwd, io.vars);
    for (const flag of flags) io.out(`flagged ${flag.kind}: ${flag.stack} ${flag.address}: ${flag.why}`);
    io.out(
      `review written to ${written.map((file) => relative(io.cwd, file)).join(" and ")}${options.base === undefined ? "" : `: ${flags.length} flagged change(s) against ${options.base}`}`,
    );
    return exitCode;
  } catch (e) {
    if (e instanceof ReviewInputError) {
      io.err(`review: ${e.message}`);
      return 1;
    }
    io.err(internalErrorMessage(e, io.vars));
    return 2;
  }
}
