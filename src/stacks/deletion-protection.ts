/**
 * Deletion protection (`deletionProtection`): Terraform's `prevent_destroy` on what a cluster stack
 * cannot recreate, so a destroy, or a change that would replace one of them, fails at plan instead of
 * deleting it. Turning it off is a reviewed change: the PR review flags it as weaker security.
 */
import { IAspect, TerraformResource } from "cdktf";
import { IConstruct } from "constructs";

/** The resource types deletion protection covers, and what is lost with each. */
export const PROTECTED_TYPES: Readonly<Record<string, string>> = {
  azurerm_kubernetes_cluster: "the cluster, its workloads' state in etcd and its identity",
  azurerm_linux_virtual_machine: "an IaaS control-plane node: its OS disk holds etcd",
  azurerm_managed_disk: "a data disk",
  azurerm_storage_account: "the blobs in the cluster's storage account",
  azurerm_log_analytics_workspace: "the cluster's logs",
};

export class DeletionProtection implements IAspect {
  visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource) || !Object.hasOwn(PROTECTED_TYPES, node.terraformResourceType)) return;
    node.lifecycle = { ...node.lifecycle, preventDestroy: true };
  }
}
