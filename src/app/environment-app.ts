/** Composes the stacks of the selected environments into a cdktf App. */
import { App } from "cdktf";
import { stackName } from "../azure/names";
import { EnvironmentSpec } from "../spec/schema/environment";
import { ClusterStack } from "./cluster-stack";

/** Which stacks to build: all, one environment's, or some stacks by exact name. */
export interface StackSelection {
  readonly environment?: string;
  readonly stacks?: readonly string[];
}

export function selectedClusters(environments: readonly EnvironmentSpec[], selection: StackSelection) {
  return environments
    .filter((env) => selection.environment === undefined || env.name === selection.environment)
    .flatMap((environment) => environment.clusters.map((cluster) => ({ environment, cluster, stack: stackName(environment.name, cluster.name) })))
    .filter(({ stack }) => selection.stacks === undefined || selection.stacks.includes(stack));
}

/** Adds one ClusterStack per selected cluster; returns the stack names in order. */
export function addEnvironmentStacks(app: App, environments: readonly EnvironmentSpec[], selection: StackSelection = {}): string[] {
  return selectedClusters(environments, selection).map(({ environment, cluster, stack }) => {
    new ClusterStack(app, { environment, cluster });
    return stack;
  });
}
