/**
 * What a literal secret looks like in text: keys, tokens, passwords, private keys, connection strings, SAS
 * tokens, subscription ids. Terraform references (`${random_password.x.result}`) are not secrets: they are
 * masked before matching, so a value that is only a reference never matches.
 */

export interface SecretMatch {
  /** What was found, never the value: `a PEM private key`. */
  readonly kind: string;
  /** Where in the text it starts. */
  readonly index: number;
}

/** Stands in for a reference; starts with `${` so that no pattern takes it for a value. */
const REFERENCE = "${ref}";

/** The text with every `${...}` interpolation (braces balanced, strings inside skipped) replaced by `${ref}`. */
export function withoutReferences(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf("${", i);
    if (start < 0) return out + text.slice(i);
    out += text.slice(i, start);
    let depth = 0;
    let j = start + 1;
    let inString = false;
    for (; j < text.length; j++) {
      const ch = text[j];
      if (inString) {
        if (ch === "\\") j++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === "{") depth++;
      else if (ch === "}" && --depth === 0) break;
    }
    out += REFERENCE;
    i = j + 1;
  }
  return out;
}

const GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** A value after `=` or `:` that is not a reference: at least 6 characters up to a separator. */
const LITERAL = String.raw`["']?(?!\$\{)[^\s"',;&}]{6,}`;

const PATTERNS: readonly { readonly kind: string; readonly pattern: RegExp }[] = [
  { kind: "a PEM private key", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  // 64 random bytes in base64: 86 characters and `==`.
  { kind: "a storage account key", pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/g },
  {
    kind: "a connection string with a key or password",
    pattern: new RegExp(
      String.raw`\b(?:AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd)\s*=\s*${LITERAL}`,
      "gi",
    ),
  },
  { kind: "a SAS token", pattern: /(?:^|[?&"'\s])sig=(?!\$\{)[A-Za-z0-9%+/=]{16,}/g },
  { kind: "a JSON web token", pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g },
  { kind: "a kubeadm bootstrap token", pattern: /(?<![A-Za-z0-9.-])[a-z0-9]{6}\.[a-z0-9]{16}(?![A-Za-z0-9.-])/g },
  {
    kind: "a password, secret or token",
    pattern: new RegExp(
      String.raw`\b(?:password|passwd|client[_-]?secret|secret[_-]?key|access[_-]?key|account[_-]?key|api[_-]?key|auth[_-]?token|token)["']?\s*[:=]\s*${LITERAL}`,
      "gi",
    ),
  },
  { kind: "an Azure subscription id", pattern: new RegExp(String.raw`/subscriptions/${GUID}`, "gi") },
];

/** The secrets in a text, references masked first; where two patterns match the same text, the first listed. */
export function secretsInText(text: string): SecretMatch[] {
  const masked = withoutReferences(text);
  const taken: [number, number][] = [];
  const found: SecretMatch[] = [];
  for (const { kind, pattern } of PATTERNS)
    for (const m of masked.matchAll(pattern)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      found.push({ kind, index: start });
    }
  return found;
}

/** Attribute names whose value is itself a secret (`admin_password`, `client_secret`, `primary_access_key`). */
const SECRET_ATTRIBUTE =
  /^(?:.*_)?(?:password|passwd|secret|access_key|account_key|shared_key|api_key|private_key|private_key_pem|client_key|client_key_pem|key_pem|token|sas_token|sas|connection_string|credentials?)$/i;
const SUBSCRIPTION_ATTRIBUTE = /^(?:arm_)?subscription(?:_id)?$/i;

/** A secret that an attribute's name says its literal value is; undefined when it holds none. */
export function secretInAttribute(name: string, value: string): SecretMatch | undefined {
  const literal = withoutReferences(value).replaceAll(REFERENCE, "").trim();
  if (literal.length === 0) return undefined;
  if (SUBSCRIPTION_ATTRIBUTE.test(name) && new RegExp(`^${GUID}$`, "i").test(literal))
    return { kind: "an Azure subscription id", index: 0 };
  if (SECRET_ATTRIBUTE.test(name) && !/public/i.test(name)) return { kind: `a literal ${name}`, index: 0 };
  return undefined;
}
