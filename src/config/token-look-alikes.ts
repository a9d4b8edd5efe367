/**
 * Values that cdktf would take for its own tokens. cdktf encodes a reference to a value it does not
 * know yet as a marker string (`${TfToken[TOKEN.1]}`, `#{TfToken[...]}` for lists, `&{TfToken[...]}`
 * for maps) or as a number in a reserved range (written `-8.109562212591379e+298`), and at synth
 * replaces every marker it finds in any string, or fails when it knows no such token. A spec value
 * that looks like one would crash the synth, or silently become a reference, so the YAML layer
 * refuses it. Pure (no cdktf: the layer must not load it); test/config/hostile-input.test.ts holds it
 * to cdktf's own `Tokenization` on generated values.
 */
import { problem, Problem } from "../core/issues";

/** cdktf's token markers (BEGIN_STRING/LIST/MAP_TOKEN_MARKER); the closing `]}` does not matter. */
const MARKER = /[$#&]\{TfToken\[/;

/**
 * cdktf looks up every substring of a string that matches its NUMBER_TOKEN_REGEX,
 * `[-|\d|.+]+(e[-|\d|.|e|E|+]+)`, as a number token. The regex backtracks over a run of those
 * characters not followed by `e`, in time quadratic in the run: 160,000 digits and dots took 40 s
 * here and would take as long again in cdktf. numberLikeSubstrings finds the same substrings in
 * one pass; runs longer than MAX_NUMBER_RUN are refused.
 */
const IN_NUMBER = /[-|\d.+]/;
const IN_EXPONENT = /[-|\d.eE+]/;

/** Longest run of digits, dots, signs and bars a string value may have. */
export const MAX_NUMBER_RUN = 256;

/** The substrings cdktf's NUMBER_TOKEN_REGEX matches (its `g` flag: left to right, not overlapping), and the longest run. */
function numberLikeSubstrings(value: string): { matches: string[]; longestRun: number } {
  const matches: string[] = [];
  let longestRun = 0;
  let i = 0;
  while (i < value.length) {
    if (!IN_NUMBER.test(value[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < value.length && IN_NUMBER.test(value[i])) i++;
    longestRun = Math.max(longestRun, i - start);
    if (value[i] === "e" && i + 1 < value.length && IN_EXPONENT.test(value[i + 1])) {
      let end = i + 1;
      while (end < value.length && IN_EXPONENT.test(value[end])) end++;
      matches.push(value.slice(start, end));
      i = end;
    }
  }
  return { matches, longestRun };
}

/** The top 16 bits of the doubles cdktf reserves for number and number-list tokens. */
const TOKEN_DOUBLE_MARKERS = [0xfdff, 0xfbff];

const view = new DataView(new ArrayBuffer(8));

/** True when cdktf would read `value` as an encoded number token (either kind). */
export function isTokenDouble(value: number): boolean {
  view.setFloat64(0, value);
  return TOKEN_DOUBLE_MARKERS.includes(view.getUint16(0));
}

const REFUSED =
  "which cdktf would read as one of its tokens (a reference it fills in at synth): " +
  "it would fail the synth or silently become another value";

/** Why cdktf would not carry `value` through as written, or undefined. */
export function tokenLookAlikeProblem(value: string | number): Problem | undefined {
  if (typeof value === "number") {
    return isTokenDouble(value) ? problem("token-look-alike", `${value} is a number ${REFUSED}`) : undefined;
  }
  const marker = MARKER.exec(value);
  if (marker) return problem("token-look-alike", `contains "${marker[0]}", ${REFUSED}`);
  const { matches, longestRun } = numberLikeSubstrings(value);
  for (const text of matches) {
    if (isTokenDouble(parseFloat(text)))
      return problem("token-look-alike", `contains ${JSON.stringify(text)}, a number ${REFUSED}`);
  }
  if (longestRun > MAX_NUMBER_RUN)
    return problem(
      "number-run",
      `has a run of ${longestRun} digits, dots and signs; at most ${MAX_NUMBER_RUN} are taken ` +
        "(cdktf scans such runs for its number tokens in time that grows with their square)",
    );
  return undefined;
}
