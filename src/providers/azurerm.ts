/**
 * The one place that configures the azurerm provider. Credentials never enter the JSON: azurerm 4
 * reads ARM_SUBSCRIPTION_ID / ARM_TENANT_ID / ARM_CLIENT_ID / ARM_USE_OIDC or the Azure CLI login.
 */
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";

export function addAzurermProvider(scope: Construct): AzurermProvider {
  const provider = new AzurermProvider(scope, "azurerm", { features: [{}] });
  // The binding writes the bare "azurerm"; the fully qualified source reads the same under
  // Terraform and OpenTofu and matches what HCL modules declare.
  TerraformStack.of(scope).addOverride("terraform.required_providers.azurerm.source", "hashicorp/azurerm");
  return provider;
}
