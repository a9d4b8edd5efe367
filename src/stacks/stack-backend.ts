/** The Terraform backend of one stack, from the environment's backend settings. */
import {
  AzurermBackend,
  CloudBackend,
  LocalBackend,
  NamedCloudWorkspace,
  TerraformBackend,
  TerraformStack,
} from "cdktf";
import { Construct } from "constructs";
import { ExecutionMode, StackBackend } from "../core/backend";

/**
 * Terraform runs in `cdktf.out/stacks/<stack>/`; a local state path relative to that folder keeps
 * the JSON free of this machine's layout (cdktf's implicit backend writes the absolute cwd).
 */
export const STACK_DIR_TO_REPO = "../../..";

/** What a stack is, for where its runs execute: packs stacks must reach a cluster's API server. */
export type StackRole = "cluster" | "packs" | "shared";

/** Where a stack's Terraform Cloud runs execute (its workspace's execution mode), from the backend spec. */
export function stackExecution(spec: StackBackend, role: StackRole): ExecutionMode | undefined {
  if (spec.type !== "cloud") return undefined;
  const execution = spec.execution ?? "remote";
  return role === "packs" ? (spec.packsExecution ?? execution) : execution;
}

export function addBackend(
  scope: Construct,
  spec: StackBackend,
  stack: string,
  role: StackRole = "cluster",
): TerraformBackend {
  switch (spec.type) {
    case "local":
      return new LocalBackend(scope, {
        path: `${STACK_DIR_TO_REPO}/${trimSlashes(spec.path ?? "state")}/${stack}.tfstate`,
      });
    case "cloud": {
      // The cloud block cannot carry the workspace's execution mode: the JSON states it, for reviewers
      // and for whoever sets up the workspace (docs/terraform-cloud.md).
      const mode = stackExecution(spec, role)!;
      TerraformStack.of(scope).addOverride(
        "//.execution",
        mode === "agent" ? { mode, agentPool: spec.agentPool } : { mode },
      );
      return new CloudBackend(scope, {
        organization: spec.organization,
        hostname: spec.hostname,
        workspaces: new NamedCloudWorkspace(`${spec.workspacePrefix ?? ""}${stack}`, spec.project),
      });
    }
    case "azurerm":
      return new AzurermBackend(scope, {
        resourceGroupName: spec.resourceGroupName,
        storageAccountName: spec.storageAccountName,
        containerName: spec.containerName,
        key: `${spec.keyPrefix ?? ""}${stack}.tfstate`,
        // Entra ID auth to the state blob: no storage key in the JSON or in the environment.
        useAzureadAuth: true,
      });
  }
}

export function trimSlashes(path: string): string {
  return path.replace(/^\.\/+/, "").replace(/\/+$/, "") || ".";
}
