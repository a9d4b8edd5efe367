/**
 * A pool of worker nodes: one Linux VM scale set in the worker subnet, instances spread over
 * the pool's zones, no public IPs. Every instance runs the pool's bootstrap (`kubeadm join`)
 * at first boot, so scaling out in Terraform adds nodes to the cluster.
 */
import { LinuxVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set";
import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { resourceName } from "../azure/names";
import { commonNodeAttributes, NodeSettings, OsDiskSettings } from "./node-settings";

export interface WorkerPoolProps {
  readonly clusterName: string;
  readonly environmentName: string;
  readonly location: string;
  readonly resourceGroupName: string;
  readonly poolName: string;
  readonly subnetId: string;
  readonly count: number;
  readonly vmSize: string;
  readonly zones: readonly string[];
  readonly osDisk: OsDiskSettings;
  readonly node: NodeSettings;
  readonly customData: string;
  /** What gives instances egress (NAT gateway and NSG associations, the egress outbound rule): they install packages at first boot. */
  readonly egressDependencies?: readonly ITerraformDependable[];
  /** With egress loadBalancer: the egress load balancer's backend pool. @default - none */
  readonly egressBackendPoolId?: string;
}

export class WorkerPool extends Construct {
  public readonly scaleSet: LinuxVirtualMachineScaleSet;

  constructor(scope: Construct, id: string, props: WorkerPoolProps) {
    super(scope, id);
    const name = resourceName(props.clusterName, props.environmentName, props.poolName);
    this.scaleSet = new LinuxVirtualMachineScaleSet(this, "scale_set", {
      ...commonNodeAttributes(props.node, props.osDisk),
      name,
      location: props.location,
      resourceGroupName: props.resourceGroupName,
      sku: props.vmSize,
      instances: props.count,
      zones: [...props.zones],
      // Node names: <cluster>-<env>-<pool>-<instance id>.
      computerNamePrefix: `${name}-`,
      // Overprovisioned extra VMs would boot, join the cluster and then vanish as dead nodes.
      overprovision: false,
      // Model changes (image, bootstrap) reach new instances; existing nodes are upgraded by you.
      upgradeMode: "Manual",
      networkInterface: [
        {
          name: "nic",
          primary: true,
          // No public_ip_address block: instances reach the internet through the worker subnet's egress.
          ipConfiguration: [
            {
              name: "ipconfig",
              primary: true,
              subnetId: props.subnetId,
              loadBalancerBackendAddressPoolIds: props.egressBackendPoolId ? [props.egressBackendPoolId] : undefined,
            },
          ],
        },
      ],
      customData: props.customData,
      // Nothing here uses VM extensions (Run Command among them). No identity: any pod reaches the metadata service.
      extensionOperationsEnabled: false,
      dependsOn: props.egressDependencies?.length ? [...props.egressDependencies] : undefined,
    });
  }
}
