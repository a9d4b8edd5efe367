/**
 * One YAML file as the spec layer reads it: the document with source positions, and the helpers
 * that turn zod's and our issues into `file:line:col path: message` lines. Shared by the
 * environment loader and the files an environment points to (AKS profile files).
 */
import { Document, isMap, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { positionOf } from "./positions";
import { ConfigError, LocatedIssue } from "../core/errors";
import { Issue, KeyPath } from "../core/issues";

export interface YamlSource {
  /** How messages name the file. */
  readonly file: string;
  readonly doc: Document;
  readonly lines: LineCounter;
}

/** Parses YAML text keeping positions; syntax errors and duplicate keys throw a ConfigError naming `file`. */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
  if (doc.errors.length > 0) {
    // Only the first: one syntax error makes the parser report every later token too.
    const [first] = doc.errors;
    const { line, col } = lines.linePos(first.pos[0]);
    throw new ConfigError([
      {
        code: "yaml-syntax",
        file,
        path: [],
        position: { line, col },
        message: `YAML: ${first.message.split("\n")[0]}`,
      },
    ]);
  }
  return { file, doc, lines };
}

/** Places issues (whose paths are into this document) at their line and column. */
export function locateIssues(source: YamlSource, issues: readonly Issue[]): LocatedIssue[] {
  return issues.map((issue) => {
    const at =
      issue.defaultClashesWith && !source.doc.hasIn(issue.path)
        ? issue.defaultClashesWith
        : (issue.locate ?? issue.path);
    return { ...issue, file: source.file, position: positionOf(source.doc, source.lines, at) };
  });
}

/** True when `path` names a key its map in the file does not have (a required key left out). */
function isMissingKey(doc: Document, path: readonly (string | number)[]): boolean {
  if (path.length === 0 || doc.hasIn(path)) return false;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  return parent === null || parent === undefined ? path.length === 1 : isMap(parent);
}

/** Our codes for zod's own checks (types, enums, sizes, formats). */
const ZOD_CODES: Readonly<Record<string, string>> = {
  invalid_type: "type",
  invalid_value: "not-one-of",
  invalid_union: "type",
  too_small: "too-small",
  too_big: "too-big",
  invalid_format: "format",
  not_multiple_of: "not-multiple-of",
};

/** Turns zod's issues into ours: one per unknown key, custom `params.at` as a precise location. */
export function zodIssues(error: z.ZodError, doc: Document): Issue[] {
  return error.issues.flatMap((issue): Issue[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        code: "unknown-key",
        path: [...path, key],
        message: `unknown key ${JSON.stringify(key)}`,
      }));
    }
    if (["invalid_type", "invalid_value", "invalid_union"].includes(issue.code) && isMissingKey(doc, path)) {
      return [{ code: "required", path, message: "is required" }];
    }
    const params =
      issue.code === "custom" ? (issue.params as { code?: string; at?: string | number } | undefined) : undefined;
    const locate: KeyPath | undefined = params?.at === undefined ? undefined : [...path, params.at];
    return [{ code: params?.code ?? ZOD_CODES[issue.code] ?? issue.code, path, message: issue.message, locate }];
  });
}
