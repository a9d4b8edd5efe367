/** The resource group a cluster lives in: looked up once per stack, or created when the spec says so. */
import { DataAzurermResourceGroup } from "@cdktf/provider-azurerm/lib/data-azurerm-resource-group";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { Construct } from "constructs";
import { ResourceGroupSpec } from "../spec/schema/environment";

/** What the rest of a stack needs of its resource group. */
export interface ClusterResourceGroup {
  /** The group's name, as a reference, so Terraform orders everything after the group. */
  readonly name: string;
  readonly id: string;
  /** True when this stack creates (and on destroy deletes) the group. */
  readonly created: boolean;
}

/**
 * Adds the group directly under the stack (`azurerm_resource_group.resource_group` or
 * `data.azurerm_resource_group.resource_group` in the JSON: a readable address, no hash suffix).
 */
export function addResourceGroup(scope: Construct, spec: ResourceGroupSpec, location: string): ClusterResourceGroup {
  const group = spec.create
    ? new ResourceGroup(scope, "resource_group", { name: spec.name, location })
    : new DataAzurermResourceGroup(scope, "resource_group", { name: spec.name });
  return { name: group.name, id: group.id, created: spec.create };
}
