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
  /** Selects this backend. */
  readonly type: "local";
  /** Folder relative to the repository root. @default "state" */
  readonly path?: string;
}

/** HCP Terraform (or Terraform Enterprise): one workspace per stack, `<workspacePrefix><stack>`. */
export interface CloudBackend {
  /** Selects this backend. */
  readonly type: "cloud";
  /** HCP Terraform organization that owns the workspaces. */
  readonly organization: string;
  /** Prefix of the workspace names. @default "" */
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
  /** Selects this backend. */
  readonly type: "azurerm";
  /** Resource group of the storage account. */
  readonly resourceGroupName: string;
  /** Storage account holding the state: 3-24 lowercase letters and digits. */
  readonly storageAccountName: string;
  /** Blob container holding the state files. */
  readonly containerName: string;
  /** Prefix of the blob names. @default "" */
  readonly keyPrefix?: string;
}

export type StackBackend = LocalBackend | CloudBackend | AzurermBackend;
