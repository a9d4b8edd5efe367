/** Test helpers shared by the suites. */
import { Testing } from "cdktf";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { clusterStackOf } from "../src/app/cluster-stack-of";
import { loadEnvironments } from "../src/app/synthesize";
import { loadEnvironmentFile, parseEnvironment } from "../src/config/load";
import { EnvironmentSpec } from "../src/config/schema/environment";
import { ConfigError, ValidationError } from "../src/core/errors";
import { formatPath } from "../src/core/issues";

export const REPO_ROOT = resolve(__dirname, "..");

/**
 * Arguments that start bash without startup files. Not interactive, it still reads ~/.bashrc when its
 * stdin is a socket (Node's pipes are) and SHLVL is unset: a user's rc would make every run slower (a
 * pyenv set-up here: 0.45 s each) and its result depend on that user.
 */
export const BASH_WITHOUT_RC = ["--norc", "--noprofile"] as const;

/**
 * How long a process a test starts (the app, the cdktf CLI, cloud-init, a fresh node) may run. The test
 * runner has no per-test timeout, so a hang fails its test here instead of stalling the run.
 */
export const PROCESS_TIMEOUT_MS = 120_000;

export function tempDir(prefix = "palette-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Loads one of the committed environment files. */
export function defaultEnvironment(name: "dev" | "staging" | "prod"): EnvironmentSpec {
  return loadEnvironmentFile(
    join(REPO_ROOT, "stacks/environments", `${name}.yaml`),
    `stacks/environments/${name}.yaml`,
  );
}

/** Parses environment YAML text as if it were `stacks/environments/<name>.yaml`. */
export function environmentFromYaml(yaml: string, name = "test"): EnvironmentSpec {
  return parseEnvironment(yaml, `stacks/environments/${name}.yaml`, name);
}

/**
 * The error message a spec produces, or undefined when it loads. Assert codes and paths with
 * `configIssuesOf`; this is for the few tests of the rendered `file:line:col path: message` line and
 * for short fragments a message must name.
 */
export function specErrorOf(yaml: string, name = "test"): string | undefined {
  try {
    environmentFromYaml(yaml, name);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Synthesizes one cluster's stack and returns its parsed JSON. */
export function synthCluster(env: EnvironmentSpec, clusterName: string): any {
  const app = Testing.app();
  const cluster = env.clusters.find((c) => c.name === clusterName);
  if (!cluster) throw new Error(`no cluster ${clusterName} in ${env.name}`);
  const stack = clusterStackOf(app, env, cluster);
  return JSON.parse(Testing.synth(stack, true));
}

/** Writes environment files (name -> YAML) into a throwaway repository; returns its root. */
function writeEnvironments(files: Record<string, string>): string {
  const root = tempDir();
  mkdirSync(join(root, "stacks", "environments"), { recursive: true });
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(root, "stacks", "environments", `${name}.yaml`), text);
  return root;
}

/**
 * Loads environment files (name -> YAML) as the app does, with `vars` as the environment variables:
 * the error message, or undefined when they load. Prefer `loadIssuesOf`.
 */
export function loadErrorOf(files: Record<string, string>, vars: NodeJS.ProcessEnv = {}): string | undefined {
  const root = writeEnvironments(files);
  try {
    loadEnvironments(root, {}, vars);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** A refusal as tests assert it: its stable code, its key path as people write it, and where it points. */
export interface ConfigIssue {
  readonly code: string;
  readonly path: string;
  /** `line:col` in the file, when the issue has a position. */
  readonly at?: string;
  /** The file, where more than one can be at fault (`loadIssuesOf`, `configIssuesThrownBy(..., true)`). */
  readonly file?: string;
}

/** The issues of the ConfigError `run` throws, or undefined when it throws none; other errors propagate. */
export function configIssuesThrownBy(run: () => unknown, withFile = false): ConfigIssue[] | undefined {
  try {
    run();
    return undefined;
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.issues.map((issue) => ({
      code: issue.code,
      path: formatPath(issue.path),
      ...(issue.position ? { at: `${issue.position.line}:${issue.position.col}` } : {}),
      ...(withFile ? { file: issue.file } : {}),
    }));
  }
}

/** The issues of a spec parsed as `stacks/environments/<name>.yaml`, or undefined when it loads. */
export function configIssuesOf(yaml: string, name = "test"): ConfigIssue[] | undefined {
  return configIssuesThrownBy(() => environmentFromYaml(yaml, name));
}

/** The issues, with their files, of environment files loaded together as the app does, or undefined. */
export function loadIssuesOf(files: Record<string, string>, vars: NodeJS.ProcessEnv = {}): ConfigIssue[] | undefined {
  const root = writeEnvironments(files);
  return configIssuesThrownBy(() => loadEnvironments(root, {}, vars), true);
}

/** A construct's refusal as tests assert it: its code, its key path into the props, and the construct. */
export interface PropsIssue {
  readonly code: string;
  readonly path: string;
  /** The construct path, with `validationIssuesOf(..., true)`. */
  readonly construct?: string;
}

/** The issues of the ValidationError `build` throws (failing when it throws none or another error). */
export function validationIssuesOf(build: () => unknown, withConstruct = false): PropsIssue[] {
  try {
    build();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.issues.map((issue) => ({
      code: issue.code,
      path: formatPath(issue.path),
      ...(withConstruct ? { construct: e.constructPath } : {}),
    }));
  }
  throw new Error("expected a ValidationError");
}
