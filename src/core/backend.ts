/**
 * Where a stack's Terraform state lives, and where its runs execute: the settings the YAML's
 * `backend:` and a TypeScript caller give alike (src/stacks/stack-backend.ts turns them into the
 * stack's backend).
 */

/** Where a Terraform Cloud workspace's runs execute. */
export const EXECUTION_MODES = ["remote", "agent", "local"] as const;
export type ExecutionMode = (typeof EXECUTION_MODES)[number];

/** State files next to the repository: `<path>/<stack>.tfstate`. */
export interface LocalBackend {
  readonly type: "local";
  /** Folder relative to the repository root. @default "state" */
  readonly path?: string;
}

/** HCP Terraform (or Terraform Enterprise): one workspace per stack, `<workspacePrefix><stack>`. */
export interface CloudBackend {
  readonly type: "cloud";
  readonly organization: string;
  /** @default "" */
  readonly workspacePrefix?: string;
  /** Host of Terraform Enterprise. @default - app.terraform.io */
  readonly hostname?: string;
  /** Project new workspaces land in. @default - the organization's default project */
  readonly project?: string;
  /** Where the workspaces' runs execute. @default "remote" */
  readonly execution?: ExecutionMode;
  /** Where the packs stacks' runs execute (they must reach the API servers). @default - execution */
  readonly packsExecution?: ExecutionMode;
  /** The agent pool of the workspaces that execute on agents. @default - none */
  readonly agentPool?: string;
}

/** A blob per stack in an Azure storage account, `<keyPrefix><stack>.tfstate`, with Entra ID auth. */
export interface AzurermBackend {
  readonly type: "azurerm";
  readonly resourceGroupName: string;
  readonly storageAccountName: string;
  readonly containerName: string;
  /** @default "" */
  readonly keyPrefix?: string;
}

export type StackBackend = LocalBackend | CloudBackend | AzurermBackend;
