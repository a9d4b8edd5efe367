/**
 * The Kubernetes API endpoint of an IaaS cluster, as Cluster API on Azure builds it: a Standard
 * public load balancer on a static Standard public IP (zone-redundant over the cluster's zones),
 * a backend pool of the control-plane NICs, a probe on 6443, a rule 6443 -> 6443 with outbound
 * SNAT off, and an outbound rule that gives the control-plane nodes (no public IPs) egress.
 * It is the only public endpoint of the cluster; the control-plane NSG decides who reaches it.
 */
import { Lb } from "@cdktf/provider-azurerm/lib/lb";
import { LbBackendAddressPool } from "@cdktf/provider-azurerm/lib/lb-backend-address-pool";
import { LbOutboundRule } from "@cdktf/provider-azurerm/lib/lb-outbound-rule";
import { LbProbe } from "@cdktf/provider-azurerm/lib/lb-probe";
import { LbRule } from "@cdktf/provider-azurerm/lib/lb-rule";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Construct } from "constructs";
import { HealthProbe } from "../azure/iaas-defaults";
import { API_SERVER_PORT } from "../azure/nsg-rules";
import { resourceName } from "../azure/names";

export const API_FRONTEND_NAME = "apiserver";

export interface ApiServerLoadBalancerProps {
  readonly clusterName: string;
  readonly environmentName: string;
  readonly location: string;
  readonly resourceGroupName: string;
  /** Zones of the public IP: all the cluster's zones makes it zone-redundant. */
  readonly zones: readonly string[];
  /** @default - no DNS name; the endpoint is the IP address */
  readonly dnsLabel?: string;
  /** @default "https" */
  readonly healthProbe?: HealthProbe;
}

export class ApiServerLoadBalancer extends Construct {
  public readonly publicIp: PublicIp;
  public readonly loadBalancer: Lb;
  public readonly backendPool: LbBackendAddressPool;
  public readonly probe: LbProbe;
  public readonly rule: LbRule;
  public readonly outboundRule: LbOutboundRule;
  /** The host clients and nodes use: the FQDN with a DNS label, else the IP address. */
  public readonly host: string;

  constructor(scope: Construct, id: string, props: ApiServerLoadBalancerProps) {
    super(scope, id);
    const name = (role: string) => resourceName(props.clusterName, props.environmentName, role);
    const placement = { location: props.location, resourceGroupName: props.resourceGroupName };

    this.publicIp = new PublicIp(this, "public_ip", {
      ...placement,
      name: name("apiserver-pip"),
      sku: "Standard",
      allocationMethod: "Static",
      ipVersion: "IPv4",
      zones: [...props.zones],
      domainNameLabel: props.dnsLabel,
    });
    this.loadBalancer = new Lb(this, "lb", {
      ...placement,
      name: name("apiserver-lb"),
      sku: "Standard",
      frontendIpConfiguration: [{ name: API_FRONTEND_NAME, publicIpAddressId: this.publicIp.id }],
    });
    this.backendPool = new LbBackendAddressPool(this, "control_plane_pool", { name: "control-plane", loadbalancerId: this.loadBalancer.id });

    const https = (props.healthProbe ?? "https") === "https";
    this.probe = new LbProbe(this, "probe", {
      loadbalancerId: this.loadBalancer.id,
      name: https ? "apiserver-readyz" : "apiserver-tcp",
      protocol: https ? "Https" : "Tcp",
      port: API_SERVER_PORT,
      requestPath: https ? "/readyz" : undefined,
      intervalInSeconds: 15,
      probeThreshold: 1,
    });
    this.rule = new LbRule(this, "rule", {
      loadbalancerId: this.loadBalancer.id,
      name: "apiserver",
      protocol: "Tcp",
      frontendIpConfigurationName: API_FRONTEND_NAME,
      frontendPort: API_SERVER_PORT,
      backendPort: API_SERVER_PORT,
      backendAddressPoolIds: [this.backendPool.id],
      probeId: this.probe.id,
      // Egress goes through the outbound rule below; Azure refuses both on one frontend otherwise.
      disableOutboundSnat: true,
      floatingIpEnabled: false,
      tcpResetEnabled: true,
      idleTimeoutInMinutes: 4,
      loadDistribution: "Default",
    });
    this.outboundRule = new LbOutboundRule(this, "outbound_rule", {
      loadbalancerId: this.loadBalancer.id,
      name: "control-plane-egress",
      protocol: "All",
      backendAddressPoolId: this.backendPool.id,
      frontendIpConfiguration: [{ name: API_FRONTEND_NAME }],
      tcpResetEnabled: true,
      idleTimeoutInMinutes: 4,
    });
    this.host = props.dnsLabel ? this.publicIp.fqdn : this.publicIp.ipAddress;
  }
}
