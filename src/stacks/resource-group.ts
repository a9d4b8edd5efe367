/** The resource group a cluster lives in, looked up once per cluster stack. */
import { DataAzurermResourceGroup } from "@cdktf/provider-azurerm/lib/data-azurerm-resource-group";
import { Construct } from "constructs";

/** What the rest of a stack needs of its resource group. */
export interface ClusterResourceGroup {
  /** The group's name, as a reference, so Terraform orders everything after the group. */
  readonly name: string;
  readonly id: string;
}

/**
 * Looks the group up directly under the stack (`data.azurerm_resource_group.resource_group`: a
 * readable address, no hash suffix). A group the spec creates belongs to the environment's shared
 * stack (shared-stack.ts), never to a cluster stack: every cluster stack of the environment would
 * otherwise declare the same group.
 */
export function addResourceGroup(scope: Construct, name: string): ClusterResourceGroup {
  const group = new DataAzurermResourceGroup(scope, "resource_group", { name });
  return { name: group.name, id: group.id };
}
