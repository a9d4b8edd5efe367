/**
 * The Kubernetes API endpoints of an IaaS cluster. For clients, as Cluster API on Azure builds it:
 * a Standard public load balancer on a static Standard public IP (zone-redundant: all three zones,
 * whatever the cluster's; Azure makes two zones three and reports it so, which would replace it), a backend pool of the control-plane NICs, a probe on 6443, a rule 6443 -> 6443 with
 * outbound SNAT off, and (unless egress is routed) an outbound rule that gives the control-plane
 * nodes (no public IPs) egress. It is the only public endpoint of the cluster; the control-plane NSG
 * decides who reaches it. For the nodes, an internal load balancer with a static, zone-redundant
 * frontend in the control-plane subnet (CAPZ's "API server ILB"): node traffic to the API server
 * never leaves the VNet, so it works behind a proxy, with routed egress and with restricted sources.
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
import { AVAILABILITY_ZONES } from "../azure/zones";

export const API_FRONTEND_NAME = "apiserver";
export const API_INTERNAL_FRONTEND_NAME = "apiserver-internal";

export interface ApiServerLoadBalancerProps {
  readonly clusterName: string;
  readonly environmentName: string;
  readonly location: string;
  readonly resourceGroupName: string;
  /** @default - no DNS name; the endpoint is the IP address */
  readonly dnsLabel?: string;
  /** @default "https" */
  readonly healthProbe?: HealthProbe;
  /** The control-plane subnet, where the internal frontend lives. */
  readonly controlPlaneSubnetId: string;
  /** The internal frontend's static address, in the control-plane subnet. */
  readonly internalAddress: string;
  /** Give the control-plane nodes internet egress through the public frontend. @default true */
  readonly controlPlaneEgress?: boolean;
}

export class ApiServerLoadBalancer extends Construct {
  public readonly publicIp: PublicIp;
  public readonly loadBalancer: Lb;
  public readonly backendPool: LbBackendAddressPool;
  public readonly probe: LbProbe;
  public readonly rule: LbRule;
  /** Control-plane egress, unless egress is routed. */
  public readonly outboundRule?: LbOutboundRule;
  /** The host clients outside the VNet use: the FQDN with a DNS label, else the IP address. */
  public readonly host: string;
  public readonly internalLoadBalancer: Lb;
  public readonly internalBackendPool: LbBackendAddressPool;
  /** The address nodes reach the API server at. */
  public readonly internalAddress: string;

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
      zones: [...AVAILABILITY_ZONES],
      domainNameLabel: props.dnsLabel,
    });
    this.loadBalancer = new Lb(this, "lb", {
      ...placement,
      name: name("apiserver-lb"),
      sku: "Standard",
      frontendIpConfiguration: [{ name: API_FRONTEND_NAME, publicIpAddressId: this.publicIp.id }],
    });
    this.backendPool = new LbBackendAddressPool(this, "control_plane_pool", {
      name: "control-plane",
      loadbalancerId: this.loadBalancer.id,
    });

    this.probe = apiServerProbe(this, "probe", "apiserver", this.loadBalancer.id, props.healthProbe);
    this.rule = apiServerRule(this, "rule", {
      name: "apiserver",
      loadbalancerId: this.loadBalancer.id,
      frontendIpConfigurationName: API_FRONTEND_NAME,
      backendAddressPoolIds: [this.backendPool.id],
      probeId: this.probe.id,
      // Egress goes through the outbound rule below; Azure refuses both on one frontend otherwise.
      disableOutboundSnat: true,
    });
    if (props.controlPlaneEgress ?? true) {
      this.outboundRule = new LbOutboundRule(this, "outbound_rule", {
        loadbalancerId: this.loadBalancer.id,
        name: "control-plane-egress",
        protocol: "All",
        backendAddressPoolId: this.backendPool.id,
        frontendIpConfiguration: [{ name: API_FRONTEND_NAME }],
        tcpResetEnabled: true,
        idleTimeoutInMinutes: 4,
      });
    }
    this.host = props.dnsLabel ? this.publicIp.fqdn : this.publicIp.ipAddress;

    this.internalAddress = props.internalAddress;
    this.internalLoadBalancer = new Lb(this, "internal_lb", {
      ...placement,
      name: name("apiserver-ilb"),
      sku: "Standard",
      frontendIpConfiguration: [
        {
          name: API_INTERNAL_FRONTEND_NAME,
          subnetId: props.controlPlaneSubnetId,
          privateIpAddressAllocation: "Static",
          privateIpAddress: props.internalAddress,
          privateIpAddressVersion: "IPv4",
          // Internal frontends carry the zones themselves: all of them makes it zone-redundant.
          zones: [...AVAILABILITY_ZONES],
        },
      ],
    });
    this.internalBackendPool = new LbBackendAddressPool(this, "internal_control_plane_pool", {
      name: "control-plane",
      loadbalancerId: this.internalLoadBalancer.id,
    });
    const internalProbe = apiServerProbe(
      this,
      "internal_probe",
      "apiserver-internal",
      this.internalLoadBalancer.id,
      props.healthProbe,
    );
    apiServerRule(this, "internal_rule", {
      name: "apiserver-internal",
      loadbalancerId: this.internalLoadBalancer.id,
      frontendIpConfigurationName: API_INTERNAL_FRONTEND_NAME,
      backendAddressPoolIds: [this.internalBackendPool.id],
      probeId: internalProbe.id,
    });
  }
}

function apiServerProbe(
  scope: Construct,
  id: string,
  prefix: string,
  loadbalancerId: string,
  healthProbe: HealthProbe | undefined,
): LbProbe {
  const https = (healthProbe ?? "https") === "https";
  return new LbProbe(scope, id, {
    loadbalancerId,
    name: https ? `${prefix}-readyz` : `${prefix}-tcp`,
    protocol: https ? "Https" : "Tcp",
    port: API_SERVER_PORT,
    requestPath: https ? "/readyz" : undefined,
    intervalInSeconds: 15,
    probeThreshold: 1,
  });
}

interface ApiServerRuleTarget {
  readonly name: string;
  readonly loadbalancerId: string;
  readonly frontendIpConfigurationName: string;
  readonly backendAddressPoolIds: string[];
  readonly probeId: string;
  /** Public frontends only: egress goes through an outbound rule instead. */
  readonly disableOutboundSnat?: boolean;
}

function apiServerRule(scope: Construct, id: string, target: ApiServerRuleTarget): LbRule {
  return new LbRule(scope, id, {
    ...target,
    protocol: "Tcp",
    frontendPort: API_SERVER_PORT,
    backendPort: API_SERVER_PORT,
    floatingIpEnabled: false,
    tcpResetEnabled: true,
    idleTimeoutInMinutes: 4,
    loadDistribution: "Default",
  });
}
