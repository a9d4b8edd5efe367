/** A bare stack with the azurerm provider, for construct tests; and lookups into its JSON. */
import { TerraformStack, Testing } from "cdktf";
import { addAzurermProvider } from "../../src/providers/azurerm";

export function testStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  addAzurermProvider(stack);
  return stack;
}

/** The synthesized JSON, with construct validations run. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack, true));
}

/** Every block of a resource (or `data.`) type, keyed by its `name` attribute. */
export function byName(json: any, type: string): Record<string, any> {
  const [section, kind] = type.startsWith("data.") ? ["data", type.slice(5)] : ["resource", type];
  const blocks: Record<string, any> = json[section]?.[kind] ?? {};
  return Object.fromEntries(Object.values(blocks).map((b: any) => [b.name, b]));
}

/** The number of blocks of a type (0 when there are none). */
export function count(json: any, type: string): number {
  const [section, kind] = type.startsWith("data.") ? ["data", type.slice(5)] : ["resource", type];
  return Object.keys(json[section]?.[kind] ?? {}).length;
}
