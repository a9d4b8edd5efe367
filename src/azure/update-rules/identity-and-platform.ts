/**
 * What a change of each attribute does: Resource groups, identities, role assignments, Key Vault and Log Analytics.
 * Read from the providers' sources at the tags in ./providers.ts; see ../update-rules.ts.
 */
import { AZURERM } from "./providers";
import type { ResourceUpdateRules } from "./types";

export const IDENTITY_AND_PLATFORM_UPDATE_RULES: Readonly<Record<string, ResourceUpdateRules>> = {
  azurerm_resource_group: {
    provider: AZURERM,
    stateful: true,
    statefulReason: "deleting it deletes every resource inside",
    attributes: {
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      managed_by: { kind: "update", source: "internal/services/resource/resource_group_resource.go#L53" },
      name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      tags: { kind: "update", source: "internal/services/resource/resource_group_resource.go#L51" },
    },
  },
  azurerm_user_assigned_identity: {
    provider: AZURERM,
    stateful: true,
    statefulReason:
      "a new identity has a new principal id; role assignments and federated credentials name the old one",
    attributes: {
      client_id: {
        kind: "computed-only",
        source: "internal/services/managedidentity/user_assigned_identity_resource.go#L76",
      },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      name: { kind: "replace", source: "internal/services/managedidentity/user_assigned_identity_resource.go#L65" },
      principal_id: {
        kind: "computed-only",
        source: "internal/services/managedidentity/user_assigned_identity_resource.go#L80",
      },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      tags: { kind: "update", source: "internal/services/managedidentity/user_assigned_identity_resource.go#L70" },
      tenant_id: {
        kind: "computed-only",
        source: "internal/services/managedidentity/user_assigned_identity_resource.go#L84",
      },
    },
  },
  azurerm_federated_identity_credential: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "configuration only",
    attributes: {
      audience: {
        kind: "update",
        source: "internal/services/managedidentity/federated_identity_credential_resource.go#L47",
      },
      issuer: {
        kind: "update",
        source: "internal/services/managedidentity/federated_identity_credential_resource.go#L56",
      },
      name: {
        kind: "replace",
        source: "internal/services/managedidentity/federated_identity_credential_resource.go#L62",
      },
      parent_id: {
        kind: "replace",
        source: "internal/services/managedidentity/federated_identity_credential_resource.go#L70",
      },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      subject: {
        kind: "update",
        source: "internal/services/managedidentity/federated_identity_credential_resource.go#L74",
      },
    },
  },
  azurerm_role_assignment: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "configuration only",
    attributes: {
      condition: { kind: "replace", source: "internal/services/authorization/role_assignment_resource.go#L141" },
      condition_version: {
        kind: "replace",
        source: "internal/services/authorization/role_assignment_resource.go#L148",
      },
      delegated_managed_identity_resource_id: {
        kind: "replace",
        source: "internal/services/authorization/role_assignment_resource.go#L127",
      },
      description: { kind: "replace", source: "internal/services/authorization/role_assignment_resource.go#L134" },
      name: { kind: "replace", source: "internal/services/authorization/role_assignment_resource.go#L57" },
      principal_id: { kind: "replace", source: "internal/services/authorization/role_assignment_resource.go#L103" },
      principal_type: { kind: "replace", source: "internal/services/authorization/role_assignment_resource.go#L110" },
      role_definition_id: {
        kind: "replace",
        source: "internal/services/authorization/role_assignment_resource.go#L85",
      },
      role_definition_name: {
        kind: "replace",
        source: "internal/services/authorization/role_assignment_resource.go#L94",
      },
      scope: { kind: "replace", source: "internal/services/authorization/role_assignment_resource.go#L64" },
      skip_service_principal_aad_check: {
        kind: "update",
        source: "internal/services/authorization/role_assignment_resource.go#L118",
        note: "read only at create; a change is stored without an API call (the resource has no Update)",
      },
    },
  },
  azurerm_log_analytics_workspace: {
    provider: AZURERM,
    stateful: true,
    statefulReason: "the logs it holds, and its workspace id and keys",
    attributes: {
      allow_resource_only_permissions: {
        kind: "update",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L75",
      },
      cmk_for_query_forced: {
        kind: "update",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L87",
      },
      daily_quota_gb: {
        kind: "update",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L146",
      },
      data_collection_rule_id: {
        kind: "update",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L153",
      },
      identity: { kind: "update", source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L92" },
      "identity.identity_ids": {
        kind: "update",
        source:
          "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/identity_system_or_user.go#L114",
      },
      "identity.principal_id": {
        kind: "computed-only",
        source:
          "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/identity_system_or_user.go#L122",
      },
      "identity.tenant_id": {
        kind: "computed-only",
        source:
          "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/identity_system_or_user.go#L126",
      },
      "identity.type": {
        kind: "update",
        source:
          "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/identity_system_or_user.go#L106",
      },
      immediate_data_purge_on_30_days_enabled: {
        kind: "update",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L159",
      },
      internet_ingestion_enabled: {
        kind: "update",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L94",
      },
      internet_query_enabled: {
        kind: "update",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L100",
      },
      local_authentication_disabled: {
        kind: "update",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L186",
        note: "deprecated, use `local_authentication_enabled`",
      },
      local_authentication_enabled: {
        kind: "update",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L194",
      },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      name: { kind: "replace", source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L67" },
      primary_shared_key: {
        kind: "computed-only",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L169",
      },
      reservation_capacity_in_gb_per_day: {
        kind: "update",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L124",
      },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      retention_in_days: {
        kind: "update",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L139",
      },
      secondary_shared_key: {
        kind: "computed-only",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L175",
      },
      sku: {
        kind: "replace-if",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L222",
        condition: "unless the old sku is empty or LACluster, or it moves between PerGB2018 and CapacityReservation",
      },
      tags: { kind: "update", source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L181" },
      workspace_id: {
        kind: "computed-only",
        source: "internal/services/loganalytics/log_analytics_workspace_resource.go#L164",
      },
    },
  },
  azurerm_monitor_data_collection_rule: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "a rule holds no data; a new one is associated again",
    note: "kind is replaced only when it changes from one value to another (CustomizeDiff)",
    noteSource: "internal/services/monitor/monitor_data_collection_rule_resource.go#L2188",
    attributes: {
      name: { kind: "replace", source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L207" },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      kind: { kind: "replace", source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L2188" },
      description: {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L852",
      },
      tags: { kind: "update", source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L905" },
      data_flow: { kind: "update", source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L224" },
      "data_flow.destinations": {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L230",
      },
      "data_flow.streams": {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L239",
      },
      destinations: {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L267",
      },
      "destinations.log_analytics": {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L344",
      },
      "destinations.log_analytics.name": {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L349",
      },
      "destinations.log_analytics.workspace_resource_id": {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L354",
      },
      data_sources: {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L483",
      },
      "data_sources.extension": {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L521",
      },
      "data_sources.extension.name": {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L526",
      },
      "data_sources.extension.extension_name": {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L531",
      },
      "data_sources.extension.streams": {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L536",
      },
      "data_sources.extension.extension_json": {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_resource.go#L545",
      },
    },
  },
  azurerm_monitor_data_collection_rule_association: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "an association holds no data",
    attributes: {
      target_resource_id: {
        kind: "replace",
        source: "internal/services/monitor/monitor_data_collection_rule_association_resource.go#L34",
      },
      name: {
        kind: "replace",
        source: "internal/services/monitor/monitor_data_collection_rule_association_resource.go#L41",
      },
      data_collection_rule_id: {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_association_resource.go#L57",
      },
      description: {
        kind: "update",
        source: "internal/services/monitor/monitor_data_collection_rule_association_resource.go#L65",
      },
    },
  },
  azurerm_key_vault: {
    provider: AZURERM,
    stateful: true,
    statefulReason: "its keys, secrets and certificates (soft-deleted, the name stays taken)",
    attributes: {
      access_policy: { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L92" },
      "access_policy.application_id": {
        kind: "update",
        source: "internal/services/keyvault/key_vault_resource.go#L110",
      },
      "access_policy.certificate_permissions": {
        kind: "update",
        source: "internal/services/keyvault/key_vault_resource.go#L115",
      },
      "access_policy.key_permissions": {
        kind: "update",
        source: "internal/services/keyvault/key_vault_resource.go#L116",
      },
      "access_policy.object_id": { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L105" },
      "access_policy.secret_permissions": {
        kind: "update",
        source: "internal/services/keyvault/key_vault_resource.go#L117",
      },
      "access_policy.storage_permissions": {
        kind: "update",
        source: "internal/services/keyvault/key_vault_resource.go#L118",
      },
      "access_policy.tenant_id": { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L100" },
      contact: { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L239", note: "deprecated" },
      "contact.email": { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L246" },
      "contact.name": { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L250" },
      "contact.phone": { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L254" },
      enable_rbac_authorization: {
        kind: "update",
        source: "internal/services/keyvault/key_vault_resource.go#L224",
        note: "deprecated",
      },
      enabled_for_deployment: { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L123" },
      enabled_for_disk_encryption: { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L128" },
      enabled_for_template_deployment: {
        kind: "update",
        source: "internal/services/keyvault/key_vault_resource.go#L133",
      },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      name: { kind: "replace", source: "internal/services/keyvault/key_vault_resource.go#L69" },
      network_acls: { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L143" },
      "network_acls.bypass": { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L158" },
      "network_acls.default_action": {
        kind: "update",
        source: "internal/services/keyvault/key_vault_resource.go#L150",
      },
      "network_acls.ip_rules": { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L166" },
      "network_acls.virtual_network_subnet_ids": {
        kind: "update",
        source: "internal/services/keyvault/key_vault_resource.go#L178",
      },
      public_network_access_enabled: {
        kind: "update",
        source: "internal/services/keyvault/key_vault_resource.go#L188",
      },
      purge_protection_enabled: {
        kind: "update",
        source: "internal/services/keyvault/key_vault_resource.go#L194",
        note: "turning it off is refused at apply",
        noteSource: "internal/services/keyvault/key_vault_resource.go#L561",
      },
      rbac_authorization_enabled: { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L217" },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      sku_name: { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L77" },
      soft_delete_retention_days: {
        kind: "update",
        source: "internal/services/keyvault/key_vault_resource.go#L199",
        note: "any change after it was set is refused at apply",
        noteSource: "internal/services/keyvault/key_vault_resource.go#L612",
      },
      tags: { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L206" },
      tenant_id: { kind: "update", source: "internal/services/keyvault/key_vault_resource.go#L86" },
      vault_uri: { kind: "computed-only", source: "internal/services/keyvault/key_vault_resource.go#L209" },
    },
  },
};
