/**
 * What a change of each attribute does: AKS clusters and their node pools.
 * Read from the providers' sources at the tags in ./providers.ts; see ../update-rules.ts.
 */
import { AZURERM } from "./providers";
import type { ResourceUpdateRules } from "./types";

export const KUBERNETES_CLUSTER_UPDATE_RULES: Readonly<Record<string, ResourceUpdateRules>> = {
  azurerm_kubernetes_cluster: {
    provider: AZURERM,
    stateful: true,
    statefulReason: "the control plane's etcd, its identity and kubeconfig credentials go with it",
    note: "Rotation: create the temporary pool, delete and recreate this pool, delete the temporary one; apply fails without temporary_name_for_rotation",
    noteSource: "internal/services/containers/kubernetes_cluster_resource.go#L2630",
    attributes: {
      aci_connector_linux: { kind: "update", source: "internal/services/containers/kubernetes_addons.go#L51" },
      "aci_connector_linux.connector_identity": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L62",
      },
      "aci_connector_linux.connector_identity.client_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L67",
      },
      "aci_connector_linux.connector_identity.object_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L71",
      },
      "aci_connector_linux.connector_identity.user_assigned_identity_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L75",
      },
      "aci_connector_linux.subnet_name": {
        kind: "update",
        source: "internal/services/containers/kubernetes_addons.go#L57",
      },
      ai_toolchain_operator_enabled: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1648",
      },
      api_server_access_profile: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L168",
      },
      "api_server_access_profile.authorized_ip_ranges": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L174",
      },
      "api_server_access_profile.subnet_id": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L83",
        condition: "only when a set value is removed",
      },
      "api_server_access_profile.virtual_network_integration_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L182",
      },
      auto_scaler_profile: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L207",
      },
      "auto_scaler_profile.balance_similar_node_groups": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L214",
      },
      "auto_scaler_profile.daemonset_eviction_for_empty_nodes_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L220",
      },
      "auto_scaler_profile.daemonset_eviction_for_occupied_nodes_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L226",
      },
      "auto_scaler_profile.empty_bulk_delete_max": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L332",
      },
      "auto_scaler_profile.expander": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L232",
      },
      "auto_scaler_profile.ignore_daemonsets_utilization_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L244",
      },
      "auto_scaler_profile.max_graceful_termination_sec": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L250",
      },
      "auto_scaler_profile.max_node_provisioning_time": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L256",
      },
      "auto_scaler_profile.max_unready_nodes": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L263",
      },
      "auto_scaler_profile.max_unready_percentage": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L270",
      },
      "auto_scaler_profile.new_pod_scale_up_delay": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L277",
      },
      "auto_scaler_profile.scale_down_delay_after_add": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L291",
      },
      "auto_scaler_profile.scale_down_delay_after_delete": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L298",
      },
      "auto_scaler_profile.scale_down_delay_after_failure": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L305",
      },
      "auto_scaler_profile.scale_down_unneeded": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L312",
      },
      "auto_scaler_profile.scale_down_unready": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L319",
      },
      "auto_scaler_profile.scale_down_utilization_threshold": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L326",
      },
      "auto_scaler_profile.scan_interval": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L284",
      },
      "auto_scaler_profile.skip_nodes_with_local_storage": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L338",
      },
      "auto_scaler_profile.skip_nodes_with_system_pods": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L343",
      },
      automatic_upgrade_channel: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L196",
      },
      azure_active_directory_role_based_access_control: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L352",
      },
      "azure_active_directory_role_based_access_control.admin_group_object_ids": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L375",
      },
      "azure_active_directory_role_based_access_control.azure_rbac_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L370",
      },
      "azure_active_directory_role_based_access_control.tenant_id": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L358",
      },
      azure_policy_enabled: { kind: "update", source: "internal/services/containers/kubernetes_addons.go#L85" },
      bootstrap_profile: { kind: "update", source: "internal/services/containers/kubernetes_cluster_resource.go#L714" },
      "bootstrap_profile.artifact_source": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L722",
      },
      "bootstrap_profile.container_registry_id": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L729",
      },
      confidential_computing: { kind: "update", source: "internal/services/containers/kubernetes_addons.go#L89" },
      "confidential_computing.sgx_quote_helper_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_addons.go#L95",
      },
      cost_analysis_enabled: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L391",
      },
      current_kubernetes_version: {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1349",
      },
      custom_ca_trust_certificates_base64: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L396",
      },
      default_node_pool: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L406",
        note: "changes go through the agent pool API",
        noteSource: "internal/services/containers/kubernetes_cluster_resource.go#L2562",
      },
      "default_node_pool.auto_scaling_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L268",
      },
      "default_node_pool.capacity_reservation_group_id": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_nodepool.go#L77",
      },
      "default_node_pool.fips_enabled": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2593",
      },
      "default_node_pool.gpu_driver": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_nodepool.go#L106",
      },
      "default_node_pool.gpu_instance": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_nodepool.go#L93",
      },
      "default_node_pool.host_encryption_enabled": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2591",
      },
      "default_node_pool.host_group_id": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_nodepool.go#L251",
      },
      "default_node_pool.kubelet_config": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2594",
      },
      "default_node_pool.kubelet_config.allowed_unsafe_sysctls": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2594",
      },
      "default_node_pool.kubelet_config.container_log_max_line": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2594",
      },
      "default_node_pool.kubelet_config.container_log_max_size_mb": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2594",
      },
      "default_node_pool.kubelet_config.cpu_cfs_quota_enabled": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2594",
      },
      "default_node_pool.kubelet_config.cpu_cfs_quota_period": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2594",
      },
      "default_node_pool.kubelet_config.cpu_manager_policy": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2594",
      },
      "default_node_pool.kubelet_config.image_gc_high_threshold": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2594",
      },
      "default_node_pool.kubelet_config.image_gc_low_threshold": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2594",
      },
      "default_node_pool.kubelet_config.pod_max_pid": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2594",
      },
      "default_node_pool.kubelet_config.topology_manager_policy": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2594",
      },
      "default_node_pool.kubelet_disk_type": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2595",
      },
      "default_node_pool.linux_os_config": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.swap_file_size_mb": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.fs_aio_max_nr": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.fs_file_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.fs_inotify_max_user_watches": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.fs_nr_open": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.kernel_threads_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_core_netdev_max_backlog": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_core_optmem_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_core_rmem_default": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_core_rmem_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_core_somaxconn": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_core_wmem_default": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_core_wmem_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_ipv4_ip_local_port_range_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_ipv4_ip_local_port_range_min": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_ipv4_neigh_default_gc_thresh1": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_ipv4_neigh_default_gc_thresh2": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_ipv4_neigh_default_gc_thresh3": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_ipv4_tcp_fin_timeout": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_ipv4_tcp_keepalive_intvl": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_ipv4_tcp_keepalive_probes": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_ipv4_tcp_keepalive_time": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_ipv4_tcp_max_syn_backlog": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_ipv4_tcp_max_tw_buckets": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_ipv4_tcp_tw_reuse": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_netfilter_nf_conntrack_buckets": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.net_netfilter_nf_conntrack_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.vm_max_map_count": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.vm_swappiness": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.sysctl_config.vm_vfs_cache_pressure": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.transparent_huge_page": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.transparent_huge_page_defrag": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.linux_os_config.transparent_huge_page_enabled": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2596",
      },
      "default_node_pool.max_count": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L120",
      },
      "default_node_pool.max_pods": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2597",
      },
      "default_node_pool.min_count": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L133",
      },
      "default_node_pool.name": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L86",
        condition: "always, unless the stored name is temporary_name_for_rotation (resuming a failed rotation)",
      },
      "default_node_pool.node_count": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L142",
      },
      "default_node_pool.node_labels": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L149",
      },
      "default_node_pool.node_network_profile": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L140",
      },
      "default_node_pool.node_network_profile.allowed_host_ports": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L624",
      },
      "default_node_pool.node_network_profile.allowed_host_ports.port_end": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L635",
      },
      "default_node_pool.node_network_profile.allowed_host_ports.port_start": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L629",
      },
      "default_node_pool.node_network_profile.allowed_host_ports.protocol": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L641",
      },
      "default_node_pool.node_network_profile.application_security_group_ids": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L653",
      },
      "default_node_pool.node_network_profile.node_public_ip_tags": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_nodepool.go#L665",
      },
      "default_node_pool.node_public_ip_enabled": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2592",
      },
      "default_node_pool.node_public_ip_prefix_id": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_nodepool.go#L161",
      },
      "default_node_pool.only_critical_addons_enabled": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2598",
      },
      "default_node_pool.orchestrator_version": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L210",
      },
      "default_node_pool.os_disk_size_gb": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2599",
      },
      "default_node_pool.os_disk_type": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2600",
      },
      "default_node_pool.os_sku": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2612",
        condition:
          "when the old or new value is not Ubuntu*/AzureLinux*; between those two families it updates in place",
      },
      "default_node_pool.pod_subnet_id": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2601",
      },
      "default_node_pool.proximity_placement_group_id": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_nodepool.go#L224",
      },
      "default_node_pool.scale_down_mode": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L232",
      },
      "default_node_pool.snapshot_id": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2602",
      },
      "default_node_pool.tags": { kind: "update", source: "internal/services/containers/kubernetes_nodepool.go#L166" },
      "default_node_pool.temporary_name_for_rotation": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L50",
        note: "no API call of its own: names the temporary pool while rotating",
      },
      "default_node_pool.type": { kind: "replace", source: "internal/services/containers/kubernetes_nodepool.go#L59" },
      "default_node_pool.ultra_ssd_enabled": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2603",
      },
      "default_node_pool.upgrade_settings": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L255",
      },
      "default_node_pool.upgrade_settings.drain_timeout_in_minutes": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L64",
        condition: "only when a set value is removed",
      },
      "default_node_pool.upgrade_settings.max_surge": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L682",
      },
      "default_node_pool.upgrade_settings.node_soak_duration_in_minutes": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L690",
      },
      "default_node_pool.upgrade_settings.undrainable_node_behavior": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L67",
        condition: "only when a set value is removed",
      },
      "default_node_pool.vm_size": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2605",
      },
      "default_node_pool.vnet_subnet_id": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2604",
      },
      "default_node_pool.workload_runtime": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L257",
      },
      "default_node_pool.zones": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L2606",
      },
      disk_encryption_set_id: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L411",
      },
      dns_prefix: { kind: "replace", source: "internal/services/containers/kubernetes_cluster_resource.go#L418" },
      dns_prefix_private_cluster: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L426",
      },
      edge_zone: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/edge_zone.go#L36",
      },
      fqdn: { kind: "computed-only", source: "internal/services/containers/kubernetes_cluster_resource.go#L432" },
      http_application_routing_enabled: {
        kind: "update",
        source: "internal/services/containers/kubernetes_addons.go#L102",
      },
      http_application_routing_zone_name: {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L106",
      },
      http_proxy_config: { kind: "update", source: "internal/services/containers/kubernetes_cluster_resource.go#L437" },
      "http_proxy_config.http_proxy": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L443",
      },
      "http_proxy_config.https_proxy": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L447",
      },
      "http_proxy_config.no_proxy": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L451",
      },
      "http_proxy_config.trusted_ca": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L458",
      },
      identity: { kind: "update", source: "internal/services/containers/kubernetes_cluster_resource.go#L467" },
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
      image_cleaner_enabled: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L469",
      },
      image_cleaner_interval_hours: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L474",
      },
      ingress_application_gateway: { kind: "update", source: "internal/services/containers/kubernetes_addons.go#L148" },
      "ingress_application_gateway.effective_gateway_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L201",
      },
      "ingress_application_gateway.gateway_id": {
        kind: "update",
        source: "internal/services/containers/kubernetes_addons.go#L154",
      },
      "ingress_application_gateway.gateway_name": {
        kind: "update",
        source: "internal/services/containers/kubernetes_addons.go#L168",
      },
      "ingress_application_gateway.ingress_application_gateway_identity": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L205",
      },
      "ingress_application_gateway.ingress_application_gateway_identity.client_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L210",
      },
      "ingress_application_gateway.ingress_application_gateway_identity.object_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L214",
      },
      "ingress_application_gateway.ingress_application_gateway_identity.user_assigned_identity_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L218",
      },
      "ingress_application_gateway.subnet_cidr": {
        kind: "update",
        source: "internal/services/containers/kubernetes_addons.go#L173",
      },
      "ingress_application_gateway.subnet_id": {
        kind: "update",
        source: "internal/services/containers/kubernetes_addons.go#L187",
      },
      key_management_service: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1013",
      },
      "key_management_service.key_vault_key_id": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1020",
      },
      "key_management_service.key_vault_network_access": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1025",
      },
      key_vault_secrets_provider: { kind: "update", source: "internal/services/containers/kubernetes_addons.go#L232" },
      "key_vault_secrets_provider.secret_identity": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L257",
      },
      "key_vault_secrets_provider.secret_identity.client_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L262",
      },
      "key_vault_secrets_provider.secret_identity.object_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L266",
      },
      "key_vault_secrets_provider.secret_identity.user_assigned_identity_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L270",
      },
      "key_vault_secrets_provider.secret_rotation_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_addons.go#L238",
      },
      "key_vault_secrets_provider.secret_rotation_interval": {
        kind: "update",
        source: "internal/services/containers/kubernetes_addons.go#L247",
      },
      kube_admin_config: {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L536",
      },
      "kube_admin_config.client_certificate": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L557",
      },
      "kube_admin_config.client_key": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L562",
      },
      "kube_admin_config.cluster_ca_certificate": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L567",
      },
      "kube_admin_config.host": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L542",
      },
      "kube_admin_config.password": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L552",
      },
      "kube_admin_config.username": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L547",
      },
      kube_admin_config_raw: {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L576",
      },
      kube_config: {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L582",
      },
      "kube_config.client_certificate": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L603",
      },
      "kube_config.client_key": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L608",
      },
      "kube_config.cluster_ca_certificate": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L613",
      },
      "kube_config.host": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L588",
      },
      "kube_config.password": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L598",
      },
      "kube_config.username": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L593",
      },
      kube_config_raw: {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L622",
      },
      kubelet_identity: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L639",
        note: "every field inside is ForceNew and Update never sends the block",
      },
      "kubelet_identity.client_id": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L639",
      },
      "kubelet_identity.object_id": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L651",
      },
      "kubelet_identity.user_assigned_identity_id": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L663",
      },
      kubernetes_version: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L675",
        note: "control-plane upgrade in a second call after the other changes",
        noteSource: "internal/services/containers/kubernetes_cluster_resource.go#L2540",
      },
      linux_profile: { kind: "update", source: "internal/services/containers/kubernetes_cluster_resource.go#L682" },
      "linux_profile.admin_username": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L691",
      },
      "linux_profile.ssh_key": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L694",
      },
      "linux_profile.ssh_key.key_data": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L704",
      },
      local_account_disabled: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L738",
      },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      maintenance_window: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L743",
      },
      "maintenance_window.allowed": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L749",
      },
      "maintenance_window.allowed.day": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L755",
      },
      "maintenance_window.allowed.hours": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L769",
      },
      "maintenance_window.not_allowed": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L782",
      },
      "maintenance_window.not_allowed.end": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L788",
      },
      "maintenance_window.not_allowed.start": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L795",
      },
      maintenance_window_auto_upgrade: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L808",
      },
      "maintenance_window_auto_upgrade.day_of_month": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L852",
      },
      "maintenance_window_auto_upgrade.day_of_week": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L830",
      },
      "maintenance_window_auto_upgrade.duration": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L838",
      },
      "maintenance_window_auto_upgrade.frequency": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L814",
      },
      "maintenance_window_auto_upgrade.interval": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L825",
      },
      "maintenance_window_auto_upgrade.not_allowed": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L874",
      },
      "maintenance_window_auto_upgrade.not_allowed.end": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L879",
      },
      "maintenance_window_auto_upgrade.not_allowed.start": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L886",
      },
      "maintenance_window_auto_upgrade.start_date": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L858",
      },
      "maintenance_window_auto_upgrade.start_time": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L864",
      },
      "maintenance_window_auto_upgrade.utc_offset": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L869",
      },
      "maintenance_window_auto_upgrade.week_index": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L844",
      },
      maintenance_window_node_os: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L899",
      },
      "maintenance_window_node_os.day_of_month": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L943",
      },
      "maintenance_window_node_os.day_of_week": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L921",
      },
      "maintenance_window_node_os.duration": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L929",
      },
      "maintenance_window_node_os.frequency": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L905",
      },
      "maintenance_window_node_os.interval": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L916",
      },
      "maintenance_window_node_os.not_allowed": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L967",
      },
      "maintenance_window_node_os.not_allowed.end": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L972",
      },
      "maintenance_window_node_os.not_allowed.start": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L979",
      },
      "maintenance_window_node_os.start_date": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L949",
      },
      "maintenance_window_node_os.start_time": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L957",
      },
      "maintenance_window_node_os.utc_offset": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L962",
      },
      "maintenance_window_node_os.week_index": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L935",
      },
      microsoft_defender: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1035",
      },
      "microsoft_defender.log_analytics_workspace_id": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1041",
      },
      monitor_metrics: { kind: "update", source: "internal/services/containers/kubernetes_cluster_resource.go#L992" },
      "monitor_metrics.annotations_allowed": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L998",
      },
      "monitor_metrics.labels_allowed": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1004",
      },
      name: { kind: "replace", source: "internal/services/containers/kubernetes_cluster_resource.go#L160" },
      network_profile: { kind: "replace", source: "internal/services/containers/kubernetes_cluster_resource.go#L1054" },
      "network_profile.advanced_networking": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1305",
      },
      "network_profile.advanced_networking.observability_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1311",
      },
      "network_profile.advanced_networking.security_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1317",
      },
      "network_profile.dns_service_ip": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1098",
      },
      "network_profile.ip_versions": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1294",
      },
      "network_profile.load_balancer_profile": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1184",
        condition:
          "only when the block is added where the state has none: ForceNew, but Optional+Computed, so removing it keeps the state's",
      },
      "network_profile.load_balancer_profile.backend_pool_type": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1247",
      },
      "network_profile.load_balancer_profile.effective_outbound_ips": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1239",
      },
      "network_profile.load_balancer_profile.idle_timeout_in_minutes": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1196",
      },
      "network_profile.load_balancer_profile.managed_outbound_ip_count": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1203",
      },
      "network_profile.load_balancer_profile.managed_outbound_ipv6_count": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1211",
      },
      "network_profile.load_balancer_profile.outbound_ip_address_ids": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1229",
      },
      "network_profile.load_balancer_profile.outbound_ip_prefix_ids": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1219",
      },
      "network_profile.load_balancer_profile.outbound_ports_allocated": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1189",
      },
      "network_profile.load_balancer_sku": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1161",
      },
      "network_profile.nat_gateway_profile": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1263",
        condition:
          "only when the block is added where the state has none: ForceNew, but Optional+Computed, so removing it keeps the state's",
      },
      "network_profile.nat_gateway_profile.effective_outbound_ips": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1280",
      },
      "network_profile.nat_gateway_profile.idle_timeout_in_minutes": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1268",
      },
      "network_profile.nat_gateway_profile.managed_outbound_ip_count": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1274",
      },
      "network_profile.network_data_plane": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L98",
        condition: "whenever the old value is set, so in practice every change (the default is azure)",
      },
      "network_profile.network_mode": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1073",
      },
      "network_profile.network_plugin": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1061",
      },
      "network_profile.network_plugin_mode": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L107",
        condition: "unless the new value is overlay",
        note: "the in-place move to overlay is never sent: Update's network_profile branch skips the plugin mode",
        noteSource: "internal/services/containers/kubernetes_cluster_resource.go#L2172",
      },
      "network_profile.network_policy": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L110",
        condition: "when a policy was set (changing or removing it)",
        note: "adding a policy in place is only sent when a load_balancer_profile exists",
        noteSource: "internal/services/containers/kubernetes_cluster_resource.go#L2184",
      },
      "network_profile.outbound_type": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1168",
        note: "leaving loadBalancer drops load_balancer_profile from the request",
        noteSource: "internal/services/containers/kubernetes_cluster_resource.go#L2302",
      },
      "network_profile.pod_cidr": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1123",
      },
      "network_profile.pod_cidrs": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1131",
      },
      "network_profile.service_cidr": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1142",
      },
      "network_profile.service_cidrs": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1150",
      },
      node_os_upgrade_channel: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1330",
        note: "apply errors unless NodeImage while automatic_upgrade_channel is node-image",
        noteSource: "internal/services/containers/kubernetes_cluster_resource.go#L2381",
      },
      node_resource_group: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1346",
      },
      node_resource_group_id: {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1354",
      },
      oidc_issuer_enabled: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1359",
      },
      oidc_issuer_url: {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1364",
      },
      oms_agent: { kind: "update", source: "internal/services/containers/kubernetes_addons.go#L110" },
      "oms_agent.log_analytics_workspace_id": {
        kind: "update",
        source: "internal/services/containers/kubernetes_addons.go#L116",
      },
      "oms_agent.msi_auth_for_monitoring_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_addons.go#L121",
      },
      "oms_agent.oms_agent_identity": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L125",
      },
      "oms_agent.oms_agent_identity.client_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L130",
      },
      "oms_agent.oms_agent_identity.object_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L134",
      },
      "oms_agent.oms_agent_identity.user_assigned_identity_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_addons.go#L138",
      },
      open_service_mesh_enabled: { kind: "update", source: "internal/services/containers/kubernetes_addons.go#L228" },
      portal_fqdn: {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1374",
      },
      private_cluster_enabled: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1382",
      },
      private_cluster_public_fqdn_enabled: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1386",
      },
      private_dns_zone_id: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1396",
      },
      private_fqdn: {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1369",
      },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      role_based_access_control_enabled: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1410",
      },
      run_command_enabled: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1413",
      },
      service_mesh_profile: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1419",
      },
      "service_mesh_profile.certificate_authority": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1440",
      },
      "service_mesh_profile.certificate_authority.cert_chain_object_name": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1452",
      },
      "service_mesh_profile.certificate_authority.cert_object_name": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1457",
      },
      "service_mesh_profile.certificate_authority.key_object_name": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1462",
      },
      "service_mesh_profile.certificate_authority.key_vault_id": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1446",
      },
      "service_mesh_profile.certificate_authority.root_cert_object_name": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1447",
      },
      "service_mesh_profile.external_ingress_gateway_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1436",
      },
      "service_mesh_profile.internal_ingress_gateway_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1432",
      },
      "service_mesh_profile.mode": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1425",
      },
      "service_mesh_profile.revisions": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1471",
      },
      service_principal: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1485",
      },
      "service_principal.client_id": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L71",
        condition: "when the old value is msi or empty: moving from a managed identity to a service principal",
      },
      "service_principal.client_secret": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1498",
      },
      sku_tier: { kind: "update", source: "internal/services/containers/kubernetes_cluster_resource.go#L1508" },
      storage_profile: { kind: "update", source: "internal/services/containers/kubernetes_cluster_resource.go#L1519" },
      "storage_profile.blob_driver_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1525",
      },
      "storage_profile.disk_driver_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1530",
      },
      "storage_profile.file_driver_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1535",
      },
      "storage_profile.snapshot_controller_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1540",
      },
      support_plan: { kind: "update", source: "internal/services/containers/kubernetes_cluster_resource.go#L1549" },
      tags: { kind: "update", source: "internal/services/containers/kubernetes_cluster_resource.go#L1559" },
      upgrade_override: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1561",
        note: "removing the block is refused at apply",
        noteSource: "internal/services/containers/kubernetes_cluster_resource.go#L2502",
      },
      "upgrade_override.effective_until": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1572",
      },
      "upgrade_override.force_upgrade_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1567",
      },
      web_app_routing: { kind: "update", source: "internal/services/containers/kubernetes_cluster_resource.go#L480" },
      "web_app_routing.default_nginx_controller": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L499",
      },
      "web_app_routing.dns_zone_ids": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L486",
      },
      "web_app_routing.web_app_routing_identity": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L512",
      },
      "web_app_routing.web_app_routing_identity.client_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L517",
      },
      "web_app_routing.web_app_routing_identity.object_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L521",
      },
      "web_app_routing.web_app_routing_identity.user_assigned_identity_id": {
        kind: "computed-only",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L525",
      },
      windows_profile: { kind: "update", source: "internal/services/containers/kubernetes_cluster_resource.go#L1581" },
      "windows_profile.admin_password": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1594",
      },
      "windows_profile.admin_username": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1591",
      },
      "windows_profile.gmsa": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L74",
        condition: "only when the block is removed",
      },
      "windows_profile.gmsa.dns_server": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L77",
        condition: "only when a set value is removed",
      },
      "windows_profile.gmsa.root_domain": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L80",
        condition: "only when a set value is removed",
      },
      "windows_profile.license": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1600",
      },
      workload_autoscaler_profile: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1628",
      },
      "workload_autoscaler_profile.keda_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1634",
      },
      "workload_autoscaler_profile.vertical_pod_autoscaler_enabled": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1639",
      },
      workload_identity_enabled: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_resource.go#L1654",
      },
    },
  },
  azurerm_kubernetes_cluster_node_pool: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "nodes are rebuilt from the pool definition; workloads reschedule",
    note: "Rotation: create the temporary pool, delete and recreate this pool, delete the temporary one; apply fails without temporary_name_for_rotation",
    noteSource: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L999",
    attributes: {
      auto_scaling_enabled: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L422",
        note: "apply checks min_count/max_count against it",
        noteSource: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L943",
      },
      capacity_reservation_group_id: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L167",
      },
      eviction_policy: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L174",
      },
      fips_enabled: {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L961",
      },
      gpu_driver: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L206",
      },
      gpu_instance: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L193",
      },
      host_encryption_enabled: {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L962",
      },
      host_group_id: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L159",
      },
      kubelet_config: {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L963",
      },
      "kubelet_config.allowed_unsafe_sysctls": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L963",
      },
      "kubelet_config.container_log_max_line": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L963",
      },
      "kubelet_config.container_log_max_size_mb": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L963",
      },
      "kubelet_config.cpu_cfs_quota_enabled": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L963",
      },
      "kubelet_config.cpu_cfs_quota_period": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L963",
      },
      "kubelet_config.cpu_manager_policy": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L963",
      },
      "kubelet_config.image_gc_high_threshold": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L963",
      },
      "kubelet_config.image_gc_low_threshold": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L963",
      },
      "kubelet_config.pod_max_pid": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L963",
      },
      "kubelet_config.topology_manager_policy": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L963",
      },
      kubelet_disk_type: {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L964",
      },
      kubernetes_cluster_id: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L135",
      },
      linux_os_config: {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
        note: "apply errors unless os_type is Linux",
        noteSource: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L798",
      },
      "linux_os_config.swap_file_size_mb": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.fs_aio_max_nr": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.fs_file_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.fs_inotify_max_user_watches": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.fs_nr_open": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.kernel_threads_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_core_netdev_max_backlog": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_core_optmem_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_core_rmem_default": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_core_rmem_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_core_somaxconn": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_core_wmem_default": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_core_wmem_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_ipv4_ip_local_port_range_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_ipv4_ip_local_port_range_min": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_ipv4_neigh_default_gc_thresh1": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_ipv4_neigh_default_gc_thresh2": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_ipv4_neigh_default_gc_thresh3": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_ipv4_tcp_fin_timeout": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_ipv4_tcp_keepalive_intvl": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_ipv4_tcp_keepalive_probes": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_ipv4_tcp_keepalive_time": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_ipv4_tcp_max_syn_backlog": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_ipv4_tcp_max_tw_buckets": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_ipv4_tcp_tw_reuse": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_netfilter_nf_conntrack_buckets": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.net_netfilter_nf_conntrack_max": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.vm_max_map_count": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.vm_swappiness": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.sysctl_config.vm_vfs_cache_pressure": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.transparent_huge_page": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.transparent_huge_page_defrag": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      "linux_os_config.transparent_huge_page_enabled": {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L965",
      },
      max_count: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L220",
      },
      max_pods: {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L966",
      },
      min_count: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L242",
      },
      mode: { kind: "update", source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L232" },
      name: { kind: "replace", source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L128" },
      node_count: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L139",
      },
      node_labels: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L251",
      },
      node_network_profile: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L249",
      },
      "node_network_profile.allowed_host_ports": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L624",
      },
      "node_network_profile.allowed_host_ports.port_end": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L635",
      },
      "node_network_profile.allowed_host_ports.port_start": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L629",
      },
      "node_network_profile.allowed_host_ports.protocol": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L641",
      },
      "node_network_profile.application_security_group_ids": {
        kind: "update",
        source: "internal/services/containers/kubernetes_nodepool.go#L653",
      },
      "node_network_profile.node_public_ip_tags": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_nodepool.go#L665",
      },
      node_public_ip_enabled: {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L967",
      },
      node_public_ip_prefix_id: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L263",
      },
      node_taints: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L269",
      },
      orchestrator_version: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L277",
      },
      os_disk_size_gb: {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L968",
      },
      os_disk_type: {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L969",
      },
      os_sku: {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L69",
        condition:
          "when the old or new value is not Ubuntu*/AzureLinux*; between those two families it updates in place",
      },
      os_type: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L318",
      },
      pod_subnet_id: {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L970",
      },
      priority: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L335",
      },
      proximity_placement_group_id: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L346",
      },
      scale_down_mode: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L364",
      },
      snapshot_id: {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L971",
      },
      spot_max_price: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L359",
      },
      tags: { kind: "update", source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L146" },
      temporary_name_for_rotation: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L374",
        note: "no API call of its own: names the temporary pool while rotating",
      },
      ultra_ssd_enabled: {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L972",
      },
      upgrade_settings: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L392",
      },
      "upgrade_settings.drain_timeout_in_minutes": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L85",
        condition: "only when a set value is removed",
      },
      "upgrade_settings.max_surge": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L1267",
      },
      "upgrade_settings.max_unavailable": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L1278",
      },
      "upgrade_settings.node_soak_duration_in_minutes": {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L1284",
      },
      "upgrade_settings.undrainable_node_behavior": {
        kind: "replace-if",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L88",
        condition: "only when a set value is removed",
      },
      vm_size: { kind: "rotate", source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L973" },
      vnet_subnet_id: {
        kind: "rotate",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L974",
      },
      windows_profile: {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L397",
      },
      "windows_profile.outbound_nat_enabled": {
        kind: "replace",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L404",
      },
      workload_runtime: {
        kind: "update",
        source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L411",
      },
      zones: { kind: "rotate", source: "internal/services/containers/kubernetes_cluster_node_pool_resource.go#L975" },
    },
  },
};
