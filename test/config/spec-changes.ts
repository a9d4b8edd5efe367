/**
 * The spec changes of test/config/spec-changes.test.ts: at least one per leaf key of
 * schema/environment.schema.json, each an edit of a base environment in test/fixtures/spec-changes.
 * An edit maps a dotted path in the YAML document (list items by index; a map whose keys hold dots is
 * set whole) to the new value; undefined removes the key.
 */
export type SpecChangeBase = "aks" | "iaas" | "existing" | "gateway" | "azurerm";

export interface SpecChange {
  /** The schema key the change is about, as the coverage check spells it: `clusters[].nodePools[].vmSize`. */
  readonly key: string;
  readonly base: SpecChangeBase;
  readonly edit: Readonly<Record<string, unknown>>;
}

const KEY_2 =
  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPmTnVw0Y5l0Qy3m9FZ7x5uYc0w5Yh4mZ3v0kqg8b1ZL platform-team@example.com";
const PROXY_2 = "http://proxy-2.corp.example.com:3128";
const CA_2 = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUR\n-----END CERTIFICATE-----\n";

const change = (key: string, base: SpecChangeBase, edit: Record<string, unknown>): SpecChange => ({ key, base, edit });

/** A change of one security-rule field of a subnet, on the base that has a rule there. */
function securityRuleChanges(
  subnet: "controlPlaneSubnet" | "workerSubnet",
  base: SpecChangeBase,
  clusterIndex = 0,
): SpecChange[] {
  const rule = `clusters.${clusterIndex}.network.${subnet}.securityRules.0`;
  const key = (field: string) => `clusters[].network.${subnet}.securityRules[].${field}`;
  return [
    change(key("name"), base, { [`${rule}.name`]: "allow-scrape" }),
    change(key("priority"), base, { [`${rule}.priority`]: 310 }),
    change(key("direction"), base, { [`${rule}.direction`]: "Outbound" }),
    change(key("access"), base, { [`${rule}.access`]: "Deny" }),
    change(key("protocol"), base, { [`${rule}.protocol`]: "Udp" }),
    change(key("sources[]"), base, { [`${rule}.sources`]: ["198.51.100.0/24"] }),
    change(key("sourcePorts[]"), base, { [`${rule}.sourcePorts`]: ["1024-65535"] }),
    change(key("destinations[]"), base, { [`${rule}.destinations`]: ["VirtualNetwork"] }),
    change(key("ports[]"), base, { [`${rule}.ports`]: [9100, 9101] }),
    change(key("description"), base, { [`${rule}.description`]: "Changed" }),
  ];
}

function maintenanceChanges(window: "autoUpgrade" | "nodeOs"): SpecChange[] {
  const at = `clusters.0.maintenance.${window}`;
  const key = (field: string) => `clusters[].maintenance.${window}.${field}`;
  return [
    change(key("day"), "aks", { [`${at}.day`]: "Saturday" }),
    change(key("start"), "aks", { [`${at}.start`]: "23:00" }),
    change(key("hours"), "aks", { [`${at}.hours`]: 8 }),
    change(key("utcOffset"), "aks", { [`${at}.utcOffset`]: "+01:00" }),
  ];
}

export const SPEC_CHANGES: readonly SpecChange[] = [
  // Environment
  change("location", "aks", { location: "northeurope" }),
  change("resourceGroup", "aks", { resourceGroup: "rg-changes-2" }),
  change("resourceGroup.name", "gateway", { "resourceGroup.name": "rg-changes-2" }),
  change("resourceGroup.create", "gateway", { "resourceGroup.create": false }),
  change("tags", "aks", { "tags.environment": "test-2" }),
  change("tags.*", "aks", { "tags.cost-center": "4711" }),
  change("tags[]", "gateway", { tags: ["environment:test-2"] }),
  change("backend.type", "azurerm", { backend: { type: "local", path: "state" } }),
  change("backend.path", "aks", { "backend.path": "state-2" }),
  change("backend.organization", "gateway", { "backend.organization": "example-org-2" }),
  change("backend.workspacePrefix", "gateway", { "backend.workspacePrefix": "pal-" }),
  change("backend.hostname", "gateway", { "backend.hostname": "tfe.example.com" }),
  change("backend.project", "gateway", { "backend.project": "palette-2" }),
  change("backend.execution", "gateway", { "backend.execution": "agent" }),
  change("backend.packsExecution", "gateway", { "backend.packsExecution": "remote", "backend.agentPool": undefined }),
  change("backend.agentPool", "gateway", { "backend.agentPool": "palette-agents-2" }),
  change("backend.resourceGroupName", "azurerm", { "backend.resourceGroupName": "rg-terraform-state-2" }),
  change("backend.storageAccountName", "azurerm", { "backend.storageAccountName": "stpalettetfstate2" }),
  change("backend.containerName", "azurerm", { "backend.containerName": "tfstate-2" }),
  change("backend.keyPrefix", "azurerm", { "backend.keyPrefix": "palette-2/" }),
  change("kubeloginLogin", "gateway", { kubeloginLogin: "workloadidentity" }),
  // Private Cloud Gateways
  change("privateCloudGateways[].name", "gateway", {
    "privateCloudGateways.0.name": "pcg-2",
    "clusters.0.privateCloudGateway": "pcg-2",
  }),
  change("privateCloudGateways[].vnet.name", "gateway", { "privateCloudGateways.0.vnet.name": "vnet-pcg-2" }),
  change("privateCloudGateways[].vnet.resourceGroup", "gateway", {
    "privateCloudGateways.0.vnet.resourceGroup": "rg-network-2",
  }),
  change("privateCloudGateways[].vnet.addressSpace[]", "gateway", {
    "privateCloudGateways.0.vnet.addressSpace": ["10.30.0.0/16", "10.31.0.0/16"],
  }),
  change("privateCloudGateways[].proxy.httpProxy", "gateway", {
    "privateCloudGateways.0.proxy.httpProxy": "http://proxy-2.corp.example.com:3128",
  }),
  change("privateCloudGateways[].proxy.httpsProxy", "gateway", {
    "privateCloudGateways.0.proxy.httpsProxy": "http://proxy-2.corp.example.com:3128",
  }),
  change("privateCloudGateways[].proxy.noProxy[]", "gateway", {
    "privateCloudGateways.0.proxy.noProxy": [".corp.example.com", ".example.net"],
  }),
  change("privateCloudGateways[].proxy.trustedCa", "gateway", { "privateCloudGateways.0.proxy.trustedCa": CA_2 }),
  // Every cluster
  change("clusters[].type", "aks", { "clusters.0.type": "iaas" }),
  change("clusters[].name", "aks", { "clusters.0.name": "web" }),
  change("clusters[].tags", "aks", { "clusters.0.tags.workload": "apps-2" }),
  change("clusters[].tags.*", "iaas", { "clusters.0.tags.team": "edge" }),
  change("clusters[].tags[]", "aks", { "clusters.0.tags": ["workload:apps-2"] }),
  change("clusters[].kubernetesVersion", "aks", { "clusters.0.kubernetesVersion": "1.34" }),
  change("clusters[].kubernetesVersion", "iaas", { "clusters.0.kubernetesVersion": "1.33.6" }),
  change("clusters[].zones[]", "aks", { "clusters.0.zones": [1, 2] }),
  change("clusters[].zones[]", "iaas", { "clusters.0.zones": [1, 2], "clusters.0.workerPools.0.zones": [1, 2] }),
  change("clusters[].privateCloudGateway", "gateway", {
    "clusters.0.privateCloudGateway": "none",
    "clusters.0.network": undefined,
  }),
  // A cluster's own proxy replaces the gateway's.
  change("clusters[].proxy.httpProxy", "gateway", { "clusters.0.proxy": { httpProxy: PROXY_2 } }),
  change("clusters[].proxy.httpProxy", "existing", { "clusters.0.proxy": { httpProxy: PROXY_2 } }),
  change("clusters[].proxy.httpsProxy", "gateway", { "clusters.0.proxy": { httpsProxy: PROXY_2 } }),
  change("clusters[].proxy.noProxy[]", "gateway", {
    "clusters.0.proxy": { httpProxy: PROXY_2, httpsProxy: PROXY_2, noProxy: [".example.net"] },
  }),
  change("clusters[].proxy.trustedCa", "gateway", {
    "clusters.0.proxy": { httpProxy: PROXY_2, httpsProxy: PROXY_2, trustedCa: CA_2 },
  }),
  change("clusters[].packs[].name", "aks", { "clusters.0.packs.0.name": "nginx" }),
  change("clusters[].packs[].pack.namespace", "aks", { "clusters.0.packs.0.pack.namespace": "ingress" }),
  change("clusters[].packs[].pack.namespaceLabels", "aks", {
    "clusters.0.packs.0.pack.namespaceLabels": { "example.com/team": "apps" },
  }),
  change("clusters[].packs[].pack.namespaceLabels.*", "aks", {
    "clusters.0.packs.0.pack.namespaceLabels": { "example.com/team": "platform", "example.com/tier": "edge" },
  }),
  change("clusters[].packs[].pack.namespaceAnnotations", "aks", {
    "clusters.0.packs.0.pack.namespaceAnnotations": { "example.com/owner": "apps-team" },
  }),
  change("clusters[].packs[].pack.namespaceAnnotations.*", "aks", {
    "clusters.0.packs.0.pack.namespaceAnnotations": {
      "example.com/owner": "platform-team",
      "example.com/pager": "none",
    },
  }),
  // Network: placement
  change("clusters[].network.vnet.name", "existing", { "clusters.0.network.vnet.name": "vnet-spoke-2" }),
  change("clusters[].network.vnet.resourceGroup", "existing", {
    "clusters.0.network.vnet.resourceGroup": "rg-network-2",
  }),
  change("clusters[].network.vnet.addressSpace[]", "aks", {
    "clusters.0.network.vnet.addressSpace": ["10.0.0.0/8", "172.20.0.0/16"],
  }),
  change("clusters[].network.vnet.addressSpace[]", "existing", {
    "clusters.0.network.vnet.addressSpace": ["10.40.0.0/16", "10.41.0.0/16"],
  }),
  // Network: control-plane subnet (IaaS)
  change("clusters[].network.controlPlaneSubnet.cidr", "iaas", {
    "clusters.0.network.controlPlaneSubnet.cidr": "10.0.0.0/17",
  }),
  change("clusters[].network.controlPlaneSubnet.name", "iaas", {
    "clusters.0.network.controlPlaneSubnet.name": "edge-cp",
  }),
  change("clusters[].network.controlPlaneSubnet.existing", "existing", {
    "clusters.0.network.controlPlaneSubnet": {
      cidr: "10.40.0.0/24",
      nsg: { name: "nsg-edge-cp", existing: true, resourceGroup: "rg-network" },
    },
  }),
  change("clusters[].network.controlPlaneSubnet.nsg.name", "iaas", {
    "clusters.0.network.controlPlaneSubnet.nsg": { name: "edge-cp-nsg" },
  }),
  change("clusters[].network.controlPlaneSubnet.nsg.existing", "iaas", {
    "clusters.0.network.controlPlaneSubnet.nsg": { name: "nsg-edge-cp", existing: true },
  }),
  change("clusters[].network.controlPlaneSubnet.nsg.resourceGroup", "existing", {
    "clusters.0.network.controlPlaneSubnet.nsg.resourceGroup": "rg-network-2",
  }),
  ...securityRuleChanges("controlPlaneSubnet", "iaas"),
  change("clusters[].network.controlPlaneSubnet.routeTable.name", "iaas", {
    "clusters.0.network.controlPlaneSubnet.routeTable": { name: "rt-egress" },
  }),
  change("clusters[].network.controlPlaneSubnet.routeTable.resourceGroup", "iaas", {
    "clusters.0.network.controlPlaneSubnet.routeTable": { name: "rt-egress", resourceGroup: "rg-network" },
  }),
  // Network: worker subnet
  change("clusters[].network.workerSubnet.cidr", "aks", { "clusters.0.network.workerSubnet.cidr": "10.1.0.0/17" }),
  change("clusters[].network.workerSubnet.cidr", "iaas", { "clusters.0.network.workerSubnet.cidr": "10.1.0.0/17" }),
  change("clusters[].network.workerSubnet.name", "aks", { "clusters.0.network.workerSubnet.name": "apps-nodes" }),
  change("clusters[].network.workerSubnet.existing", "existing", {
    "clusters.0.network.workerSubnet": { name: "snet-edge-workers", existing: true, cidr: "10.40.16.0/20" },
  }),
  change("clusters[].network.workerSubnet.nsg.name", "aks", {
    "clusters.0.network.workerSubnet.nsg.name": "apps-nodes-nsg",
  }),
  change("clusters[].network.workerSubnet.nsg.existing", "aks", {
    "clusters.0.network.vnet": { name: "vnet-spoke", resourceGroup: "rg-network", addressSpace: ["10.0.0.0/8"] },
    "clusters.0.network.workerSubnet.nsg": { name: "nsg-apps", existing: true },
  }),
  change("clusters[].network.workerSubnet.nsg.resourceGroup", "existing", {
    "clusters.0.network.workerSubnet.nsg": { name: "nsg-edge-workers", existing: true, resourceGroup: "rg-network" },
  }),
  ...securityRuleChanges("workerSubnet", "aks"),
  change("clusters[].network.workerSubnet.routeTable.name", "existing", {
    "clusters.0.network.workerSubnet.routeTable.name": "rt-egress-2",
  }),
  change("clusters[].network.workerSubnet.routeTable.resourceGroup", "existing", {
    "clusters.0.network.workerSubnet.routeTable.resourceGroup": "rg-network-2",
  }),
  // Network: access and egress
  change("clusters[].network.apiServerSources[]", "iaas", {
    "clusters.0.network.apiServerSources": ["203.0.113.0/24", "198.51.100.0/24"],
  }),
  change("clusters[].network.sshSources[]", "aks", {
    "clusters.0.network.sshSources": ["172.16.250.0/27", "172.16.251.0/27"],
  }),
  change("clusters[].network.sshSources[]", "iaas", {
    "clusters.0.network.sshSources": ["172.16.250.0/27", "172.16.251.0/27"],
  }),
  change("clusters[].network.publicServices.ports[]", "aks", { "clusters.0.network.publicServices.ports": [443] }),
  change("clusters[].network.publicServices.sources[]", "aks", {
    "clusters.0.network.publicServices.sources": ["203.0.113.0/24"],
  }),
  change("clusters[].network.publicServices.protocol", "aks", { "clusters.0.network.publicServices.protocol": "*" }),
  change("clusters[].network.egress", "aks", {
    "clusters.0.network.egress": "natGateway",
    "clusters.0.network.loadBalancer": undefined,
  }),
  change("clusters[].network.egress", "gateway", {
    "clusters.0.network.egress": "loadBalancer",
    "clusters.0.network.egressAddresses": undefined,
  }),
  change("clusters[].network.egress", "iaas", {
    "clusters.0.network.egress": "loadBalancer",
    "clusters.0.network.natGateway": undefined,
  }),
  change("clusters[].network.natGateway.idleTimeoutMinutes", "iaas", {
    "clusters.0.network.natGateway.idleTimeoutMinutes": 10,
  }),
  change("clusters[].network.natGateway.publicIpCount", "iaas", { "clusters.0.network.natGateway.publicIpCount": 2 }),
  change("clusters[].network.natGateway.zone", "iaas", { "clusters.0.network.natGateway.zone": 2 }),
  change("clusters[].network.loadBalancer.idleTimeoutMinutes", "aks", {
    "clusters.0.network.loadBalancer.idleTimeoutMinutes": 10,
  }),
  change("clusters[].network.loadBalancer.publicIpCount", "aks", {
    "clusters.0.network.loadBalancer.publicIpCount": 2,
  }),
  change("clusters[].network.loadBalancer.publicIpCount", "iaas", {
    "clusters.0.network.egress": undefined,
    "clusters.0.network.natGateway": undefined,
    "clusters.0.network.loadBalancer": { publicIpCount: 2 },
  }),
  change("clusters[].network.egressAddresses[]", "gateway", {
    "clusters.0.network.egressAddresses": ["198.51.100.10", "198.51.100.11"],
  }),
  // AKS
  change("clusters[].managedControlPlane.sku", "aks", { "clusters.0.managedControlPlane.sku": "Premium" }),
  change("clusters[].managedControlPlane.aadProfile.managed", "aks", {
    "clusters.0.managedControlPlane.aadProfile.managed": false,
  }),
  change("clusters[].managedControlPlane.aadProfile.adminGroupObjectIDs[]", "aks", {
    "clusters.0.managedControlPlane.aadProfile.adminGroupObjectIDs": [
      "9a4d2f6e-1c8b-4e07-b3a5-7e2f9c1d6b48",
      "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9",
    ],
  }),
  change("clusters[].managedControlPlane.autoUpgradeProfile.upgradeChannel", "aks", {
    "clusters.0.managedControlPlane.autoUpgradeProfile.upgradeChannel": "stable",
  }),
  change("clusters[].managedMachinePool.maxPodPerNode", "aks", { "clusters.0.managedMachinePool.maxPodPerNode": 80 }),
  change("clusters[].profileFile", "gateway", { "clusters.0.profileFile": "../profiles/free.yaml" }),
  change("clusters[].nodeOsUpgradeChannel", "aks", { "clusters.0.nodeOsUpgradeChannel": "SecurityPatch" }),
  change("clusters[].nodePools[].name", "aks", { "clusters.0.nodePools.1.name": "web" }),
  change("clusters[].nodePools[].mode", "aks", {
    "clusters.0.nodePools.1.mode": "System",
    "clusters.0.nodePools.1.taints": [],
  }),
  change("clusters[].nodePools[].vmSize", "aks", { "clusters.0.nodePools.0.vmSize": "Standard_D8ds_v5" }),
  change("clusters[].nodePools[].vmSize", "aks", { "clusters.0.nodePools.1.vmSize": "Standard_D8ds_v5" }),
  change("clusters[].nodePools[].count", "aks", { "clusters.0.nodePools.1.count": 4 }),
  change("clusters[].nodePools[].min", "aks", { "clusters.0.nodePools.0.min": 2 }),
  change("clusters[].nodePools[].max", "aks", { "clusters.0.nodePools.0.max": 6 }),
  change("clusters[].nodePools[].osDiskSizeGb", "aks", { "clusters.0.nodePools.1.osDiskSizeGb": 256 }),
  change("clusters[].nodePools[].osDiskType", "aks", {
    "clusters.0.nodePools.1.osDiskType": "Ephemeral",
    "clusters.0.nodePools.1.osDiskSizeGb": 100,
  }),
  change("clusters[].nodePools[].osSku", "aks", { "clusters.0.nodePools.1.osSku": "AzureLinux" }),
  change("clusters[].nodePools[].maxPods", "aks", { "clusters.0.nodePools.1.maxPods": 70 }),
  change("clusters[].nodePools[].labels", "aks", { "clusters.0.nodePools.1.labels": { "example.com/role": "web" } }),
  change("clusters[].nodePools[].labels.*", "aks", {
    "clusters.0.nodePools.1.labels": { "example.com/role": "apps", "example.com/tier": "front" },
  }),
  change("clusters[].nodePools[].taints[]", "aks", {
    "clusters.0.nodePools.1.taints": ["example.com/dedicated=web:NoSchedule"],
  }),
  change("clusters[].nodePools[].zones[]", "aks", { "clusters.0.nodePools.1.zones": [1, 2, 3] }),
  change("clusters[].nodePools[].criticalAddonsOnly", "aks", { "clusters.0.nodePools.0.criticalAddonsOnly": false }),
  change("clusters[].nodePools[].maxSurge", "aks", { "clusters.0.nodePools.1.maxSurge": "10%" }),
  change("clusters[].apiServer.privateCluster", "gateway", { "clusters.0.apiServer": { privateCluster: true } }),
  change("clusters[].apiServer.authorizedIpRanges[]", "aks", {
    "clusters.0.apiServer.authorizedIpRanges": ["203.0.113.0/24", "198.51.100.0/24"],
  }),
  change("clusters[].networkProfile.networkPolicy", "aks", { "clusters.0.networkProfile.networkPolicy": "cilium" }),
  change("clusters[].networkProfile.podCidr", "aks", { "clusters.0.networkProfile.podCidr": "172.20.0.0/16" }),
  change("clusters[].networkProfile.serviceCidr", "aks", {
    "clusters.0.networkProfile.serviceCidr": "100.65.0.0/16",
    "clusters.0.networkProfile.dnsServiceIp": "100.65.0.10",
  }),
  change("clusters[].networkProfile.dnsServiceIp", "aks", { "clusters.0.networkProfile.dnsServiceIp": "100.64.0.11" }),
  change("clusters[].azurePolicy", "aks", { "clusters.0.azurePolicy": false }),
  change("clusters[].keda", "aks", { "clusters.0.keda": false }),
  change("deletionProtection", "aks", { deletionProtection: true }),
  change("clusters[].deletionProtection", "iaas", { "clusters.0.deletionProtection": true }),
  change("clusters[].encryptionAtHost", "aks", { "clusters.0.encryptionAtHost": false }),
  change("clusters[].keyVaultSecretsProvider", "aks", { "clusters.0.keyVaultSecretsProvider": false }),
  change("clusters[].monitoring.enabled", "aks", { "clusters.0.monitoring.enabled": false }),
  change("clusters[].monitoring.retentionDays", "aks", { "clusters.0.monitoring.retentionDays": 90 }),
  change("clusters[].oidcIssuer", "aks", { "clusters.0.oidcIssuer": false, "clusters.0.workloadIdentity": false }),
  change("clusters[].workloadIdentity", "aks", { "clusters.0.workloadIdentity": false }),
  change("clusters[].identity.grantNetworkContributor", "aks", {
    "clusters.0.identity.grantNetworkContributor": false,
  }),
  ...maintenanceChanges("autoUpgrade"),
  ...maintenanceChanges("nodeOs"),
  // IaaS
  change("clusters[].sshPublicKey", "iaas", { "clusters.0.sshPublicKey": KEY_2 }),
  change("clusters[].adminUsername", "iaas", { "clusters.0.adminUsername": "kubeadmin" }),
  change("clusters[].controlPlane.count", "iaas", { "clusters.0.controlPlane.count": 5 }),
  change("clusters[].controlPlane.vmSize", "iaas", { "clusters.0.controlPlane.vmSize": "Standard_D8s_v5" }),
  change("clusters[].controlPlane.osDisk.sizeGb", "iaas", { "clusters.0.controlPlane.osDisk.sizeGb": 256 }),
  change("clusters[].controlPlane.osDisk.type", "iaas", { "clusters.0.controlPlane.osDisk.type": "Premium_ZRS" }),
  change("clusters[].controlPlane.allowWorkloads", "iaas", { "clusters.0.controlPlane.allowWorkloads": true }),
  change("clusters[].workerPools[].name", "iaas", { "clusters.0.workerPools.0.name": "web" }),
  change("clusters[].workerPools[].count", "iaas", { "clusters.0.workerPools.0.count": 5 }),
  change("clusters[].workerPools[].vmSize", "iaas", { "clusters.0.workerPools.0.vmSize": "Standard_D8s_v5" }),
  change("clusters[].workerPools[].zones[]", "iaas", { "clusters.0.workerPools.0.zones": [1, 2] }),
  change("clusters[].workerPools[].osDisk.sizeGb", "iaas", { "clusters.0.workerPools.0.osDisk.sizeGb": 256 }),
  change("clusters[].workerPools[].osDisk.type", "iaas", { "clusters.0.workerPools.0.osDisk.type": "StandardSSD_LRS" }),
  change("clusters[].workerPools[].labels", "iaas", {
    "clusters.0.workerPools.0.labels": { "example.com/role": "web" },
  }),
  change("clusters[].workerPools[].labels.*", "iaas", {
    "clusters.0.workerPools.0.labels": { "example.com/role": "general", "example.com/tier": "front" },
  }),
  change("clusters[].workerPools[].taints[].key", "iaas", {
    "clusters.0.workerPools.0.taints.0.key": "example.com/pool",
  }),
  change("clusters[].workerPools[].taints[].value", "iaas", { "clusters.0.workerPools.0.taints.0.value": "web" }),
  change("clusters[].workerPools[].taints[].effect", "iaas", {
    "clusters.0.workerPools.0.taints.0.effect": "NoExecute",
  }),
  change("clusters[].image.marketplace.publisher", "iaas", { "clusters.0.image.marketplace.publisher": "canonical-2" }),
  change("clusters[].image.marketplace.offer", "iaas", { "clusters.0.image.marketplace.offer": "ubuntu-24_04-lts-2" }),
  change("clusters[].image.marketplace.sku", "iaas", { "clusters.0.image.marketplace.sku": "server-gen1" }),
  change("clusters[].image.marketplace.version", "iaas", { "clusters.0.image.marketplace.version": "24.04.202511200" }),
  change("clusters[].image.vhdUri", "existing", {
    "clusters.0.image.vhdUri": "https://images.example.com/ubuntu-2404-kube-1.33-2.vhd",
  }),
  change("clusters[].image.hyperVGeneration", "existing", { "clusters.0.image.hyperVGeneration": "V1" }),
  change("clusters[].image.architecture", "iaas", {
    "clusters.0.image.architecture": "Arm64",
    "clusters.0.controlPlane.vmSize": "Standard_D4ps_v5",
    "clusters.0.workerPools.0.vmSize": "Standard_D4ps_v5",
    "clusters.0.image.trustedLaunch": false,
    "clusters.0.image.marketplace.sku": "server-arm64",
  }),
  change("clusters[].image.trustedLaunch", "iaas", { "clusters.0.image.trustedLaunch": false }),
  change("clusters[].apiServer.dnsLabel", "iaas", { "clusters.0.apiServer.dnsLabel": "example-changes-edge-api-2" }),
  change("clusters[].apiServer.internalAddress", "iaas", { "clusters.0.apiServer.internalAddress": "10.0.255.200" }),
  change("clusters[].apiServer.healthProbe", "iaas", { "clusters.0.apiServer.healthProbe": "tcp" }),
  change("clusters[].clusterNetwork.podCidr", "iaas", { "clusters.0.clusterNetwork.podCidr": "172.20.0.0/16" }),
  change("clusters[].clusterNetwork.serviceCidr", "iaas", { "clusters.0.clusterNetwork.serviceCidr": "100.65.0.0/16" }),
  change("clusters[].clusterNetwork.dnsDomain", "iaas", { "clusters.0.clusterNetwork.dnsDomain": "edge.local" }),
  change("clusters[].clusterNetwork.cni", "iaas", { "clusters.0.clusterNetwork.cni": "none" }),
  change("clusters[].encryptionAtHost", "iaas", { "clusters.0.encryptionAtHost": false }),
  // IaaS storage
  change("clusters[].storage.account.name", "iaas", { "clusters.0.storage.account.name": "stedgechanges2" }),
  change("clusters[].storage.account.existing", "existing", {
    "clusters.0.storage.account": { name: "stedgeshared" },
    "clusters.0.storage.container": { name: "vhds" },
  }),
  change("clusters[].storage.account.resourceGroup", "existing", {
    "clusters.0.storage.account.resourceGroup": "rg-shared-2",
  }),
  change("clusters[].storage.account.replication", "iaas", { "clusters.0.storage.account.replication": "GZRS" }),
  change("clusters[].storage.account.replication", "iaas", { "clusters.0.storage.account.replication": "GRS" }),
  change("clusters[].storage.account.sharedKeyAccess", "iaas", { "clusters.0.storage.account.sharedKeyAccess": true }),
  change("clusters[].storage.account.softDeleteDays", "iaas", { "clusters.0.storage.account.softDeleteDays": 0 }),
  change("clusters[].storage.container.name", "iaas", { "clusters.0.storage.container.name": "edge-images-2" }),
  change("clusters[].storage.container.existing", "existing", { "clusters.0.storage.container.existing": false }),
  change("clusters[].storage.networkAccess", "iaas", { "clusters.0.storage.networkAccess": "private" }),
  change("clusters[].storage.privateDnsZone.resourceGroup", "existing", {
    "clusters.0.storage.privateDnsZone.resourceGroup": "rg-dns-2",
  }),
  change("clusters[].storage.privateDnsZone.linkVnet", "existing", {
    "clusters.0.storage.privateDnsZone.linkVnet": false,
  }),
];
