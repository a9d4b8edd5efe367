/**
 * Refuses, at plan time, a configuration that drops a control-plane VM that exists: a lower
 * `controlPlane.count` would delete etcd members' machines without removing them from etcd, and
 * etcd counts the dead members (3 -> 1 loses quorum: the cluster stops). The synth cannot see what
 * exists; Terraform can: this data source lists the resource group's VMs when the plan is made, and
 * its postcondition fails the plan if one named like this cluster's control plane is no longer
 * declared. Adding nodes passes. To remove one on purpose, take it out of etcd first, delete the VM
 * (docs/iaas.md, "Day 2"), then apply the lower count.
 */
import { DataAzurermResources } from "@cdktf/provider-azurerm/lib/data-azurerm-resources";
import { Construct } from "constructs";

export interface ControlPlaneRemovalGuardProps {
  readonly resourceGroupName: string;
  /** The control-plane VMs' names all start with this, then the node index: `<cluster>-<env>-cp-`. */
  readonly namePrefix: string;
  /** The control-plane VMs the configuration declares. */
  readonly declaredNames: readonly string[];
}

export class ControlPlaneRemovalGuard extends Construct {
  public readonly existingVms: DataAzurermResources;

  constructor(scope: Construct, id: string, props: ControlPlaneRemovalGuardProps) {
    super(scope, id);
    // Derived names are lowercase letters, digits and hyphens: nothing to escape in a regular expression.
    const pattern = `^${props.namePrefix}[0-9]+$`;
    const declared = `[${props.declaredNames.map((n) => JSON.stringify(n)).join(", ")}]`;
    const dropped = `[for vm in self.resources : vm.name if length(regexall("${pattern}", vm.name)) > 0 && !contains(${declared}, vm.name)]`;
    this.existingVms = new DataAzurermResources(this, "Resource", {
      resourceGroupName: props.resourceGroupName,
      type: "Microsoft.Compute/virtualMachines",
      lifecycle: {
        postcondition: [
          {
            condition: `\${length(${dropped}) == 0}`,
            errorMessage:
              `\${join(", ", ${dropped})} exist but controlPlane.count no longer declares them: deleting a ` +
              `control-plane VM leaves its etcd member behind, and too many dead members stop the cluster. ` +
              `Remove each from etcd first (kubeadm reset on the node, then check etcdctl member list), ` +
              `delete the VM (az vm delete), then apply.`,
          },
        ],
      },
    });
  }
}
