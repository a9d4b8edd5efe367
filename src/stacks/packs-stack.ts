/**
 * `<env>-<cluster>-packs`: the pack namespaces of one cluster, through the kubernetes provider.
 * A stack of its own because the provider must be configured from a cluster that exists before the
 * plan: an AKS cluster looked up through the Azure API, or the outputs of an IaaS cluster's stack
 * (cross-stack references), never resources planned in the same run.
 */
import { Annotations, Fn, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { ReadableStack } from "./readable-stack";
import { packsStackName } from "../azure/names";
import { ApiServerReady } from "../packs/api-server-ready";
import { PackLayer, PackNamespaces } from "../packs/pack-namespaces";
import { AksLookup } from "../packs/aks-lookup";
import { KubernetesAccess, PacksTarget } from "../core/kubernetes-access";
import { addKubernetesProvider } from "../providers/kubernetes";
import { StackBackend } from "../core/backend";
import { IaasOutputName } from "../iaas/iaas-outputs";
import { addBackend, stackExecution } from "./stack-backend";
import { readStackState } from "./stack-outputs-reader";

export interface PacksStackProps {
  /** With clusterName, names the stack `<env>-<cluster>-packs`. */
  readonly environmentName: string;
  /** Cluster name: the `<cluster>` of the stack name. */
  readonly clusterName: string;
  /** @default - local state, `state/<stack>.tfstate` */
  readonly backend?: StackBackend;
  /** The pack layers whose namespaces this stack creates. */
  readonly packs: readonly PackLayer[];
  /** The cluster: an AKS cluster to look up, or access as references into the cluster's stack. */
  readonly target: PacksTarget;
  /** The cluster's stack, applied first. @default - none: no dependency on another stack */
  readonly clusterStack?: TerraformStack;
}

/** How this stack reaches the target's API server. */
function clusterAccess(scope: Construct, target: PacksTarget): KubernetesAccess {
  switch (target.kind) {
    case "aks":
      return new AksLookup(scope, "aks", target).access;
    case "iaasStackOutputs": {
      const state = readStackState(scope, "cluster", target);
      const output = (name: IaasOutputName) => state.getString(name);
      return {
        host: output("api_server_url"),
        clusterCaCertificate: Fn.base64decode(output("cluster_ca_certificate")),
        credentials: {
          kind: "clientCertificate",
          clientCertificate: output("admin_client_certificate"),
          clientKey: output("admin_client_key"),
        },
        // kubeadm and the CNI come up minutes after the VMs: wait for the API server.
        startsAfterApply: true,
      };
    }
    case "access":
      return target.access;
  }
}

export class PacksStack extends ReadableStack {
  public readonly namespaces: PackNamespaces;

  constructor(scope: Construct, props: PacksStackProps) {
    const name = packsStackName(props.environmentName, props.clusterName);
    super(scope, name);
    const backend = props.backend ?? { type: "local" };
    addBackend(this, backend, name, "packs");
    const access = clusterAccess(this, props.target);
    addKubernetesProvider(this, access);
    if (
      access.credentials.kind === "kubelogin" &&
      access.credentials.login === "azurecli" &&
      stackExecution(backend, "packs") === "agent"
    ) {
      Annotations.of(this).addWarning(
        "kubelogin --login azurecli on an HCP Terraform agent needs an Azure CLI login " +
          "there: set kubeloginLogin: msi (agents on Azure with a managed identity) or " +
          "workloadidentity",
      );
    }
    // IaaS clusters finish booting after their stack is applied: wait for their API server.
    const credentials = access.credentials;
    const ready =
      access.startsAfterApply && credentials.kind === "clientCertificate"
        ? new ApiServerReady(this, "api_server", { ...access, credentials })
        : undefined;
    this.namespaces = new PackNamespaces(this, "packs", {
      packs: props.packs,
      dependsOn: ready ? [ready.check] : [],
    });
    if (props.clusterStack) this.addDependency(props.clusterStack);
  }
}
