/**
 * The one place that configures the tls provider (hashicorp/tls): keys and certificates (the
 * cluster CA, the admin client certificate) are generated at apply and kept in state only.
 */
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";

const ID = "tls";

/** The stack's tls provider, added on first use. */
export function tlsProviderFor(scope: IConstruct): TlsProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(ID);
  if (existing instanceof TlsProvider) return existing;
  const provider = new TlsProvider(stack, ID, {});
  stack.addOverride("terraform.required_providers.tls.source", "hashicorp/tls");
  return provider;
}
