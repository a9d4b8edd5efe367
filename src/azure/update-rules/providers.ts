/** The provider releases the update rules were read at. azurerm matches the pinned provider; the others match the project's bindings. */
import type { ProviderSource } from "./types";

export const AZURERM: ProviderSource = {
  source: "hashicorp/azurerm",
  repository: "hashicorp/terraform-provider-azurerm",
  tag: "v4.55.0",
};
export const RANDOM: ProviderSource = {
  source: "hashicorp/random",
  repository: "hashicorp/terraform-provider-random",
  tag: "v3.7.2",
};
export const TLS: ProviderSource = {
  source: "hashicorp/tls",
  repository: "hashicorp/terraform-provider-tls",
  tag: "v4.1.0",
};
export const KUBERNETES: ProviderSource = {
  source: "hashicorp/kubernetes",
  repository: "hashicorp/terraform-provider-kubernetes",
  tag: "v2.38.0",
};
// time and tfe are not used by the project yet: read at their newest release tags in the snapshot.
export const TIME: ProviderSource = {
  source: "hashicorp/time",
  repository: "hashicorp/terraform-provider-time",
  tag: "v0.14.0",
};
export const TFE: ProviderSource = {
  source: "hashicorp/tfe",
  repository: "hashicorp/terraform-provider-tfe",
  tag: "v0.80.0",
};
