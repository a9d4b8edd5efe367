/**
 * Loads `stacks/environments/<env>.yaml`: YAML with source positions, then the schema (defaults,
 * unknown keys refused), then the cross-field rules. Every problem becomes one line naming the
 * file, line, column and key path.
 */
import { basename, extname } from "node:path";
import { environmentNameProblem } from "../azure/names";
import { resolveAksProfiles, SpecFileBase, specFileBase } from "./aks-profile";
import { collisionIssues } from "./collisions";
import { checkEnvironment } from "./rules";
import { terraformTemplateIssues } from "./terraform-literals";
import { EnvironmentSpec, environmentSchema } from "./schema/environment";
import { projectRootOf, readSpecFile } from "./spec-file";
import { locateIssues, parseYamlSource, YamlSource, zodIssues } from "./yaml-source";
import { ConfigError } from "../core/errors";

/** The parsed file of each loaded environment, for messages that point into several files. */
const sources = new WeakMap<EnvironmentSpec, YamlSource>();

export function environmentSource(environment: EnvironmentSpec): YamlSource | undefined {
  return sources.get(environment);
}

/** A copy of a loaded environment with some fields changed (backend overrides), still placed in its file. */
export function withChanges(environment: EnvironmentSpec, changes: Partial<EnvironmentSpec>): EnvironmentSpec {
  const changed = { ...environment, ...changes };
  const source = sources.get(environment);
  if (source) sources.set(changed, source);
  return changed;
}

/**
 * What environments loaded together cannot both have (collisions.ts): throws a ConfigError naming
 * both places of each collision. `loadEnvironmentFile` runs it on its one environment.
 */
export function checkCollisions(environments: readonly EnvironmentSpec[]): void {
  const issues = collisionIssues(environments, environmentSource);
  if (issues.length > 0) throw new ConfigError(issues);
}

/**
 * Reads and validates one environment file; `displayPath` is how messages name it. The file and the
 * files it names must be regular files inside `root` (src/config/spec-file.ts).
 * `root` defaults to the nearest folder above the file with a package.json or .git.
 */
export function loadEnvironmentFile(path: string, displayPath = path, root = projectRootOf(path)): EnvironmentSpec {
  const read = readSpecFile(path, root);
  if ("problem" in read)
    throw new ConfigError([{ ...read.problem, file: displayPath, path: [], position: read.position }]);
  return parseEnvironment(read.text, displayPath, basename(path, extname(path)), specFileBase(path, displayPath, root));
}

/**
 * Validates environment YAML text. The environment's name is its file's base name. Files the
 * environment names (AKS `profileFile`) are resolved against `base`, by default `file`'s folder.
 */
export function parseEnvironment(
  text: string,
  file: string,
  name: string,
  base: SpecFileBase = specFileBase(file),
): EnvironmentSpec {
  const nameProblem = environmentNameProblem(name);
  if (nameProblem)
    throw new ConfigError([{ ...nameProblem, file, path: [], message: `file name ${nameProblem.message}` }]);
  const source = parseYamlSource(text, file);
  const raw: unknown = source.value;
  const templateIssues = terraformTemplateIssues(raw);
  if (templateIssues.length > 0) throw new ConfigError(locateIssues(source, templateIssues));
  const parsed = environmentSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(locateIssues(source, zodIssues(parsed.error, source.value)));
  const profiles = resolveAksProfiles(parsed.data, base);
  if (profiles.environmentIssues.length > 0 || profiles.fileIssues.length > 0) {
    throw new ConfigError([...locateIssues(source, profiles.environmentIssues), ...profiles.fileIssues]);
  }
  const ruleIssues = checkEnvironment(profiles.environment);
  if (ruleIssues.length > 0) throw new ConfigError(locateIssues(source, ruleIssues));
  const environment: EnvironmentSpec = { ...profiles.environment, name, file };
  sources.set(environment, source);
  checkCollisions([environment]);
  return environment;
}
