/**
 * What a stack's JSON refers to without declaring it: resources, data sources, locals, variables and
 * modules named in its `${...}` expressions, `depends_on` and `replace_triggered_by`. Terraform refuses
 * such a stack at plan. cdktf turns references into other stacks into remote state in a preparing pass
 * the app skips (ReadableStack.prepareStack), so the app checks every stack for them instead.
 */

/** `${...}` expressions in `text` (not Terraform's `$${` escape), with nested braces kept whole. */
function expressionsOf(text: string): string[] {
  const found: string[] = [];
  for (let start = text.indexOf("${"); start !== -1; start = text.indexOf("${", start + 2)) {
    if (text[start - 1] === "$") continue;
    let depth = 0;
    for (let i = start + 1; i < text.length; i++) {
      if (text[i] === "{") depth++;
      else if (text[i] === "}" && --depth === 0) {
        found.push(text.slice(start + 2, i));
        break;
      }
    }
  }
  return found;
}

/**
 * `type.name` and `data.type.name` (resource types are `<provider>_<kind>`, unlike each or count),
 * `local.name`, `var.name` and `module.name`; not after a dot (`path.module`) or inside a name.
 */
const REFERENCE =
  /(?<![\w.-])((?:data\.)?[a-z][a-z0-9]*_[a-z0-9_]+\.[A-Za-z_][\w-]*|(?:local|var|module)\.[A-Za-z_][\w-]*)/g;

/** Lifecycle and meta-arguments that name addresses as plain strings, without `${...}`. */
const ADDRESS_LISTS = new Set(["depends_on", "replace_triggered_by"]);

function declaredIn(json: Record<string, unknown>): Set<string> {
  const declared = new Set<string>();
  const entries = (section: unknown) => Object.entries((section ?? {}) as Record<string, unknown>);
  const keys = (section: unknown) => entries(section).map(([key]) => key);
  for (const [type, named] of entries(json.resource)) for (const name of keys(named)) declared.add(`${type}.${name}`);
  for (const [type, named] of entries(json.data)) for (const name of keys(named)) declared.add(`data.${type}.${name}`);
  for (const name of keys(json.locals)) declared.add(`local.${name}`);
  for (const name of keys(json.variable)) declared.add(`var.${name}`);
  for (const name of keys(json.module)) declared.add(`module.${name}`);
  return declared;
}

/** Every address `json` refers to and does not declare, once each, sorted. */
export function undeclaredReferences(json: Record<string, unknown>): string[] {
  const declared = declaredIn(json);
  const missing = new Set<string>();
  const check = (text: string) => {
    for (const [, address] of text.matchAll(REFERENCE)) if (!declared.has(address)) missing.add(address);
  };
  const visit = (value: unknown, key?: string): void => {
    if (typeof value === "string") {
      if (key !== undefined && ADDRESS_LISTS.has(key)) check(value);
      else expressionsOf(value).forEach(check);
    } else if (Array.isArray(value)) value.forEach((item) => visit(item, key));
    else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  // `moved` and `import` blocks name addresses on purpose, some of them no longer declared.
  visit(Object.fromEntries(Object.entries(json).filter(([section]) => section !== "moved" && section !== "import")));
  return [...missing].sort();
}
