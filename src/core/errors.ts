/** The two errors checks end in: a construct's broken props, and located problems in configuration files. */
import { formatPath, Issue } from "./issues";

/** A position in a source file, 1-based like editors show it. */
export interface SourcePosition {
  /** Line number, from 1. */
  readonly line: number;
  /** Column number, from 1. */
  readonly col: number;
}

/** An issue placed in a file (an environment file, a profile file, an environment variable). */
export interface LocatedIssue extends Issue {
  /** The file as messages name it, or `environment variable <NAME>` for a value read from one. */
  readonly file: string;
  /** Where in the file; without it the issue names the file alone. @default - none */
  readonly position?: SourcePosition;
}

/** Control characters (line breaks above all) that a file name, key or quoted value would print as they are. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * The one line users see: `file:line:col path: message`. Messages quote values from the file, and
 * control characters in them, in keys or in file names are escaped as JSON writes them, so a line
 * break in one never breaks the line.
 */
export function formatIssue(issue: LocatedIssue): string {
  const where = issue.position ? `${issue.file}:${issue.position.line}:${issue.position.col}` : issue.file;
  const line =
    issue.path.length === 0 ? `${where}: ${issue.message}` : `${where} ${formatPath(issue.path)}: ${issue.message}`;
  return line.replace(UNPRINTABLE, (c) => JSON.stringify(c).slice(1, -1));
}

/** Thrown when configuration files are invalid; `message` holds one line per issue. */
export class ConfigError extends Error {
  constructor(readonly issues: readonly LocatedIssue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "ConfigError";
  }
}

/**
 * Thrown by a construct whose props break a rule. It names the construct path, so a TypeScript
 * caller gets the same rule and text a YAML user does, located in the construct tree.
 */
export class ValidationError extends Error {
  constructor(
    readonly constructPath: string,
    readonly issues: readonly Issue[],
  ) {
    super(
      issues.map((i) => `${constructPath}${i.path.length ? ` ${formatPath(i.path)}` : ""}: ${i.message}`).join("\n"),
    );
    this.name = "ValidationError";
  }
}

/** A bug, not bad input: one line by default, the stack trace with PALETTE_DEBUG. */
export function internalErrorMessage(e: unknown, vars: NodeJS.ProcessEnv): string {
  const error = e instanceof Error ? e : new Error(String(e));
  return `internal error: ${error.message}${vars.PALETTE_DEBUG ? `\n${error.stack}` : " (PALETTE_DEBUG=1 shows the stack trace)"}`;
}
