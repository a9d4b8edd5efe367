/** The one place that configures the http provider (packs stacks: waiting for an API server). */
import { HttpProvider } from "@cdktf/provider-http/lib/provider";
import { IConstruct } from "constructs";
import { stackProvider } from "./stack-provider";

export function addHttpProvider(scope: IConstruct): HttpProvider {
  return stackProvider(scope, "http", (stack) => new HttpProvider(stack, "http"));
}
