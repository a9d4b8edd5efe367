/** Shared inputs of the IaaS tests: a real throwaway SSH key, an environment file, literal network and storage refs. */
import { generateKeyPairSync } from "node:crypto";
import { SlotValues } from "../../src/iaas/bootstrap/template-slots";
import type { IaasClusterProps } from "../../src/iaas/iaas-cluster";
import { ClusterNetworkRef } from "../../src/network/network-ref";
import { ClusterStorageRef } from "../../src/storage/storage-ref";

/** A freshly generated Ed25519 public key in OpenSSH form. */
export function testSshPublicKey(comment = "test@example.com"): string {
  const raw = generateKeyPairSync("ed25519").publicKey.export({ format: "der", type: "spki" }).subarray(-32);
  const field = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  return `ssh-ed25519 ${Buffer.concat([field(Buffer.from("ssh-ed25519")), field(raw)]).toString("base64")} ${comment}`;
}

export const SSH_KEY = testSshPublicKey();

/**
 * An environment with one IaaS cluster `edge`; `cluster` lines (indented 4) are appended to it.
 * Line 9 is the first appended line.
 */
export function iaasEnvironment(cluster = "", sshKey = SSH_KEY): string {
  return `location: westeurope
resourceGroup: rg-test
clusters:
  - name: edge
    type: iaas
    kubernetesVersion: "1.33.5"
    sshPublicKey: ${sshKey}
    zones: [1, 2, 3]
${cluster}`;
}

export const NETWORK: ClusterNetworkRef = {
  vnetId: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet",
  vnetName: "vnet",
  vnetResourceGroupName: "rg",
  addressSpace: ["10.0.0.0/8"],
  controlPlaneSubnetId: "cp-subnet-id",
  controlPlaneSubnetCidr: "10.0.0.0/16",
  workerSubnetId: "worker-subnet-id",
  workerSubnetCidr: "10.1.0.0/16",
  controlPlaneNsgId: "cp-nsg-id",
  workerNsgId: "worker-nsg-id",
  workerSubnetName: "edge-test-worker-subnet",
  workerNsg: { name: "edge-test-worker-nsg", resourceGroupName: "rg" },
  egress: "loadBalancer",
  loadBalancerEgress: { publicIpCount: 1, idleTimeoutMinutes: 4 },
};

export const STORAGE: ClusterStorageRef = {
  accountId: "account-id",
  accountName: "stedgetest",
  primaryBlobEndpoint: "https://stedgetest.blob.core.windows.net/",
  containerName: "vhds",
  containerId: "container-id",
  containerUrl: "https://stedgetest.blob.core.windows.net/vhds",
};

/** An IaasCluster of cluster `edge` in environment `test`, on the literal network and storage above. */
export const IAAS_PROPS: IaasClusterProps = {
  clusterName: "edge",
  environmentName: "test",
  location: "westeurope",
  resourceGroupName: "rg-test",
  kubernetesVersion: "1.33.5",
  network: NETWORK,
  storage: STORAGE,
  sshPublicKey: SSH_KEY,
};

/** Sample apply-time values for every bootstrap slot, as Terraform would fill them. */
export const SAMPLE_SLOTS: SlotValues = {
  apiHost: "edge-dev-api.westeurope.cloudapp.azure.com",
  controlPlaneToken: "abcdef.0123456789abcdef",
  workerToken: "uvwxyz.9876543210fedcba",
  certificateKey: "f".repeat(64),
  caCertificateBase64: Buffer.from("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n").toString("base64"),
  caKeyBase64: Buffer.from("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n").toString("base64"),
  tenantId: "11111111-2222-3333-4444-555555555555",
  subscriptionId: "66666666-7777-8888-9999-000000000000",
  identityClientId: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
  resourceGroup: "rg-test",
  vnetName: "edge-dev-vnet",
  vnetResourceGroup: "rg-test",
  subnetName: "edge-dev-worker-subnet",
  securityGroupName: "edge-dev-worker-nsg",
  securityGroupResourceGroup: "rg-test",
  routeTableName: "rt-firewall",
  routeTableResourceGroup: "rg-hub",
};
