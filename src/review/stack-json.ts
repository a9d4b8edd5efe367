/**
 * A synthesized stack (`cdk.tf.json`) as the review reads it: its resources, data sources, locals
 * and backend. Pure: no cdktf here; the JSON is what will be applied, whatever the spec meant.
 */

/** A synthesized `cdk.tf.json`. */
export type StackJson = Readonly<Record<string, unknown>>;

/** One resource or data source block. */
export interface Block {
  /** `azurerm_subnet.network_worker_subnet`, `data.azurerm_resource_group.resource_group`. */
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly mode: "managed" | "data";
  readonly config: Readonly<Record<string, unknown>>;
}

/** The stacks of one synthesis, by name. */
export type Synthesis = ReadonlyMap<string, StackJson>;

function blocksIn(section: unknown, mode: Block["mode"]): Block[] {
  return Object.entries((section ?? {}) as Record<string, Record<string, Record<string, unknown>>>).flatMap(
    ([type, named]) =>
      Object.entries(named).map(([name, config]) => ({
        address: `${mode === "data" ? "data." : ""}${type}.${name}`,
        type,
        name,
        mode,
        config,
      })),
  );
}

/** The resources of a stack. */
export function resourcesOf(json: StackJson): Block[] {
  return blocksIn(json.resource, "managed");
}

/** The data sources of a stack: what it only looks up. */
export function dataSourcesOf(json: StackJson): Block[] {
  return blocksIn(json.data, "data");
}

export function localsOf(json: StackJson): Readonly<Record<string, unknown>> {
  return (json.locals ?? {}) as Record<string, unknown>;
}

/** A value as text for the review: scalars as written, lists and blocks as JSON, nothing as "". */
export function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : (JSON.stringify(value) ?? "");
}

/** A block attribute that cdktf writes either as an object or a one-element list. */
export function single(value: unknown): Readonly<Record<string, unknown>> | undefined {
  const item: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof item === "object" && item !== null ? (item as Record<string, unknown>) : undefined;
}

/** Where the stack's state lives, in words: `local state/prod-edge.tfstate`, `HCP Terraform example-org/palette-prod-edge`. */
export function backendOf(json: StackJson): string {
  const terraform = (json.terraform ?? {}) as Record<string, unknown>;
  const cloud = single(terraform.cloud);
  if (cloud) {
    const workspace = single(cloud.workspaces)?.name;
    return `HCP Terraform ${text(cloud.hostname ?? "app.terraform.io")}: ${text(cloud.organization)}/${text(workspace)}`;
  }
  const backend = single(terraform.backend);
  const [kind, settings] = Object.entries(backend ?? {})[0] ?? [];
  const config = single(settings) ?? {};
  if (kind === "local") return `local ${text(config.path)}`;
  if (kind === "azurerm")
    return `azurerm ${text(config.storage_account_name)}/${text(config.container_name)}/${text(config.key)}`;
  return kind === undefined ? "none" : kind;
}

/** The runs' execution mode the stack states for its workspace (HCP Terraform), if any. */
export function executionOf(json: StackJson): string | undefined {
  const execution = single((json["//"] as Record<string, unknown> | undefined)?.execution);
  if (!execution) return undefined;
  return execution.agentPool ? `${text(execution.mode)} (${text(execution.agentPool)})` : text(execution.mode);
}

/** A Terraform reference in a value, read as the address it points at: `${azurerm_subnet.x.id}` → `azurerm_subnet.x`. */
export function referencedAddresses(value: unknown): string[] {
  const text = typeof value === "string" ? value : JSON.stringify(value ?? "");
  return [...text.matchAll(/\$\{(?:[a-z0-9_]+\()?((?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+)\.[a-z_]/g)].map((m) => m[1]);
}
