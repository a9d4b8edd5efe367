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

/** cdktf's NUMBER_TOKEN_REGEX: the substrings of a string it parses as numbers and looks up. */
const NUMBER_IN_STRING = /[-|\d|.+]+(e[-|\d|.|e|E|+]+)/g;

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
  for (const [text] of value.matchAll(NUMBER_IN_STRING)) {
    if (isTokenDouble(parseFloat(text)))
      return problem("token-look-alike", `contains ${JSON.stringify(text)}, a number ${REFUSED}`);
  }
  return undefined;
}
