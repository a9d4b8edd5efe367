/**
 * How the packs stack reaches a cluster's API server: values, or references into the packs stack
 * (to the cluster's outputs read from its state, or to an AKS cluster looked up by name).
 */
import type { StackBackend } from "./backend";
export interface KubernetesAccess {
  /** `https://<endpoint>:<port>` */
  readonly host: string;
  /** PEM of the cluster CA. */
  readonly clusterCaCertificate: string;
  /** How the client authenticates to the API server. */
  readonly credentials: KubernetesCredentials;
  /**
   * The API server comes up after its stack is applied (IaaS: kubeadm runs at first boot), so
   * whoever uses it first waits for `/readyz`. @default false (AKS is up when its resource is)
   */
  readonly startsAfterApply?: boolean;
}

export type KubernetesCredentials =
  /** An admin client certificate (IaaS bootstrap, AKS with local accounts). PEM. */
  | {
      /** Selects client-certificate authentication. */
      readonly kind: "clientCertificate";
      /** PEM of the client certificate. */
      readonly clientCertificate: string;
      /** PEM of the client certificate's private key. */
      readonly clientKey: string;
    }
  /** Entra ID (AAD) through kubelogin, for AKS clusters with local accounts disabled. */
  | {
      /** Selects kubelogin (`kubelogin get-token`) authentication. */
      readonly kind: "kubelogin";
      /** kubelogin's `--login` mode. */
      readonly login: KubeloginLogin;
    };

/**
 * What a packs stack is pointed at. An AKS cluster is looked up through the Azure API by name
 * (`data.azurerm_kubernetes_cluster`): no remote state of the cluster's stack, so no Terraform Cloud
 * remote-state sharing. An IaaS cluster's stack is read through its state: its outputs
 * `api_server_url`, `cluster_ca_certificate`, `admin_client_certificate`, `admin_client_key`. Any other
 * cluster comes with its access (values, or references into the same stack).
 */
export type PacksTarget =
  | {
      /** An AKS cluster, looked up by name. */
      readonly kind: "aks";
      /** Name of the AKS cluster resource. */
      readonly clusterName: string;
      /** Resource group of the AKS cluster. */
      readonly resourceGroupName: string;
      /** Entra ID with local accounts off: kubelogin; else the kubeconfig's client certificate. */
      readonly entraId: boolean;
      /** kubelogin's `--login` mode, used when `entraId`. */
      readonly login: KubeloginLogin;
    }
  | {
      /** An IaaS cluster, read from its stack's state. */
      readonly kind: "iaasStackOutputs";
      /** The IaaS cluster's stack, `<env>-<cluster>`. */
      readonly stackName: string;
      /** Backend the cluster's stack keeps its state in. @default - local state, `state/<stack>.tfstate` */
      readonly backend?: StackBackend;
    }
  | {
      /** Any other cluster, with its access given. */
      readonly kind: "access";
      /** Host, CA and credentials of the API server: values, or references into the packs stack. */
      readonly access: KubernetesAccess;
    };

/** kubelogin `--login` modes that work without a person at a browser, plus the Azure CLI's. */
export const KUBELOGIN_LOGINS = ["azurecli", "workloadidentity", "spn", "msi", "azd"] as const;
export type KubeloginLogin = (typeof KUBELOGIN_LOGINS)[number];

/** Application id of the AKS AAD server (the same in every tenant), the audience of kubelogin's tokens. */
export const AKS_AAD_SERVER_ID = "6dae42f8-4368-4678-94ff-3960e28e3630";
