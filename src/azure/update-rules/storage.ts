/**
 * What a change of each attribute does: Storage accounts, containers and blobs.
 * Read from the providers' sources at the tags in ./providers.ts; see ../update-rules.ts.
 */
import { AZURERM } from "./providers";
import type { ResourceUpdateRules } from "./types";

export const STORAGE_UPDATE_RULES: Readonly<Record<string, ResourceUpdateRules>> = {
  azurerm_storage_account: {
    provider: AZURERM,
    stateful: true,
    statefulReason: "every container, share, queue and table in it, and its access keys",
    attributes: {
      access_tier: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L156" },
      account_kind: {
        kind: "replace-if",
        source: "internal/services/storage/storage_account_resource.go#L1120",
        condition: "unless the old kind is Storage or the new kind is StorageV2",
      },
      account_replication_type: {
        kind: "replace-if",
        source: "internal/services/storage/storage_account_resource.go#L1188",
        condition: "between the LRS/GRS/RAGRS and ZRS/GZRS/RAGZRS families",
      },
      account_tier: { kind: "replace", source: "internal/services/storage/storage_account_resource.go#L121" },
      allow_nested_items_to_be_public: {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L345",
      },
      allowed_copy_scope: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L713" },
      azure_files_authentication: {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L163",
      },
      "azure_files_authentication.active_directory": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L179",
      },
      "azure_files_authentication.active_directory.domain_guid": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L186",
      },
      "azure_files_authentication.active_directory.domain_name": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L192",
      },
      "azure_files_authentication.active_directory.domain_sid": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L204",
      },
      "azure_files_authentication.active_directory.forest_name": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L210",
      },
      "azure_files_authentication.active_directory.netbios_domain_name": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L216",
      },
      "azure_files_authentication.active_directory.storage_sid": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L198",
      },
      "azure_files_authentication.default_share_level_permission": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L225",
      },
      "azure_files_authentication.directory_type": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L169",
      },
      blob_properties: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L451" },
      "blob_properties.change_feed_enabled": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L458",
      },
      "blob_properties.change_feed_retention_in_days": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L464",
      },
      "blob_properties.container_delete_retention_policy": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L470",
      },
      "blob_properties.container_delete_retention_policy.days": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L476",
      },
      "blob_properties.cors_rule": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L486",
      },
      "blob_properties.cors_rule.allowed_headers": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L51",
      },
      "blob_properties.cors_rule.allowed_methods": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L60",
      },
      "blob_properties.cors_rule.allowed_origins": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L33",
      },
      "blob_properties.cors_rule.exposed_headers": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L42",
      },
      "blob_properties.cors_rule.max_age_in_seconds": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L69",
      },
      "blob_properties.default_service_version": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L488",
      },
      "blob_properties.delete_retention_policy": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L495",
      },
      "blob_properties.delete_retention_policy.days": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L501",
      },
      "blob_properties.delete_retention_policy.permanent_delete_enabled": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L507",
      },
      "blob_properties.last_access_time_enabled": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L515",
      },
      "blob_properties.restore_policy": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L521",
      },
      "blob_properties.restore_policy.days": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L527",
      },
      "blob_properties.versioning_enabled": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L537",
      },
      cross_tenant_replication_enabled: {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L235",
      },
      custom_domain: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L241" },
      "custom_domain.name": { kind: "update", source: "internal/services/storage/storage_account_resource.go#L247" },
      "custom_domain.use_subdomain": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L252",
      },
      customer_managed_key: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L261" },
      "customer_managed_key.key_vault_key_id": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L267",
      },
      "customer_managed_key.managed_hsm_key_id": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L274",
      },
      "customer_managed_key.user_assigned_identity_id": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L281",
      },
      default_to_oauth_authentication: {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L374",
      },
      dns_endpoint_type: { kind: "replace", source: "internal/services/storage/storage_account_resource.go#L366" },
      edge_zone: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/edge_zone.go#L36",
      },
      https_traffic_only_enabled: {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L292",
      },
      identity: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L449" },
      "identity.identity_ids": {
        kind: "update",
        source:
          "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/identity_system_user.go#L117",
      },
      "identity.principal_id": {
        kind: "computed-only",
        source:
          "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/identity_system_user.go#L125",
      },
      "identity.tenant_id": {
        kind: "computed-only",
        source:
          "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/identity_system_user.go#L129",
      },
      "identity.type": {
        kind: "update",
        source:
          "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/identity_system_user.go#L108",
      },
      immutability_policy: { kind: "replace", source: "internal/services/storage/storage_account_resource.go#L302" },
      "immutability_policy.allow_protected_append_writes": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L305",
      },
      "immutability_policy.period_since_creation_in_days": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L309",
      },
      "immutability_policy.state": {
        kind: "replace-if",
        source: "internal/services/storage/storage_account_resource.go#L1182",
        condition: "when the old state is Locked; other invalid moves are refused at plan",
      },
      infrastructure_encryption_enabled: {
        kind: "replace",
        source: "internal/services/storage/storage_account_resource.go#L688",
      },
      is_hns_enabled: { kind: "replace", source: "internal/services/storage/storage_account_resource.go#L335" },
      large_file_share_enabled: {
        kind: "replace-if",
        source: "internal/services/storage/storage_account_resource.go#L1130",
        condition: "when turned off",
      },
      local_user_enabled: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L731" },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      min_tls_version: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L1334" },
      name: { kind: "replace", source: "internal/services/storage/storage_account_resource.go#L103" },
      network_rules: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L380" },
      "network_rules.bypass": { kind: "update", source: "internal/services/storage/storage_account_resource.go#L387" },
      "network_rules.default_action": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L419",
      },
      "network_rules.ip_rules": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L398",
      },
      "network_rules.private_link_access": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L425",
      },
      "network_rules.private_link_access.endpoint_resource_id": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L430",
      },
      "network_rules.private_link_access.endpoint_tenant_id": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L436",
      },
      "network_rules.virtual_network_subnet_ids": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L409",
      },
      nfsv3_enabled: { kind: "replace", source: "internal/services/storage/storage_account_resource.go#L342" },
      primary_access_key: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1067",
      },
      primary_blob_connection_string: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1091",
      },
      primary_blob_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L747",
      },
      primary_blob_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L752",
      },
      primary_blob_internet_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L757",
      },
      primary_blob_internet_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L762",
      },
      primary_blob_microsoft_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L767",
      },
      primary_blob_microsoft_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L772",
      },
      primary_connection_string: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1079",
      },
      primary_dfs_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L947",
      },
      primary_dfs_host: { kind: "computed-only", source: "internal/services/storage/storage_account_resource.go#L952" },
      primary_dfs_internet_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L957",
      },
      primary_dfs_internet_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L962",
      },
      primary_dfs_microsoft_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L967",
      },
      primary_dfs_microsoft_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L972",
      },
      primary_file_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1007",
      },
      primary_file_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1012",
      },
      primary_file_internet_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1017",
      },
      primary_file_internet_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1022",
      },
      primary_file_microsoft_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1027",
      },
      primary_file_microsoft_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1032",
      },
      primary_location: { kind: "computed-only", source: "internal/services/storage/storage_account_resource.go#L737" },
      primary_queue_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L807",
      },
      primary_queue_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L812",
      },
      primary_queue_microsoft_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L817",
      },
      primary_queue_microsoft_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L822",
      },
      primary_table_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L847",
      },
      primary_table_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L852",
      },
      primary_table_microsoft_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L857",
      },
      primary_table_microsoft_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L862",
      },
      primary_web_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L887",
      },
      primary_web_host: { kind: "computed-only", source: "internal/services/storage/storage_account_resource.go#L892" },
      primary_web_internet_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L897",
      },
      primary_web_internet_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L902",
      },
      primary_web_microsoft_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L907",
      },
      primary_web_microsoft_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L912",
      },
      provisioned_billing_model_version: {
        kind: "replace",
        source: "internal/services/storage/storage_account_resource.go#L127",
      },
      public_network_access_enabled: {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L357",
      },
      queue_encryption_key_type: {
        kind: "replace",
        source: "internal/services/storage/storage_account_resource.go#L671",
      },
      queue_properties: {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1231",
        note: "deprecated",
      },
      "queue_properties.cors_rule": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1238",
      },
      "queue_properties.cors_rule.allowed_headers": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L51",
      },
      "queue_properties.cors_rule.allowed_methods": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L60",
      },
      "queue_properties.cors_rule.allowed_origins": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L33",
      },
      "queue_properties.cors_rule.exposed_headers": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L42",
      },
      "queue_properties.cors_rule.max_age_in_seconds": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L69",
      },
      "queue_properties.hour_metrics": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1239",
      },
      "queue_properties.hour_metrics.enabled": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1251",
      },
      "queue_properties.hour_metrics.include_apis": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1255",
      },
      "queue_properties.hour_metrics.retention_policy_days": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1259",
      },
      "queue_properties.hour_metrics.version": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1246",
      },
      "queue_properties.logging": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1267",
      },
      "queue_properties.logging.delete": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1279",
      },
      "queue_properties.logging.read": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1283",
      },
      "queue_properties.logging.retention_policy_days": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1291",
      },
      "queue_properties.logging.version": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1274",
      },
      "queue_properties.logging.write": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1287",
      },
      "queue_properties.minute_metrics": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1299",
      },
      "queue_properties.minute_metrics.enabled": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1312",
      },
      "queue_properties.minute_metrics.include_apis": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1316",
      },
      "queue_properties.minute_metrics.retention_policy_days": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1320",
      },
      "queue_properties.minute_metrics.version": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1306",
      },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      routing: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L546" },
      "routing.choice": { kind: "update", source: "internal/services/storage/storage_account_resource.go#L565" },
      "routing.publish_internet_endpoints": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L553",
      },
      "routing.publish_microsoft_endpoints": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L559",
      },
      sas_policy: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L691" },
      "sas_policy.expiration_action": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L698",
      },
      "sas_policy.expiration_period": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L704",
      },
      secondary_access_key: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1073",
      },
      secondary_blob_connection_string: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1097",
      },
      secondary_blob_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L777",
      },
      secondary_blob_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L782",
      },
      secondary_blob_internet_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L787",
      },
      secondary_blob_internet_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L792",
      },
      secondary_blob_microsoft_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L797",
      },
      secondary_blob_microsoft_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L802",
      },
      secondary_connection_string: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1085",
      },
      secondary_dfs_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L977",
      },
      secondary_dfs_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L982",
      },
      secondary_dfs_internet_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L987",
      },
      secondary_dfs_internet_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L992",
      },
      secondary_dfs_microsoft_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L997",
      },
      secondary_dfs_microsoft_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1002",
      },
      secondary_file_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1037",
      },
      secondary_file_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1042",
      },
      secondary_file_internet_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1052",
      },
      secondary_file_internet_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1047",
      },
      secondary_file_microsoft_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1062",
      },
      secondary_file_microsoft_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L1057",
      },
      secondary_location: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L742",
      },
      secondary_queue_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L827",
      },
      secondary_queue_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L832",
      },
      secondary_queue_microsoft_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L837",
      },
      secondary_queue_microsoft_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L842",
      },
      secondary_table_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L867",
      },
      secondary_table_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L872",
      },
      secondary_table_microsoft_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L877",
      },
      secondary_table_microsoft_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L882",
      },
      secondary_web_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L917",
      },
      secondary_web_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L922",
      },
      secondary_web_internet_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L927",
      },
      secondary_web_internet_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L932",
      },
      secondary_web_microsoft_endpoint: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L937",
      },
      secondary_web_microsoft_host: {
        kind: "computed-only",
        source: "internal/services/storage/storage_account_resource.go#L942",
      },
      sftp_enabled: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L719" },
      share_properties: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L575" },
      "share_properties.cors_rule": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L582",
      },
      "share_properties.cors_rule.allowed_headers": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L51",
      },
      "share_properties.cors_rule.allowed_methods": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L60",
      },
      "share_properties.cors_rule.allowed_origins": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L33",
      },
      "share_properties.cors_rule.exposed_headers": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L42",
      },
      "share_properties.cors_rule.max_age_in_seconds": {
        kind: "update",
        source: "internal/services/storage/helpers/helpers.go#L69",
      },
      "share_properties.retention_policy": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L584",
      },
      "share_properties.retention_policy.days": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L590",
      },
      "share_properties.smb": { kind: "update", source: "internal/services/storage/storage_account_resource.go#L600" },
      "share_properties.smb.authentication_types": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L606",
      },
      "share_properties.smb.channel_encryption_type": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L618",
      },
      "share_properties.smb.kerberos_ticket_encryption_type": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L631",
      },
      "share_properties.smb.multichannel_enabled": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L643",
      },
      "share_properties.smb.versions": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L649",
      },
      shared_access_key_enabled: {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L351",
      },
      static_website: {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1208",
        note: "deprecated",
      },
      "static_website.error_404_document": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1215",
      },
      "static_website.index_document": {
        kind: "update",
        source: "internal/services/storage/storage_account_resource.go#L1220",
      },
      table_encryption_key_type: {
        kind: "replace",
        source: "internal/services/storage/storage_account_resource.go#L679",
      },
      tags: { kind: "update", source: "internal/services/storage/storage_account_resource.go#L1103" },
    },
  },
  azurerm_storage_container: {
    provider: AZURERM,
    stateful: true,
    statefulReason: "every blob in it",
    attributes: {
      container_access_type: { kind: "update", source: "internal/services/storage/storage_container_resource.go#L89" },
      default_encryption_scope: {
        kind: "replace",
        source: "internal/services/storage/storage_container_resource.go#L104",
      },
      encryption_scope_override_enabled: {
        kind: "replace",
        source: "internal/services/storage/storage_container_resource.go#L112",
      },
      has_immutability_policy: {
        kind: "computed-only",
        source: "internal/services/storage/storage_container_resource.go#L118",
      },
      has_legal_hold: { kind: "computed-only", source: "internal/services/storage/storage_container_resource.go#L123" },
      metadata: { kind: "update", source: "internal/services/storage/storage_container_resource.go#L116" },
      name: { kind: "replace", source: "internal/services/storage/storage_container_resource.go#L78" },
      resource_manager_id: {
        kind: "computed-only",
        source: "internal/services/storage/storage_container_resource.go#L146",
      },
      storage_account_id: {
        kind: "replace-if",
        source: "internal/services/storage/storage_container_resource.go#L155",
        condition: "when the container's id is a Resource Manager id (created with storage_account_id)",
      },
      storage_account_name: {
        kind: "replace-if",
        source: "internal/services/storage/storage_container_resource.go#L165",
        condition: "when the container has a data-plane id and the new name is set",
        note: "deprecated, use `storage_account_id`",
      },
    },
  },
  azurerm_storage_blob: {
    provider: AZURERM,
    stateful: true,
    statefulReason: "its content",
    attributes: {
      access_tier: { kind: "update", source: "internal/services/storage/storage_blob_resource.go#L92" },
      cache_control: { kind: "update", source: "internal/services/storage/storage_blob_resource.go#L109" },
      content_md5: { kind: "replace", source: "internal/services/storage/storage_blob_resource.go#L145" },
      content_type: { kind: "update", source: "internal/services/storage/storage_blob_resource.go#L103" },
      encryption_scope: { kind: "replace", source: "internal/services/storage/storage_blob_resource.go#L117" },
      metadata: { kind: "update", source: "internal/services/storage/storage_blob_resource.go#L163" },
      name: { kind: "replace", source: "internal/services/storage/storage_blob_resource.go#L55" },
      parallelism: { kind: "replace", source: "internal/services/storage/storage_blob_resource.go#L159" },
      size: { kind: "replace", source: "internal/services/storage/storage_blob_resource.go#L87" },
      source: { kind: "replace", source: "internal/services/storage/storage_blob_resource.go#L124" },
      source_content: { kind: "replace", source: "internal/services/storage/storage_blob_resource.go#L131" },
      source_uri: { kind: "replace", source: "internal/services/storage/storage_blob_resource.go#L138" },
      storage_account_name: { kind: "replace", source: "internal/services/storage/storage_blob_resource.go#L62" },
      storage_container_name: { kind: "replace", source: "internal/services/storage/storage_blob_resource.go#L69" },
      type: { kind: "replace", source: "internal/services/storage/storage_blob_resource.go#L76" },
      url: { kind: "computed-only", source: "internal/services/storage/storage_blob_resource.go#L149" },
    },
  },
};
