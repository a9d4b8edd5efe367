/**
 * Every spec key, changed, leads to an update in place, a replacement docs/updates.md admits, or a
 * refusal at synth. Each change in ./spec-changes.ts is synthesized before and after through the app,
 * and the two are compared with the provider update rules (src/review/plan-diff.ts). The outcomes are
 * the table in docs/updates.md: a change of behaviour shows there, for review. After such a change,
 * `UPDATE_DOCS=1 npx jest test/config/spec-changes.test.ts` rewrites the table.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { synthesize } from "../../src/app/synthesize";
import { environmentJsonSchema } from "../../src/config/json-schema";
import { diffStack, ResourceChange } from "../../src/review/plan-diff";
import { StackJson } from "../../src/review/stack-json";
import { REPO_ROOT, tempDir } from "../helpers";
import { SPEC_CHANGES, SpecChange, SpecChangeBase } from "./spec-changes";
import { ConfigError } from "../../src/core/errors";

const FIXTURES = join(REPO_ROOT, "test/fixtures/spec-changes");
const DOCS = join(REPO_ROOT, "docs/updates.md");
const TABLE_START = "<!-- spec-changes:start -->";
const TABLE_END = "<!-- spec-changes:end -->";

type Synthesis = { readonly refused: string } | { readonly stacks: ReadonlyMap<string, StackJson> };

/** Synthesizes one environment file as the app does, in a throwaway repository with the test profiles. */
function synthesizeEnvironment(name: string, yaml: string): Synthesis {
  const root = tempDir();
  mkdirSync(join(root, "stacks/environments"), { recursive: true });
  mkdirSync(join(root, "stacks/profiles"));
  for (const profile of ["standard.yaml", "free.yaml"])
    cpSync(join(REPO_ROOT, "test/fixtures/palette-aks", profile), join(root, "stacks/profiles", profile));
  writeFileSync(join(root, "stacks/environments", `${name}.yaml`), yaml);
  const outdir = join(root, "cdktf.out");
  try {
    synthesize({ repoRoot: root, outdir, vars: {} });
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return {
      refused: e.message
        .split("\n")
        .map((line) => line.replace(/^\S+\.yaml:\d+:\d+ /, "").replace(/^\S+\.yaml: /, ""))
        .join("; "),
    };
  }
  const stacks = new Map<string, StackJson>();
  for (const stack of readdirSync(join(outdir, "stacks")).sort())
    stacks.set(stack, JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8")));
  return { stacks };
}

function edited(yaml: string, edit: SpecChange["edit"]): string {
  const doc = parse(yaml);
  for (const [path, value] of Object.entries(edit)) {
    const keys = path.split(".");
    const parent = keys.slice(0, -1).reduce((node, key) => (node[key] ??= {}), doc);
    if (value === undefined) delete parent[keys[keys.length - 1]];
    else parent[keys[keys.length - 1]] = value;
  }
  return stringify(doc);
}

/** Leaf keys of the JSON Schema: `clusters[].nodePools[].vmSize`, `tags.*` for a map's values. */
function schemaLeafKeys(): string[] {
  const schema = environmentJsonSchema() as any;
  const keys = new Set<string>();
  const visit = (node: any, path: string): void => {
    if (node.$ref) return visit(schema.$defs[node.$ref.split("/").pop()], path);
    const branches = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
    branches.forEach((branch: any) => visit(branch, path));
    if (node.properties)
      for (const [key, child] of Object.entries(node.properties)) visit(child, path ? `${path}.${key}` : key);
    if (node.items) visit(node.items, `${path}[]`);
    if (typeof node.additionalProperties === "object") visit(node.additionalProperties, `${path}.*`);
    if (!node.properties && !node.items && branches.length === 0) keys.add(path);
  };
  visit(schema, "");
  return [...keys].sort();
}

/** Where a stack's state lives; an HCP Terraform workspace's project only places a workspace when it is created. */
function stateLocation(json: StackJson): { location: unknown; project?: string } {
  const terraform = (json.terraform ?? {}) as { backend?: unknown; cloud?: { workspaces?: { project?: string } } };
  if (!terraform.cloud) return { location: terraform.backend };
  const { project, ...workspaces } = terraform.cloud.workspaces ?? {};
  return { location: { ...terraform.cloud, workspaces }, project };
}

/** Resource types whose lifecycle.prevent_destroy differs (Terraform changes nothing in Azure for it). */
function protectionChanges(before: StackJson, after: StackJson): string[] {
  const protectedOf = (json: StackJson) =>
    new Map(
      Object.entries((json.resource ?? {}) as Record<string, Record<string, any>>).flatMap(([type, named]) =>
        Object.entries(named).map(([name, config]) => [`${type}.${name}`, config.lifecycle?.prevent_destroy === true]),
      ),
    );
  const [was, is] = [protectedOf(before), protectedOf(after)];
  return [...is].filter(([address, on]) => was.has(address) && was.get(address) !== on).map(([a]) => a.split(".")[0]);
}

/** What applying the change does, in words: the table's last column. */
function outcomeOf(before: Synthesis, after: Synthesis): { text: string; changes: ResourceChange[] } {
  if ("refused" in after) return { text: `refused: ${after.refused}`, changes: [] };
  if ("refused" in before) throw new Error(`base refused: ${before.refused}`);
  const parts: string[] = [];
  const added = [...after.stacks.keys()].filter((s) => !before.stacks.has(s));
  const removed = [...before.stacks.keys()].filter((s) => !after.stacks.has(s));
  if (added.length > 0) parts.push(`new stacks ${added.join(", ")}`);
  if (removed.length > 0) parts.push(`no longer synthesizes ${removed.join(", ")} (its state keeps its resources)`);
  const changes: ResourceChange[] = [];
  const moved: string[] = [];
  const providers: string[] = [];
  const executions: string[] = [];
  const projects: string[] = [];
  const protections: string[] = [];
  for (const [stack, json] of after.stacks) {
    const old = before.stacks.get(stack);
    if (!old) continue;
    const [was, is] = [stateLocation(old), stateLocation(json)];
    if (JSON.stringify(was.location) !== JSON.stringify(is.location)) moved.push(stack);
    else if (was.project !== is.project) projects.push(stack);
    if (JSON.stringify((old["//"] as any)?.execution) !== JSON.stringify((json["//"] as any)?.execution))
      executions.push(stack);
    if (JSON.stringify(old.provider) !== JSON.stringify(json.provider))
      providers.push(...Object.keys(json.provider ?? {}));
    changes.push(...diffStack(old, json).filter((c) => c.mode === "managed"));
    protections.push(...protectionChanges(old, json));
  }
  if (moved.length > 0) parts.push("state moves (terraform init -migrate-state)");
  if (projects.length > 0) parts.push(`HCP Terraform project of workspaces yet to be created (${projects.join(", ")})`);
  if (executions.length > 0) parts.push(`workspace execution changes (${executions.join(", ")})`);
  if (providers.length > 0) parts.push(`provider settings change (${[...new Set(providers)].sort().join(", ")})`);
  if (protections.length > 0) parts.push(`prevent_destroy changes (${[...new Set(protections)].sort().join(", ")})`);
  const describe = (verb: string, selected: ResourceChange[], withAttributes: boolean) => {
    const byType = new Map<string, Set<string>>();
    for (const c of selected) {
      const attributes = byType.get(c.type) ?? new Set<string>();
      byType.set(c.type, attributes);
      if (!withAttributes) continue;
      const causes = c.attributes.filter(
        (a) =>
          !a.knownAfterApply &&
          (c.action === "ignored" || a.effect !== "ignored") &&
          (c.action !== "replace" || a.effect.startsWith("replace")) &&
          (!c.rotates || c.action !== "update" || a.effect === "rotate"),
      );
      for (const a of causes) attributes.add(a.path.replace(/\.\d+(?=\.|$)/g, ""));
    }
    for (const [type, attributes] of [...byType].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const names = [...attributes].sort();
      const shown = names.length > 3 ? [...names.slice(0, 3), "…"] : names;
      parts.push(`${verb} ${type}${shown.length > 0 ? ` (${shown.join(", ")})` : ""}`);
    }
  };
  describe(
    "replaces",
    changes.filter((c) => c.action === "replace"),
    true,
  );
  describe(
    "rotates",
    changes.filter((c) => c.action === "update" && c.rotates),
    true,
  );
  describe(
    "updates",
    changes.filter((c) => c.action === "update" && !c.rotates),
    true,
  );
  describe(
    "adds",
    changes.filter((c) => c.action === "create"),
    false,
  );
  describe(
    "left as created (ignore_changes):",
    changes.filter((c) => c.action === "ignored"),
    true,
  );
  describe(
    "destroys",
    changes.filter((c) => c.action === "delete"),
    false,
  );
  return { text: parts.length > 0 ? parts.join("; ") : "no change to any stack", changes };
}

function changeText(base: string, change: SpecChange): string {
  const doc = parse(base);
  const shown = (v: unknown) => (v === undefined ? "(unset)" : JSON.stringify(v));
  return Object.entries(change.edit)
    .map(([path, value]) => {
      const old = path.split(".").reduce((node: any, key) => node?.[key], doc);
      return `\`${path}\`: ${shown(old)} → ${shown(value)}`;
    })
    .join("<br>");
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

describe("spec changes", () => {
  const bases = new Map<SpecChangeBase, { yaml: string; synthesis: Synthesis }>();
  const baseOf = (name: SpecChangeBase) => {
    if (!bases.has(name)) {
      const yaml = readFileSync(join(FIXTURES, `${name}.yaml`), "utf8");
      bases.set(name, { yaml, synthesis: synthesizeEnvironment(name, yaml) });
    }
    return bases.get(name)!;
  };

  it("cover every key of the environment schema", () => {
    const covered = new Set(SPEC_CHANGES.map((c) => c.key));
    const keys = schemaLeafKeys();
    expect(keys.filter((key) => !covered.has(key))).toEqual([]);
    expect([...covered].filter((key) => !keys.includes(key))).toEqual([]);
  });

  it("start from bases that synthesize", () => {
    for (const name of new Set(SPEC_CHANGES.map((c) => c.base)))
      expect(baseOf(name).synthesis).not.toHaveProperty("refused");
  });

  it("update in place, replace as docs/updates.md admits, or are refused; never rotate a pool without a temporary name", () => {
    const rows: string[] = [];
    const problems: string[] = [];
    for (const change of SPEC_CHANGES) {
      const base = baseOf(change.base);
      const after = synthesizeEnvironment(change.base, edited(base.yaml, change.edit));
      const outcome = outcomeOf(base.synthesis, after);
      for (const c of outcome.changes) {
        if (c.rotationWithoutName)
          problems.push(`${change.key}: ${c.address} rotates without temporary_name_for_rotation`);
        for (const a of c.attributes)
          if (a.effect === "not-in-rules")
            problems.push(`${change.key}: ${c.type}.${a.path} is not in src/azure/update-rules`);
      }
      rows.push(
        `| \`${change.key}\` | ${change.base} | ${cell(changeText(base.yaml, change))} | ${cell(outcome.text)} |`,
      );
    }
    expect(problems).toEqual([]);
    const table = ["| Key | Base | Change | Outcome |", "| --- | --- | --- | --- |", ...rows].join("\n");
    const docs = readFileSync(DOCS, "utf8");
    const [head, rest] = docs.split(TABLE_START);
    const tail = rest?.split(TABLE_END)[1];
    expect(tail).toBeDefined();
    if (process.env.UPDATE_DOCS === "1") writeFileSync(DOCS, `${head}${TABLE_START}\n${table}\n${TABLE_END}${tail}`);
    else expect(rest.split(TABLE_END)[0].trim()).toBe(table);
  });
});
