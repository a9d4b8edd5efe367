/** Puts the environment's and cluster's tags on every taggable azurerm resource of a scope. */
import { IAspect, TerraformResource, Token } from "cdktf";
import { IConstruct } from "constructs";
import { mergeTags, Tags } from "../azure/tags";

/** Provider bindings: `tags` sets the input; `tagsInput` reads it back (the `tags` getter is a reference). */
interface Taggable {
  tags: Record<string, string>;
  readonly tagsInput?: Record<string, string>;
}

/**
 * A resource's own tags (set by a construct for its role) are kept; the spec's tags are laid
 * under them. Resources whose tags are a Terraform token are left alone.
 */
export class TagAspect implements IAspect {
  constructor(private readonly tags: Tags) {}

  visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource) || !node.terraformResourceType.startsWith("azurerm_")) return;
    if (!("tagsInput" in node)) return;
    const resource = node as TerraformResource & Taggable;
    const own = resource.tagsInput;
    if (own !== undefined && Token.isUnresolved(own)) return;
    const merged = mergeTags(this.tags, own);
    if (Object.keys(merged).length > 0) resource.tags = merged;
  }
}
