/**
 * The outputs of an AKS stack, under names that stay put for people and pipelines reading this
 * stack's state (`terraform output`, Terraform Cloud remote state). The packs stack reads its own
 * cdktf cross-stack outputs, which cdktf adds next to these. Secrets are marked sensitive so plans and logs do not print them.
 */
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { addDescribedOutputs, OutputValue } from "../core/stack-outputs";
import { AksCluster } from "./aks-cluster";

/** Output name → what it holds. Topology-neutral names where an IaaS cluster has the same thing. */
export const AKS_OUTPUTS = {
  cluster_id: "Resource Manager id of the AKS cluster",
  cluster_name: "Name of the AKS cluster",
  api_server_fqdn: "FQDN of the Kubernetes API server (private FQDN for a private cluster)",
  api_server_url: "URL of the Kubernetes API server",
  oidc_issuer_url: "OIDC issuer URL, for workload identity federated credentials",
  kubelet_identity_object_id: "Object id of the kubelet identity, for AcrPull role assignments",
  cluster_ca_certificate: "Base64 cluster CA certificate",
  kube_config: "Kubeconfig of the cluster (with Entra ID: a kubelogin user config, no admin credentials)",
} as const;

export type AksOutputName = keyof typeof AKS_OUTPUTS;

/** Adds the outputs directly under `stack` so their names are exactly the keys of AKS_OUTPUTS. */
export function addAksOutputs(stack: Construct, cluster: AksCluster): Record<AksOutputName, TerraformOutput> {
  const values: Record<AksOutputName, OutputValue> = {
    cluster_id: { value: cluster.clusterId },
    cluster_name: { value: cluster.clusterName },
    api_server_fqdn: { value: cluster.apiServerFqdn },
    api_server_url: { value: cluster.apiEndpoint },
    oidc_issuer_url: { value: cluster.oidcIssuerUrl },
    kubelet_identity_object_id: { value: cluster.kubeletIdentityObjectId },
    cluster_ca_certificate: { value: cluster.clusterCaCertificate, sensitive: true },
    kube_config: { value: cluster.kubeConfigRaw, sensitive: true },
  };
  return addDescribedOutputs(stack, AKS_OUTPUTS, values);
}
