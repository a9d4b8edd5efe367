/** Packs stacks in Terraform Cloud: where each stack's runs execute, and what cannot work there (issue 9, item 3). */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { synthesize } from "../../src/app/synthesize";
import { loadErrorOf, tempDir } from "../helpers";

const env = (backend: string, cluster: string, top = "") => `location: westeurope
resourceGroup: rg
backend: { type: cloud, organization: acme, ${backend} }
${top}clusters:
${cluster}`;
const entraAks = `  - name: apps
    type: aks
    kubernetesVersion: "1.33"
    managedControlPlane: { aadProfile: { managed: true, adminGroupObjectIDs: [9a4d2f6e-1c8b-4e07-b3a5-7e2f9c1d6b48] } }
    packs: [{ pack: { namespace: team } }]
`;
const localAks = `  - { name: apps, type: aks, kubernetesVersion: "1.33", packs: [{ pack: { namespace: team } }] }\n`;

describe("packs stacks in Terraform Cloud", () => {
  it("refuse hosted agents for an Entra ID cluster (no kubelogin there) or a restricted API server, and say what works", () => {
    expect(loadErrorOf({ prod: env("execution: remote", entraAks) })).toBe(
      "stacks/environments/prod.yaml:9:5 clusters[0].packs: the packs stack cannot run on HCP Terraform's hosted agents (backend execution remote): it signs in to Entra ID with kubelogin, which HCP Terraform's hosted agents do not have: run the packs stacks on an agent pool in a network the API server allows (backend.packsExecution: agent, with agentPool) or locally (packsExecution: local)",
    );
    const restricted = localAks.replace("packs:", "apiServer: { authorizedIpRanges: [203.0.113.0/24] }, packs:");
    expect(loadErrorOf({ prod: env("execution: remote", restricted) })).toContain(
      "apiServer.authorizedIpRanges admits only listed addresses, and hosted agents have none fixed",
    );
    expect(loadErrorOf({ prod: env("execution: remote", localAks) })).toBeUndefined();
    expect(
      loadErrorOf({ prod: env("execution: remote, packsExecution: agent, agentPool: pool", entraAks) }),
    ).toBeUndefined();
    expect(loadErrorOf({ prod: env("execution: local", entraAks) })).toBeUndefined();
    // A pipeline that switches the backend to Terraform Cloud is checked the same way.
    expect(
      loadErrorOf(
        { prod: `location: westeurope\nresourceGroup: rg\nclusters:\n${entraAks}` },
        { PALETTE_BACKEND: "cloud", PALETTE_BACKEND_ORGANIZATION: "acme" },
      ),
    ).toContain("clusters[0].packs: the packs stack cannot run on HCP Terraform's hosted agents");
  });

  it("need an agent pool for agent execution, and take one only then", () => {
    expect(loadErrorOf({ prod: env("packsExecution: agent", localAks) })).toContain(
      "backend.agentPool: name the agent pool the agent execution runs on",
    );
    expect(loadErrorOf({ prod: env("agentPool: pool", localAks) })).toContain(
      "backend.agentPool: agentPool only applies with execution or packsExecution agent",
    );
  });

  it("state each stack's execution in its JSON, and warn when agents would need an Azure CLI login", () => {
    const root = tempDir();
    mkdirSync(join(root, "stacks", "environments"), { recursive: true });
    writeFileSync(
      join(root, "stacks", "environments", "prod.yaml"),
      env("execution: remote, packsExecution: agent, agentPool: pool-eu", entraAks),
    );
    const { warnings } = synthesize({ repoRoot: root, outdir: join(root, "cdktf.out"), vars: {} });
    const stack = (name: string) =>
      JSON.parse(readFileSync(join(root, "cdktf.out", "stacks", name, "cdk.tf.json"), "utf8"));
    expect(stack("prod-apps")["//"].execution).toEqual({ mode: "remote" });
    expect(stack("prod-apps-packs")["//"].execution).toEqual({ mode: "agent", agentPool: "pool-eu" });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^prod-apps-packs: kubelogin --login azurecli on an HCP Terraform agent needs an Azure CLI login there/,
      ),
    ]);
    writeFileSync(
      join(root, "stacks", "environments", "prod.yaml"),
      env("execution: remote, packsExecution: agent, agentPool: pool-eu", entraAks, "kubeloginLogin: msi\n"),
    );
    expect(synthesize({ repoRoot: root, outdir: join(root, "cdktf.out"), vars: {} }).warnings).toEqual([]);
    expect(stack("prod-apps-packs").provider.kubernetes[0].exec[0].args).toContain("msi");
  });
});
