/**
 * One instance of a provider per stack, under its own name, with the fully qualified source
 * (`hashicorp/<name>`): the prebuilt bindings write the bare name, and the qualified one reads the
 * same under Terraform and OpenTofu and matches what HCL modules declare.
 */
import { TerraformProvider, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";

export function stackProvider<T extends TerraformProvider>(
  scope: IConstruct,
  name: string,
  create: (stack: TerraformStack) => T,
): T {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(name);
  if (existing) return existing as T;
  const provider = create(stack);
  stack.addOverride(`terraform.required_providers.${name}.source`, `hashicorp/${name}`);
  return provider;
}
