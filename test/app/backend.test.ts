import { applyBackendOverrides } from "../../src/config/backend-overrides";
import { BackendSpec } from "../../src/config/schema/backend";
import { environmentFromYaml, loadErrorOf, specErrorOf, synthCluster } from "../helpers";

const envWith = (backend: string) => `location: westeurope
resourceGroup: rg-test
backend: ${backend}
clusters:
  - { name: one, type: aks, kubernetesVersion: "1.33" }
`;
const terraformBlock = (backend: string, vars: NodeJS.ProcessEnv = {}) => {
  const env = environmentFromYaml(envWith(backend));
  return synthCluster({ ...env, backend: applyBackendOverrides(env.backend, vars) }, "one").terraform;
};

describe("backends chosen in YAML", () => {
  it("local: a path relative to the stack's working directory, never absolute", () => {
    expect(terraformBlock("{ type: local }").backend).toEqual({ local: { path: "../../../state/test-one.tfstate" } });
    expect(terraformBlock("{ type: local, path: ./tf-state/ }").backend).toEqual({
      local: { path: "../../../tf-state/test-one.tfstate" },
    });
    expect(specErrorOf(envWith("{ type: local, path: /var/state }"))).toContain(
      "backend.path: must be relative to the repository",
    );
  });

  it("defaults to local state when the file names no backend", () => {
    const env = environmentFromYaml(envWith("{ type: local }").replace("backend: { type: local }\n", ""));
    expect(env.backend).toEqual({ type: "local", path: "state" });
  });

  it("cloud: one workspace per stack by prefix, optional hostname and project", () => {
    expect(terraformBlock("{ type: cloud, organization: acme, workspacePrefix: palette- }").cloud).toEqual({
      organization: "acme",
      workspaces: { name: "palette-test-one" },
    });
    expect(
      terraformBlock("{ type: cloud, organization: acme, hostname: tfe.example.com, project: k8s }").cloud,
    ).toEqual({
      organization: "acme",
      hostname: "tfe.example.com",
      workspaces: { name: "test-one", project: "k8s" },
    });
    expect(specErrorOf(envWith("{ type: cloud }"))).toContain("backend.organization: is required");
  });

  it("azurerm: one key per stack, Entra ID auth, no keys or subscription ids", () => {
    const block = terraformBlock(
      "{ type: azurerm, resourceGroupName: rg-state, storageAccountName: ststate, containerName: tfstate, keyPrefix: palette/ }",
    );
    expect(block.backend).toEqual({
      azurerm: {
        resource_group_name: "rg-state",
        storage_account_name: "ststate",
        container_name: "tfstate",
        key: "palette/test-one.tfstate",
        use_azuread_auth: true,
      },
    });
    expect(
      specErrorOf(
        envWith("{ type: azurerm, resourceGroupName: rg, storageAccountName: St-State, containerName: tfstate }"),
      ),
    ).toContain("backend.storageAccountName: 3-24 lowercase letters and digits");
  });

  it("refuses an unknown backend type", () => {
    expect(specErrorOf(envWith("{ type: s3 }"))).toContain("backend.type: one of local, cloud, azurerm");
  });
});

describe("backends overridden by environment variables", () => {
  const local: BackendSpec = { type: "local", path: "state" };
  const cloud: BackendSpec = { type: "cloud", organization: "acme", workspacePrefix: "palette-", execution: "remote" };

  it("leaves the YAML choice alone when no variable is set", () => {
    expect(applyBackendOverrides(cloud, {})).toBe(cloud);
    expect(applyBackendOverrides(cloud, { PALETTE_BACKEND: "" })).toBe(cloud);
  });

  it("switches a workstation's local state to Terraform Cloud in a TFC run", () => {
    expect(
      applyBackendOverrides(local, {
        PALETTE_BACKEND: "cloud",
        PALETTE_BACKEND_ORGANIZATION: "acme",
        PALETTE_BACKEND_WORKSPACE_PREFIX: "k8s-",
      }),
    ).toEqual({
      type: "cloud",
      organization: "acme",
      workspacePrefix: "k8s-",
      execution: "remote",
    });
    expect(
      terraformBlock("{ type: local }", { PALETTE_BACKEND: "cloud", PALETTE_BACKEND_ORGANIZATION: "acme" }).cloud
        .workspaces,
    ).toEqual({ name: "test-one" });
  });

  it("switches Terraform Cloud to local state for a workstation experiment", () => {
    expect(applyBackendOverrides(cloud, { PALETTE_BACKEND: "local" })).toEqual(local);
  });

  it("overrides single fields of the same type", () => {
    expect(applyBackendOverrides(cloud, { PALETTE_BACKEND_ORGANIZATION: "other" })).toEqual({
      ...cloud,
      organization: "other",
    });
  });

  it("names the variable that is wrong", () => {
    expect(() => applyBackendOverrides(local, { PALETTE_BACKEND: "gcs" })).toThrow(
      "environment variable PALETTE_BACKEND: one of local, cloud, azurerm",
    );
    expect(() => applyBackendOverrides(local, { PALETTE_BACKEND_ORGANIZATION: "acme" })).toThrow(
      "environment variable PALETTE_BACKEND_ORGANIZATION: does not apply to a local backend",
    );
    expect(() =>
      applyBackendOverrides(local, { PALETTE_BACKEND: "azurerm", PALETTE_BACKEND_RESOURCE_GROUP: "rg" }),
    ).toThrow(
      "environment variable PALETTE_BACKEND_STORAGE_ACCOUNT: backend storageAccountName is required for an azurerm backend",
    );
  });
});

describe("HCP Terraform workspace names", () => {
  const env = (prefix: string) =>
    `location: westeurope\nresourceGroup: rg\nbackend: { type: cloud, organization: acme, workspacePrefix: ${prefix} }\nclusters:\n  - { name: apps-with-a-long-name, type: aks, kubernetesVersion: "1.33", packs: [{ pack: { namespace: team } }] }\n`;

  it("are at most 90 characters for every stack, packs stacks included, named where the prefix is written", () => {
    expect(loadErrorOf({ production: env("x".repeat(50)) })).toBeUndefined();
    expect(loadErrorOf({ production: env("x".repeat(60)) })).toBe(
      `stacks/environments/production.yaml:3:45 backend.workspacePrefix: workspace ${"x".repeat(60)}production-apps-with-a-long-name-packs has 98 characters; HCP Terraform allows 90: shorten the prefix (60 characters) or the cluster's name`,
    );
    expect(loadErrorOf({ production: env("k8s-") }, { PALETTE_BACKEND_WORKSPACE_PREFIX: "y".repeat(60) })).toMatch(
      /^environment variable PALETTE_BACKEND_WORKSPACE_PREFIX: workspace y{60}production-apps-with-a-long-name-packs has 98 characters/,
    );
  });
});
