/**
 * Staging's two clusters (stacks/environments/staging.yaml), built in TypeScript without YAML: the
 * library's stacks take typed props. test/stacks/typescript-stacks.test.ts runs this and checks that
 * its JSON is byte for byte what the YAML app writes. Run it: `npx tsx examples/staging-in-typescript.ts`.
 */
import { App } from "cdktf";
import { AksClusterStack, IaasClusterStack, StackBackend } from "palette-azure-cdktf";

const environment = {
  environmentName: "staging",
  location: "westeurope",
  resourceGroupName: "rg-palette-staging",
  backend: {
    type: "azurerm",
    resourceGroupName: "rg-terraform-state",
    storageAccountName: "stpalettetfstate",
    containerName: "tfstate",
    keyPrefix: "palette/",
  } satisfies StackBackend,
  tags: { environment: "staging", owner: "platform-team", "cost-center": "4711" },
};

/** Adds staging's stacks to `app`. */
export function addStagingStacks(app: App): void {
  new AksClusterStack(app, {
    ...environment,
    clusterName: "apps",
    kubernetesVersion: "1.33",
    skuTier: "Standard",
    aad: { adminGroupObjectIds: ["9a4d2f6e-1c8b-4e07-b3a5-7e2f9c1d6b48"] },
    upgradeChannel: "stable",
    apiServer: { authorizedIpRanges: ["203.0.113.0/24"] },
    nodePools: [
      { name: "system", mode: "System", min: 3, max: 5, criticalAddonsOnly: true },
      { name: "apps", min: 2, max: 10 },
    ],
    maintenance: {
      autoUpgrade: { day: "Saturday", start: "22:00", hours: 6 },
      nodeOs: { day: "Sunday", start: "02:00", hours: 4 },
    },
  });

  new IaasClusterStack(app, {
    ...environment,
    clusterName: "edge",
    kubernetesVersion: "1.33.5",
    zones: ["1", "2", "3"],
    sshPublicKey:
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGM/fK7n3Y1+zDyAmBhAIztr9nQ2IqnUbZH+FvmF9qvQ platform-team@example.com",
    controlPlane: { count: 3, vmSize: "Standard_D4s_v5" },
    workerPools: [{ name: "general", count: 3, vmSize: "Standard_D4s_v5" }],
    network: {
      apiServerSources: ["203.0.113.0/24"],
      sshSources: ["172.16.250.0/27"],
      workerSubnet: {
        securityRules: [
          {
            name: "allow-ingress-https",
            priority: 300,
            protocol: "Tcp",
            sources: ["Internet"],
            ports: ["443"],
            description: "Public HTTPS to the ingress controller's load balancer",
          },
        ],
      },
    },
    storage: { account: { replication: "GRS" }, container: { name: "edge-staging-images" } },
  });
}

if (require.main === module) {
  const app = new App();
  addStagingStacks(app);
  app.synth();
}
