/**
 * Loads `stacks/environments/<env>.yaml`: YAML with source positions, then the schema (defaults,
 * unknown keys refused), then the cross-field rules. Every problem becomes one line naming the
 * file, line, column and key path.
 */
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { Document, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { ENVIRONMENT_NAME } from "../azure/names";
import { LocatedIssue, SpecError, SpecIssue, SpecPath } from "./errors";
import { positionOf } from "./positions";
import { checkEnvironment } from "./rules";
import { EnvironmentSpec, environmentSchema } from "./schema/environment";

/** Reads and validates one environment file; `displayPath` is how messages name it. */
export function loadEnvironmentFile(path: string, displayPath = path): EnvironmentSpec {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new SpecError([{ file: displayPath, path: [], message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` }]);
  }
  return parseEnvironment(text, displayPath, basename(path, extname(path)));
}

/** Validates environment YAML text. The environment's name is its file's base name. */
export function parseEnvironment(text: string, file: string, name: string): EnvironmentSpec {
  if (!ENVIRONMENT_NAME.test(name)) {
    throw new SpecError([{ file, path: [], message: `file name ${JSON.stringify(name)} is not a valid environment name: 1-12 lowercase letters and digits, starting with a letter` }]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
  if (doc.errors.length > 0) {
    throw new SpecError(
      doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { file, path: [], position: { line, col }, message: `YAML: ${e.message.split("\n")[0]}` };
      }),
    );
  }
  const locate = (issues: SpecIssue[]): LocatedIssue[] =>
    issues.map((issue) => ({ ...issue, file, position: positionOf(doc, lines, issue.locate ?? issue.path) }));

  const parsed = environmentSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) throw new SpecError(locate(zodIssues(parsed.error, doc)));
  const ruleIssues = checkEnvironment(parsed.data);
  if (ruleIssues.length > 0) throw new SpecError(locate(ruleIssues));
  return { ...parsed.data, name, file };
}

/** Turns zod's issues into ours: one per unknown key, custom `params.at` as a precise location. */
function zodIssues(error: z.ZodError, doc: Document): SpecIssue[] {
  return error.issues.flatMap((issue): SpecIssue[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [...path, key], message: `unknown key ${JSON.stringify(key)}` }));
    }
    // zod does not echo the input: a path the file does not have means the key is missing.
    if ((issue.code === "invalid_type" || issue.code === "invalid_union") && !doc.hasIn(path)) {
      return [{ path, message: "is required" }];
    }
    const at = issue.code === "custom" ? (issue.params as { at?: string | number } | undefined)?.at : undefined;
    const locate: SpecPath | undefined = at === undefined ? undefined : [...path, at];
    return [{ path, message: issue.message, locate }];
  });
}
