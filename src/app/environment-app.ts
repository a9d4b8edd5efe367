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
 * The selected clusters and the stacks they bring. A cluster's packs stack always comes with its
 * cluster stack, and the other way round: cdktf writes the outputs a packs stack reads into the
 * cluster stack, so building one without the other would change the cluster stack's JSON with the
 * selection (and an apply of it would delete outputs the packs stack needs).
 */
export function selectedClusters(environments: readonly EnvironmentSpec[], selection: StackSelection) {
  return environments
    .filter((env) => selection.environment === undefined || env.name === selection.environment)
    .flatMap((environment) =>
      environment.clusters.map((cluster) => {
        const stack = stackName(environment.name, cluster.name);
        const stacks = cluster.packs.length > 0 ? [stack, packsStackName(environment.name, cluster.name)] : [stack];
        return { environment, cluster, stacks, selected: selection.stacks === undefined || stacks.some((s) => selection.stacks!.includes(s)) };
      }),
    )
    .filter(({ selected }) => selected);
}

/** Names in PALETTE_STACK that match no stack of the loaded environments (a typo must not pass silently). */
export function unknownStacks(environments: readonly EnvironmentSpec[], selection: StackSelection): string[] {
  const known = new Set(selectedClusters(environments, {}).flatMap(({ stacks }) => stacks));
  return (selection.stacks ?? []).filter((s) => !known.has(s));
}

/** Adds the stacks of every selected cluster (cluster stack, then its packs stack); returns their names. */
export function addEnvironmentStacks(app: App, environments: readonly EnvironmentSpec[], selection: StackSelection = {}, options: PacksAccessOptions = {}): string[] {
  return selectedClusters(environments, selection).flatMap(({ environment, cluster, stacks }) => {
    const clusterStack = new ClusterStack(app, { environment, cluster });
    if (cluster.packs.length > 0) {
      const access = clusterStack.composed.kubernetesAccess(options.kubeloginLogin ?? "azurecli");
      new PacksStack(app, { environment, cluster, access, clusterStack });
    }
    return stacks;
  });
}
