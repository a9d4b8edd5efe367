/** Test helpers shared by the suites. */
import { Testing } from "cdktf";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ClusterStack } from "../src/app/cluster-stack";
import { loadEnvironmentFile, parseEnvironment } from "../src/spec/load";
import { EnvironmentSpec } from "../src/spec/schema/environment";

export const REPO_ROOT = resolve(__dirname, "..");

export function tempDir(prefix = "palette-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Loads one of the committed environment files. */
export function defaultEnvironment(name: "dev" | "staging" | "prod"): EnvironmentSpec {
  return loadEnvironmentFile(join(REPO_ROOT, "stacks/environments", `${name}.yaml`), `stacks/environments/${name}.yaml`);
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
