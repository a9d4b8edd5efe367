/**
 * The control-plane VMs of an IaaS cluster: one NIC each in the control-plane subnet (no public
 * IP), in the backend pools of the public and the internal API load balancer, one VM each in its
 * zone. Node 0 runs `kubeadm init`; the others join it.
 */
import { LinuxVirtualMachine } from "@cdktf/provider-azurerm/lib/linux-virtual-machine";
import { NetworkInterface } from "@cdktf/provider-azurerm/lib/network-interface";
import { NetworkInterfaceBackendAddressPoolAssociation } from "@cdktf/provider-azurerm/lib/network-interface-backend-address-pool-association";
import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { resourceName } from "../azure/names";
import { ControlPlaneRemovalGuard } from "./control-plane-removal-guard";
import { commonNodeAttributes, NodeSettings, OsDiskSettings } from "./node-settings";

export const IP_CONFIGURATION_NAME = "ipconfig";

export interface ControlPlaneProps {
  readonly clusterName: string;
  readonly environmentName: string;
  readonly location: string;
  readonly resourceGroupName: string;
  readonly subnetId: string;
  readonly backendAddressPoolId: string;
  /** The internal API load balancer's pool, which the other nodes reach the API server through. */
  readonly internalBackendAddressPoolId: string;
  /** What gives the nodes egress (the load balancer's outbound rule): it must exist before they boot. */
  readonly egressDependencies?: readonly ITerraformDependable[];
  readonly vmSize: string;
  readonly osDisk: OsDiskSettings;
  /** The zone of each node, in order; its length is the node count. */
  readonly nodeZones: readonly string[];
  readonly node: NodeSettings;
  /** Custom data of node 0 (`kubeadm init`). */
  readonly initCustomData: string;
  /** Custom data of the other nodes (`kubeadm join --control-plane`). */
  readonly joinCustomData: string;
  /** The cloud provider's user-assigned identity: the control-plane nodes run what uses it. */
  readonly identityId: string;
  /** Its role assignments: in place before the nodes boot and the cloud provider starts. @default [] */
  readonly identityDependencies?: readonly ITerraformDependable[];
}

export class ControlPlane extends Construct {
  public readonly vms: LinuxVirtualMachine[] = [];
  public readonly nics: NetworkInterface[] = [];
  /** Fails the plan when a control-plane VM that exists is no longer declared. */
  public readonly removalGuard: ControlPlaneRemovalGuard;

  constructor(scope: Construct, id: string, props: ControlPlaneProps) {
    super(scope, id);
    props.nodeZones.forEach((zone, i) => {
      const name = resourceName(props.clusterName, props.environmentName, `cp-${i}`);
      const placement = { location: props.location, resourceGroupName: props.resourceGroupName };
      const nic = new NetworkInterface(this, `nic_${i}`, {
        ...placement,
        name: `${name}-nic`,
        // No public_ip_address_id: nodes are reached through the load balancer only.
        ipConfiguration: [
          {
            name: IP_CONFIGURATION_NAME,
            subnetId: props.subnetId,
            privateIpAddressAllocation: "Dynamic",
            primary: true,
          },
        ],
      });
      const poolMembers = [props.backendAddressPoolId, props.internalBackendAddressPoolId].map(
        (backendAddressPoolId, p) =>
          new NetworkInterfaceBackendAddressPoolAssociation(
            this,
            p === 0 ? `api_pool_${i}` : `api_internal_pool_${i}`,
            {
              networkInterfaceId: nic.id,
              ipConfigurationName: IP_CONFIGURATION_NAME,
              backendAddressPoolId,
            },
          ),
      );
      const common = commonNodeAttributes(props.node, props.osDisk);
      const vm = new LinuxVirtualMachine(this, `vm_${i}`, {
        ...placement,
        ...common,
        name,
        computerName: name,
        size: props.vmSize,
        zone,
        networkInterfaceIds: [nic.id],
        osDisk: { ...common.osDisk, name: `${name}-osdisk` },
        customData: i === 0 ? props.initCustomData : props.joinCustomData,
        identity: { type: "UserAssigned", identityIds: [props.identityId] },
        // Nothing here uses VM extensions (Run Command among them): nobody gets that way in.
        allowExtensionOperations: false,
        // cloud-init installs packages at first boot: the node must already be in the pool the outbound rule serves.
        dependsOn: [...poolMembers, ...(props.egressDependencies ?? []), ...(props.identityDependencies ?? [])],
        lifecycle: {
          // Read once at first boot; a change would replace the VM and with it an etcd member,
          // or all of them at once. Upgrades are a kubeadm (day-2) job; rotate SSH keys in place.
          ignoreChanges: ["custom_data", "source_image_id", "source_image_reference", "admin_ssh_key"],
        },
      });
      this.nics.push(nic);
      this.vms.push(vm);
    });
    this.removalGuard = new ControlPlaneRemovalGuard(this, "removal_guard", {
      resourceGroupName: props.resourceGroupName,
      namePrefix: resourceName(props.clusterName, props.environmentName, "cp-"),
      declaredNames: props.nodeZones.map((_, i) => resourceName(props.clusterName, props.environmentName, `cp-${i}`)),
    });
  }
}
