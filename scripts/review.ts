/**
 * `npm run review [-- --base <dir|git ref>] [--html]`: the pull-request review of the synthesized
 * stacks (docs/review.md). npm runs the synthesis first; this reads cdktf.out. Exit code: 0 nothing
 * flagged, 3 a flagged change, 1 bad arguments or input, 2 a bug.
 */
import { relative } from "node:path";
import { parseReviewArgs, runReview } from "../src/review/review-command";
import { ReviewInputError } from "../src/review/review-input-error";

// The repository the user is in: --base <git ref> is one of its commits.
const repoRoot = process.cwd();
try {
  const options = parseReviewArgs(process.argv.slice(2), repoRoot);
  const { flags, written, exitCode } = runReview(options, repoRoot, process.env);
  for (const flag of flags) console.log(`flagged ${flag.kind}: ${flag.stack} ${flag.address}: ${flag.why}`);
  console.log(
    `review written to ${written.map((file) => relative(repoRoot, file)).join(" and ")}${options.base === undefined ? "" : `: ${flags.length} flagged change(s) against ${options.base}`}`,
  );
  process.exit(exitCode);
} catch (e) {
  if (e instanceof ReviewInputError) {
    console.error(`review: ${e.message}`);
    process.exit(1);
  }
  console.error(
    `internal error: ${(e as Error).message ?? String(e)}${process.env.PALETTE_DEBUG ? `\n${(e as Error).stack}` : " (PALETTE_DEBUG=1 shows the stack trace)"}`,
  );
  process.exit(2);
}
