/**
 * `npm run review [-- --base <dir|git ref>] [--html]`: the pull-request review of the synthesized
 * stacks (docs/review.md). npm runs the synthesis first; this reads cdktf.out. Exit code: 0 nothing
 * flagged, 3 a flagged change, 1 bad arguments or input, 2 a bug.
 */
import { runReviewCommand } from "../src/review/review-command";

process.exitCode = runReviewCommand({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  vars: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
