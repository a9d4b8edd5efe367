/**
 * The one place that configures the tls provider (hashicorp/tls): keys and certificates (the
 * cluster CA, the admin client certificate) are generated at apply and kept in state only.
 */
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { IConstruct } from "constructs";
import { stackProvider } from "./stack-provider";

/** The stack's tls provider, added on first use. */
export function tlsProviderFor(scope: IConstruct): TlsProvider {
  return stackProvider(scope, "tls", (stack) => new TlsProvider(stack, "tls", {}));
}
