/** The Terraform stacks an environment's clusters bring, by name (one workspace each in Terraform Cloud). */
import { packsStackName, sharedStackName, stackName } from "../azure/names";
import { ClusterSpec, EnvironmentSpec } from "./schema/environment";

/** A cluster's stacks: the environment's shared stack (when it creates the group), its own, its packs stack. */
export function clusterStackNames(environment: EnvironmentSpec, cluster: ClusterSpec): string[] {
  const shared = environment.resourceGroup.create ? [sharedStackName(environment.name)] : [];
  const packs = cluster.packs.length > 0 ? [packsStackName(environment.name, cluster.name)] : [];
  return [...shared, stackName(environment.name, cluster.name), ...packs];
}
