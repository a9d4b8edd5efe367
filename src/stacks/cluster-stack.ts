/**
 * What every cluster stack (`<env>-<cluster>`) has, whatever its type: the azurerm provider, the
 * backend, the resource group looked up, the ClusterNetwork, the tags on every resource. A
 * TypeScript caller builds AksClusterStack or IaasClusterStack with these props; the YAML app builds
 * the same stacks from environment files (src/app/environment-app.ts).
 */
import { Aspects, TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { NetworkInput } from "../azure/network-plan";
import { stackName } from "../azure/names";
import { Tags } from "../azure/tags";
import { ProxyInput } from "../azure/proxy-rules";
import { Zone } from "../azure/zones";
import { StackBackend } from "../core/backend";
import { KubeloginLogin, PacksTarget } from "../core/kubernetes-access";
import { ClusterNetwork } from "../network/cluster-network";
import { addAzurermProvider } from "../providers/azurerm";
import { addResourceGroup, ClusterResourceGroup } from "./resource-group";
import { addBackend } from "./stack-backend";
import { ReadableStack } from "./readable-stack";
import { DeletionProtection } from "./deletion-protection";
import { TagAspect } from "./tagging";

export interface ClusterStackProps {
  /** With clusterName, names the stack `<env>-<cluster>` and every Azure resource `<cluster>-<env>-<role>`. */
  readonly environmentName: string;
  /** Cluster name: the `<cluster>` of the stack and resource names. */
  readonly clusterName: string;
  /** Azure region of everything the stack creates. */
  readonly location: string;
  /** The existing resource group the cluster goes in (looked up by name). */
  readonly resourceGroupName: string;
  /** @default - local state, `state/<stack>.tfstate` */
  readonly backend?: StackBackend;
  /** On every taggable resource; a resource's own tags win. @default {} */
  readonly tags?: Tags;
  /** @default ["1", "2", "3"] */
  readonly zones?: readonly Zone[];
  /** @default - a new VNet (CAPZ's address plan), egress through load balancers */
  readonly network?: NetworkInput;
  /** Where the VNet came from when the cluster did not name it, for messages. @default - the cluster's own */
  readonly vnetOrigin?: string;
  /** @default - no proxy */
  readonly proxy?: ProxyInput;
  /**
   * `prevent_destroy` on what cannot be recreated: the cluster, its control-plane VMs, disks, storage
   * account and log workspace (DeletionProtection). @default false
   */
  readonly deletionProtection?: boolean;
}

/** What a cluster stack's type adds to the network. */
export interface ClusterNetworkNeeds {
  /** The control plane runs on VMs in the VNet (IaaS). */
  readonly selfHostedControlPlane: boolean;
  /** Service endpoints on the subnets this stack creates. @default [] */
  readonly serviceEndpoints?: readonly string[];
}

export abstract class ClusterStack extends ReadableStack {
  public readonly resourceGroup: ClusterResourceGroup;
  public readonly network: ClusterNetwork;

  protected constructor(scope: Construct, props: ClusterStackProps, needs: ClusterNetworkNeeds) {
    const name = stackName(props.environmentName, props.clusterName);
    super(scope, name);
    addAzurermProvider(this);
    addBackend(this, props.backend ?? { type: "local" }, name);
    this.resourceGroup = addResourceGroup(this, props.resourceGroupName);
    if (props.deletionProtection) Aspects.of(this).add(new DeletionProtection());
    this.network = new ClusterNetwork(this, "network", {
      ...props.network,
      clusterName: props.clusterName,
      environmentName: props.environmentName,
      location: props.location,
      resourceGroupName: this.resourceGroup.name,
      zones: props.zones,
      selfHostedControlPlane: needs.selfHostedControlPlane,
      proxied: props.proxy !== undefined,
      vnetOrigin: props.vnetOrigin,
      serviceEndpoints: needs.serviceEndpoints ?? [],
    });
    if (this.network.egressPublicIps !== undefined) {
      new TerraformOutput(this, "egress_public_ips", {
        value: this.network.egressPublicIps,
        description:
          "Where the nodes' internet traffic leaves from (the NAT gateway's IPs, or your " +
          "firewall's egressAddresses), for allow-lists.",
      });
    }
    Aspects.of(this).add(new TagAspect(props.tags ?? {}));
  }

  /** What a packs stack points its kubernetes provider at. */
  public abstract packsTarget(login: KubeloginLogin): PacksTarget;
}
