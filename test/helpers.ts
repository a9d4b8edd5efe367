/** Test helpers shared by the suites. */
import { Testing } from "cdktf";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ClusterStack } from "../src/app/cluster-stack";
import { loadEnvironments } from "../src/app/synthesize";
import { loadEnvironmentFile, parseEnvironment } from "../src/config/load";
import { EnvironmentSpec } from "../src/config/schema/environment";

export const REPO_ROOT = resolve(__dirname, "..");

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

/** The error message a spec produces, or undefined when it loads. */
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
  const stack = new ClusterStack(app, { environment: env, cluster });
  return JSON.parse(Testing.synth(stack, true));
}

/**
 * Writes environment files (name -> YAML) into a throwaway repository and loads them all as the app
 * does, with `vars` as the environment variables: the error message, or undefined when they load.
 */
export function loadErrorOf(files: Record<string, string>, vars: NodeJS.ProcessEnv = {}): string | undefined {
  const root = tempDir();
  mkdirSync(join(root, "stacks", "environments"), { recursive: true });
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(root, "stacks", "environments", `${name}.yaml`), text);
  try {
    loadEnvironments(root, {}, vars);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
