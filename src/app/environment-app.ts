/** Composes the stacks of the selected environments into a cdktf App. */
import { App } from "cdktf";
import { stackName } from "../azure/names";
import { EnvironmentSpec } from "../spec/schema/environment";
import { KubeloginLogin } from "../packs/kubernetes-access";
import { ClusterStack } from "./cluster-stack";
import { PacksStack, packsStackName } from "./packs-stack";

/** Which stacks to build: all, one environment's, or some stacks by exact name. */
export interface StackSelection {
  readonly environment?: string;
  readonly stacks?: readonly string[];
}

/** How the packs stacks authenticate to Entra ID clusters (kubelogin `--login`). @default azurecli */
export interface PacksAccessOptions {
  readonly kubeloginLogin?: KubeloginLogin;
}

/**
 * The selected clusters and which of their stacks to build. Selecting a packs stack by name
 * (`PALETTE_STACK=prod-edge-packs`) builds its cluster stack too: the packs stack reads the
 * cluster's outputs through cross-stack references.
 */
export function selectedClusters(environments: readonly EnvironmentSpec[], selection: StackSelection) {
  const wanted = (name: string) => selection.stacks === undefined || selection.stacks.includes(name);
  return environments
    .filter((env) => selection.environment === undefined || env.name === selection.environment)
    .flatMap((environment) =>
      environment.clusters.map((cluster) => {
        const stack = stackName(environment.name, cluster.name);
        const packsStack = cluster.packs.length > 0 && wanted(packsStackName(environment.name, cluster.name)) ? packsStackName(environment.name, cluster.name) : undefined;
        return { environment, cluster, stacks: packsStack !== undefined || wanted(stack) ? [stack, ...(packsStack ? [packsStack] : [])] : [] };
      }),
    )
    .filter(({ stacks }) => stacks.length > 0);
}

/** Adds the stacks of every selected cluster (cluster stack, then its packs stack); returns their names. */
export function addEnvironmentStacks(app: App, environments: readonly EnvironmentSpec[], selection: StackSelection = {}, options: PacksAccessOptions = {}): string[] {
  return selectedClusters(environments, selection).flatMap(({ environment, cluster, stacks }) => {
    const clusterStack = new ClusterStack(app, { environment, cluster });
    if (stacks.length > 1) {
      const access = clusterStack.composed.kubernetesAccess(options.kubeloginLogin ?? "azurecli");
      new PacksStack(app, { environment, cluster, access, clusterStack });
    }
    return stacks;
  });
}
