import { applyBackendOverrides } from "../../src/config/backend-overrides";
import { BackendSpec } from "../../src/config/schema/backend";
import {
  configIssuesOf,
  configIssuesThrownBy,
  environmentFromYaml,
  loadErrorOf,
  loadIssuesOf,
  synthCluster,
} from "../helpers";

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
    expect(configIssuesOf(envWith("{ type: local, path: /var/state }"))).toEqual([
      { code: "path-absolute", path: "backend.path", at: "3:25" },
    ]);
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
    expect(configIssuesOf(envWith("{ type: cloud }"))).toEqual([
      { code: "required", path: "backend.organization", at: "3:1" },
    ]);
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
      configIssuesOf(
        envWith("{ type: azurerm, resourceGroupName: rg, storageAccountName: St-State, containerName: tfstate }"),
      ),
    ).toEqual([{ code: "format", path: "backend.storageAccountName", at: "3:50" }]);
  });

  it("refuses an unknown backend type", () => {
    expect(configIssuesOf(envWith("{ type: s3 }"))).toEqual([{ code: "type", path: "backend.type", at: "3:12" }]);
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
    const issuesOf = (vars: NodeJS.ProcessEnv) => configIssuesThrownBy(() => applyBackendOverrides(local, vars), true);
    expect(issuesOf({ PALETTE_BACKEND: "gcs" })).toEqual([
      { code: "env-variable-value", file: "environment variable PALETTE_BACKEND", path: "(root)" },
    ]);
    expect(issuesOf({ PALETTE_BACKEND_ORGANIZATION: "acme" })).toEqual([
      { code: "env-variable-value", file: "environment variable PALETTE_BACKEND_ORGANIZATION", path: "(root)" },
    ]);
    // The same code as a bad value: the message says the variable has no field in this backend.
    expect(() => applyBackendOverrides(local, { PALETTE_BACKEND_ORGANIZATION: "acme" })).toThrow("local backend");
    expect(issuesOf({ PALETTE_BACKEND: "cloud" })).toEqual([
      { code: "required", file: "environment variable PALETTE_BACKEND_ORGANIZATION", path: "(root)" },
    ]);
    expect(issuesOf({ PALETTE_BACKEND: "azurerm", PALETTE_BACKEND_RESOURCE_GROUP: "rg" })).toEqual([
      { code: "required", file: "environment variable PALETTE_BACKEND_STORAGE_ACCOUNT", path: "(root)" },
      { code: "required", file: "environment variable PALETTE_BACKEND_CONTAINER", path: "(root)" },
    ]);
  });
});

describe("HCP Terraform workspace names", () => {
  const env = (prefix: string) =>
    `location: westeurope\nresourceGroup: rg\nbackend: { type: cloud, organization: acme, workspacePrefix: ${prefix} }\nclusters:\n  - { name: apps-with-a-long-name, type: aks, kubernetesVersion: "1.33", packs: [{ pack: { namespace: team } }] }\n`;

  it("are at most 90 characters for every stack, packs stacks included, named where the prefix is written", () => {
    expect(loadIssuesOf({ production: env("x".repeat(50)) })).toBeUndefined();
    expect(loadIssuesOf({ production: env("x".repeat(60)) })).toEqual([
      {
        code: "workspace-name-length",
        file: "stacks/environments/production.yaml",
        path: "backend.workspacePrefix",
        at: "3:45",
      },
    ]);
    // It names the longest workspace, the packs stack's.
    expect(loadErrorOf({ production: env("x".repeat(60)) })).toContain(
      `workspace ${"x".repeat(60)}production-apps-with-a-long-name-packs has 98 characters`,
    );
    const vars = { PALETTE_BACKEND_WORKSPACE_PREFIX: "y".repeat(60) };
    expect(loadIssuesOf({ production: env("k8s-") }, vars)).toEqual([
      { code: "workspace-name-length", file: "environment variable PALETTE_BACKEND_WORKSPACE_PREFIX", path: "(root)" },
    ]);
    expect(loadErrorOf({ production: env("k8s-") }, vars)).toContain(
      `workspace ${"y".repeat(60)}production-apps-with-a-long-name-packs`,
    );
  });
});
