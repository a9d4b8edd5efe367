/** One Terraform stack per cluster per environment: `<env>-<cluster>`. */
import { Aspects, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { stackName } from "../azure/names";
import { mergeTags } from "../azure/tags";
import { addAzurermProvider } from "../providers/azurerm";
import { ClusterSpec, EnvironmentSpec } from "../config/schema/environment";
import { addBackend } from "./backend";
import { ComposedCluster, composeCluster } from "./compose-cluster";
import { addResourceGroup, ClusterResourceGroup } from "./resource-group";
import { TagAspect } from "./tagging";

export interface ClusterStackProps {
  readonly environment: EnvironmentSpec;
  readonly cluster: ClusterSpec;
}

export class ClusterStack extends TerraformStack {
  public readonly resourceGroup: ClusterResourceGroup;
  /** The cluster built into this stack. */
  public readonly composed: ComposedCluster;

  constructor(scope: Construct, props: ClusterStackProps) {
    const { environment, cluster } = props;
    const name = stackName(environment.name, cluster.name);
    super(scope, name);
    addAzurermProvider(this);
    addBackend(this, environment.backend, name);
    this.resourceGroup = addResourceGroup(this, environment.resourceGroup.name);
    this.composed = composeCluster(this, { environment, cluster, resourceGroup: this.resourceGroup });
    Aspects.of(this).add(new TagAspect(mergeTags(environment.tags, cluster.tags)));
  }
}
