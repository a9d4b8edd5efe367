/**
 * zod's own messages in the words of a YAML file: "expected a map, not a list" instead of "Invalid
 * input: expected object, received array", and a union that fails ("Invalid input") says what each
 * of its options expects, or, when the value has the shape of one option, that option's problems.
 * Messages the schema words itself are kept.
 */
import { z } from "zod";

type ZodIssue = z.core.$ZodIssue;

/** A zod type name (`expected` or the `received` of its message) as a YAML file shows it. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: "a map",
  record: "a map",
  map: "a map",
  array: "a list",
  tuple: "a list",
  set: "a list",
  string: "a string",
  number: "a number",
  int: "a whole number",
  bigint: "a whole number",
  boolean: "true/false",
  null: "an empty value",
  undefined: "nothing",
  date: "a date",
  NaN: ".nan (not a number)",
  Infinity: ".inf",
  "-Infinity": "-.inf",
};

const typeWords = (type: string) => TYPE_WORDS[type] ?? type;

/** `received X` of zod's invalid_type message (the input itself is not kept in the issue). */
const received = (issue: ZodIssue) => /, received (\S+)$/.exec(issue.message)?.[1];

const isDefault = (issue: ZodIssue) => /^(Invalid input|Invalid option|Too small|Too big)\b/.test(issue.message);

/** "a, b or c". */
function oneOf(words: readonly string[]): string {
  const unique = [...new Set(words)];
  return unique.length <= 1 ? (unique[0] ?? "") : `${unique.slice(0, -1).join(", ")} or ${unique[unique.length - 1]}`;
}

function sizeMessage(issue: ZodIssue & { code: "too_small" | "too_big" }): string {
  const small = issue.code === "too_small";
  const limit = Number(small ? issue.minimum : issue.maximum);
  const unit = { string: "characters", array: "items", set: "items", map: "entries", file: "bytes" }[
    String(issue.origin)
  ];
  if (small && unit !== undefined && limit === 1 && issue.inclusive !== false)
    return issue.origin === "string" ? "must not be empty" : "list at least one item";
  const bound = issue.exact
    ? "exactly"
    : small
      ? issue.inclusive
        ? "at least"
        : "more than"
      : issue.inclusive
        ? "at most"
        : "less than";
  return unit === undefined ? `${bound} ${limit}` : `${bound} ${limit} ${unit}`;
}

/** The issue with zod's default message reworded; an issue the schema words itself is kept. */
function reworded(issue: ZodIssue): ZodIssue {
  if (!isDefault(issue)) return issue;
  switch (issue.code) {
    case "invalid_type": {
      const got = received(issue);
      const expected = `expected ${typeWords(issue.expected)}`;
      return { ...issue, message: got === undefined ? expected : `${expected}, not ${typeWords(got)}` };
    }
    case "invalid_value":
      return {
        ...issue,
        message:
          issue.values.length === 1
            ? `expected ${JSON.stringify(issue.values[0])}`
            : `one of ${oneOf(issue.values.map((v) => String(v)))}`,
      };
    case "too_small":
    case "too_big":
      return { ...issue, message: sizeMessage(issue) };
    default:
      return issue;
  }
}

/** The options of a failed union each expect: "a string, a number or true or false". */
function unionExpectation(branches: readonly (readonly ZodIssue[])[]): { expected: string[]; got?: string } {
  const expected: string[] = [];
  let got: string | undefined;
  for (const issues of branches)
    for (const issue of issues) {
      if (issue.path.length > 0) continue;
      if (issue.code === "invalid_type") {
        expected.push(typeWords(issue.expected));
        got ??= received(issue);
      } else if (issue.code === "invalid_value") {
        expected.push(...issue.values.map((v) => JSON.stringify(v)));
      } else if (issue.code === "invalid_union") {
        const inner = unionExpectation(issue.errors);
        expected.push(...inner.expected);
        got ??= inner.got;
      }
    }
  return { expected, got };
}

/** True when a union option failed on the value's type itself (so the value was not meant for it). */
const failedOnType = (issues: readonly ZodIssue[]) =>
  issues.some(
    (i) =>
      i.path.length === 0 &&
      (i.code === "invalid_type" || i.code === "invalid_value" || (i.code === "invalid_union" && isDefault(i))),
  );

/**
 * zod's issues with its default messages reworded, a failed union replaced by the problems of the
 * option the value has the shape of (or one line of what the options expect), and at most one
 * issue per key once it has the wrong type (zod adds size checks of the wrong type to it).
 */
export function plainZodIssues(issues: readonly ZodIssue[], prefix: readonly PropertyKey[] = []): ZodIssue[] {
  const out: ZodIssue[] = [];
  for (const raw of issues) {
    const issue = { ...raw, path: [...prefix, ...raw.path] } as ZodIssue;
    if (issue.code === "invalid_union" && isDefault(issue) && issue.errors.length > 0) {
      const shaped = issue.errors.find((branch) => branch.length > 0 && !failedOnType(branch));
      if (shaped) {
        out.push(...plainZodIssues(shaped, issue.path));
        continue;
      }
      const { expected, got } = unionExpectation(issue.errors);
      if (expected.length > 0) {
        out.push({
          ...issue,
          message: `expected ${oneOf(expected)}${got === undefined ? "" : `, not ${typeWords(got)}`}`,
        });
        continue;
      }
    }
    out.push(reworded(issue));
  }
  const key = (path: readonly PropertyKey[]) => JSON.stringify(path.map(String));
  const wrongType = new Set(out.filter((i) => i.code === "invalid_type").map((i) => key(i.path)));
  return out.filter((i) => i.code === "invalid_type" || i.code === "invalid_union" || !wrongType.has(key(i.path)));
}
