/** Where Terraform keeps the state of each stack. */
import { z } from "zod";
import { azureNameSchema, isYamlMap } from "./common";
import { report } from "./report";
import { problem } from "../../core/issues";

import { EXECUTION_MODES } from "../../core/backend";

export const localBackendSchema = z.strictObject({
  type: z.literal("local"),
  path: z
    .string()
    .refine((p) => !p.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(p), {
      message: "must be relative to the repository (an absolute path would put this machine's layout into the JSON)",
      params: { code: "path-absolute" },
    })
    .default("state")
    .describe(
      "Folder for the state files, relative to the repository root; one `<stack>.tfstate` per stack. @default state",
    ),
});

const executionSchema = z.enum(EXECUTION_MODES, { error: "remote, agent or local" });

export const cloudBackendSchema = z.strictObject({
  type: z.literal("cloud"),
  organization: z.string().min(1).describe("Terraform Cloud / HCP Terraform organization"),
  workspacePrefix: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, "letters, digits, - and _ only (workspace names)")
    .default("")
    .describe('Prefix of the workspace names: one workspace per stack, `<prefix><stack>`. @default ""'),
  hostname: z
    .string()
    .regex(/^[a-z0-9.-]+$/, "a host name such as app.terraform.io")
    .optional()
    .describe("Host of Terraform Enterprise; omit for app.terraform.io"),
  project: z.string().min(1).optional().describe("HCP Terraform project that new workspaces land in"),
  execution: executionSchema
    .default("remote")
    .describe(
      "Where the workspaces' runs execute: remote (HCP Terraform's hosted agents), " +
        "agent (your agentPool) or local (where cdktf runs; HCP Terraform keeps the " +
        "state). Set it on each workspace to match (docs/terraform-cloud.md). @default " +
        "remote",
    ),
  packsExecution: executionSchema
    .optional()
    .describe(
      "The packs stacks' execution, which must reach the clusters' API servers " +
        "(kubelogin for Entra ID clusters, the allowed networks). @default the execution " +
        "setting",
    ),
  agentPool: z
    .string()
    .min(1)
    .optional()
    .describe("The HCP Terraform agent pool of the workspaces that execute on agents."),
});

export const azurermBackendSchema = z.strictObject({
  type: z.literal("azurerm"),
  resourceGroupName: azureNameSchema("resource group"),
  storageAccountName: z.string().regex(/^[a-z0-9]{3,24}$/, "3-24 lowercase letters and digits"),
  containerName: z
    .string()
    .regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, "3-63 lowercase letters, digits and single hyphens"),
  keyPrefix: z
    .string()
    .default("")
    .describe('Prefix of the blob names: one `<prefix><stack>.tfstate` per stack. @default ""'),
});

export const backendSchema = z
  .discriminatedUnion("type", [localBackendSchema, cloudBackendSchema, azurermBackendSchema], {
    error: (issue) =>
      isYamlMap(issue.input) ? "one of local, cloud, azurerm" : "expected a map with type: local, cloud or azurerm",
  })
  .superRefine((backend, ctx) => {
    if (backend.type !== "cloud") return;
    const agent = backend.execution === "agent" || backend.packsExecution === "agent";
    if (agent && backend.agentPool === undefined)
      report(ctx, problem("agent-pool-missing", "name the agent pool the agent execution runs on"), {
        path: ["agentPool"],
      });
    if (!agent && backend.agentPool !== undefined)
      report(ctx, problem("agent-pool-unused", "agentPool only applies with execution or packsExecution agent"), {
        path: ["agentPool"],
      });
  })
  .describe("Terraform state backend of every stack of the environment; overridable by PALETTE_BACKEND* variables.");

export type BackendSpec = z.output<typeof backendSchema>;
