/**
 * Policy for secrets: no literal key, token, password, private key, connection string, SAS token or
 * subscription id anywhere in a stack's JSON (resources, data sources, providers, locals, outputs, backend),
 * nor in a document written from it (the review). Secrets belong in the state (random_password, tls_private_key)
 * or the runner's environment (ARM_*), reached through references. Findings name the place, never the value.
 */
import { Finding, findingOf, PolicyRule, PolicyStack } from "./policy-rule";
import { secretInAttribute, SecretMatch, secretsInText } from "./secret-patterns";

const META = {
  id: "PAZ-SECRET-001",
  severity: "high",
  guardsAgainst:
    "credentials and subscription ids in the JSON: it is committed in golden copies, posted in reviews and uploaded to HCP Terraform",
  reads: ["every string of cdk.tf.json", "review.md"],
  checkov: ["CKV_SECRET_3", "CKV_SECRET_9", "CKV_SECRET_10", "CKV_SECRET_13", "CKV_AZURE_45"],
  trivy: ["private-key", "AVD-AZU-0037"],
} as const satisfies Omit<PolicyRule, "check">;

/** The address a JSON path belongs to, and the attribute path inside it. */
function placeOf(path: readonly string[]): { address: string; setting: string } {
  const [section, a, b, ...rest] = path;
  const attribute = (parts: readonly string[]) => parts.join(".").replace(/\.(\d+)(?=\.|$)/g, "[$1]") || "(value)";
  switch (section) {
    case "resource":
      return { address: `${a}.${b}`, setting: attribute(rest) };
    case "data":
      return { address: `data.${a}.${b}`, setting: attribute(rest) };
    case "output":
      return { address: `output.${a}`, setting: attribute([b, ...rest].filter((p) => p !== undefined)) };
    case "locals":
      return { address: `local.${a}`, setting: attribute([b, ...rest].filter((p) => p !== undefined)) };
    case "provider":
      return { address: `provider.${a}`, setting: attribute(rest) };
    default:
      return { address: section, setting: attribute(path.slice(1)) };
  }
}

/** A base64 literal (custom_data written inline) decoded, when it decodes to text; otherwise undefined. */
function decodedBase64(value: string): string | undefined {
  if (value.length < 16 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  // Text: tabs, newlines and printable characters only; a byte that is not UTF-8 decodes to U+FFFD.
  const printable = [...decoded].every((ch) => ch >= " " || ch === "\t" || ch === "\n" || ch === "\r");
  return printable && !decoded.includes("\ufffd") ? decoded : undefined;
}

function* stringsIn(value: unknown, path: string[] = []): Generator<{ path: string[]; value: string }> {
  if (typeof value === "string") yield { path, value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, String(i)]);
  else if (typeof value === "object" && value !== null)
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
}

const problemOf = (matches: readonly SecretMatch[]) =>
  `holds ${[...new Set(matches.map((m) => m.kind))].join(" and ")}`;

/** The secrets in one stack's JSON, one finding per string that holds any. */
function secretsInStack(stack: PolicyStack): Finding[] {
  const findings: Finding[] = [];
  for (const { path, value } of stringsIn(stack.json)) {
    // cdktf's "//" metadata maps names to names (`outputs.<stack>.admin_client_key`): no attribute there.
    const attribute = path.includes("//") ? undefined : secretInAttribute(path.at(-1) ?? "", value);
    const decoded = decodedBase64(value);
    const matches = [
      ...(attribute ? [attribute] : []),
      ...secretsInText(value),
      ...(decoded === undefined ? [] : secretsInText(decoded).map((m) => ({ ...m, kind: `${m.kind} (base64)` }))),
    ];
    if (matches.length === 0) continue;
    const { address, setting } = placeOf(path);
    findings.push(findingOf(META, stack.name, address, { problem: problemOf(matches), setting }));
  }
  return findings;
}

/** The secrets in a review written from the synthesis (`review.md`), one finding per line that holds any. */
export function secretsInReview(file: string, text: string): Finding[] {
  return text.split("\n").flatMap((line, i) => {
    const matches = secretsInText(line);
    return matches.length === 0
      ? []
      : [findingOf(META, "(review)", file, { problem: problemOf(matches), setting: `line ${i + 1}` })];
  });
}

export const SECRET_RULES: readonly PolicyRule[] = [{ ...META, check: secretsInStack }];
