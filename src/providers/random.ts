/**
 * The one place that configures the random provider (hashicorp/random): generated values such as
 * the kubeadm bootstrap token exist only at apply and in state, never in the synthesized JSON.
 */
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";

const ID = "random";

/** The stack's random provider, added on first use so every construct that needs it can ask. */
export function randomProviderFor(scope: IConstruct): RandomProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(ID);
  if (existing instanceof RandomProvider) return existing;
  const provider = new RandomProvider(stack, ID, {});
  // Fully qualified, as for every provider here: the same under Terraform and OpenTofu.
  stack.addOverride("terraform.required_providers.random.source", "hashicorp/random");
  return provider;
}
