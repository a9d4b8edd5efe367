/**
 * `<env>-shared`: what the clusters of one environment share and none of them may own, so that
 * destroying one cluster never destroys another's: the resource group, when the spec creates it.
 * Cluster stacks depend on it (cdktf deploys it first and destroys it last).
 */
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { Aspects } from "cdktf";
import { Construct } from "constructs";
import { ReadableStack } from "./readable-stack";
import { sharedStackName } from "../azure/names";
import { Tags } from "../azure/tags";
import { addAzurermProvider } from "../providers/azurerm";
import { addBackend } from "./stack-backend";
import { StackBackend } from "../core/backend";
import { TagAspect } from "./tagging";

export interface SharedStackProps {
  /** Environment name: the stack is `<env>-shared`. */
  readonly environmentName: string;
  /** Azure region of the resource group. */
  readonly location: string;
  /** Name of the resource group this stack creates. */
  readonly resourceGroupName: string;
  /** Where the stack's Terraform state lives. */
  readonly backend: StackBackend;
  /** The environment's tags. @default {} */
  readonly tags?: Tags;
}

export class SharedStack extends ReadableStack {
  public readonly resourceGroup: ResourceGroup;

  constructor(scope: Construct, props: SharedStackProps) {
    const name = sharedStackName(props.environmentName);
    super(scope, name);
    addAzurermProvider(this);
    addBackend(this, props.backend, name, "shared");
    this.resourceGroup = new ResourceGroup(this, "resource_group", {
      name: props.resourceGroupName,
      location: props.location,
    });
    Aspects.of(this).add(new TagAspect(props.tags ?? {}));
  }
}
