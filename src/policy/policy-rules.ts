/** Every rule of the policy suite, in the order docs/policy.md and the output list them. */
import { AKS_RULES } from "./aks-policy";
import { NSG_RULES } from "./nsg-policy";
import { PolicyRule } from "./policy-rule";
import { PUBLIC_ENDPOINT_RULES } from "./public-endpoint-policy";
import { SECRET_RULES } from "./secret-policy";
import { STORAGE_RULES } from "./storage-policy";
import { VM_RULES } from "./vm-policy";

export const POLICY_RULES: readonly PolicyRule[] = [
  ...STORAGE_RULES,
  ...AKS_RULES,
  ...NSG_RULES,
  ...VM_RULES,
  ...PUBLIC_ENDPOINT_RULES,
  ...SECRET_RULES,
];
