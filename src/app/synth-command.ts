/**
 * The app's command (`npm run synth`, and the cdktf CLI's app): synthesize what the variables select,
 * print warnings and a summary, and say how it went as an exit code: 0 written, 1 bad input (one line
 * per problem), 2 a bug (one line; the stack trace with PALETTE_DEBUG).
 */
import { resolve } from "node:path";
import { ConfigError, internalErrorMessage, ValidationError } from "../core/errors";
import { synthesize } from "./synthesize";

export interface SynthCommandIo {
  /** Repository root: environment files and messages are relative to it. */
  readonly repoRoot: string;
  /** Where a relative output folder is. */
  readonly cwd: string;
  readonly vars: NodeJS.ProcessEnv;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export function runSynthCommand(io: SynthCommandIo): number {
  try {
    // The cdktf CLI sets CDKTF_OUTDIR and removes the stale stack folders itself.
    const cli = io.vars.CDKTF_OUTDIR !== undefined;
    const { stacks, warnings } = synthesize({
      repoRoot: io.repoRoot,
      outdir: resolve(io.cwd, io.vars.CDKTF_OUTDIR ?? "cdktf.out"),
      vars: io.vars,
      leaveStaleStacks: cli,
    });
    for (const warning of warnings) io.err(`warning: ${warning}`);
    io.out(`synthesized ${stacks.length} stack(s): ${stacks.join(", ")}`);
    return 0;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof ValidationError) {
      io.err(e.message);
      return 1;
    }
    io.err(internalErrorMessage(e, io.vars));
    return 2;
  }
}
