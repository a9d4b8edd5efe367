/** `npm run schema`: regenerates schema/environment.schema.json from the zod schema. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { environmentJsonSchemaText, JSON_SCHEMA_PATH } from "../src/config/json-schema";

writeFileSync(join(__dirname, "..", JSON_SCHEMA_PATH), environmentJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
