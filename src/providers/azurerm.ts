/**
 * The one place that configures the azurerm provider. Credentials never enter the JSON: azurerm 4
 * reads ARM_SUBSCRIPTION_ID / ARM_TENANT_ID / ARM_CLIENT_ID / ARM_USE_OIDC or the Azure CLI login.
 */
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { IConstruct } from "constructs";
import { stackProvider } from "./stack-provider";

export function addAzurermProvider(scope: IConstruct): AzurermProvider {
  return stackProvider(scope, "azurerm", (stack) => new AzurermProvider(stack, "azurerm", { features: [{}] }));
}
