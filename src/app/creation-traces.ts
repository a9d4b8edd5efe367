/**
 * cdktf records a full stack trace (at unlimited depth) for every token it creates, only to print it
 * if that token later fails to resolve. A synthesis creates tens of thousands of tokens, so the traces
 * are a fifth of the main job's time and most of its memory growth. The app turns them off; with
 * PALETTE_DEBUG set they stay on, for a token error's "created at" trace.
 */
// The module's own exports object (a require, not an import a bundler may copy): every cdktf module calls the trace
// function through it, so replacing the function there reaches them all.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import stackTrace = require("cdktf/lib/tokens/private/stack-trace");

const original = stackTrace.captureStackTrace;

export function setCreationTraces(on: boolean): void {
  stackTrace.captureStackTrace = on ? original : () => [];
}
