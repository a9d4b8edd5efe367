/**
 * What a change of each attribute does: Virtual networks, subnets, load balancers, NAT, NICs, NSGs, public IPs, private endpoints and private DNS.
 * Read from the providers' sources at the tags in ./providers.ts; see ../update-rules.ts.
 */
import { AZURERM } from "./providers";
import type { ResourceUpdateRules } from "./types";

export const NETWORK_UPDATE_RULES: Readonly<Record<string, ResourceUpdateRules>> = {
  azurerm_lb: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "recreated from configuration; frontends keep their public IP resources",
    attributes: {
      edge_zone: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/edge_zone.go#L36",
      },
      frontend_ip_configuration: { kind: "update", source: "internal/services/loadbalancer/lb_resource.go#L420" },
      "frontend_ip_configuration.gateway_load_balancer_frontend_ip_configuration_id": {
        kind: "update",
        source: "internal/services/loadbalancer/lb_resource.go#L484",
      },
      "frontend_ip_configuration.id": {
        kind: "computed-only",
        source: "internal/services/loadbalancer/lb_resource.go#L523",
      },
      "frontend_ip_configuration.inbound_nat_rules": {
        kind: "computed-only",
        source: "internal/services/loadbalancer/lb_resource.go#L501",
      },
      "frontend_ip_configuration.load_balancer_rules": {
        kind: "computed-only",
        source: "internal/services/loadbalancer/lb_resource.go#L491",
      },
      "frontend_ip_configuration.name": {
        kind: "update",
        source: "internal/services/loadbalancer/lb_resource.go#L426",
      },
      "frontend_ip_configuration.outbound_rules": {
        kind: "computed-only",
        source: "internal/services/loadbalancer/lb_resource.go#L511",
      },
      "frontend_ip_configuration.private_ip_address": {
        kind: "update",
        source: "internal/services/loadbalancer/lb_resource.go#L438",
      },
      "frontend_ip_configuration.private_ip_address_allocation": {
        kind: "update",
        source: "internal/services/loadbalancer/lb_resource.go#L473",
      },
      "frontend_ip_configuration.private_ip_address_version": {
        kind: "update",
        source: "internal/services/loadbalancer/lb_resource.go#L449",
      },
      "frontend_ip_configuration.public_ip_address_id": {
        kind: "update",
        source: "internal/services/loadbalancer/lb_resource.go#L460",
      },
      "frontend_ip_configuration.public_ip_prefix_id": {
        kind: "update",
        source: "internal/services/loadbalancer/lb_resource.go#L466",
      },
      "frontend_ip_configuration.subnet_id": {
        kind: "update",
        source: "internal/services/loadbalancer/lb_resource.go#L432",
      },
      "frontend_ip_configuration.zones": {
        kind: "replace-if",
        source: "internal/services/loadbalancer/lb_resource.go#L69",
        condition: "when a frontend keeps its name but changes zones",
      },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      name: { kind: "replace", source: "internal/services/loadbalancer/lb_resource.go#L388" },
      private_ip_address: { kind: "computed-only", source: "internal/services/loadbalancer/lb_resource.go#L531" },
      private_ip_addresses: { kind: "computed-only", source: "internal/services/loadbalancer/lb_resource.go#L535" },
      public_ip_address_id: {
        kind: "update",
        source: "internal/services/loadbalancer/lb_resource.go#L554",
        note: "4.x-only top-level field (removed in 5.0); CreateUpdate never reads it, set frontend_ip_configuration instead",
      },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      sku: { kind: "replace", source: "internal/services/loadbalancer/lb_resource.go#L401" },
      sku_tier: { kind: "replace", source: "internal/services/loadbalancer/lb_resource.go#L413" },
      subnet_id: {
        kind: "update",
        source: "internal/services/loadbalancer/lb_resource.go#L547",
        note: "4.x-only top-level field (removed in 5.0); CreateUpdate never reads it, set frontend_ip_configuration instead",
      },
      tags: { kind: "update", source: "internal/services/loadbalancer/lb_resource.go#L543" },
    },
  },
  azurerm_lb_backend_address_pool: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "membership is recreated from configuration",
    attributes: {
      backend_ip_configurations: {
        kind: "computed-only",
        source: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L121",
      },
      inbound_nat_rules: {
        kind: "computed-only",
        source: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L129",
      },
      load_balancing_rules: {
        kind: "computed-only",
        source: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L137",
      },
      loadbalancer_id: {
        kind: "replace",
        source: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L60",
      },
      name: { kind: "replace", source: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L53" },
      outbound_rules: {
        kind: "computed-only",
        source: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L145",
      },
      synchronous_mode: {
        kind: "replace",
        source: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L67",
      },
      tunnel_interface: {
        kind: "update",
        source: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L72",
      },
      "tunnel_interface.identifier": {
        kind: "update",
        source: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L78",
      },
      "tunnel_interface.port": {
        kind: "update",
        source: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L107",
      },
      "tunnel_interface.protocol": {
        kind: "update",
        source: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L95",
      },
      "tunnel_interface.type": {
        kind: "update",
        source: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L83",
      },
      virtual_network_id: {
        kind: "update",
        source: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L115",
        note: "refused at apply on a Basic SKU load balancer",
        noteSource: "internal/services/loadbalancer/lb_backend_address_pool_resource.go#L249",
      },
    },
  },
  azurerm_lb_outbound_rule: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "configuration only",
    attributes: {
      allocated_outbound_ports: {
        kind: "update",
        source: "internal/services/loadbalancer/lb_outbound_rule_resource.go#L103",
      },
      backend_address_pool_id: {
        kind: "update",
        source: "internal/services/loadbalancer/lb_outbound_rule_resource.go#L82",
      },
      enable_tcp_reset: {
        kind: "update",
        source: "internal/services/loadbalancer/lb_outbound_rule_resource.go#L119",
        note: "deprecated, use `tcp_reset_enabled`",
      },
      frontend_ip_configuration: {
        kind: "update",
        source: "internal/services/loadbalancer/lb_outbound_rule_resource.go#L62",
      },
      "frontend_ip_configuration.id": {
        kind: "computed-only",
        source: "internal/services/loadbalancer/lb_outbound_rule_resource.go#L74",
      },
      "frontend_ip_configuration.name": {
        kind: "update",
        source: "internal/services/loadbalancer/lb_outbound_rule_resource.go#L68",
      },
      idle_timeout_in_minutes: {
        kind: "update",
        source: "internal/services/loadbalancer/lb_outbound_rule_resource.go#L110",
      },
      loadbalancer_id: { kind: "replace", source: "internal/services/loadbalancer/lb_outbound_rule_resource.go#L58" },
      name: { kind: "replace", source: "internal/services/loadbalancer/lb_outbound_rule_resource.go#L51" },
      protocol: { kind: "update", source: "internal/services/loadbalancer/lb_outbound_rule_resource.go#L87" },
      tcp_reset_enabled: { kind: "update", source: "internal/services/loadbalancer/lb_outbound_rule_resource.go#L126" },
    },
  },
  azurerm_lb_probe: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "configuration only",
    attributes: {
      interval_in_seconds: { kind: "update", source: "internal/services/loadbalancer/lb_probe_resource.go#L91" },
      load_balancer_rules: {
        kind: "computed-only",
        source: "internal/services/loadbalancer/lb_probe_resource.go#L104",
      },
      loadbalancer_id: { kind: "replace", source: "internal/services/loadbalancer/lb_probe_resource.go#L58" },
      name: { kind: "replace", source: "internal/services/loadbalancer/lb_probe_resource.go#L51" },
      number_of_probes: { kind: "update", source: "internal/services/loadbalancer/lb_probe_resource.go#L98" },
      port: { kind: "update", source: "internal/services/loadbalancer/lb_probe_resource.go#L73" },
      probe_threshold: { kind: "update", source: "internal/services/loadbalancer/lb_probe_resource.go#L79" },
      protocol: { kind: "update", source: "internal/services/loadbalancer/lb_probe_resource.go#L62" },
      request_path: { kind: "update", source: "internal/services/loadbalancer/lb_probe_resource.go#L86" },
    },
  },
  azurerm_lb_rule: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "configuration only",
    attributes: {
      backend_address_pool_ids: { kind: "update", source: "internal/services/loadbalancer/lb_rule_resource.go#L370" },
      backend_port: { kind: "update", source: "internal/services/loadbalancer/lb_rule_resource.go#L398" },
      disable_outbound_snat: { kind: "update", source: "internal/services/loadbalancer/lb_rule_resource.go#L421" },
      enable_floating_ip: {
        kind: "update",
        source: "internal/services/loadbalancer/lb_rule_resource.go#L442",
        note: "deprecated, use `floating_ip_enabled`",
      },
      enable_tcp_reset: {
        kind: "update",
        source: "internal/services/loadbalancer/lb_rule_resource.go#L455",
        note: "deprecated, use `tcp_reset_enabled`",
      },
      floating_ip_enabled: { kind: "update", source: "internal/services/loadbalancer/lb_rule_resource.go#L449" },
      frontend_ip_configuration_id: {
        kind: "computed-only",
        source: "internal/services/loadbalancer/lb_rule_resource.go#L365",
      },
      frontend_ip_configuration_name: {
        kind: "update",
        source: "internal/services/loadbalancer/lb_rule_resource.go#L359",
      },
      frontend_port: { kind: "update", source: "internal/services/loadbalancer/lb_rule_resource.go#L392" },
      idle_timeout_in_minutes: { kind: "update", source: "internal/services/loadbalancer/lb_rule_resource.go#L427" },
      load_distribution: { kind: "update", source: "internal/services/loadbalancer/lb_rule_resource.go#L434" },
      loadbalancer_id: { kind: "replace", source: "internal/services/loadbalancer/lb_rule_resource.go#L355" },
      name: { kind: "replace", source: "internal/services/loadbalancer/lb_rule_resource.go#L348" },
      probe_id: { kind: "update", source: "internal/services/loadbalancer/lb_rule_resource.go#L404" },
      protocol: { kind: "update", source: "internal/services/loadbalancer/lb_rule_resource.go#L381" },
      tcp_reset_enabled: { kind: "update", source: "internal/services/loadbalancer/lb_rule_resource.go#L462" },
    },
  },
  azurerm_nat_gateway: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "its egress addresses belong to the public IP resources",
    attributes: {
      idle_timeout_in_minutes: { kind: "update", source: "internal/services/network/nat_gateway_resource.go#L69" },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      name: { kind: "replace", source: "internal/services/network/nat_gateway_resource.go#L61" },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      resource_guid: { kind: "computed-only", source: "internal/services/network/nat_gateway_resource.go#L87" },
      sku_name: { kind: "update", source: "internal/services/network/nat_gateway_resource.go#L76" },
      tags: { kind: "update", source: "internal/services/network/nat_gateway_resource.go#L92" },
      zones: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/zones.go#L55",
      },
    },
  },
  azurerm_nat_gateway_public_ip_association: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "an association",
    attributes: {
      nat_gateway_id: {
        kind: "replace",
        source: "internal/services/network/nat_gateway_public_ip_association_resource.go#L44",
      },
      public_ip_address_id: {
        kind: "replace",
        source: "internal/services/network/nat_gateway_public_ip_association_resource.go#L51",
      },
    },
  },
  azurerm_network_interface: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "static private addresses are configuration",
    attributes: {
      accelerated_networking_enabled: {
        kind: "update",
        source: "internal/services/network/network_interface_resource.go#L156",
      },
      applied_dns_servers: {
        kind: "computed-only",
        source: "internal/services/network/network_interface_resource.go#L182",
      },
      auxiliary_mode: { kind: "update", source: "internal/services/network/network_interface_resource.go#L131" },
      auxiliary_sku: { kind: "update", source: "internal/services/network/network_interface_resource.go#L138" },
      dns_servers: { kind: "update", source: "internal/services/network/network_interface_resource.go#L145" },
      edge_zone: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/edge_zone.go#L36",
      },
      internal_dns_name_label: {
        kind: "update",
        source: "internal/services/network/network_interface_resource.go#L168",
      },
      internal_domain_name_suffix: {
        kind: "computed-only",
        source: "internal/services/network/network_interface_resource.go#L174",
      },
      ip_configuration: { kind: "update", source: "internal/services/network/network_interface_resource.go#L65" },
      "ip_configuration.gateway_load_balancer_frontend_ip_configuration_id": {
        kind: "update",
        source: "internal/services/network/network_interface_resource.go#L120",
      },
      "ip_configuration.name": {
        kind: "update",
        source: "internal/services/network/network_interface_resource.go#L70",
      },
      "ip_configuration.primary": {
        kind: "update",
        source: "internal/services/network/network_interface_resource.go#L114",
      },
      "ip_configuration.private_ip_address": {
        kind: "update",
        source: "internal/services/network/network_interface_resource.go#L83",
      },
      "ip_configuration.private_ip_address_allocation": {
        kind: "update",
        source: "internal/services/network/network_interface_resource.go#L99",
      },
      "ip_configuration.private_ip_address_version": {
        kind: "update",
        source: "internal/services/network/network_interface_resource.go#L89",
      },
      "ip_configuration.public_ip_address_id": {
        kind: "update",
        source: "internal/services/network/network_interface_resource.go#L108",
      },
      "ip_configuration.subnet_id": {
        kind: "update",
        source: "internal/services/network/network_interface_resource.go#L76",
      },
      ip_forwarding_enabled: { kind: "update", source: "internal/services/network/network_interface_resource.go#L162" },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      mac_address: { kind: "computed-only", source: "internal/services/network/network_interface_resource.go#L190" },
      name: { kind: "replace", source: "internal/services/network/network_interface_resource.go#L58" },
      private_ip_address: {
        kind: "computed-only",
        source: "internal/services/network/network_interface_resource.go#L195",
      },
      private_ip_addresses: {
        kind: "computed-only",
        source: "internal/services/network/network_interface_resource.go#L200",
      },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      tags: { kind: "update", source: "internal/services/network/network_interface_resource.go#L179" },
      virtual_machine_id: {
        kind: "computed-only",
        source: "internal/services/network/network_interface_resource.go#L208",
      },
    },
  },
  azurerm_network_interface_backend_address_pool_association: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "an association",
    attributes: {
      backend_address_pool_id: {
        kind: "replace",
        source: "internal/services/network/network_interface_backend_address_pool_association_resource.go#L58",
      },
      ip_configuration_name: {
        kind: "replace",
        source: "internal/services/network/network_interface_backend_address_pool_association_resource.go#L51",
      },
      network_interface_id: {
        kind: "replace",
        source: "internal/services/network/network_interface_backend_address_pool_association_resource.go#L44",
      },
    },
  },
  azurerm_network_security_group: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "configuration only",
    attributes: {
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      name: { kind: "replace", source: "internal/services/network/network_security_group_resource.go#L56" },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      security_rule: { kind: "update", source: "internal/services/network/network_security_group_resource.go#L63" },
      "security_rule.access": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L156",
      },
      "security_rule.description": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L75",
      },
      "security_rule.destination_address_prefix": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L130",
      },
      "security_rule.destination_address_prefixes": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L135",
      },
      "security_rule.destination_application_security_group_ids": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L142",
      },
      "security_rule.destination_port_range": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L106",
      },
      "security_rule.destination_port_ranges": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L111",
      },
      "security_rule.direction": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L171",
      },
      "security_rule.name": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L70",
      },
      "security_rule.priority": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L165",
      },
      "security_rule.protocol": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L81",
      },
      "security_rule.source_address_prefix": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L118",
      },
      "security_rule.source_address_prefixes": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L123",
      },
      "security_rule.source_application_security_group_ids": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L149",
      },
      "security_rule.source_port_range": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L94",
      },
      "security_rule.source_port_ranges": {
        kind: "update",
        source: "internal/services/network/network_security_group_resource.go#L99",
      },
      tags: { kind: "update", source: "internal/services/network/network_security_group_resource.go#L183" },
    },
  },
  azurerm_network_security_rule: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "configuration only",
    attributes: {
      access: { kind: "update", source: "internal/services/network/network_security_rule_resource.go#L156" },
      description: { kind: "update", source: "internal/services/network/network_security_rule_resource.go#L61" },
      destination_address_prefix: {
        kind: "update",
        source: "internal/services/network/network_security_rule_resource.go#L122",
      },
      destination_address_prefixes: {
        kind: "update",
        source: "internal/services/network/network_security_rule_resource.go#L128",
      },
      destination_application_security_group_ids: {
        kind: "update",
        source: "internal/services/network/network_security_rule_resource.go#L147",
      },
      destination_port_range: {
        kind: "update",
        source: "internal/services/network/network_security_rule_resource.go#L94",
      },
      destination_port_ranges: {
        kind: "update",
        source: "internal/services/network/network_security_rule_resource.go#L100",
      },
      direction: { kind: "update", source: "internal/services/network/network_security_rule_resource.go#L171" },
      name: { kind: "replace", source: "internal/services/network/network_security_rule_resource.go#L49" },
      network_security_group_name: {
        kind: "replace",
        source: "internal/services/network/network_security_rule_resource.go#L58",
      },
      priority: { kind: "update", source: "internal/services/network/network_security_rule_resource.go#L165" },
      protocol: { kind: "update", source: "internal/services/network/network_security_rule_resource.go#L67" },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      source_address_prefix: {
        kind: "update",
        source: "internal/services/network/network_security_rule_resource.go#L108",
      },
      source_address_prefixes: {
        kind: "update",
        source: "internal/services/network/network_security_rule_resource.go#L114",
      },
      source_application_security_group_ids: {
        kind: "update",
        source: "internal/services/network/network_security_rule_resource.go#L137",
      },
      source_port_range: { kind: "update", source: "internal/services/network/network_security_rule_resource.go#L80" },
      source_port_ranges: { kind: "update", source: "internal/services/network/network_security_rule_resource.go#L86" },
    },
  },
  azurerm_public_ip: {
    provider: AZURERM,
    stateful: true,
    statefulReason: "the address itself is lost; allow-lists and DNS records elsewhere name it",
    attributes: {
      allocation_method: { kind: "update", source: "internal/services/network/public_ip_resource.go#L63" },
      ddos_protection_mode: { kind: "update", source: "internal/services/network/public_ip_resource.go#L73" },
      ddos_protection_plan_id: { kind: "update", source: "internal/services/network/public_ip_resource.go#L84" },
      domain_name_label: { kind: "update", source: "internal/services/network/public_ip_resource.go#L133" },
      domain_name_label_scope: {
        kind: "replace-if",
        source: "internal/services/network/public_ip_resource.go#L182",
        condition: "on every change except setting it where it was empty",
      },
      edge_zone: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/edge_zone.go#L36",
      },
      fqdn: { kind: "computed-only", source: "internal/services/network/public_ip_resource.go#L145" },
      idle_timeout_in_minutes: { kind: "update", source: "internal/services/network/public_ip_resource.go#L126" },
      ip_address: { kind: "computed-only", source: "internal/services/network/public_ip_resource.go#L155" },
      ip_tags: { kind: "replace", source: "internal/services/network/public_ip_resource.go#L170" },
      ip_version: { kind: "replace", source: "internal/services/network/public_ip_resource.go#L96" },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      name: { kind: "replace", source: "internal/services/network/public_ip_resource.go#L55" },
      public_ip_prefix_id: { kind: "replace", source: "internal/services/network/public_ip_resource.go#L163" },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      reverse_fqdn: { kind: "update", source: "internal/services/network/public_ip_resource.go#L150" },
      sku: { kind: "replace", source: "internal/services/network/public_ip_resource.go#L106" },
      sku_tier: { kind: "replace", source: "internal/services/network/public_ip_resource.go#L119" },
      tags: { kind: "update", source: "internal/services/network/public_ip_resource.go#L178" },
      zones: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/zones.go#L55",
      },
    },
  },
  azurerm_subnet: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "configuration only; it cannot be deleted while in use",
    attributes: {
      address_prefixes: { kind: "update", source: "internal/services/network/subnet_resource.go#L150" },
      default_outbound_access_enabled: { kind: "update", source: "internal/services/network/subnet_resource.go#L273" },
      delegation: { kind: "update", source: "internal/services/network/subnet_resource.go#L195" },
      "delegation.name": { kind: "update", source: "internal/services/network/subnet_resource.go#L200" },
      "delegation.service_delegation": { kind: "update", source: "internal/services/network/subnet_resource.go#L204" },
      "delegation.service_delegation.actions": {
        kind: "update",
        source: "internal/services/network/subnet_resource.go#L216",
      },
      "delegation.service_delegation.name": {
        kind: "update",
        source: "internal/services/network/subnet_resource.go#L210",
      },
      ip_address_pool: { kind: "update", source: "internal/services/network/subnet_resource.go#L240" },
      "ip_address_pool.allocated_ip_address_prefixes": {
        kind: "computed-only",
        source: "internal/services/network/subnet_resource.go#L262",
      },
      "ip_address_pool.id": { kind: "update", source: "internal/services/network/subnet_resource.go#L247" },
      "ip_address_pool.number_of_ip_addresses": {
        kind: "update",
        source: "internal/services/network/subnet_resource.go#L253",
        note: "decreasing it is refused at apply",
        noteSource: "internal/services/network/subnet_resource.go#L466",
      },
      name: { kind: "replace", source: "internal/services/network/subnet_resource.go#L139" },
      private_endpoint_network_policies: {
        kind: "update",
        source: "internal/services/network/subnet_resource.go#L279",
      },
      private_link_service_network_policies_enabled: {
        kind: "update",
        source: "internal/services/network/subnet_resource.go#L286",
      },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      service_endpoint_policy_ids: { kind: "update", source: "internal/services/network/subnet_resource.go#L179" },
      service_endpoints: { kind: "update", source: "internal/services/network/subnet_resource.go#L172" },
      sharing_scope: { kind: "update", source: "internal/services/network/subnet_resource.go#L188" },
      virtual_network_name: { kind: "replace", source: "internal/services/network/subnet_resource.go#L147" },
    },
  },
  azurerm_subnet_nat_gateway_association: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "an association",
    attributes: {
      nat_gateway_id: {
        kind: "replace",
        source: "internal/services/network/subnet_nat_gateway_association_resource.go#L51",
      },
      subnet_id: {
        kind: "replace",
        source: "internal/services/network/subnet_nat_gateway_association_resource.go#L44",
      },
    },
  },
  azurerm_subnet_network_security_group_association: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "an association",
    attributes: {
      network_security_group_id: {
        kind: "replace",
        source: "internal/services/network/subnet_network_security_group_association_resource.go#L51",
      },
      subnet_id: {
        kind: "replace",
        source: "internal/services/network/subnet_network_security_group_association_resource.go#L44",
      },
    },
  },
  azurerm_subnet_route_table_association: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "an association",
    attributes: {
      route_table_id: {
        kind: "replace",
        source: "internal/services/network/subnet_route_table_association_resource.go#L51",
      },
      subnet_id: {
        kind: "replace",
        source: "internal/services/network/subnet_route_table_association_resource.go#L44",
      },
    },
  },
  azurerm_virtual_network: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "configuration only; it cannot be deleted while in use",
    attributes: {
      address_space: { kind: "update", source: "internal/services/network/virtual_network_resource.go#L79" },
      bgp_community: { kind: "update", source: "internal/services/network/virtual_network_resource.go#L101" },
      ddos_protection_plan: { kind: "update", source: "internal/services/network/virtual_network_resource.go#L107" },
      "ddos_protection_plan.enable": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L119",
      },
      "ddos_protection_plan.id": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L113",
      },
      dns_servers: { kind: "update", source: "internal/services/network/virtual_network_resource.go#L145" },
      edge_zone: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/edge_zone.go#L36",
      },
      encryption: { kind: "update", source: "internal/services/network/virtual_network_resource.go#L127" },
      "encryption.enforcement": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L133",
      },
      flow_timeout_in_minutes: { kind: "update", source: "internal/services/network/virtual_network_resource.go#L157" },
      guid: { kind: "computed-only", source: "internal/services/network/virtual_network_resource.go#L196" },
      ip_address_pool: { kind: "update", source: "internal/services/network/virtual_network_resource.go#L163" },
      "ip_address_pool.allocated_ip_address_prefixes": {
        kind: "computed-only",
        source: "internal/services/network/virtual_network_resource.go#L185",
      },
      "ip_address_pool.id": { kind: "update", source: "internal/services/network/virtual_network_resource.go#L170" },
      "ip_address_pool.number_of_ip_addresses": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L176",
        note: "decreasing it is refused at apply",
        noteSource: "internal/services/network/virtual_network_resource.go#L549",
      },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      name: { kind: "replace", source: "internal/services/network/virtual_network_resource.go#L71" },
      private_endpoint_vnet_policies: {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L324",
      },
      resource_group_name: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go#L15",
      },
      subnet: { kind: "update", source: "internal/services/network/virtual_network_resource.go#L201" },
      "subnet.address_prefixes": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L214",
      },
      "subnet.default_outbound_access_enabled": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L224",
      },
      "subnet.delegation": { kind: "update", source: "internal/services/network/virtual_network_resource.go#L230" },
      "subnet.delegation.name": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L237",
      },
      "subnet.delegation.service_delegation": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L241",
      },
      "subnet.delegation.service_delegation.actions": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L254",
      },
      "subnet.delegation.service_delegation.name": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L248",
      },
      "subnet.id": { kind: "computed-only", source: "internal/services/network/virtual_network_resource.go#L316" },
      "subnet.name": { kind: "update", source: "internal/services/network/virtual_network_resource.go#L208" },
      "subnet.private_endpoint_network_policies": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L278",
      },
      "subnet.private_link_service_network_policies_enabled": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L285",
      },
      "subnet.route_table_id": { kind: "update", source: "internal/services/network/virtual_network_resource.go#L291" },
      "subnet.security_group": { kind: "update", source: "internal/services/network/virtual_network_resource.go#L293" },
      "subnet.service_endpoint_policy_ids": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L307",
      },
      "subnet.service_endpoints": {
        kind: "update",
        source: "internal/services/network/virtual_network_resource.go#L298",
      },
      tags: { kind: "update", source: "internal/services/network/virtual_network_resource.go#L331" },
    },
  },
  azurerm_private_endpoint: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "recreated from configuration, possibly with a new private IP",
    attributes: {
      custom_dns_configs: {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L224",
      },
      "custom_dns_configs.fqdn": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L229",
      },
      "custom_dns_configs.ip_addresses": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L233",
      },
      custom_network_interface_name: {
        kind: "replace",
        source: "internal/services/network/private_endpoint_resource.go#L105",
      },
      ip_configuration: { kind: "update", source: "internal/services/network/private_endpoint_resource.go#L188" },
      "ip_configuration.member_name": {
        kind: "replace",
        source: "internal/services/network/private_endpoint_resource.go#L217",
      },
      "ip_configuration.name": {
        kind: "replace",
        source: "internal/services/network/private_endpoint_resource.go#L196",
      },
      "ip_configuration.private_ip_address": {
        kind: "replace",
        source: "internal/services/network/private_endpoint_resource.go#L202",
      },
      "ip_configuration.subresource_name": {
        kind: "replace",
        source: "internal/services/network/private_endpoint_resource.go#L208",
      },
      location: {
        kind: "replace",
        source: "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/location.go#L15",
      },
      name: { kind: "replace", source: "internal/services/network/private_endpoint_resource.go#L70" },
      network_interface: {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L85",
      },
      "network_interface.id": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L90",
      },
      "network_interface.name": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L94",
      },
      private_dns_zone_configs: {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L244",
      },
      "private_dns_zone_configs.id": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L253",
      },
      "private_dns_zone_configs.name": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L249",
      },
      "private_dns_zone_configs.private_dns_zone_id": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L257",
      },
      "private_dns_zone_configs.record_sets": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L261",
      },
      "private_dns_zone_configs.record_sets.fqdn": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L274",
      },
      "private_dns_zone_configs.record_sets.ip_addresses": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L282",
      },
      "private_dns_zone_configs.record_sets.name": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L266",
      },
      "private_dns_zone_configs.record_sets.ttl": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L278",
      },
      "private_dns_zone_configs.record_sets.type": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L270",
      },
      private_dns_zone_group: { kind: "update", source: "internal/services/network/private_endpoint_resource.go#L108" },
      "private_dns_zone_group.id": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L114",
      },
      "private_dns_zone_group.name": {
        kind: "update",
        source: "internal/services/network/private_endpoint_resource.go#L118",
      },
      "private_dns_zone_group.private_dns_zone_ids": {
        kind: "update",
        source: "internal/services/network/private_endpoint_resource.go#L123",
      },
      private_service_connection: {
        kind: "update",
        source: "internal/services/network/private_endpoint_resource.go#L135",
      },
      "private_service_connection.is_manual_connection": {
        kind: "replace",
        source: "internal/services/network/private_endpoint_resource.go#L150",
      },
      "private_service_connection.name": {
        kind: "replace",
        source: "internal/services/network/private_endpoint_resource.go#L144",
      },
      "private_service_connection.private_connection_resource_alias": {
        kind: "replace",
        source: "internal/services/network/private_endpoint_resource.go#L162",
      },
      "private_service_connection.private_connection_resource_id": {
        kind: "replace",
        source: "internal/services/network/private_endpoint_resource.go#L155",
      },
      "private_service_connection.private_ip_address": {
        kind: "computed-only",
        source: "internal/services/network/private_endpoint_resource.go#L180",
      },
      "private_service_connection.request_message": {
        kind: "update",
        source: "internal/services/network/private_endpoint_resource.go#L175",
      },
      "private_service_connection.subresource_names": {
        kind: "replace",
        source: "internal/services/network/private_endpoint_resource.go#L169",
      },
      resource_group_name: { kind: "replace", source: "helpers/azure/deprecated_soon.go#L24" },
      subnet_id: { kind: "replace", source: "internal/services/network/private_endpoint_resource.go#L81" },
      tags: { kind: "update", source: "internal/services/network/private_endpoint_resource.go#L296" },
    },
  },
  azurerm_private_dns_zone: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "records are recreated by the resources that own them",
    attributes: {
      max_number_of_record_sets: {
        kind: "computed-only",
        source: "internal/services/privatedns/private_dns_zone_resource.go#L66",
      },
      max_number_of_virtual_network_links: {
        kind: "computed-only",
        source: "internal/services/privatedns/private_dns_zone_resource.go#L71",
      },
      max_number_of_virtual_network_links_with_registration: {
        kind: "computed-only",
        source: "internal/services/privatedns/private_dns_zone_resource.go#L76",
      },
      name: { kind: "replace", source: "internal/services/privatedns/private_dns_zone_resource.go#L55" },
      number_of_record_sets: {
        kind: "computed-only",
        source: "internal/services/privatedns/private_dns_zone_resource.go#L61",
      },
      resource_group_name: { kind: "replace", source: "helpers/azure/deprecated_soon.go#L24" },
      soa_record: { kind: "replace", source: "internal/services/privatedns/private_dns_zone_resource.go#L86" },
      "soa_record.email": { kind: "update", source: "internal/services/privatedns/private_dns_zone_resource.go#L89" },
      "soa_record.expire_time": {
        kind: "update",
        source: "internal/services/privatedns/private_dns_zone_resource.go#L95",
      },
      "soa_record.fqdn": {
        kind: "computed-only",
        source: "internal/services/privatedns/private_dns_zone_resource.go#L132",
      },
      "soa_record.host_name": {
        kind: "computed-only",
        source: "internal/services/privatedns/private_dns_zone_resource.go#L140",
      },
      "soa_record.minimum_ttl": {
        kind: "update",
        source: "internal/services/privatedns/private_dns_zone_resource.go#L102",
      },
      "soa_record.refresh_time": {
        kind: "update",
        source: "internal/services/privatedns/private_dns_zone_resource.go#L109",
      },
      "soa_record.retry_time": {
        kind: "update",
        source: "internal/services/privatedns/private_dns_zone_resource.go#L116",
      },
      "soa_record.serial_number": {
        kind: "computed-only",
        source: "internal/services/privatedns/private_dns_zone_resource.go#L148",
      },
      "soa_record.tags": { kind: "update", source: "internal/services/privatedns/private_dns_zone_resource.go#L130" },
      "soa_record.ttl": { kind: "update", source: "internal/services/privatedns/private_dns_zone_resource.go#L123" },
      tags: { kind: "update", source: "internal/services/privatedns/private_dns_zone_resource.go#L156" },
    },
  },
  azurerm_private_dns_zone_virtual_network_link: {
    provider: AZURERM,
    stateful: false,
    statefulReason: "an association",
    attributes: {
      name: {
        kind: "replace",
        source: "internal/services/privatedns/private_dns_zone_virtual_network_link_resource.go#L53",
      },
      private_dns_zone_name: {
        kind: "replace",
        source: "internal/services/privatedns/private_dns_zone_virtual_network_link_resource.go#L62",
      },
      registration_enabled: {
        kind: "update",
        source: "internal/services/privatedns/private_dns_zone_virtual_network_link_resource.go#L76",
      },
      resolution_policy: {
        kind: "update",
        source: "internal/services/privatedns/private_dns_zone_virtual_network_link_resource.go#L82",
      },
      resource_group_name: { kind: "replace", source: "helpers/azure/deprecated_soon.go#L24" },
      tags: {
        kind: "update",
        source: "internal/services/privatedns/private_dns_zone_virtual_network_link_resource.go#L89",
      },
      virtual_network_id: {
        kind: "replace",
        source: "internal/services/privatedns/private_dns_zone_virtual_network_link_resource.go#L72",
      },
    },
  },
};
