/**
 * Terraform addresses people can read and type: `azurerm_subnet.network_worker_subnet`, the
 * construct path below the stack in snake case, instead of cdktf's hashed
 * `azurerm_subnet.network_worker-subnet_0DA10B31`. Reviewers read them in plans, operators type them
 * in `terraform state` and `import`, and a changed address replaces the resource: every address is
 * pinned by test/app/addresses.test.ts, and a change of one after it could have been applied goes
 * into MOVED_ADDRESSES, which writes the `moved` blocks that rename it in state instead.
 */
import { TerraformElement, TerraformStack } from "cdktf";
import { Node } from "constructs";
import { MovedAddress, MOVED_ADDRESSES } from "./moved-addresses";
import { undeclaredReferences } from "./undeclared-references";

/** App context: its stacks refer to no other stack's resources, so cdktf need not look for such references. */
export const NO_CROSS_STACK_REFERENCES = "palette-azure-cdktf:noCrossStackReferences";

/** Construct ids that name the one resource of a construct: left out of its address. */
const TRANSPARENT_IDS = new Set(["Resource", "Default"]);

export abstract class ReadableStack extends TerraformStack {
  private readonly ownerOfId = new Map<string, string>();

  public allocateLogicalId(element: TerraformElement | Node): string {
    const node = TerraformElement.isTerraformElement(element) ? element.node : element;
    const components = node.scopes
      .slice(node.scopes.indexOf(this) + 1)
      .map((scope) => scope.node.id)
      .filter((id) => !TRANSPARENT_IDS.has(id));
    const id = components.join("_").replace(/[^A-Za-z0-9_]/g, "_");
    const owner = this.ownerOfId.get(id);
    if (owner !== undefined && owner !== node.path) {
      throw new Error(`${node.path} and ${owner} would share the Terraform name ${id}: give one another construct id`);
    }
    this.ownerOfId.set(id, node.path);
    return id;
  }

  /**
   * cdktf's preparing pass resolves every element an extra time only to find references into other
   * stacks (it turns them into remote state): a fifth of a large fleet's synthesis. The app's stacks
   * make none (packs read their cluster's outputs through StackOutputsReader), so under the app's
   * context key only the backend is prepared, and toTerraform refuses a stack that refers to anything
   * it does not declare. Library users' apps keep cdktf's pass.
   */
  public prepareStack(): void {
    if (this.withoutCrossStackReferences()) this.ensureBackendExists();
    else super.prepareStack();
  }

  public toTerraform(): Record<string, unknown> {
    const json = withMovedBlocks(this.node.id, super.toTerraform() as Record<string, unknown>);
    const undeclared = this.withoutCrossStackReferences() ? undeclaredReferences(json) : [];
    if (undeclared.length > 0)
      throw new Error(
        `stack ${this.node.id} refers to ${undeclared.join(", ")}, which it does not declare: a reference into ` +
          "another stack (the app does not turn those into remote state) or a construct that lost its resource",
      );
    return json;
  }

  private withoutCrossStackReferences(): boolean {
    return this.node.tryGetContext(NO_CROSS_STACK_REFERENCES) === true;
  }
}

/** The stack's JSON with a `moved` block for each of `moved` that renames one of its addresses. */
export function withMovedBlocks(
  stack: string,
  json: Record<string, unknown>,
  moved: readonly MovedAddress[] = MOVED_ADDRESSES,
): Record<string, unknown> {
  const present = new Set(addressesOf(json));
  const blocks = moved.filter((m) => m.stack === stack && present.has(m.to)).map(({ from, to }) => ({ from, to }));
  return blocks.length > 0 ? { ...json, moved: blocks } : json;
}

/** Every resource and data source address of a synthesized stack: `type.name`, `data.type.name`. */
export function addressesOf(json: Record<string, unknown>): string[] {
  const of = (section: unknown, prefix: string) =>
    Object.entries((section ?? {}) as Record<string, Record<string, unknown>>).flatMap(([type, named]) =>
      Object.keys(named).map((name) => `${prefix}${type}.${name}`),
    );
  return [...of(json.resource, ""), ...of(json.data, "data.")];
}
