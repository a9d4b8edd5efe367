/**
 * An AKS cluster as a packs stack finds it: through the Azure API by name, like `az aks
 * get-credentials`, so the packs stack needs no remote state of the cluster's stack (and no
 * remote-state sharing between Terraform Cloud workspaces). Reading the kubeconfig needs the AKS
 * "Cluster User" role (listClusterUserCredential) for whoever runs the stack.
 */
import { DataAzurermKubernetesCluster } from "@cdktf/provider-azurerm/lib/data-azurerm-kubernetes-cluster";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { addAzurermProvider } from "../providers/azurerm";
import { KubeloginLogin, KubernetesAccess } from "../core/kubernetes-access";

export interface AksLookupProps {
  readonly clusterName: string;
  readonly resourceGroupName: string;
  /** Entra ID with local accounts off: kubelogin; else the kubeconfig's client certificate. */
  readonly entraId: boolean;
  readonly login: KubeloginLogin;
}

export class AksLookup extends Construct {
  public readonly cluster: DataAzurermKubernetesCluster;
  public readonly access: KubernetesAccess;

  constructor(scope: Construct, id: string, props: AksLookupProps) {
    super(scope, id);
    addAzurermProvider(this);
    this.cluster = new DataAzurermKubernetesCluster(this, "cluster", {
      name: props.clusterName,
      resourceGroupName: props.resourceGroupName,
    });
    const kubeConfig = this.cluster.kubeConfig.get(0);
    this.access = {
      // The kubeconfig's server: the private FQDN for a private cluster.
      host: kubeConfig.host,
      clusterCaCertificate: Fn.base64decode(kubeConfig.clusterCaCertificate),
      credentials: props.entraId
        ? { kind: "kubelogin", login: props.login }
        : {
            kind: "clientCertificate",
            clientCertificate: Fn.base64decode(kubeConfig.clientCertificate),
            clientKey: Fn.base64decode(kubeConfig.clientKey),
          },
    };
  }
}
