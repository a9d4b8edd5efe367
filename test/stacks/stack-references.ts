/**
 * References a stack's Terraform expressions make to resources and data sources it does not declare.
 * Terraform refuses such a stack at plan; cdktf would have turned a reference into another stack
 * into remote state, which our stacks skip (ReadableStack.prepareStack), so this is the check that
 * none is made.
 */
import { addressesOf } from "../../src/stacks/readable-stack";

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

/** `type.name` and `data.type.name`: resource types are `<provider>_<kind>`, unlike local, var, each. */
const ADDRESS = /(?<![\w.-])((?:data\.)?[a-z][a-z0-9]*_[a-z0-9_]+\.[A-Za-z_][A-Za-z0-9_-]*)/g;

/** Every address a string of `json` refers to that `json` does not declare, once each, sorted. */
export function undeclaredReferences(json: Record<string, unknown>): string[] {
  const declared = new Set(addressesOf(json));
  const missing = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      for (const expression of expressionsOf(value))
        for (const [, address] of expression.matchAll(ADDRESS)) if (!declared.has(address)) missing.add(address);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(visit);
  };
  visit(json);
  return [...missing].sort();
}
