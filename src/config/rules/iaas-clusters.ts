/** The IaaS rules over each `iaas` cluster of an environment (iaasPlanIssues, as IaasCluster runs them). */
import { namedRanges } from "../../azure/address-ranges";
import { iaasPlanIssues, IaasSubnets } from "../../azure/iaas-plan";
import { NetworkPlan } from "../../azure/network-plan";
import { Issue, under } from "../../core/issues";
import { EnvironmentBody } from "../schema/environment";

/** The subnets of a cluster's network plan. */
function subnetsOf(network: NetworkPlan): IaasSubnets {
  return {
    controlPlaneCidr: network.controlPlaneSubnet?.cidr,
    workerCidr: network.workerSubnet.cidr,
    vnetAddressSpace: network.vnet.addressSpace,
    loadBalancerEgressIps: network.loadBalancer?.publicIpCount,
  };
}

export function iaasClusterRules(env: EnvironmentBody): Issue[] {
  return env.clusters.flatMap((cluster, i) => {
    if (cluster.type !== "iaas") return [];
    const subnets = {
      ...subnetsOf(cluster.network),
      namedRanges: namedRanges(cluster.proxy?.noProxy ?? [], (n) => `proxy.noProxy[${n}]`),
    };
    return under(["clusters", i], iaasPlanIssues(cluster, subnets));
  });
}
