/**
 * The one place that configures the random provider (hashicorp/random): generated values such as
 * the kubeadm bootstrap token exist only at apply and in state, never in the synthesized JSON.
 */
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { IConstruct } from "constructs";
import { stackProvider } from "./stack-provider";

/** The stack's random provider, added on first use so every construct that needs it can ask. */
export function randomProviderFor(scope: IConstruct): RandomProvider {
  return stackProvider(scope, "random", (stack) => new RandomProvider(stack, "random", {}));
}
