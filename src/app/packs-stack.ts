/**
 * `<env>-<cluster>-packs`: the pack namespaces of one cluster, through the kubernetes provider.
 * A stack of its own because the provider must be configured from the cluster stack's outputs
 * (cross-stack references), not from resources planned in the same run.
 */
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { packsStackName } from "../azure/names";
import { ApiServerReady } from "../packs/api-server-ready";
import { PackNamespaces } from "../packs/pack-namespaces";
import { KubernetesAccess } from "../packs/kubernetes-access";
import { addKubernetesProvider } from "../providers/kubernetes";
import { ClusterSpec, EnvironmentSpec } from "../spec/schema/environment";
import { addBackend } from "./backend";

export interface PacksStackProps {
  readonly environment: EnvironmentSpec;
  readonly cluster: ClusterSpec;
  /** The API server and credentials, usually references into the cluster's stack. */
  readonly access: KubernetesAccess;
  /** The cluster's stack, applied first. */
  readonly clusterStack?: TerraformStack;
}

export class PacksStack extends TerraformStack {
  public readonly namespaces: PackNamespaces;

  constructor(scope: Construct, props: PacksStackProps) {
    const name = packsStackName(props.environment.name, props.cluster.name);
    super(scope, name);
    addBackend(this, props.environment.backend, name);
    addKubernetesProvider(this, props.access);
    // IaaS clusters finish booting after their stack is applied: wait for their API server.
    const credentials = props.access.credentials;
    const ready = props.access.startsAfterApply && credentials.kind === "clientCertificate" ? new ApiServerReady(this, "api_server", { ...props.access, credentials }) : undefined;
    this.namespaces = new PackNamespaces(this, "packs", { packs: props.cluster.packs, dependsOn: ready ? [ready.check] : [] });
    // Readable addresses: kubernetes_namespace_v1.<namespace>.
    for (const [namespace, resource] of this.namespaces.namespaces) resource.overrideLogicalId(namespace);
    if (props.clusterStack) this.addDependency(props.clusterStack);
  }
}
