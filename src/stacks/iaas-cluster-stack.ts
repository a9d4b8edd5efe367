/** `<env>-<cluster>` of an IaaS cluster: the network, the cluster storage, the cluster and its outputs. */
import { Construct } from "constructs";
import { IaasInput } from "../azure/iaas-plan";
import { defaultStorageAccountName } from "../azure/storage-names";
import { managesAccountNetworkRules, resolveStoragePlan, StorageInput } from "../azure/storage-plan";
import { StackBackend } from "../core/backend";
import { KubeloginLogin, PacksTarget } from "../core/kubernetes-access";
import { IaasCluster } from "../iaas/iaas-cluster";
import { addIaasOutputs } from "../iaas/iaas-outputs";
import { ClusterStorage } from "../storage/cluster-storage";
import { ClusterStack, ClusterStackProps } from "./cluster-stack";

export interface IaasClusterStackProps extends ClusterStackProps, Omit<IaasInput, "zones"> {
  /** Where the base VHD and boot diagnostics go. @default - a new, public account, named from the cluster */
  readonly storage?: StorageInput;
}

export class IaasClusterStack extends ClusterStack {
  public readonly storage: ClusterStorage;
  public readonly cluster: IaasCluster;
  private readonly backend?: StackBackend;

  constructor(scope: Construct, props: IaasClusterStackProps) {
    const storageInput = props.storage ?? {};
    // A storage account whose network rules allow the cluster subnets needs their service endpoint.
    const storageRules = managesAccountNetworkRules(resolveStoragePlan(storageInput));
    super(scope, props, {
      selfHostedControlPlane: true,
      serviceEndpoints: storageRules ? ["Microsoft.Storage"] : [],
    });
    const { clusterName, environmentName, location } = props;
    const account = storageInput.account ?? {};
    this.storage = new ClusterStorage(this, "storage", {
      ...storageInput,
      account: {
        ...account,
        // Derived from the resource group's name as written, not the reference the stack uses.
        name:
          account.name ??
          (account.existing
            ? undefined
            : defaultStorageAccountName(environmentName, clusterName, props.resourceGroupName)),
      },
      clusterName,
      environmentName,
      location,
      resourceGroupName: this.resourceGroup.name,
      network: this.network,
    });
    // The VHD copy is the one blob write; without shared keys the runner needs a data role for it.
    if (props.image?.vhdUri !== undefined) this.storage.grantRunnerBlobWrites();
    this.cluster = new IaasCluster(this, "iaas", {
      clusterName,
      environmentName,
      location,
      resourceGroupName: this.resourceGroup.name,
      resourceGroupId: this.resourceGroup.id,
      kubernetesVersion: props.kubernetesVersion,
      zones: props.zones,
      network: this.network,
      storage: this.storage,
      sshPublicKey: props.sshPublicKey,
      adminUsername: props.adminUsername,
      controlPlane: props.controlPlane,
      workerPools: props.workerPools,
      image: props.image,
      apiServer: props.apiServer,
      clusterNetwork: props.clusterNetwork,
      encryptionAtHost: props.encryptionAtHost,
      proxy: props.proxy,
    });
    addIaasOutputs(this, this.cluster);
    this.backend = props.backend;
  }

  /** The admin client certificate from the bootstrap (no Entra ID on self-managed clusters), read from this stack's outputs. */
  public packsTarget(_login: KubeloginLogin): PacksTarget {
    return { kind: "iaasStackOutputs", stackName: this.node.id, backend: this.backend };
  }
}
