/**
 * `<env>-<cluster>-packs`: the pack namespaces of one cluster, through the kubernetes provider.
 * A stack of its own because the provider must be configured from a cluster that exists before the
 * plan: an AKS cluster looked up through the Azure API, or the outputs of an IaaS cluster's stack
 * (cross-stack references), never resources planned in the same run.
 */
import { Annotations, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { packsStackName } from "../azure/names";
import { ApiServerReady } from "../packs/api-server-ready";
import { PackNamespaces } from "../packs/pack-namespaces";
import { AksLookup } from "../packs/aks-lookup";
import { KubernetesAccess, PacksTarget } from "../packs/kubernetes-access";
import { addKubernetesProvider } from "../providers/kubernetes";
import { ClusterSpec, EnvironmentSpec } from "../config/schema/environment";
import { addBackend, stackExecution } from "./backend";

export interface PacksStackProps {
  readonly environment: EnvironmentSpec;
  readonly cluster: ClusterSpec;
  /** The cluster: an AKS cluster to look up, or access as references into the cluster's stack. */
  readonly target: PacksTarget;
  /** The cluster's stack, applied first. */
  readonly clusterStack?: TerraformStack;
}

export class PacksStack extends TerraformStack {
  public readonly namespaces: PackNamespaces;

  constructor(scope: Construct, props: PacksStackProps) {
    const name = packsStackName(props.environment.name, props.cluster.name);
    super(scope, name);
    addBackend(this, props.environment.backend, name, "packs");
    const access: KubernetesAccess =
      props.target.kind === "aks" ? new AksLookup(this, "aks", props.target).access : props.target.access;
    addKubernetesProvider(this, access);
    if (
      access.credentials.kind === "kubelogin" &&
      access.credentials.login === "azurecli" &&
      stackExecution(props.environment.backend, "packs") === "agent"
    ) {
      Annotations.of(this).addWarning(
        "kubelogin --login azurecli on an HCP Terraform agent needs an Azure CLI login there: set kubeloginLogin: msi (agents on Azure with a managed identity) or workloadidentity",
      );
    }
    // IaaS clusters finish booting after their stack is applied: wait for their API server.
    const credentials = access.credentials;
    const ready =
      access.startsAfterApply && credentials.kind === "clientCertificate"
        ? new ApiServerReady(this, "api_server", { ...access, credentials })
        : undefined;
    this.namespaces = new PackNamespaces(this, "packs", {
      packs: props.cluster.packs,
      dependsOn: ready ? [ready.check] : [],
    });
    // Readable addresses: kubernetes_namespace_v1.<namespace>.
    for (const [namespace, resource] of this.namespaces.namespaces) resource.overrideLogicalId(namespace);
    if (props.clusterStack) this.addDependency(props.clusterStack);
  }
}
