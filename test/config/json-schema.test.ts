import { readFileSync } from "node:fs";
import { join } from "node:path";
import { environmentJsonSchema, environmentJsonSchemaText, JSON_SCHEMA_PATH } from "../../src/config/json-schema";
import { REPO_ROOT } from "../helpers";

describe("JSON Schema for editors", () => {
  it("is committed up to date (run `npm run schema` after changing src/config/schema)", () => {
    expect(readFileSync(join(REPO_ROOT, JSON_SCHEMA_PATH), "utf8")).toBe(environmentJsonSchemaText());
  });

  it("refuses unknown keys like the loader does and knows both cluster types", () => {
    const schema = environmentJsonSchema() as any;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(["location", "resourceGroup", "clusters"]));
    const types = schema.properties.clusters.items.oneOf ?? schema.properties.clusters.items.anyOf;
    expect(types.map((t: any) => t.properties.type.const).sort()).toEqual(["aks", "iaas"]);
  });

  it("is referenced by every default environment file", () => {
    for (const env of ["dev", "staging", "prod"]) {
      const text = readFileSync(join(REPO_ROOT, "stacks/environments", `${env}.yaml`), "utf8");
      expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../../schema/environment.schema.json");
    }
  });
});
