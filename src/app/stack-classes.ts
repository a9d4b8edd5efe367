/**
 * The stack classes of a cluster type, loaded when a selected cluster first needs them: a synthesis of
 * IaaS clusters never loads the AKS stack and its provider bindings, one of AKS clusters never loads
 * the VM, load balancer and certificate bindings, one without packs never loads the kubernetes
 * provider's. (Imported at the top, every module of every type would load on every run.)
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import type { AksClusterStack } from "../stacks/aks-cluster-stack";
import type { IaasClusterStack } from "../stacks/iaas-cluster-stack";
import type { PacksStack } from "../stacks/packs-stack";

export const aksClusterStackClass = (): typeof AksClusterStack =>
  (require("../stacks/aks-cluster-stack") as typeof import("../stacks/aks-cluster-stack")).AksClusterStack;

export const iaasClusterStackClass = (): typeof IaasClusterStack =>
  (require("../stacks/iaas-cluster-stack") as typeof import("../stacks/iaas-cluster-stack")).IaasClusterStack;

export const packsStackClass = (): typeof PacksStack =>
  (require("../stacks/packs-stack") as typeof import("../stacks/packs-stack")).PacksStack;
