/**
 * A managed AKS cluster in the network of ClusterNetwork: the cluster with its default (System)
 * pool, the other pools, and the control-plane identity with the network role it needs.
 * Secure by default: Entra ID with Azure RBAC and no local accounts when admin groups are given,
 * OIDC issuer and workload identity, Azure Policy, network policy, nodes without public IPs, host
 * encryption, the Key Vault secrets provider with rotation, Container Insights in a workspace of its
 * own, and System pools that keep applications off when a User pool exists.
 */
import { KubernetesCluster, KubernetesClusterConfig } from "@cdktf/provider-azurerm/lib/kubernetes-cluster";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { ClusterMonitoring } from "./cluster-monitoring";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { Annotations, Aspects, Fn, IAspect, ITerraformDependable, Token } from "cdktf";
import { Construct, IConstruct } from "constructs";
import {
  AKS_DEFAULTS,
  AksClusterDesign,
  AksMaintenanceWindowPlan,
  AksNetworkPolicy,
  AksNodePoolOptions,
  AksNodePoolPlan,
  AksPlan,
  defaultPoolIndex,
  isAutoscaled,
  resolveAksNodePool,
  resolveAksPlan,
  rotationPoolName,
  VERSION_MOVING_CHANNELS,
} from "../azure/aks-model";
import { aksPlanIssues } from "../azure/aks-rules";
import { noProxyList } from "../azure/no-proxy";
import { ClusterNetworkRef } from "../network/network-ref";
import { AksNodePool } from "./aks-node-pool";
import { sharedPoolSettings } from "./pool-settings";
import { throwOnIssues } from "../core/construct-issues";
import { ValidationError } from "../core/errors";

/** How AKS nodes reach the internet, from the network's egress. */
export type AksOutboundType = "loadBalancer" | "userAssignedNATGateway" | "userDefinedRouting";

export function aksOutboundType(egress: ClusterNetworkRef["egress"]): AksOutboundType {
  switch (egress) {
    case "loadBalancer":
      return "loadBalancer";
    case "natGateway":
      return "userAssignedNATGateway";
    case "userDefinedRouting":
      return "userDefinedRouting";
  }
}

export interface AksClusterProps extends AksClusterDesign {
  /** Azure region of the cluster and its identity. */
  readonly location: string;
  /** Resource group of the cluster and its identity. */
  readonly resourceGroupName: string;
  /** The subnets the nodes go in (worker subnet) and the VNet the identity may manage. */
  readonly network: ClusterNetworkRef;
}

/** Egress addresses as authorized ranges: a single address (or a NAT gateway's IP reference) as /32. */
function authorizedEgressRanges(addresses: readonly string[]): string[] {
  return addresses.map((address) => (address.includes("/") ? address : `${address}/32`));
}

/** Weekly window → azurerm's maintenance_window_* block. */
function maintenanceBlock(window: AksMaintenanceWindowPlan) {
  return {
    frequency: "Weekly",
    interval: 1,
    dayOfWeek: window.day,
    startTime: window.start,
    duration: window.hours,
    utcOffset: window.utcOffset,
  };
}

function dataPlane(policy: AksNetworkPolicy): "cilium" | "azure" {
  return policy === "cilium" ? "cilium" : "azure";
}

/**
 * The default node pool's tags are a nested block the stack's TagAspect does not reach: after it
 * has tagged the cluster, copy the cluster's tags there so the System pool's VMSS carries them too.
 */
class DefaultPoolTags implements IAspect {
  constructor(private readonly cluster: KubernetesCluster) {}
  visit(node: IConstruct): void {
    if (node !== this.cluster) return;
    const tags = this.cluster.tagsInput;
    if (tags !== undefined && !Token.isUnresolved(tags) && Object.keys(tags).length > 0)
      this.cluster.addOverride("default_node_pool.tags", tags);
  }
}

export class AksCluster extends Construct {
  /** The props with every default applied, as validated. */
  public readonly plan: AksPlan;
  /** The azurerm_kubernetes_cluster resource (escape hatch). */
  public readonly cluster: KubernetesCluster;
  /** The control-plane identity (user-assigned, so its network role exists before the cluster). */
  public readonly identity: UserAssignedIdentity;
  /** Network Contributor on the VNet, when granted. */
  public readonly networkRoleAssignment?: RoleAssignment;
  /** Container Insights' workspace and data collection rule, when monitoring is on. */
  public readonly monitoring?: ClusterMonitoring;
  /** Pools besides the default one, by name. */
  public readonly nodePools: Record<string, AksNodePool> = {};
  public readonly defaultNodePoolName: string;

  public readonly clusterId: string;
  public readonly clusterName: string;
  /** FQDN of the API server (the private one for a private cluster). */
  public readonly apiServerFqdn: string;
  /** `https://<apiServerFqdn>:443`, as the kubeconfig has it. */
  public readonly apiEndpoint: string;
  public readonly oidcIssuerUrl: string;
  /** Kubeconfig (sensitive). With Entra ID it authenticates through kubelogin. */
  public readonly kubeConfigRaw: string;
  /** Cluster CA certificate, base64 as azurerm gives it (sensitive in azurerm). */
  public readonly clusterCaCertificate: string;
  /** Cluster CA certificate, PEM (what the kubernetes provider takes). */
  public readonly clusterCaCertificatePem: string;
  /** Entra ID is on: Azure RBAC, no local accounts, kubelogin to authenticate. */
  public readonly entraIdEnabled: boolean;
  /** Object ID of the kubelet identity, for AcrPull and similar role assignments. */
  public readonly kubeletIdentityObjectId: string;
  public readonly outboundType: AksOutboundType;
  /** The NO_PROXY list given to AKS, when a proxy is set. */
  public readonly noProxy?: readonly string[];

  private readonly poolDefaults: {
    readonly clusterId: string;
    readonly vnetSubnetId: string;
    readonly orchestratorVersion: string;
    readonly zones: AksPlan["zones"];
    readonly encryptionAtHost: boolean;
    readonly versionManagedByAks: boolean;
  };

  constructor(scope: Construct, id: string, props: AksClusterProps) {
    super(scope, id);
    const plan = resolveAksPlan(props);
    this.plan = plan;
    const addedAuthorizedRanges =
      props.network.egress === "loadBalancer" ? 0 : (props.network.egressPublicIps ?? []).length;
    throwOnIssues(
      this,
      aksPlanIssues(
        plan,
        {
          addressSpace: props.network.addressSpace,
          workerSubnetCidr: props.network.workerSubnetCidr,
          addedAuthorizedRanges,
        },
        (v) => Token.isUnresolved(v),
      ),
    );

    const versionManagedByAks = VERSION_MOVING_CHANNELS.includes(plan.upgradeChannel);
    const { networkPolicy: policy, podCidr, serviceCidr } = plan.networkProfile;
    const { privateCluster, authorizedIpRanges } = plan.apiServer;
    this.outboundType = aksOutboundType(props.network.egress);

    this.identity = new UserAssignedIdentity(this, "identity", {
      name: `${plan.name}-identity`,
      location: props.location,
      resourceGroupName: props.resourceGroupName,
    });
    if (plan.grantNetworkContributor) {
      this.networkRoleAssignment = new RoleAssignment(this, "network_contributor", {
        scope: props.network.vnetId,
        roleDefinitionName: "Network Contributor",
        principalId: this.identity.principalId,
        // A new identity may not have replicated yet; the type skips the directory lookup.
        principalType: "ServicePrincipal",
        description: `AKS ${plan.name}: join the worker subnet, manage load balancers and routes`,
      });
    }

    const pools = plan.nodePools;
    const defaultIndex = defaultPoolIndex(pools);
    const defaultPool = pools[defaultIndex];
    this.defaultNodePoolName = defaultPool.name;

    const ignoreChanges = [
      ...(versionManagedByAks ? ["kubernetes_version", "default_node_pool[0].orchestrator_version"] : []),
      ...(isAutoscaled(defaultPool) && defaultPool.count !== undefined ? ["default_node_pool[0].node_count"] : []),
      // AKS adds its own entries (API server FQDN...) to no_proxy: without this every plan shows drift.
      ...(plan.proxy ? ["http_proxy_config[0].no_proxy"] : []),
    ];

    if (plan.proxy) {
      this.noProxy = noProxyList({
        extra: plan.proxy.noProxy,
        cidrs: [...props.network.addressSpace, podCidr, serviceCidr],
      });
    }
    // AKS allows its own load balancer's outbound IPs itself; a NAT gateway's or a firewall's it does not know.
    const egressRanges =
      authorizedIpRanges.length > 0 && props.network.egress !== "loadBalancer"
        ? authorizedEgressRanges(props.network.egressPublicIps ?? [])
        : [];
    if (authorizedIpRanges.length > 0 && props.network.egress === "userDefinedRouting" && egressRanges.length === 0) {
      Annotations.of(this).addWarning(
        "apiServer.authorizedIpRanges with egress userDefinedRouting: nodes reach the API " +
          "server from your firewall's public address; name it in network.egressAddresses " +
          "(or authorizedIpRanges)",
      );
    }

    // The identity must hold its network role, and the subnet its NAT gateway, before AKS checks them at create.
    const dependencies: ITerraformDependable[] = [
      ...(this.networkRoleAssignment ? [this.networkRoleAssignment] : []),
      ...(props.network.workerSubnetDependencies ?? []),
    ];
    if (plan.monitoring.enabled) {
      this.monitoring = new ClusterMonitoring(this, "monitoring", {
        name: plan.name,
        location: props.location,
        resourceGroupName: props.resourceGroupName,
        retentionDays: plan.monitoring.retentionDays,
      });
    }
    const config: KubernetesClusterConfig = {
      name: plan.name,
      location: props.location,
      resourceGroupName: props.resourceGroupName,
      dnsPrefix: plan.dnsPrefix,
      nodeResourceGroup: plan.nodeResourceGroupName,
      kubernetesVersion: plan.kubernetesVersion,
      skuTier: plan.skuTier,
      automaticUpgradeChannel: plan.upgradeChannel === "none" ? undefined : plan.upgradeChannel,
      nodeOsUpgradeChannel: plan.nodeOsUpgradeChannel,
      identity: { type: "UserAssigned", identityIds: [this.identity.id] },
      roleBasedAccessControlEnabled: true,
      azureActiveDirectoryRoleBasedAccessControl: plan.aad
        ? { adminGroupObjectIds: [...plan.aad.adminGroupObjectIds], azureRbacEnabled: plan.aad.azureRbac }
        : undefined,
      localAccountDisabled: plan.aad !== undefined,
      oidcIssuerEnabled: plan.oidcIssuer,
      workloadIdentityEnabled: plan.workloadIdentity,
      azurePolicyEnabled: plan.azurePolicy,
      workloadAutoscalerProfile: { kedaEnabled: plan.keda },
      keyVaultSecretsProvider: plan.keyVaultSecretsProvider
        ? { secretRotationEnabled: true, secretRotationInterval: AKS_DEFAULTS.secretRotationInterval }
        : undefined,
      // The agent authenticates with its managed identity; the data collection rule says what it sends.
      omsAgent: this.monitoring
        ? { logAnalyticsWorkspaceId: this.monitoring.workspace.id, msiAuthForMonitoringEnabled: true }
        : undefined,
      privateClusterEnabled: privateCluster,
      privateDnsZoneId: privateCluster ? "System" : undefined,
      apiServerAccessProfile:
        authorizedIpRanges.length > 0 ? { authorizedIpRanges: [...authorizedIpRanges, ...egressRanges] } : undefined,
      networkProfile: {
        networkPlugin: "azure",
        networkPluginMode: "overlay",
        networkPolicy: policy === "none" ? undefined : policy,
        networkDataPlane: dataPlane(policy),
        podCidr,
        serviceCidr,
        dnsServiceIp: plan.networkProfile.dnsServiceIp,
        outboundType: this.outboundType,
        loadBalancerSku: "standard",
        // AKS creates the outbound IPs zone-redundant in a region with zones.
        loadBalancerProfile: props.network.loadBalancerEgress
          ? {
              managedOutboundIpCount: props.network.loadBalancerEgress.publicIpCount,
              idleTimeoutInMinutes: props.network.loadBalancerEgress.idleTimeoutMinutes,
            }
          : undefined,
      },
      httpProxyConfig: plan.proxy
        ? {
            httpProxy: plan.proxy.httpProxy,
            httpsProxy: plan.proxy.httpsProxy,
            noProxy: this.noProxy ? [...this.noProxy] : undefined,
            // azurerm wants the PEM base64-encoded.
            trustedCa:
              plan.proxy.trustedCa === undefined ? undefined : Buffer.from(plan.proxy.trustedCa).toString("base64"),
          }
        : undefined,
      maintenanceWindowAutoUpgrade: plan.maintenance.autoUpgrade
        ? maintenanceBlock(plan.maintenance.autoUpgrade)
        : undefined,
      maintenanceWindowNodeOs: plan.maintenance.nodeOs ? maintenanceBlock(plan.maintenance.nodeOs) : undefined,
      defaultNodePool: this.defaultPoolBlock(defaultPool, props.network.workerSubnetId, plan.kubernetesVersion),
      dependsOn: dependencies.length > 0 ? dependencies : undefined,
      lifecycle: ignoreChanges.length > 0 ? { ignoreChanges } : undefined,
    };
    // "Resource" keeps the Terraform address short: azurerm_kubernetes_cluster.<id>_<hash>.
    this.cluster = new KubernetesCluster(this, "Resource", config);
    Aspects.of(this).add(new DefaultPoolTags(this.cluster));
    this.monitoring?.collectFrom(this.cluster.id);

    this.clusterId = this.cluster.id;
    this.clusterName = this.cluster.name;
    this.apiServerFqdn = privateCluster ? this.cluster.privateFqdn : this.cluster.fqdn;
    // Built from the FQDN, not read from kube_config: every kube_config attribute is sensitive, and
    // a root output of a sensitive value that is not marked sensitive fails the plan.
    this.apiEndpoint = `https://${this.apiServerFqdn}:443`;
    this.oidcIssuerUrl = this.cluster.oidcIssuerUrl;
    this.kubeConfigRaw = this.cluster.kubeConfigRaw;
    this.clusterCaCertificate = this.cluster.kubeConfig.get(0).clusterCaCertificate;
    this.clusterCaCertificatePem = Fn.base64decode(this.clusterCaCertificate);
    this.entraIdEnabled = plan.aad !== undefined;
    this.kubeletIdentityObjectId = this.cluster.kubeletIdentity.objectId;

    this.poolDefaults = {
      clusterId: this.cluster.id,
      vnetSubnetId: props.network.workerSubnetId,
      orchestratorVersion: plan.kubernetesVersion,
      zones: plan.zones,
      encryptionAtHost: plan.encryptionAtHost,
      versionManagedByAks,
    };
    pools.forEach((pool, i) => {
      if (i !== defaultIndex) this.addPool(pool);
    });
  }

  /** Adds a pool (User or another System pool) to the cluster, in the worker subnet. */
  public addNodePool(options: AksNodePoolOptions): AksNodePool {
    const { zones, encryptionAtHost } = this.poolDefaults;
    return this.addPool(resolveAksNodePool(options, { zones, encryptionAtHost }));
  }

  private addPool(pool: AksNodePoolPlan): AksNodePool {
    const taken = [this.defaultNodePoolName, ...Object.keys(this.nodePools)];
    if (taken.includes(pool.name) || taken.some((name) => rotationPoolName(name) === rotationPoolName(pool.name))) {
      throw new ValidationError(this.node.path, [
        {
          code: "pool-name-duplicate",
          path: ["nodePools"],
          message:
            `${JSON.stringify(pool.name)} or its rotation name ${rotationPoolName(pool.name)} ` +
            `is already taken by a pool of this cluster`,
        },
      ]);
    }
    const { zones: _zones, encryptionAtHost: _encryption, ...defaults } = this.poolDefaults;
    const added = new AksNodePool(this, `pool_${pool.name}`, { ...defaults, ...pool });
    this.nodePools[pool.name] = added;
    return added;
  }

  private defaultPoolBlock(
    pool: AksNodePoolPlan,
    vnetSubnetId: string,
    orchestratorVersion: string,
  ): KubernetesClusterConfig["defaultNodePool"] {
    return {
      name: pool.name,
      type: "VirtualMachineScaleSets",
      ...sharedPoolSettings(pool, vnetSubnetId, orchestratorVersion),
      onlyCriticalAddonsEnabled: pool.criticalAddonsOnly,
      // Changing the VM size, OS disk or zones rebuilds the default pool through this name.
      temporaryNameForRotation: rotationPoolName(pool.name),
    };
  }
}
