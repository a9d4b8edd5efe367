/**
 * Another stack's outputs, read from its state (`data.terraform_remote_state.<id>`) under their
 * stable names: what a packs stack reads of its IaaS cluster stack. Explicit rather than cdktf's
 * cross-stack references, whose generated outputs have names nobody can read or type and whose
 * presence in the cluster stack would depend on which stacks a run builds.
 */
import {
  DataTerraformRemoteState,
  DataTerraformRemoteStateAzurerm,
  DataTerraformRemoteStateLocal,
  TerraformRemoteState,
} from "cdktf";
import { Construct } from "constructs";
import { StackBackend } from "../core/backend";
import { STACK_DIR_TO_REPO, trimSlashes } from "./stack-backend";

/** Where a stack keeps its state: its name and the backend it was built with. */
export interface StackLocation {
  readonly stackName: string;
  /** @default - local state, `state/<stack>.tfstate` */
  readonly backend?: StackBackend;
}

/** The remote-state data source of `location`, with the same settings its own backend block has. */
export function readStackState(scope: Construct, id: string, location: StackLocation): TerraformRemoteState {
  const backend = location.backend ?? { type: "local" };
  const stack = location.stackName;
  switch (backend.type) {
    case "local":
      return new DataTerraformRemoteStateLocal(scope, id, {
        path: `${STACK_DIR_TO_REPO}/${trimSlashes(backend.path ?? "state")}/${stack}.tfstate`,
      });
    case "cloud":
      return new DataTerraformRemoteState(scope, id, {
        organization: backend.organization,
        hostname: backend.hostname,
        workspaces: { name: `${backend.workspacePrefix ?? ""}${stack}` },
      });
    case "azurerm":
      return new DataTerraformRemoteStateAzurerm(scope, id, {
        resourceGroupName: backend.resourceGroupName,
        storageAccountName: backend.storageAccountName,
        containerName: backend.containerName,
        key: `${backend.keyPrefix ?? ""}${stack}.tfstate`,
        useAzureadAuth: true,
      });
  }
}
