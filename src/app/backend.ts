/** The Terraform backend of one stack, from the environment's backend spec. */
import { AzurermBackend, CloudBackend, LocalBackend, NamedCloudWorkspace, TerraformBackend } from "cdktf";
import { Construct } from "constructs";
import { BackendSpec } from "../spec/schema/backend";

/**
 * Terraform runs in `cdktf.out/stacks/<stack>/`; a local state path relative to that folder keeps
 * the JSON free of this machine's layout (cdktf's implicit backend writes the absolute cwd).
 */
export const STACK_DIR_TO_REPO = "../../..";

export function addBackend(scope: Construct, spec: BackendSpec, stack: string): TerraformBackend {
  switch (spec.type) {
    case "local":
      return new LocalBackend(scope, { path: `${STACK_DIR_TO_REPO}/${trimSlashes(spec.path)}/${stack}.tfstate` });
    case "cloud":
      return new CloudBackend(scope, {
        organization: spec.organization,
        hostname: spec.hostname,
        workspaces: new NamedCloudWorkspace(`${spec.workspacePrefix}${stack}`, spec.project),
      });
    case "azurerm":
      return new AzurermBackend(scope, {
        resourceGroupName: spec.resourceGroupName,
        storageAccountName: spec.storageAccountName,
        containerName: spec.containerName,
        key: `${spec.keyPrefix}${stack}.tfstate`,
        // Entra ID auth to the state blob: no storage key in the JSON or in the environment.
        useAzureadAuth: true,
      });
  }
}

function trimSlashes(path: string): string {
  return path.replace(/^\.\/+/, "").replace(/\/+$/, "") || ".";
}
