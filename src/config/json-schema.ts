/** JSON Schema of the environment files, generated from the same zod schema the loader uses. */
import { z } from "zod";
import { environmentBodySchema } from "./schema/environment";

export const JSON_SCHEMA_PATH = "schema/environment.schema.json";

/** The schema editors use for completion and inline checks (`# yaml-language-server: $schema=...`). */
export function environmentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(environmentBodySchema, {
    io: "input",
    unrepresentable: "any",
    target: "draft-2020-12",
  });
  return { ...schema, title: "Palette Azure environment (stacks/environments/<env>.yaml)" };
}

export function environmentJsonSchemaText(): string {
  return `${JSON.stringify(environmentJsonSchema(), null, 2)}\n`;
}
