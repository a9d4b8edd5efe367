/** The one place that configures the http provider (packs stacks: waiting for an API server). */
import { HttpProvider } from "@cdktf/provider-http/lib/provider";
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";

export function addHttpProvider(scope: Construct): HttpProvider {
  const provider = new HttpProvider(scope, "http");
  TerraformStack.of(scope).addOverride("terraform.required_providers.http.source", "hashicorp/http");
  return provider;
}
