/**
 * The one place that configures the azurerm provider. Credentials never enter the JSON: azurerm 4
 * reads ARM_SUBSCRIPTION_ID / ARM_TENANT_ID / ARM_CLIENT_ID / ARM_USE_OIDC or the Azure CLI login.
 */
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { IConstruct } from "constructs";
import { stackProvider } from "./stack-provider";

export function addAzurermProvider(scope: IConstruct): AzurermProvider {
  return stackProvider(
    scope,
    "azurerm",
    (stack) =>
      new AzurermProvider(stack, "azurerm", {
        // Storage accounts are created and read through Azure Resource Manager only. Otherwise azurerm
        // also polls each account's queue and static-website data planes, which answer 403 to a runner
        // outside the VNet of an account that refuses public access (provider issues #20899, #33454).
        // We manage neither queue_properties nor static_website, which are all this switch turns off.
        features: [{ storage: [{ dataPlaneAvailable: false }] }],
        // Blob writes (the VHD copy) authenticate with Entra ID, not account keys: the accounts
        // this project creates refuse shared keys (docs/storage.md).
        storageUseAzuread: true,
      }),
  );
}
