/**
 * What a change of each attribute does: Virtual machines, scale sets, images and disk encryption sets.
 * Read from the providers' sources at the tags in ./providers.ts; see ../update-rules.ts.
 */
import { AZURERM } from "./providers";
import type { ResourceUpdateRules } from "./types";

export const COMPUTE_UPDATE_RULES: Readonly<Record<string, ResourceUpdateRules>> = {
  azurerm_linux_virtual_machine: {
    provider: AZURERM,
    stateful: true,
    statefulReason: "its OS disk, and the data on it, is deleted with the VM",
    attributes: {
      additional_capabilities: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L115",
      },
      "additional_capabilities.hibernation_enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine.go#L43",
      },
      "additional_capabilities.ultra_ssd_enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine.go#L37",
        note: "in place, VM deallocated first",
        noteSource: "internal/services/compute/linux_virtual_machine_resource.go#L1594",
      },
      admin_password: { kind: "replace", source: "internal/services/compute/linux_virtual_machine_resource.go#L120" },
      admin_ssh_key: { kind: "replace", source: "internal/services/compute/ssh_keys.go#L25" },
      "admin_ssh_key.public_key": { kind: "replace", source: "internal/services/compute/ssh_keys.go#L35" },
      "admin_ssh_key.username": { kind: "replace", source: "internal/services/compute/ssh_keys.go#L43" },
      admin_username: { kind: "replace", source: "internal/services/compute/linux_virtual_machine_resource.go#L76" },
      allow_extension_operations: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L131",
      },
      availability_set_id: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L140",
      },
      boot_diagnostics: { kind: "update", source: "internal/services/compute/linux_virtual_machine_resource.go#L152" },
      "boot_diagnostics.storage_account_uri": {
        kind: "update",
        source: "internal/services/compute/shared_schema.go#L200",
      },
      bypass_platform_safety_checks_on_user_schedule_enabled: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L154",
      },
      capacity_reservation_group_id: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L163",
        note: "in place, VM deallocated first",
        noteSource: "internal/services/compute/linux_virtual_machine_resource.go#L1254",
      },
      computer_name: { kind: "replace", source: "internal/services/compute/linux_virtual_machine_resource.go#L182" },
      custom_data: { kind: "replace", source: "internal/services/compute/linux_virtual_machine_resource.go#L193" },
      dedicated_host_group_id: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L213",
        note: "in place, VM deallocated first",
        noteSource: "internal/services/compute/linux_virtual_machine_resource.go#L1286",
      },
      dedicated_host_id: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L201",
        note: "in place, VM deallocated first",
        noteSource: "internal/services/compute/linux_virtual_machine_resource.go#L1271",
      },
      disable_password_authentication: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L229",
      },
      disk_controller_type: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L233",
        note: "in place, VM deallocated first",
        noteSource: "internal/services/compute/linux_virtual_machine_resource.go#L1348",
      },
      edge_zone: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/edge_zone.go#L36",
      },
      encryption_at_host_enabled: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L245",
        note: "in place, VM deallocated first",
        noteSource: "internal/services/compute/linux_virtual_machine_resource.go#L1607",
      },
      eviction_policy: { kind: "replace", source: "internal/services/compute/linux_virtual_machine_resource.go#L254" },
      extensions_time_budget: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L261",
      },
      gallery_application: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L268",
      },
      "gallery_application.automatic_upgrade_enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine.go#L557",
      },
      "gallery_application.configuration_blob_uri": {
        kind: "update",
        source: "internal/services/compute/virtual_machine.go#L564",
      },
      "gallery_application.order": { kind: "update", source: "internal/services/compute/virtual_machine.go#L570" },
      "gallery_application.tag": { kind: "update", source: "internal/services/compute/virtual_machine.go#L578" },
      "gallery_application.treat_failure_as_deployment_failure_enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine.go#L584",
      },
      "gallery_application.version_id": { kind: "update", source: "internal/services/compute/virtual_machine.go#L551" },
      identity: { kind: "update", source: "internal/services/compute/linux_virtual_machine_resource.go#L270" },
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
      license_type: { kind: "update", source: "internal/services/compute/linux_virtual_machine_resource.go#L272" },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      max_bid_price: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L290",
        note: "in place, but the VM is powered off and deallocated first",
        noteSource: "internal/services/compute/linux_virtual_machine_resource.go#L1313",
      },
      name: { kind: "replace", source: "internal/services/compute/linux_virtual_machine_resource.go#L61" },
      network_interface_ids: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L80",
        note: "in place, but the VM is powered off and deallocated first",
        noteSource: "internal/services/compute/linux_virtual_machine_resource.go#L1330",
      },
      os_disk: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L90",
        note: "in place, but the VM is powered off and deallocated first",
        noteSource: "internal/services/compute/linux_virtual_machine_resource.go#L1359",
      },
      "os_disk.caching": { kind: "update", source: "internal/services/compute/virtual_machine.go#L131" },
      "os_disk.diff_disk_settings": { kind: "replace", source: "internal/services/compute/virtual_machine.go#L173" },
      "os_disk.diff_disk_settings.option": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine.go#L180",
      },
      "os_disk.diff_disk_settings.placement": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine.go#L188",
      },
      "os_disk.disk_encryption_set_id": { kind: "update", source: "internal/services/compute/virtual_machine.go#L203" },
      "os_disk.disk_size_gb": {
        kind: "update",
        source: "internal/services/compute/virtual_machine.go#L212",
        note: "resized through the disk API with the VM deallocated",
        noteSource: "internal/services/compute/linux_virtual_machine_resource.go#L1687",
      },
      "os_disk.id": { kind: "computed-only", source: "internal/services/compute/virtual_machine.go#L253" },
      "os_disk.name": { kind: "replace", source: "internal/services/compute/virtual_machine.go#L222" },
      "os_disk.secure_vm_disk_encryption_set_id": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine.go#L232",
      },
      "os_disk.security_encryption_type": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine.go#L240",
      },
      "os_disk.storage_account_type": { kind: "replace", source: "internal/services/compute/virtual_machine.go#L147" },
      "os_disk.write_accelerator_enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine.go#L247",
      },
      os_image_notification: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L429",
      },
      "os_image_notification.timeout": { kind: "update", source: "internal/services/compute/virtual_machine.go#L436" },
      os_managed_disk_id: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L100",
      },
      patch_assessment_mode: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L334",
      },
      patch_mode: { kind: "update", source: "internal/services/compute/linux_virtual_machine_resource.go#L321" },
      plan: { kind: "replace", source: "internal/services/compute/shared_schema.go#L472" },
      "plan.name": { kind: "replace", source: "internal/services/compute/shared_schema.go#L479" },
      "plan.product": { kind: "replace", source: "internal/services/compute/shared_schema.go#L485" },
      "plan.publisher": { kind: "replace", source: "internal/services/compute/shared_schema.go#L491" },
      platform_fault_domain: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L422",
      },
      priority: { kind: "replace", source: "internal/services/compute/linux_virtual_machine_resource.go#L302" },
      private_ip_address: {
        kind: "computed-only",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L442",
      },
      private_ip_addresses: {
        kind: "computed-only",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L446",
      },
      provision_vm_agent: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L315",
      },
      proximity_placement_group_id: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L348",
        note: "in place, but the VM is powered off and deallocated first",
        noteSource: "internal/services/compute/linux_virtual_machine_resource.go#L1395",
      },
      public_ip_address: {
        kind: "computed-only",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L453",
      },
      public_ip_addresses: {
        kind: "computed-only",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L457",
      },
      reboot_setting: { kind: "update", source: "internal/services/compute/linux_virtual_machine_resource.go#L360" },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      secret: { kind: "update", source: "internal/services/compute/linux_virtual_machine_resource.go#L373" },
      "secret.certificate": { kind: "update", source: "internal/services/compute/shared_schema.go#L319" },
      "secret.certificate.url": { kind: "update", source: "internal/services/compute/shared_schema.go#L325" },
      "secret.key_vault_id": { kind: "update", source: "internal/services/compute/shared_schema.go#L315" },
      secure_boot_enabled: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L378",
      },
      size: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L109",
        note: "in place; the VM is powered off, and deallocated when the size is not on its current host",
        noteSource: "internal/services/compute/linux_virtual_machine_resource.go#L1411",
      },
      source_image_id: { kind: "replace", source: "internal/services/compute/linux_virtual_machine_resource.go#L384" },
      source_image_reference: { kind: "replace", source: "internal/services/compute/shared_schema.go#L588" },
      "source_image_reference.offer": { kind: "replace", source: "internal/services/compute/shared_schema.go#L606" },
      "source_image_reference.publisher": {
        kind: "replace",
        source: "internal/services/compute/shared_schema.go#L600",
      },
      "source_image_reference.sku": { kind: "replace", source: "internal/services/compute/shared_schema.go#L612" },
      "source_image_reference.version": { kind: "replace", source: "internal/services/compute/shared_schema.go#L618" },
      tags: { kind: "update", source: "internal/services/compute/linux_virtual_machine_resource.go#L427" },
      termination_notification: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L431",
      },
      "termination_notification.enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine.go#L457",
      },
      "termination_notification.timeout": {
        kind: "update",
        source: "internal/services/compute/virtual_machine.go#L461",
      },
      user_data: { kind: "update", source: "internal/services/compute/linux_virtual_machine_resource.go#L433" },
      virtual_machine_id: {
        kind: "computed-only",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L464",
      },
      virtual_machine_scale_set_id: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L403",
      },
      vm_agent_platform_updates_enabled: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_resource.go#L476",
        note: "deprecated: the API made it read-only; Update never sends it",
      },
      vtpm_enabled: { kind: "replace", source: "internal/services/compute/linux_virtual_machine_resource.go#L415" },
      zone: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/zone.go#L44",
      },
    },
  },
  azurerm_linux_virtual_machine_scale_set: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "instances are rebuilt from the scale set model",
    note: "Updates change the scale set model; existing instances follow upgrade_mode and the reimage_on_manual_upgrade feature",
    noteSource: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L827",
    attributes: {
      additional_capabilities: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1193",
      },
      "additional_capabilities.ultra_ssd_enabled": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L41",
      },
      admin_password: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1198",
      },
      admin_ssh_key: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1203",
      },
      "admin_ssh_key.public_key": { kind: "update", source: "internal/services/compute/ssh_keys.go#L62" },
      "admin_ssh_key.username": { kind: "update", source: "internal/services/compute/ssh_keys.go#L70" },
      admin_username: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1171",
      },
      automatic_instance_repair: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1207",
        note: "apply errors without a health extension or health_probe_id",
        noteSource: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L756",
      },
      "automatic_instance_repair.action": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1861",
      },
      "automatic_instance_repair.enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1850",
      },
      "automatic_instance_repair.grace_period": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1855",
      },
      automatic_os_upgrade_policy: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1205",
      },
      "automatic_os_upgrade_policy.disable_automatic_rollback": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1603",
      },
      "automatic_os_upgrade_policy.enable_automatic_os_upgrade": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1608",
      },
      boot_diagnostics: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1209",
      },
      "boot_diagnostics.storage_account_uri": {
        kind: "update",
        source: "internal/services/compute/shared_schema.go#L200",
      },
      capacity_reservation_group_id: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1214",
      },
      computer_name_prefix: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1227",
      },
      custom_data: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1232",
      },
      data_disk: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1234",
      },
      "data_disk.caching": { kind: "update", source: "internal/services/compute/virtual_machine_scale_set.go#L1149" },
      "data_disk.create_option": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1159",
      },
      "data_disk.disk_encryption_set_id": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1175",
      },
      "data_disk.disk_size_gb": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1179",
      },
      "data_disk.lun": { kind: "update", source: "internal/services/compute/virtual_machine_scale_set.go#L1185" },
      "data_disk.name": { kind: "update", source: "internal/services/compute/virtual_machine_scale_set.go#L1143" },
      "data_disk.storage_account_type": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1191",
      },
      "data_disk.ultra_ssd_disk_iops_read_write": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1212",
      },
      "data_disk.ultra_ssd_disk_mbps_read_write": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1220",
      },
      "data_disk.write_accelerator_enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1205",
      },
      disable_password_authentication: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1236",
      },
      do_not_run_extensions_on_overprovisioned_machines: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1242",
      },
      edge_zone: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/edge_zone.go#L36",
      },
      encryption_at_host_enabled: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1250",
      },
      eviction_policy: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1259",
      },
      extension: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1273",
      },
      "extension.auto_upgrade_minor_version": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1937",
      },
      "extension.automatic_upgrade_enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1943",
      },
      "extension.force_update_tag": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1949",
      },
      "extension.name": { kind: "update", source: "internal/services/compute/virtual_machine_scale_set.go#L1913" },
      "extension.protected_settings": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1954",
      },
      "extension.protected_settings_from_key_vault": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1962",
      },
      "extension.protected_settings_from_key_vault.secret_url": {
        kind: "update",
        source: "internal/services/compute/protected_settings_from_key_vault.go#L30",
      },
      "extension.protected_settings_from_key_vault.source_vault_id": {
        kind: "update",
        source: "internal/services/compute/protected_settings_from_key_vault.go#L36",
      },
      "extension.provision_after_extensions": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1964",
      },
      "extension.publisher": { kind: "update", source: "internal/services/compute/virtual_machine_scale_set.go#L1919" },
      "extension.settings": { kind: "update", source: "internal/services/compute/virtual_machine_scale_set.go#L1972" },
      "extension.type": { kind: "update", source: "internal/services/compute/virtual_machine_scale_set.go#L1925" },
      "extension.type_handler_version": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1931",
      },
      extension_operations_enabled: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1270",
      },
      extensions_time_budget: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1275",
      },
      gallery_application: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1282",
      },
      "gallery_application.configuration_blob_uri": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L166",
      },
      "gallery_application.order": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L174",
      },
      "gallery_application.tag": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L182",
      },
      "gallery_application.version_id": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L158",
      },
      health_probe_id: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1284",
      },
      host_group_id: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1293",
      },
      identity: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1300",
      },
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
      instances: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1179",
      },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      max_bid_price: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1302",
        note: "apply errors unless priority is Spot",
        noteSource: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L571",
      },
      name: { kind: "replace", source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1159" },
      network_interface: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1175",
      },
      "network_interface.auxiliary_mode": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L91",
      },
      "network_interface.auxiliary_sku": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L101",
      },
      "network_interface.dns_servers": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L113",
      },
      "network_interface.enable_accelerated_networking": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L122",
      },
      "network_interface.enable_ip_forwarding": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L128",
      },
      "network_interface.ip_configuration": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L89",
      },
      "network_interface.ip_configuration.application_gateway_backend_address_pool_ids": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L480",
      },
      "network_interface.ip_configuration.application_security_group_ids": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L487",
      },
      "network_interface.ip_configuration.load_balancer_backend_address_pool_ids": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L498",
      },
      "network_interface.ip_configuration.load_balancer_inbound_nat_rules_ids": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L505",
      },
      "network_interface.ip_configuration.name": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L473",
      },
      "network_interface.ip_configuration.primary": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L512",
      },
      "network_interface.ip_configuration.public_ip_address": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L518",
      },
      "network_interface.ip_configuration.public_ip_address.domain_name_label": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L616",
      },
      "network_interface.ip_configuration.public_ip_address.idle_timeout_in_minutes": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L621",
      },
      "network_interface.ip_configuration.public_ip_address.ip_tag": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L631",
      },
      "network_interface.ip_configuration.public_ip_address.ip_tag.tag": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L637",
      },
      "network_interface.ip_configuration.public_ip_address.ip_tag.type": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L643",
      },
      "network_interface.ip_configuration.public_ip_address.name": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L610",
      },
      "network_interface.ip_configuration.public_ip_address.public_ip_prefix_id": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L665",
      },
      "network_interface.ip_configuration.public_ip_address.version": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L652",
      },
      "network_interface.ip_configuration.subnet_id": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L520",
      },
      "network_interface.ip_configuration.version": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L526",
      },
      "network_interface.name": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L86",
      },
      "network_interface.network_security_group_id": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L133",
      },
      "network_interface.primary": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L138",
      },
      os_disk: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1177",
      },
      "os_disk.caching": { kind: "update", source: "internal/services/compute/virtual_machine_scale_set.go#L1361" },
      "os_disk.diff_disk_settings": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1389",
      },
      "os_disk.diff_disk_settings.option": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1396",
      },
      "os_disk.diff_disk_settings.placement": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1404",
      },
      "os_disk.disk_encryption_set_id": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1421",
      },
      "os_disk.disk_size_gb": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1426",
      },
      "os_disk.secure_vm_disk_encryption_set_id": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1436",
      },
      "os_disk.security_encryption_type": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1444",
      },
      "os_disk.storage_account_type": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1375",
      },
      "os_disk.write_accelerator_enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1451",
      },
      overprovision: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1309",
      },
      plan: { kind: "replace", source: "internal/services/compute/shared_schema.go#L472" },
      "plan.name": { kind: "replace", source: "internal/services/compute/shared_schema.go#L479" },
      "plan.product": { kind: "replace", source: "internal/services/compute/shared_schema.go#L485" },
      "plan.publisher": { kind: "replace", source: "internal/services/compute/shared_schema.go#L491" },
      platform_fault_domain_count: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1320",
      },
      priority: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1327",
      },
      provision_vm_agent: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1339",
      },
      proximity_placement_group_id: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1345",
      },
      resilient_vm_creation_enabled: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1354",
      },
      resilient_vm_deletion_enabled: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1360",
      },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      rolling_upgrade_policy: {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1656",
      },
      "rolling_upgrade_policy.cross_zone_upgrades_enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1660",
      },
      "rolling_upgrade_policy.max_batch_instance_percent": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1664",
      },
      "rolling_upgrade_policy.max_unhealthy_instance_percent": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1668",
      },
      "rolling_upgrade_policy.max_unhealthy_upgraded_instance_percent": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1672",
      },
      "rolling_upgrade_policy.maximum_surge_instances_enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1685",
      },
      "rolling_upgrade_policy.pause_time_between_batches": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1676",
      },
      "rolling_upgrade_policy.prioritize_unhealthy_instances_enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1681",
      },
      scale_in: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1435",
      },
      "scale_in.force_deletion_enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L270",
      },
      "scale_in.rule": { kind: "update", source: "internal/services/compute/virtual_machine_scale_set.go#L259" },
      secret: { kind: "update", source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1368" },
      "secret.certificate": { kind: "update", source: "internal/services/compute/shared_schema.go#L319" },
      "secret.certificate.url": { kind: "update", source: "internal/services/compute/shared_schema.go#L325" },
      "secret.key_vault_id": { kind: "update", source: "internal/services/compute/shared_schema.go#L315" },
      secure_boot_enabled: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1373",
      },
      single_placement_group: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1376",
        note: "false to true is refused at apply",
        noteSource: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L582",
      },
      sku: { kind: "update", source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1186" },
      source_image_id: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1382",
      },
      source_image_reference: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1400",
      },
      "source_image_reference.offer": { kind: "replace", source: "internal/services/compute/shared_schema.go#L651" },
      "source_image_reference.publisher": {
        kind: "replace",
        source: "internal/services/compute/shared_schema.go#L645",
      },
      "source_image_reference.sku": { kind: "update", source: "internal/services/compute/shared_schema.go#L654" },
      "source_image_reference.version": { kind: "update", source: "internal/services/compute/shared_schema.go#L660" },
      spot_restore: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1437",
      },
      "spot_restore.enabled": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L329",
      },
      "spot_restore.timeout": {
        kind: "replace",
        source: "internal/services/compute/virtual_machine_scale_set.go#L336",
      },
      tags: { kind: "update", source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1402" },
      termination_notification: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1439",
      },
      "termination_notification.enabled": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1788",
      },
      "termination_notification.timeout": {
        kind: "update",
        source: "internal/services/compute/virtual_machine_scale_set.go#L1792",
      },
      unique_id: {
        kind: "computed-only",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1444",
      },
      upgrade_mode: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1407",
      },
      user_data: {
        kind: "update",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1416",
      },
      vtpm_enabled: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1425",
      },
      zone_balance: {
        kind: "replace",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L1431",
      },
      zones: {
        kind: "replace-if",
        source: "internal/services/compute/linux_virtual_machine_scale_set_resource.go#L63",
        condition: "when an existing zone is removed; adding zones updates in place",
      },
    },
  },
  azurerm_image: {
    provider: AZURERM,
    stateful: true,
    statefulReason: "a captured image outlives the VM it was captured from, which is usually gone",
    attributes: {
      data_disk: { kind: "update", source: "internal/services/compute/image_resource.go#L159" },
      "data_disk.blob_uri": { kind: "update", source: "internal/services/compute/image_resource.go#L177" },
      "data_disk.caching": { kind: "update", source: "internal/services/compute/image_resource.go#L184" },
      "data_disk.disk_encryption_set_id": {
        kind: "replace",
        source: "internal/services/compute/image_resource.go#L205",
      },
      "data_disk.lun": { kind: "update", source: "internal/services/compute/image_resource.go#L165" },
      "data_disk.managed_disk_id": { kind: "replace", source: "internal/services/compute/image_resource.go#L173" },
      "data_disk.size_gb": { kind: "update", source: "internal/services/compute/image_resource.go#L195" },
      "data_disk.storage_type": { kind: "replace", source: "internal/services/compute/image_resource.go#L213" },
      hyper_v_generation: { kind: "replace", source: "internal/services/compute/image_resource.go#L67" },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      name: { kind: "replace", source: "internal/services/compute/image_resource.go#L48" },
      os_disk: { kind: "replace", source: "internal/services/compute/image_resource.go#L84" },
      "os_disk.blob_uri": { kind: "replace", source: "internal/services/compute/image_resource.go#L118" },
      "os_disk.caching": { kind: "update", source: "internal/services/compute/image_resource.go#L122" },
      "os_disk.disk_encryption_set_id": { kind: "replace", source: "internal/services/compute/image_resource.go#L144" },
      "os_disk.managed_disk_id": { kind: "update", source: "internal/services/compute/image_resource.go#L106" },
      "os_disk.os_state": { kind: "update", source: "internal/services/compute/image_resource.go#L97" },
      "os_disk.os_type": { kind: "update", source: "internal/services/compute/image_resource.go#L88" },
      "os_disk.size_gb": { kind: "replace", source: "internal/services/compute/image_resource.go#L137" },
      "os_disk.storage_type": { kind: "replace", source: "internal/services/compute/image_resource.go#L152" },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      source_virtual_machine_id: { kind: "update", source: "internal/services/compute/image_resource.go#L74" },
      tags: { kind: "update", source: "internal/services/compute/image_resource.go#L220" },
      zone_resilient: { kind: "replace", source: "internal/services/compute/image_resource.go#L59" },
    },
  },
  azurerm_disk_encryption_set: {
    provider: AZURERM,
    stateful: true,
    statefulReason: "disks encrypted through it depend on it, and its identity is what the key vault grants",
    attributes: {
      auto_key_rotation_enabled: {
        kind: "update",
        source: "internal/services/compute/disk_encryption_set_resource.go#L83",
      },
      encryption_type: { kind: "replace", source: "internal/services/compute/disk_encryption_set_resource.go#L92" },
      federated_client_id: { kind: "update", source: "internal/services/compute/disk_encryption_set_resource.go#L101" },
      identity: { kind: "update", source: "internal/services/compute/disk_encryption_set_resource.go#L107" },
      "identity.identity_ids": {
        kind: "update",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/identity_system_user.go#L38",
      },
      "identity.principal_id": {
        kind: "computed-only",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/identity_system_user.go#L46",
      },
      "identity.tenant_id": {
        kind: "computed-only",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/identity_system_user.go#L50",
      },
      "identity.type": {
        kind: "replace-if",
        source: "internal/services/compute/disk_encryption_set_resource.go#L118",
        condition: "from UserAssigned or SystemAssigned, UserAssigned to SystemAssigned",
      },
      key_vault_key_id: { kind: "update", source: "internal/services/compute/disk_encryption_set_resource.go#L69" },
      key_vault_key_url: {
        kind: "computed-only",
        source: "internal/services/compute/disk_encryption_set_resource.go#L111",
      },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      managed_hsm_key_id: { kind: "update", source: "internal/services/compute/disk_encryption_set_resource.go#L76" },
      name: { kind: "replace", source: "internal/services/compute/disk_encryption_set_resource.go#L60" },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      tags: { kind: "update", source: "internal/services/compute/disk_encryption_set_resource.go#L109" },
    },
  },
};
