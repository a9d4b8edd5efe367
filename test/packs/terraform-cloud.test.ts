/** Packs stacks in Terraform Cloud: where each stack's runs execute, and what cannot work there (issue 9, item 3). */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { synthesize } from "../../src/app/synthesize";
import { loadErrorOf, loadIssuesOf, tempDir } from "../helpers";

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
    const unreachable = (at: string) => [
      { code: "packs-execution-unreachable", file: "stacks/environments/prod.yaml", path: "clusters[0].packs", at },
    ];
    expect(loadIssuesOf({ prod: env("execution: remote", entraAks) })).toEqual(unreachable("9:5"));
    // Why, and what works instead.
    const entra = loadErrorOf({ prod: env("execution: remote", entraAks) });
    expect(entra).toContain("kubelogin");
    expect(entra).toContain("backend.packsExecution: agent");
    expect(entra).toContain("packsExecution: local");
    const restricted = localAks.replace("packs:", "apiServer: { authorizedIpRanges: [203.0.113.0/24] }, packs:");
    expect(loadIssuesOf({ prod: env("execution: remote", restricted) })).toEqual(unreachable("5:110"));
    expect(loadErrorOf({ prod: env("execution: remote", restricted) })).toContain("apiServer.authorizedIpRanges");
    expect(loadIssuesOf({ prod: env("execution: remote", localAks) })).toBeUndefined();
    expect(
      loadIssuesOf({ prod: env("execution: remote, packsExecution: agent, agentPool: pool", entraAks) }),
    ).toBeUndefined();
    expect(loadIssuesOf({ prod: env("execution: local", entraAks) })).toBeUndefined();
    // A pipeline that switches the backend to Terraform Cloud is checked the same way.
    expect(
      loadIssuesOf(
        { prod: `location: westeurope\nresourceGroup: rg\nclusters:\n${entraAks}` },
        { PALETTE_BACKEND: "cloud", PALETTE_BACKEND_ORGANIZATION: "acme" },
      ),
    ).toEqual(unreachable("8:5"));
  });

  it("need an agent pool for agent execution, and take one only then", () => {
    expect(loadIssuesOf({ prod: env("packsExecution: agent", localAks) })).toEqual([
      { code: "agent-pool-missing", file: "stacks/environments/prod.yaml", path: "backend.agentPool", at: "3:1" },
    ]);
    expect(loadIssuesOf({ prod: env("agentPool: pool", localAks) })).toEqual([
      { code: "agent-pool-unused", file: "stacks/environments/prod.yaml", path: "backend.agentPool", at: "3:45" },
    ]);
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
