/** Composes the stacks of the selected environments into a cdktf App. */
import { App } from "cdktf";
import { clusterStackNames } from "../config/stack-names";
import { EnvironmentSpec } from "../config/schema/environment";
import { KubeloginLogin } from "../core/kubernetes-access";
import { SharedStack } from "../stacks/shared-stack";
import { clusterStackOf } from "./cluster-stack-of";
import { packsStackClass } from "./stack-classes";

/** Which stacks to build: all, one environment's, or some stacks by exact name. */
export interface StackSelection {
  readonly environment?: string;
  readonly stacks?: readonly string[];
}

/** How the packs stacks authenticate to Entra ID clusters (kubelogin `--login`). @default - each environment's kubeloginLogin */
export interface PacksAccessOptions {
  readonly kubeloginLogin?: KubeloginLogin;
}

/**
 * The selected clusters and the stacks they bring. A cluster's packs stack always comes with its
 * cluster stack, and the other way round: cdktf writes the outputs a packs stack reads into the
 * cluster stack, so building one without the other would change the cluster stack's JSON with the
 * selection (and an apply of it would delete outputs the packs stack needs). The environment's
 * shared stack, when it has one, comes with every cluster: they depend on it.
 */
export function selectedClusters(environments: readonly EnvironmentSpec[], selection: StackSelection) {
  return environments
    .filter((env) => selection.environment === undefined || env.name === selection.environment)
    .flatMap((environment) =>
      environment.clusters.map((cluster) => {
        const stacks = clusterStackNames(environment, cluster);
        return {
          environment,
          cluster,
          stacks,
          selected: selection.stacks === undefined || stacks.some((s) => selection.stacks!.includes(s)),
        };
      }),
    )
    .filter(({ selected }) => selected);
}

/** Names in PALETTE_STACK that match no stack of the loaded environments (a typo must not pass silently). */
export function unknownStacks(environments: readonly EnvironmentSpec[], selection: StackSelection): string[] {
  const known = new Set(selectedClusters(environments, {}).flatMap(({ stacks }) => stacks));
  return (selection.stacks ?? []).filter((s) => !known.has(s));
}

/** Adds the stacks of every selected cluster (shared stack, cluster stack, packs stack); returns their names. */
export function addEnvironmentStacks(
  app: App,
  environments: readonly EnvironmentSpec[],
  selection: StackSelection = {},
  options: PacksAccessOptions = {},
): string[] {
  const shared = new Map<string, SharedStack>();
  const sharedOf = (environment: EnvironmentSpec) => {
    if (!environment.resourceGroup.create) return undefined;
    if (!shared.has(environment.name)) {
      const { name, location, resourceGroup, backend, tags } = environment;
      shared.set(
        name,
        new SharedStack(app, { environmentName: name, location, resourceGroupName: resourceGroup.name, backend, tags }),
      );
    }
    return shared.get(environment.name);
  };
  const names = selectedClusters(environments, selection).flatMap(({ environment, cluster, stacks }) => {
    const sharedStack = sharedOf(environment);
    const clusterStack = clusterStackOf(app, environment, cluster);
    if (sharedStack) clusterStack.addDependency(sharedStack);
    if (cluster.packs.length > 0) {
      const PacksStack = packsStackClass();
      new PacksStack(app, {
        environmentName: environment.name,
        clusterName: cluster.name,
        backend: environment.backend,
        packs: cluster.packs,
        target: clusterStack.packsTarget(options.kubeloginLogin ?? environment.kubeloginLogin),
        clusterStack,
      });
    }
    return stacks;
  });
  return [...new Set(names)];
}
