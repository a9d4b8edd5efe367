/**
 * One YAML file as the spec layer reads it: the document with source positions, and the helpers
 * that turn zod's and our issues into `file:line:col path: message` lines. Shared by the
 * environment loader and the files an environment points to (AKS profile files).
 */
import {
  Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Node,
  parseDocument,
} from "yaml";
import { z } from "zod";
import { positionOf } from "./positions";
import { tokenLookAlikeProblem } from "./token-look-alikes";
import { plainZodIssues } from "./zod-messages";
import { ConfigError, LocatedIssue } from "../core/errors";
import { Issue, KeyPath } from "../core/issues";

/** Deepest nesting of maps and lists, aliases expanded (the schema itself is under 10 deep). */
export const MAX_YAML_DEPTH = 64;

/** The most values aliases may stand for in one file, altogether (a billion laughs stops here). */
export const MAX_ALIAS_VALUES = 10_000;

export interface YamlSource {
  /** How messages name the file. */
  readonly file: string;
  readonly doc: Document;
  readonly lines: LineCounter;
  /** The document as plain data (`{}` for an empty file). */
  readonly value: unknown;
}

/**
 * Parses YAML text keeping positions. Throws a ConfigError naming `file` for a syntax error, a
 * duplicate key, an alias that names no anchor, refers to itself or expands past MAX_ALIAS_VALUES,
 * nesting past MAX_YAML_DEPTH, merge keys, tags and keys that are not plain strings or numbers,
 * and values cdktf would take for its tokens.
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lines = new LineCounter();
  // A file of only whitespace (a lone CR is no line break to YAML) is an empty file.
  const doc = parseDocument(text.trim() === "" ? "" : text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: false, // checked below in linear time; yaml's own check is quadratic in the keys
    merge: false,
    logLevel: "error", // no process warnings on stderr: problems are ours to report
  });
  // Unresolved tags are warnings to yaml; structureIssues refuses them with the key they are at.
  const [first] = [...doc.errors, ...doc.warnings.filter((w) => w.code !== "TAG_RESOLVE_FAILED")];
  if (first) {
    // Only the first: one syntax error makes the parser report every later token too.
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
  const found = structureIssues(doc, text);
  const issues = found.slice(0, MAX_ISSUES_PER_FILE).map(({ node, ...issue }): LocatedIssue => {
    const { line, col } = lines.linePos(node.range?.[0] ?? 0);
    return { ...issue, file, position: { line, col } };
  });
  if (issues.length > 0) throw new ConfigError(capped(file, issues, found.length));
  let value: unknown;
  try {
    // structureIssues bounds the expansion exactly; yaml's own count is a backstop.
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_VALUES * 10 }) ?? {};
  } catch (e) {
    throw new ConfigError([
      { code: "yaml-syntax", file, path: [], position: { line: 1, col: 1 }, message: `YAML: ${(e as Error).message}` },
    ]);
  }
  return { file, doc, lines, value };
}

/** An issue at a node of the document. */
type NodeIssue = Issue & { readonly node: Node };

/** Tags YAML's core schema resolves by itself; others (!!binary, !!set, !custom) make values we do not take. */
const CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

/** What each node stands for once its aliases are expanded. */
interface Expanded {
  /** Values (maps, lists, scalars) in it. */
  readonly size: number;
  /** Nesting depth, 1 for a scalar. */
  readonly depth: number;
}

/**
 * What the loader refuses in a parsed document, each at its node, in one pass over it in document
 * order (iterative: a deep document must not exhaust the stack). Aliases are resolved as YAML
 * does, to the last anchor of that name before them.
 */
function structureIssues(doc: Document, text: string): NodeIssue[] {
  const issues: NodeIssue[] = [];
  const anchors = new Map<string, Node>();
  const expanded = new Map<unknown, Expanded>();
  let aliasValues = 0;
  let expansionReported = false;
  // Paths are linked lists, turned into arrays only for an issue: a large file has many nodes.
  type Link = { readonly up: Link; readonly part: string | number } | undefined;
  const keyPath = (link: Link): KeyPath => {
    const parts: (string | number)[] = [];
    for (let l = link; l; l = l.up) parts.push(l.part);
    return parts.reverse();
  };
  type Step = { node: unknown; link: Link; depth: number; exit?: boolean };
  const stack: Step[] = doc.contents ? [{ node: doc.contents, link: undefined, depth: 1 }] : [];
  while (stack.length > 0) {
    const { node, link, depth, exit } = stack.pop()!;
    const path = () => keyPath(link);
    if (exit) {
      // Every child is done: what this collection stands for.
      const children = isMap(node) ? node.items.map((p) => p.value) : isSeq(node) ? node.items : [];
      const sizes = children.map((c) => expanded.get(c) ?? { size: 1, depth: 1 });
      expanded.set(node, {
        size: 1 + sizes.reduce((n, c) => n + c.size, 0),
        depth: 1 + sizes.reduce((d, c) => Math.max(d, c.depth), 0),
      });
      continue;
    }
    if (!(node instanceof Object) || !("range" in node)) continue;
    const at = node as Node;
    if (depth > MAX_YAML_DEPTH) {
      issues.push({
        code: "yaml-depth",
        path: path(),
        node: at,
        message: `nested deeper than ${MAX_YAML_DEPTH} maps and lists, far deeper than any key of the spec`,
      });
      return issues;
    }
    if (isAlias(at)) {
      const target = anchors.get(at.source);
      const stats = target && expanded.get(target);
      if (!target) {
        issues.push({
          code: "yaml-alias-unknown",
          path: path(),
          node: at,
          message: `the alias *${at.source} names no anchor (&${at.source}) set before it`,
        });
      } else if (!stats) {
        issues.push({
          code: "yaml-alias-cycle",
          path: path(),
          node: at,
          message: `the alias *${at.source} is inside the value its anchor marks: it would never end`,
        });
      } else {
        expanded.set(at, stats);
        aliasValues += stats.size;
        if (aliasValues > MAX_ALIAS_VALUES && !expansionReported) {
          expansionReported = true;
          issues.push({
            code: "yaml-alias-expansion",
            path: path(),
            node: at,
            message:
              `the aliases up to here stand for ${aliasValues} values; at most ` +
              `${MAX_ALIAS_VALUES} are expanded (write the values out, or alias less)`,
          });
        }
        if (depth - 1 + stats.depth > MAX_YAML_DEPTH) {
          issues.push({
            code: "yaml-depth",
            path: path(),
            node: at,
            message: `expands to values nested deeper than ${MAX_YAML_DEPTH} maps and lists`,
          });
        }
      }
      continue;
    }
    if (at.anchor) anchors.set(at.anchor, at);
    const tag = (at as { tag?: string }).tag;
    if (tag !== undefined && !CORE_TAGS.has(tag)) {
      expanded.set(at, { size: 1, depth: 1 });
      issues.push({
        code: "yaml-tag",
        path: path(),
        node: at,
        message: `the YAML tag ${tag.replace(/^tag:yaml\.org,2002:/, "!!")} is not supported: write a plain value`,
      });
      continue;
    }
    if (isScalar(at)) {
      const value = at.value;
      if (typeof value === "string" || typeof value === "number") {
        const found = tokenLookAlikeProblem(value);
        if (found) issues.push({ ...found, path: path(), node: at });
      } else if (value !== null && typeof value !== "boolean") {
        issues.push({
          code: "yaml-value-type",
          path: path(),
          node: at,
          message: `${JSON.stringify(text.slice(at.range?.[0], at.range?.[1]))} is read as a YAML 1.1 timestamp or other non-JSON value: quote it`,
        });
      }
      expanded.set(at, { size: 1, depth: 1 });
      continue;
    }
    if (!isCollection(at)) continue;
    stack.push({ node: at, link, depth, exit: true });
    if (isSeq(at)) {
      for (let i = at.items.length - 1; i >= 0; i--)
        stack.push({ node: at.items[i], link: { up: link, part: i }, depth: depth + 1 });
      continue;
    }
    const keys = new Map<string, Node>();
    const children: Step[] = [];
    for (const pair of at.items) {
      if (!isPair(pair)) continue;
      const key = pair.key;
      if (!isScalar(key) || !["string", "number", "boolean"].includes(typeof key.value)) {
        issues.push({
          code: "yaml-key-type",
          path: path(),
          node: (key as Node | null) ?? at,
          message: "a key is a plain string (not a map, list, alias or empty key)",
        });
        continue;
      }
      if (key.anchor) {
        anchors.set(key.anchor, key);
        expanded.set(key, { size: 1, depth: 1 });
      }
      const name = String(key.value);
      if (name === "<<") {
        issues.push({
          code: "yaml-merge-key",
          path: path(),
          node: key,
          message: "merge keys (<<) are not supported: write the keys out (anchors and aliases work)",
        });
        continue;
      }
      const found = tokenLookAlikeProblem(name);
      if (found) issues.push({ ...found, path: [...path(), name], node: key });
      const earlier = keys.get(name);
      if (earlier) {
        issues.push({
          code: "yaml-syntax",
          path: [],
          node: key,
          message: `YAML: Map keys must be unique: ${JSON.stringify(name)} is already a key of this map`,
        });
        continue;
      }
      keys.set(name, key);
      children.push({ node: pair.value, link: { up: link, part: name }, depth: depth + 1 });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return issues;
}

/** Problems of one file reported one by one; the rest are counted (20,000 unknown keys make 21 lines). */
export const MAX_ISSUES_PER_FILE = 20;

/** The first MAX_ISSUES_PER_FILE issues, then one that counts the rest. */
function capped(file: string, issues: readonly LocatedIssue[], total = issues.length): LocatedIssue[] {
  const first = issues.slice(0, MAX_ISSUES_PER_FILE);
  if (total <= MAX_ISSUES_PER_FILE) return first;
  return [
    ...first,
    {
      code: "more-issues",
      file,
      path: [],
      message: `and ${total - MAX_ISSUES_PER_FILE} more problems in this file`,
    },
  ];
}

/**
 * Places issues (whose paths are into this document) at their line and column: the first
 * MAX_ISSUES_PER_FILE of them, then one line that counts the rest.
 */
export function locateIssues(source: YamlSource, issues: readonly Issue[]): LocatedIssue[] {
  const located = issues.slice(0, MAX_ISSUES_PER_FILE).map((issue) => {
    const at =
      issue.defaultClashesWith && !source.doc.hasIn(issue.path)
        ? issue.defaultClashesWith
        : (issue.locate ?? issue.path);
    // An empty file has no node to point at: its first line.
    return { ...issue, file: source.file, position: positionOf(source.doc, source.lines, at) ?? { line: 1, col: 1 } };
  });
  return capped(source.file, located, issues.length);
}

/** True when `path` names a key its map in the file (`value`, as data) does not have: a required key left out. */
function isMissingKey(value: unknown, path: readonly (string | number)[]): boolean {
  let parent = value;
  for (const part of path.slice(0, -1)) {
    if (typeof parent !== "object" || parent === null) return false;
    parent = (parent as Record<string | number, unknown>)[part];
  }
  return (
    path.length > 0 &&
    typeof parent === "object" &&
    parent !== null &&
    !Array.isArray(parent) &&
    !Object.prototype.hasOwnProperty.call(parent, path[path.length - 1])
  );
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

/**
 * Turns zod's issues into ours: one per unknown key, custom `params.at` as a precise location.
 * `value` is what was validated (the file as data), to tell a missing key from a wrong one.
 */
export function zodIssues(error: z.ZodError, value: unknown): Issue[] {
  return plainZodIssues(error.issues).flatMap((issue): Issue[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        code: "unknown-key",
        path: [...path, key],
        message: `unknown key ${JSON.stringify(key)}`,
      }));
    }
    if (["invalid_type", "invalid_value", "invalid_union"].includes(issue.code) && isMissingKey(value, path)) {
      return [{ code: "required", path, message: "is required" }];
    }
    const params =
      issue.code === "custom" ? (issue.params as { code?: string; at?: string | number } | undefined) : undefined;
    const locate: KeyPath | undefined = params?.at === undefined ? undefined : [...path, params.at];
    return [{ code: params?.code ?? ZOD_CODES[issue.code] ?? issue.code, path, message: issue.message, locate }];
  });
}
