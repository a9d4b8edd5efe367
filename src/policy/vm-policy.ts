/**
 * Policy for the nodes of IaaS clusters (Linux VMs and scale sets, what the IaaS topology creates) and, for
 * public IPs, AKS pools too. azurerm 4.55 defaults for an attribute left out: password sign-in off, VM
 * extensions allowed, encryption at host off, no public IP.
 */
import { Block, referencedAddresses, single, text } from "../review/stack-json";
import { posture, PolicyRule, resourceRule, shown, stackRule } from "./policy-rule";

const VM = "azurerm_linux_virtual_machine";
const SCALE_SET = "azurerm_linux_virtual_machine_scale_set";
const NODES = [VM, SCALE_SET];

const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? (value as Record<string, unknown>[]) : single(value) ? [single(value)!] : [];

const noPasswordSignIn = resourceRule(
  {
    id: "PAZ-VM-001",
    severity: "high",
    guardsAgainst: "password guessing against the nodes' SSH",
    reads: [`${VM}.disable_password_authentication`, `${SCALE_SET}.disable_password_authentication`],
    checkov: ["CKV_AZURE_149", "CKV_AZURE_1", "CKV_AZURE_49"],
    trivy: ["AVD-AZU-0039"],
  },
  NODES,
  (node: Block) =>
    posture(node.type, "password sign-in off")(node.config)
      ? undefined
      : { problem: "accepts password sign-in", setting: "disable_password_authentication = false" },
);

const noPublicIpOnNodes = stackRule(
  {
    id: "PAZ-VM-002",
    severity: "high",
    guardsAgainst: "nodes reachable from the internet directly, around the load balancers",
    reads: [
      "azurerm_network_interface.ip_configuration.public_ip_address_id",
      `${SCALE_SET}.network_interface.ip_configuration.public_ip_address`,
      "azurerm_kubernetes_cluster.default_node_pool.node_public_ip_enabled",
      "azurerm_kubernetes_cluster_node_pool.node_public_ip_enabled",
    ],
    checkov: ["CKV_AZURE_119", "CKV_AZURE_143"],
    trivy: ["AVD-AZU-0076"],
  },
  (stack, found) => [
    ...stack.of("azurerm_network_interface").flatMap((nic) =>
      list(nic.config.ip_configuration)
        .filter((ip) => ip.public_ip_address_id !== undefined)
        .map((ip) =>
          found(nic.address, {
            problem: `gives its VM the public IP ${referencedAddresses(ip.public_ip_address_id)[0] ?? text(ip.public_ip_address_id)}`,
            setting: `ip_configuration ${text(ip.name)}: public_ip_address_id`,
          }),
        ),
    ),
    ...stack.of(SCALE_SET).flatMap((set) =>
      list(set.config.network_interface)
        .flatMap((nic) => list(nic.ip_configuration))
        .filter((ip) => single(ip.public_ip_address) !== undefined)
        .map((ip) =>
          found(set.address, {
            problem: "gives every instance a public IP",
            setting: `network_interface.ip_configuration ${text(ip.name)}: public_ip_address`,
          }),
        ),
    ),
    ...stack
      .of("azurerm_kubernetes_cluster")
      .filter((c) => single(c.config.default_node_pool)?.node_public_ip_enabled === true)
      .map((c) =>
        found(c.address, {
          problem: "gives every node of the default pool a public IP",
          setting: "default_node_pool.node_public_ip_enabled = true",
        }),
      ),
    ...stack
      .of("azurerm_kubernetes_cluster_node_pool")
      .filter((p) => p.config.node_public_ip_enabled === true)
      .map((p) =>
        found(p.address, { problem: "gives every node a public IP", setting: "node_public_ip_enabled = true" }),
      ),
  ],
);

/** The attribute that allows VM extensions: the VM and the scale set name it differently. */
const EXTENSIONS_ATTRIBUTE: Readonly<Record<string, string>> = {
  [VM]: "allow_extension_operations",
  [SCALE_SET]: "extension_operations_enabled",
};

const noExtensionOperations = resourceRule(
  {
    id: "PAZ-VM-003",
    severity: "medium",
    guardsAgainst:
      "anyone with write access on the VM running code as root through an extension (Custom Script, Run Command)",
    reads: [`${VM}.allow_extension_operations`, `${SCALE_SET}.extension_operations_enabled`],
    checkov: ["CKV_AZURE_50"],
    trivy: [],
  },
  NODES,
  (node: Block) => {
    const attribute = EXTENSIONS_ATTRIBUTE[node.type];
    return node.config[attribute] === false
      ? undefined
      : {
          problem: "allows VM extensions",
          setting: `${attribute} = ${shown(node.config[attribute])} (azurerm default true)`,
        };
  },
);

const encryptionAtHost = resourceRule(
  {
    id: "PAZ-VM-004",
    severity: "medium",
    guardsAgainst: "temp disks and OS-disk caches stored unencrypted on the Azure host",
    reads: [`${VM}.encryption_at_host_enabled`, `${SCALE_SET}.encryption_at_host_enabled`],
    checkov: ["CKV_AZURE_97"],
    trivy: [],
  },
  NODES,
  (node: Block) =>
    posture(node.type, "encryption at host on")(node.config)
      ? undefined
      : {
          problem: "leaves temp disks and disk caches unencrypted on the host",
          setting: `encryption_at_host_enabled = ${shown(node.config.encryption_at_host_enabled)}`,
        },
);

export const VM_RULES: readonly PolicyRule[] = [
  noPasswordSignIn,
  noPublicIpOnNodes,
  noExtensionOperations,
  encryptionAtHost,
];
