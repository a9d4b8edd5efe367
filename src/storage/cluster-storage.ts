/**
 * ClusterStorage: the storage account and private container that receive an IaaS cluster's base
 * VHD (and boot diagnostics). Created with secure defaults, named or auto-named, or attached from
 * existing resources; optionally reachable only through a private endpoint in the cluster VNet.
 */
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { DataAzurermPrivateDnsZone } from "@cdktf/provider-azurerm/lib/data-azurerm-private-dns-zone";
import { DataAzurermStorageAccount } from "@cdktf/provider-azurerm/lib/data-azurerm-storage-account";
import { DataAzurermStorageContainer } from "@cdktf/provider-azurerm/lib/data-azurerm-storage-container";
import { PrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
import { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
import { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { StorageContainer } from "@cdktf/provider-azurerm/lib/storage-container";
import { ITerraformDependable, Token } from "cdktf";
import { Construct } from "constructs";
import { derivedNameIssues, resourceName } from "../azure/names";
import { defaultContainerName, defaultStorageAccountName } from "../azure/storage-names";
import {
  BLOB_PRIVATE_DNS_ZONE,
  DEFAULT_SHARED_KEY_ACCESS,
  DEFAULT_SOFT_DELETE_DAYS,
  DEFAULT_STORAGE_REPLICATION,
  managesAccountNetworkRules,
  resolveStoragePlan,
  SAS_EXPIRATION_PERIOD,
  StorageInput,
  StorageNetworkAccess,
  StoragePlan,
  storagePlanIssues,
} from "../azure/storage-plan";
import { ClusterNetworkRef } from "../network/network-ref";
import { ClusterStorageRef } from "./storage-ref";
import { throwOnIssues } from "../core/construct-issues";
import { Issue } from "../core/issues";

export interface ClusterStorageProps extends StorageInput {
  /** Cluster name; derived names are `<cluster>-<env>-<role>` (a derived account name: `st<cluster><hash>`). */
  readonly clusterName: string;
  /** Environment name, the `<env>` of derived names (and hashed into a derived account name). */
  readonly environmentName: string;
  /** Azure region of the account and the private endpoint. */
  readonly location: string;
  /**
   * The cluster's resource group (a reference is fine): new accounts, the private endpoint and a
   * new private DNS zone go here; existing accounts are looked up here unless they name another.
   * The derived account name hashes it, so with a reference, name the account.
   */
  readonly resourceGroupName: string;
  /**
   * The cluster network. Required with private access: the private endpoint goes in the worker
   * subnet, the account's network rules allow both cluster subnets (which need the
   * `Microsoft.Storage` service endpoint: ClusterNetwork `serviceEndpoints`), the DNS zone is
   * linked to the VNet.
   * @default - none; public access only
   */
  readonly network?: ClusterNetworkRef;
}

export class ClusterStorage extends Construct implements ClusterStorageRef {
  /** The storage as planned, defaults applied. */
  public readonly plan: StoragePlan;
  public readonly accountId: string;
  public readonly accountName: string;
  public readonly primaryBlobEndpoint: string;
  public readonly containerName: string;
  public readonly containerId: string;
  public readonly containerUrl: string;
  public readonly networkAccess: StorageNetworkAccess;
  /** False when the account existed before this stack (nothing about it is managed here). */
  public readonly accountCreated: boolean;
  public readonly containerCreated: boolean;
  /** The account, when this stack creates it. */
  public readonly account?: StorageAccount;
  /** The blob private endpoint (private access). */
  public readonly privateEndpoint?: PrivateEndpoint;
  /** Id of the privatelink.blob.core.windows.net zone the endpoint registers in (private access). */
  public readonly privateDnsZoneId?: string;
  /**
   * What blob writes must wait for: with private access, the private endpoint and the DNS link; the
   * runner's data role once granted (grantRunnerBlobWrites).
   */
  public get dataPlaneDependencies(): readonly ITerraformDependable[] {
    return this.dataPlaneWaits;
  }
  /** Account keys and SAS tokens work (an account this stack creates with sharedKeyAccess, or an existing one). */
  public readonly sharedKeyAccess: boolean;

  private readonly dataPlaneWaits: ITerraformDependable[] = [];
  /** The runner's Storage Blob Data Contributor role, once granted. */
  private runnerBlobRole?: RoleAssignment;
  private readonly props: ClusterStorageProps;

  constructor(scope: Construct, id: string, props: ClusterStorageProps) {
    super(scope, id);
    this.props = props;
    const plan = resolveStoragePlan(props, {
      existingVnetResourceGroup:
        props.network?.placement === "static" ? props.network.vnetResourceGroupName : undefined,
    });
    throwOnIssues(this, [...propProblems(props, plan), ...storagePlanIssues(plan)]);
    this.plan = plan;
    this.networkAccess = plan.networkAccess;
    this.accountCreated = !plan.account.existing;
    this.containerCreated = !plan.container.existing;

    const account = this.addAccount();
    this.accountId = account.id;
    this.accountName = account.name;
    this.primaryBlobEndpoint = account.primaryBlobEndpoint;
    if (account instanceof StorageAccount) this.account = account;

    const containerName = plan.container.name ?? defaultContainerName(props.environmentName, props.clusterName);
    const container = plan.container.existing
      ? new DataAzurermStorageContainer(this, "container", { name: containerName, storageAccountId: account.id })
      : new StorageContainer(this, "container", {
          name: containerName,
          // Management-plane container (ARM): no storage key or data-plane reach needed to create it.
          storageAccountId: account.id,
          containerAccessType: "private",
        });
    this.containerName = container.name;
    this.containerId = container.id;
    this.containerUrl = `${account.primaryBlobEndpoint}${container.name}`;

    // An existing account is governed by its owners: assume keys may work, so nothing depends on Entra ID.
    this.sharedKeyAccess = plan.account.existing || (plan.account.sharedKeyAccess ?? DEFAULT_SHARED_KEY_ACCESS);

    if (plan.networkAccess === "private") {
      const { endpoint, zoneId, link } = this.addPrivateEndpoint(props.network!);
      this.privateEndpoint = endpoint;
      this.privateDnsZoneId = zoneId;
      this.dataPlaneWaits.push(...(link === undefined ? [endpoint] : [endpoint, link]));
    }
  }

  /**
   * Lets the identity running Terraform write blobs (the VHD copy) on an account without shared keys:
   * Storage Blob Data Contributor on the account, which the writes wait for. Needs
   * roleAssignments/write where Terraform runs, as the cluster's other role assignments do. No-op
   * when keys work or the account is not this stack's.
   */
  public grantRunnerBlobWrites(): RoleAssignment | undefined {
    if (this.sharedKeyAccess || this.account === undefined || this.runnerBlobRole) return this.runnerBlobRole;
    const runner = new DataAzurermClientConfig(this, "runner");
    this.runnerBlobRole = new RoleAssignment(this, "runner_blob_writer", {
      scope: this.account.id,
      roleDefinitionName: "Storage Blob Data Contributor",
      principalId: runner.objectId,
      description: "The identity running Terraform: copy the base VHD (the account refuses shared keys)",
    });
    this.dataPlaneWaits.push(this.runnerBlobRole);
    return this.runnerBlobRole;
  }

  private name(role: string): string {
    return resourceName(this.props.clusterName, this.props.environmentName, role);
  }

  private addAccount(): StorageAccount | DataAzurermStorageAccount {
    const { account } = this.plan;
    const props = this.props;
    if (account.existing) {
      return new DataAzurermStorageAccount(this, "account", {
        name: account.name!,
        resourceGroupName: account.resourceGroup ?? props.resourceGroupName,
      });
    }
    const network = props.network;
    const sharedKeyAccess = account.sharedKeyAccess ?? DEFAULT_SHARED_KEY_ACCESS;
    const softDeleteDays = account.softDeleteDays ?? DEFAULT_SOFT_DELETE_DAYS;
    const retention = softDeleteDays > 0 ? { days: softDeleteDays } : undefined;
    return new StorageAccount(this, "account", {
      name:
        account.name ?? defaultStorageAccountName(props.environmentName, props.clusterName, props.resourceGroupName),
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      accountKind: "StorageV2",
      accountTier: "Standard",
      accountReplicationType: account.replication ?? DEFAULT_STORAGE_REPLICATION,
      // Secure defaults (docs/storage.md): TLS 1.2 over HTTPS only, no anonymous blob access,
      // no copying data into other tenants, no SFTP local users, Entra ID first in the portal.
      httpsTrafficOnlyEnabled: true,
      minTlsVersion: "TLS1_2",
      allowNestedItemsToBePublic: false,
      crossTenantReplicationEnabled: false,
      localUserEnabled: false,
      defaultToOauthAuthentication: true,
      sharedAccessKeyEnabled: sharedKeyAccess,
      // Shared keys on: a SAS valid longer than a day is logged (Azure cannot refuse it).
      sasPolicy: sharedKeyAccess ? { expirationPeriod: SAS_EXPIRATION_PERIOD, expirationAction: "Log" } : undefined,
      // A deleted VHD or container can be restored for a week.
      blobProperties: retention
        ? { deleteRetentionPolicy: retention, containerDeleteRetentionPolicy: retention }
        : undefined,
      publicNetworkAccessEnabled: this.plan.networkAccess === "public",
      networkRules: managesAccountNetworkRules(this.plan)
        ? {
            // Belt and braces: should public access ever be re-enabled, only the cluster subnets get in.
            defaultAction: "Deny",
            bypass: ["AzureServices"],
            virtualNetworkSubnetIds: [network!.controlPlaneSubnetId, network!.workerSubnetId].filter(
              (id): id is string => id !== undefined,
            ),
          }
        : undefined,
    });
  }

  private addPrivateEndpoint(network: ClusterNetworkRef): {
    endpoint: PrivateEndpoint;
    zoneId: string;
    link?: PrivateDnsZoneVirtualNetworkLink;
  } {
    const props = this.props;
    const existingZone = this.plan.privateDnsZone;
    const zone = existingZone
      ? new DataAzurermPrivateDnsZone(this, "blob_dns_zone", {
          name: BLOB_PRIVATE_DNS_ZONE,
          resourceGroupName: existingZone.resourceGroup,
        })
      : new PrivateDnsZone(this, "blob_dns_zone", {
          name: BLOB_PRIVATE_DNS_ZONE,
          resourceGroupName: props.resourceGroupName,
        });
    let link: PrivateDnsZoneVirtualNetworkLink | undefined;
    if (existingZone === undefined || existingZone.linkVnet) {
      link = new PrivateDnsZoneVirtualNetworkLink(this, "blob_dns_link", {
        name: this.name("blob-dns-link"),
        resourceGroupName: zone.resourceGroupName,
        privateDnsZoneName: zone.name,
        virtualNetworkId: network.vnetId,
        registrationEnabled: false,
      });
    }
    const endpoint = new PrivateEndpoint(this, "blob_endpoint", {
      name: this.name("st-pe"),
      location: props.location,
      resourceGroupName: props.resourceGroupName,
      subnetId: network.workerSubnetId,
      customNetworkInterfaceName: this.name("st-pe-nic"),
      privateServiceConnection: {
        name: this.name("st-psc"),
        privateConnectionResourceId: this.accountId,
        subresourceNames: ["blob"],
        isManualConnection: false,
      },
      // The zone group writes the endpoint's A record into the zone.
      privateDnsZoneGroup: { name: "blob", privateDnsZoneIds: [zone.id] },
    });
    return { endpoint, zoneId: zone.id, link };
  }
}

/** Rules on the construct's own props (the spec checks these in its schema and rules). */
function propProblems(props: ClusterStorageProps, plan: StoragePlan): Issue[] {
  const issues: Issue[] = [];
  issues.push(...derivedNameIssues(props.clusterName, props.environmentName));
  if (plan.networkAccess === "private" && props.network === undefined) {
    issues.push({
      code: "private-storage-needs-network",
      path: ["network"],
      message: "private access puts a private endpoint in the cluster VNet: pass the cluster network",
    });
  }
  const endpoints = props.network?.serviceEndpoints;
  if (managesAccountNetworkRules(plan) && endpoints !== undefined && !endpoints.includes("Microsoft.Storage")) {
    issues.push({
      code: "storage-service-endpoint-missing",
      path: ["network"],
      message:
        "the account's network rules allow the cluster subnets, which needs the " +
        "Microsoft.Storage service endpoint on them: create the ClusterNetwork with " +
        'serviceEndpoints: ["Microsoft.Storage"]',
    });
  }
  if (!plan.account.existing && plan.account.name === undefined && Token.isUnresolved(props.resourceGroupName)) {
    // Reported without quoting the token, so throwOnIssues keeps it.
    issues.push({
      code: "account-name-needs-literal-resource-group",
      path: ["account", "name"],
      message:
        "the derived account name hashes the resource group name, which is a Terraform " +
        "reference here: name the account",
    });
  }
  return issues;
}
