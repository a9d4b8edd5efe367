/** `<env>-<cluster>` of an AKS cluster: the network, the cluster and its outputs. */
import { Construct } from "constructs";
import { AksClusterDesign } from "../azure/aks-model";
import { aksClusterName } from "../azure/names";
import { KubeloginLogin, PacksTarget } from "../core/kubernetes-access";
import { AksCluster } from "../aks/aks-cluster";
import { addAksOutputs } from "../aks/aks-outputs";
import { ClusterStack, ClusterStackProps } from "./cluster-stack";

export interface AksClusterStackProps extends ClusterStackProps, Omit<AksClusterDesign, "name" | "zones" | "proxy"> {
  /** The Azure name of the cluster. @default `<cluster>-<env>-aks` */
  readonly name?: string;
}

export class AksClusterStack extends ClusterStack {
  public readonly cluster: AksCluster;
  private readonly literalNames: { readonly clusterName: string; readonly resourceGroupName: string };

  constructor(scope: Construct, props: AksClusterStackProps) {
    super(scope, props, { selfHostedControlPlane: false });
    const {
      clusterName,
      environmentName,
      location,
      backend: _backend,
      tags: _tags,
      network: _network,
      vnetOrigin: _origin,
      ...design
    } = props;
    const name = props.name ?? aksClusterName(clusterName, environmentName);
    this.cluster = new AksCluster(this, "aks", {
      ...design,
      name,
      location,
      resourceGroupName: this.resourceGroup.name,
      network: this.network,
    });
    addAksOutputs(this, this.cluster);
    this.literalNames = { clusterName: name, resourceGroupName: props.resourceGroupName };
  }

  /** Literal names: the packs stack finds the cluster through the Azure API, not this stack's state. */
  public packsTarget(login: KubeloginLogin): PacksTarget {
    return { kind: "aks", ...this.literalNames, entraId: this.cluster.entraIdEnabled, login };
  }
}
