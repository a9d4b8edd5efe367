/** Schema pieces shared by the environment and cluster schemas. */
import { z } from "zod";
import { locationProblem, REGIONS_WITH_ZONES } from "../../azure/regions";
import { parseTagString, tagNameProblem, tagValueProblem } from "../../azure/tags";
import { problem } from "../../core/issues";
import { report } from "./report";

/** True for a YAML map (as data), for messages that tell a value of the wrong shape from a wrong one. */
export const isYamlMap = (value: unknown): boolean =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Names of existing Azure resources the spec points at. They go into Terraform and, on IaaS nodes,
 * into the cloud provider's azure.json as they are, so a quote or a line break would break the
 * node's bootstrap: only the characters Azure takes in them (ASCII; Azure also takes some
 * Unicode in resource group names, which nothing here needs).
 */
const AZURE_NAMES = {
  "resource group": {
    pattern: /^[-\w.()]{0,89}[-\w()]$/,
    rule: "1-90 letters, digits, - _ . ( ), not ending with a period",
  },
  resource: {
    pattern: /^[A-Za-z0-9]([-\w.]{0,78}\w)?$/,
    rule: "1-80 letters, digits, - _ ., starting with a letter or digit and ending with one or _",
  },
} as const;

/** A string that must be the name of an existing resource group (`resource group`) or network resource. */
export function azureNameSchema(kind: keyof typeof AZURE_NAMES) {
  const { pattern, rule } = AZURE_NAMES[kind];
  return z
    .string()
    .min(1)
    .superRefine((name, ctx) =>
      report(
        ctx,
        name === "" || pattern.test(name)
          ? undefined
          : problem("azure-name-syntax", `${JSON.stringify(name)} is not a ${kind} name: ${rule}`),
      ),
    );
}

/** YAML reads `cost-center: 1234` as a number; Azure tag values are strings. */
const scalarString = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));

/**
 * Tags as a map (`owner: platform`) or as Palette's `key:value` list (`- owner:platform`),
 * normalised to a map. Each entry's rules are checked here so errors point at that entry.
 */
export const tagsSchema = z
  .union([z.record(z.string(), scalarString), z.array(z.string())])
  .superRefine((raw, ctx) => {
    const entries: [string | number, string, string][] = Array.isArray(raw)
      ? raw.map((item, i) => [i, ...parseTagString(item)])
      : Object.entries(raw).map(([k, v]) => [k, k, v]);
    const seen = new Map<string, string>();
    for (const [at, name, value] of entries) {
      const earlier = seen.get(name.toLowerCase());
      const found =
        tagNameProblem(name) ??
        tagValueProblem(value) ??
        (earlier === undefined
          ? undefined
          : problem(
              "tag-name-duplicate",
              `Azure tag names are case-insensitive and ${JSON.stringify(earlier)} is already set`,
            ));
      if (found) report(ctx, { ...found, message: `${JSON.stringify(name)}: ${found.message}` }, { at });
      seen.set(name.toLowerCase(), name);
    }
  })
  .transform((raw) => (Array.isArray(raw) ? Object.fromEntries(raw.map(parseTagString)) : raw))
  .describe(
    "Azure tags, as a map or as a list of `key:value` strings (split on the first " +
      "colon). Names starting with azure, microsoft or windows are refused.",
  );

/** Availability zones as Azure names them. YAML `[1, 2, 3]` and `["1", "2", "3"]` are both accepted. */
export const zoneSchema = z
  .union([z.literal(["1", "2", "3"]), z.literal([1, 2, 3])], { error: "zones are 1, 2 or 3" })
  .transform((z) => String(z) as "1" | "2" | "3");

export const zonesSchema = z
  .array(zoneSchema)
  .min(1, "at least one zone")
  .superRefine((zones, ctx) => {
    const dup = zones.find((z, i) => zones.indexOf(z) !== i);
    if (dup) report(ctx, problem("zone-duplicate", `zone ${dup} is listed twice`));
  })
  .describe(
    "Availability zones to spread nodes over (subset of 1, 2, 3). The region must " +
      "have availability zones; a single zone pins every zonal resource (nodes, NAT " +
      "gateway, public IPs) to it.",
  );

/** Azure region names as the CLI prints them (`westeurope`, `eastus2`), of regions with availability zones. */
export const locationSchema = z
  .enum(REGIONS_WITH_ZONES as [string, ...string[]], { error: (issue) => locationProblem(String(issue.input)) })
  .describe("Azure region with availability zones, as the CLI prints it, e.g. westeurope");

/**
 * Kubernetes versions: `1.33` (MAJOR.MINOR) or `1.33.2` (pinned patch). Numbers are refused: YAML
 * reads an unquoted 1.30 as 1.3, and a silently different version is worse than an error.
 */
export const kubernetesVersionSchema = z
  .string({
    error: (issue) =>
      typeof issue.input === "number"
        ? `quote the version ("${issue.input}"): YAML reads an unquoted 1.30 as the number 1.3`
        : 'a Kubernetes version string such as "1.33"',
  })
  .regex(/^1\.\d{1,2}(\.\d{1,3})?$/, "a Kubernetes version such as 1.33 or 1.33.2 (no leading v)")
  .describe('Kubernetes version, MAJOR.MINOR (e.g. "1.33") or MAJOR.MINOR.PATCH, quoted.');
