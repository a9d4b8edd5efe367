/**
 * Environment variables that override an environment's backend, so one repository serves
 * workstations (local state) and Terraform Cloud runs (cloud block) without editing YAML.
 */
import { BackendSpec, backendSchema } from "./schema/backend";
import { ConfigError, LocatedIssue } from "../core/errors";

/** Variable → backend field. PALETTE_BACKEND picks the type; the others fill its fields. */
export const BACKEND_VARIABLES = {
  PALETTE_BACKEND: "type",
  PALETTE_BACKEND_PATH: "path",
  PALETTE_BACKEND_ORGANIZATION: "organization",
  PALETTE_BACKEND_WORKSPACE_PREFIX: "workspacePrefix",
  PALETTE_BACKEND_HOSTNAME: "hostname",
  PALETTE_BACKEND_PROJECT: "project",
  PALETTE_BACKEND_EXECUTION: "execution",
  PALETTE_BACKEND_PACKS_EXECUTION: "packsExecution",
  PALETTE_BACKEND_AGENT_POOL: "agentPool",
  PALETTE_BACKEND_RESOURCE_GROUP: "resourceGroupName",
  PALETTE_BACKEND_STORAGE_ACCOUNT: "storageAccountName",
  PALETTE_BACKEND_CONTAINER: "containerName",
  PALETTE_BACKEND_KEY_PREFIX: "keyPrefix",
} as const;

/**
 * The YAML backend with the variables laid over it. Switching type drops the YAML's fields
 * (a cloud organization means nothing to a local backend). Unset or empty variables are ignored.
 */
export function applyBackendOverrides(backend: BackendSpec, vars: NodeJS.ProcessEnv): BackendSpec {
  const set = Object.entries(BACKEND_VARIABLES).filter(([name]) => (vars[name] ?? "") !== "");
  if (set.length === 0) return backend;
  const type = vars.PALETTE_BACKEND || backend.type;
  const base: Record<string, unknown> = type === backend.type ? { ...backend } : { type };
  for (const [name, field] of set) base[field] = vars[name];
  const parsed = backendSchema.safeParse(base);
  if (parsed.success) return parsed.data;
  const names = Object.fromEntries(Object.entries(BACKEND_VARIABLES).map(([name, field]) => [field, name]));
  throw new ConfigError(
    parsed.error.issues.map((issue): LocatedIssue => {
      const field = issue.code === "unrecognized_keys" ? issue.keys[0] : String(issue.path[0] ?? "type");
      const variable = names[field as keyof typeof names] ?? "PALETTE_BACKEND";
      const message = issue.code === "unrecognized_keys" ? `does not apply to a ${type} backend` : issue.message;
      const missing = issue.code === "invalid_type" && base[field] === undefined;
      return {
        code: missing ? "required" : "env-variable-value",
        file: `environment variable ${variable}`,
        path: [],
        message: missing ? `backend ${field} is required for ${article(type)} ${type} backend` : message,
      };
    }),
  );
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? "an" : "a";
}
