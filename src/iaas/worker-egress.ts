/**
 * Internet egress of an IaaS cluster's workers with egress `loadBalancer`: a Standard public load
 * balancer whose outbound rule translates the workers' flows to zone-redundant public IPs, so
 * egress survives the loss of a zone (a NAT gateway would not: it lives in one). The scale sets'
 * NICs join its backend pool, named after the cluster as cloud-provider-azure names its pools.
 */
import { Lb } from "@cdktf/provider-azurerm/lib/lb";
import { LbBackendAddressPool } from "@cdktf/provider-azurerm/lib/lb-backend-address-pool";
import { LbOutboundRule } from "@cdktf/provider-azurerm/lib/lb-outbound-rule";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Construct } from "constructs";
import { OutboundPlan } from "../azure/network-plan";
import { resourceName } from "../azure/names";
import { WORKER_OUTBOUND_PORTS } from "../azure/outbound-ports";
import { AVAILABILITY_ZONES } from "../azure/zones";

export interface WorkerEgressProps {
  readonly clusterName: string;
  readonly environmentName: string;
  readonly location: string;
  readonly resourceGroupName: string;
  readonly settings: OutboundPlan;
}

export class WorkerEgress extends Construct {
  public readonly loadBalancer: Lb;
  public readonly publicIps: PublicIp[] = [];
  public readonly backendPool: LbBackendAddressPool;
  /** Workers install packages at first boot: they wait for it. */
  public readonly outboundRule: LbOutboundRule;

  constructor(scope: Construct, id: string, props: WorkerEgressProps) {
    super(scope, id);
    const name = (role: string) => resourceName(props.clusterName, props.environmentName, role);
    const placement = { location: props.location, resourceGroupName: props.resourceGroupName };
    const frontends = Array.from({ length: props.settings.publicIpCount }, (_, i) => {
      const suffix = i === 0 ? "" : `-${i + 1}`;
      const ip = new PublicIp(this, `public_ip${suffix}`, {
        ...placement,
        name: name(`egress-pip${suffix}`),
        sku: "Standard",
        allocationMethod: "Static",
        ipVersion: "IPv4",
        // Without zones a Standard public IP is not zone-redundant.
        zones: [...AVAILABILITY_ZONES],
      });
      this.publicIps.push(ip);
      return { name: `egress${suffix}`, publicIpAddressId: ip.id };
    });
    this.loadBalancer = new Lb(this, "lb", {
      ...placement,
      name: name("egress-lb"),
      sku: "Standard",
      frontendIpConfiguration: frontends,
    });
    this.backendPool = new LbBackendAddressPool(this, "workers", {
      name: `${props.clusterName}-${props.environmentName}`,
      loadbalancerId: this.loadBalancer.id,
    });
    this.outboundRule = new LbOutboundRule(this, "outbound_rule", {
      loadbalancerId: this.loadBalancer.id,
      name: "worker-egress",
      protocol: "All",
      backendAddressPoolId: this.backendPool.id,
      frontendIpConfiguration: frontends.map((f) => ({ name: f.name })),
      allocatedOutboundPorts: WORKER_OUTBOUND_PORTS,
      tcpResetEnabled: true,
      idleTimeoutInMinutes: props.settings.idleTimeoutMinutes,
    });
  }
}
