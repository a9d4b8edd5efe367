/**
 * The main job: load every environment file, build the selected stacks, and write cdktf.out.
 * Nothing is written unless everything is valid; a previous good cdktf.out survives a failure.
 */
import { App, DISABLE_STACK_TRACE_IN_METADATA } from "cdktf";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { applyBackendOverrides } from "../config/backend-overrides";
import { constructErrorsInFiles } from "../config/construct-errors";
import { checkCollisions, environmentSource, loadEnvironmentFile, withChanges } from "../config/load";
import { packsExecutionIssues, workspaceNameIssues } from "../config/backend-rules";
import { locateIssues } from "../config/yaml-source";
import { EnvironmentSpec } from "../config/schema/environment";
import { KUBELOGIN_LOGINS, KubeloginLogin } from "../core/kubernetes-access";
import { constructAnnotations, constructValidationErrors } from "./construct-checks";
import { setCreationTraces } from "./creation-traces";
import { NO_CROSS_STACK_REFERENCES } from "../stacks/readable-stack";
import {
  addEnvironmentStacks,
  PacksAccessOptions,
  selectedClusters,
  StackSelection,
  unknownStacks,
} from "./environment-app";
import { ConfigError, LocatedIssue, ValidationError } from "../core/errors";
import { Issue } from "../core/issues";

export interface SynthesizeOptions {
  /** Repository root: environment files and messages are relative to it. */
  readonly repoRoot: string;
  /** Where the stacks go. @default cdktf.out (or CDKTF_OUTDIR when the cdktf CLI runs us) */
  readonly outdir: string;
  /** Environment variables for selection and backend overrides. */
  readonly vars: NodeJS.ProcessEnv;
  /**
   * Leave the stack folders of an earlier, wider synthesis in `outdir`: the cdktf CLI lists them
   * before it runs the app and removes the ones this run did not write itself. @default false
   */
  readonly leaveStaleStacks?: boolean;
}

export const ENVIRONMENTS_DIR = "stacks/environments";

/** PALETTE_ENV=dev builds one environment; PALETTE_STACK=prod-core[,prod-edge] builds named stacks. */
export function selectionFromVariables(vars: NodeJS.ProcessEnv): StackSelection {
  const stacks = vars.PALETTE_STACK?.split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return { environment: vars.PALETTE_ENV || undefined, stacks: stacks?.length ? stacks : undefined };
}

/** PALETTE_KUBELOGIN_LOGIN picks kubelogin's login for packs stacks of Entra ID clusters (pipelines: workloadidentity, spn, msi). */
export function packsAccessFromVariables(vars: NodeJS.ProcessEnv): PacksAccessOptions {
  const login = vars.PALETTE_KUBELOGIN_LOGIN || undefined;
  if (login === undefined) return {};
  if (!(KUBELOGIN_LOGINS as readonly string[]).includes(login)) {
    throw new ConfigError([
      {
        code: "env-variable-value",
        file: "environment variable PALETTE_KUBELOGIN_LOGIN",
        path: [],
        message: `one of ${KUBELOGIN_LOGINS.join(", ")}`,
      },
    ]);
  }
  return { kubeloginLogin: login as KubeloginLogin };
}

const folderIssue = (message: string, code = "environments-folder"): LocatedIssue => ({
  code,
  file: ENVIRONMENTS_DIR,
  path: [],
  message,
});

/**
 * The environment files (`<env>.yaml` or `.yml`) in `dir`, sorted. Refuses a folder that cannot be
 * read or holds none, and two files of one environment (they would make the same stacks).
 */
function environmentFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new ConfigError([folderIssue(`cannot be read (${code}): environment files go in this folder`)]);
  }
  const files = entries.filter((f) => /\.ya?ml$/.test(f)).sort();
  if (files.length === 0)
    throw new ConfigError([folderIssue("holds no environment file (<env>.yaml): write one, e.g. dev.yaml")]);
  const seen = new Map<string, string>();
  const twice: LocatedIssue[] = [];
  for (const file of files) {
    const name = file.replace(/\.ya?ml$/, "");
    const earlier = seen.get(name);
    if (earlier === undefined) seen.set(name, file);
    else
      twice.push({
        code: "environment-file-twice",
        file: `${ENVIRONMENTS_DIR}/${file}`,
        path: [],
        message: `environment ${name} is also ${ENVIRONMENTS_DIR}/${earlier}: keep one of the two files`,
      });
  }
  if (twice.length > 0) throw new ConfigError(twice);
  return files;
}

/** Loads the environment files the selection needs, each with the backend overrides applied. */
export function loadEnvironments(
  repoRoot: string,
  selection: StackSelection,
  vars: NodeJS.ProcessEnv,
): EnvironmentSpec[] {
  const dir = join(repoRoot, ENVIRONMENTS_DIR);
  const wanted = (name: string) =>
    (selection.environment === undefined || selection.environment === name) &&
    (selection.stacks === undefined || selection.stacks.some((s) => s.startsWith(`${name}-`)));
  const files = environmentFiles(dir).filter((f) => wanted(f.replace(/\.ya?ml$/, "")));
  const issues: LocatedIssue[] = [];
  const environments: EnvironmentSpec[] = [];
  for (const file of files) {
    const path = join(dir, file);
    try {
      const env = loadEnvironmentFile(path, relative(repoRoot, path), repoRoot);
      environments.push(env);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      issues.push(...e.issues);
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
  checkCollisions(environments);
  const overridden = environments.map((env) => withChanges(env, { backend: applyBackendOverrides(env.backend, vars) }));
  const backendIssues = overridden.flatMap((env) => {
    const source = environmentSource(env);
    const inFile = (found: Issue[]) =>
      source ? locateIssues(source, found) : found.map((issue) => ({ ...issue, file: env.file }));
    const names = workspaceNameIssues(env);
    return [
      ...(vars.PALETTE_BACKEND_WORKSPACE_PREFIX
        ? names.map((issue) => ({ ...issue, path: [], file: "environment variable PALETTE_BACKEND_WORKSPACE_PREFIX" }))
        : inFile(names)),
      ...inFile(packsExecutionIssues(env)),
    ];
  });
  if (backendIssues.length > 0) throw new ConfigError(backendIssues);
  return overridden;
}

export interface SynthesisResult {
  /** Stack names, in order. */
  readonly stacks: string[];
  /** Warnings constructs attached (cdktf annotations), as `<construct path>: <message>`. */
  readonly warnings: string[];
}

/** Synthesizes the selected stacks into `outdir`. */
export function synthesize(options: SynthesizeOptions): SynthesisResult {
  setCreationTraces(Boolean(options.vars.PALETTE_DEBUG));
  const selection = selectionFromVariables(options.vars);
  const packsAccess = packsAccessFromVariables(options.vars);
  const environments = loadEnvironments(options.repoRoot, selection, options.vars);
  const unknown = unknownStacks(environments, selection);
  if (unknown.length > 0) {
    const scope =
      selection.environment === undefined
        ? "no environment file defines"
        : `PALETTE_ENV=${selection.environment} does not select`;
    throw new ConfigError([
      {
        code: "stack-unknown",
        file: ENVIRONMENTS_DIR,
        path: [],
        message: `PALETTE_STACK names ${unknown.join(", ")}, which ${scope}`,
      },
    ]);
  }
  if (selectedClusters(environments, selection).length === 0) {
    const names = environmentFiles(join(options.repoRoot, ENVIRONMENTS_DIR)).map((f) => f.replace(/\.ya?ml$/, ""));
    const missing =
      selection.environment !== undefined && !names.includes(selection.environment)
        ? `: there is no ${ENVIRONMENTS_DIR}/${selection.environment}.yaml (${names.join(", ")} are)`
        : "";
    throw new ConfigError([
      folderIssue(`PALETTE_ENV=${selection.environment} selects no stack${missing}`, "stacks-none-selected"),
    ]);
  }
  const partial = `${options.outdir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  try {
    // No stack traces in the manifest's annotations: they hold this machine's paths.
    const app = new App({
      outdir: partial,
      skipValidation: true,
      context: { [DISABLE_STACK_TRACE_IN_METADATA]: true, [NO_CROSS_STACK_REFERENCES]: true },
    });
    let stacks: string[];
    try {
      stacks = addEnvironmentStacks(app, environments, selection, packsAccess);
    } catch (e) {
      // A construct refusing what a file says: point at the file (the construct path names nothing there).
      throw (e instanceof ValidationError && constructErrorsInFiles([e], environments)) || e;
    }
    let synthError: Error | undefined;
    try {
      app.synth();
    } catch (e) {
      synthError = e instanceof Error ? e : new Error(`cdktf synth failed: ${JSON.stringify(e)}`);
    }
    // cdktf throws on error annotations (unless the CLI runs us); either way they are reported here, by construct.
    const annotations = constructAnnotations(app);
    const errors = annotations.filter((a) => a.level === "error");
    const errorsInFiles = constructErrorsInFiles(
      errors.map((a) => new ValidationError(a.path, [{ code: "construct-error", path: [], message: a.message }])),
      environments,
    );
    if (errorsInFiles) throw errorsInFiles;
    if (errors.length > 0)
      throw new ValidationError(
        errors[0].path,
        errors.map((a) => ({
          code: "construct-error",
          path: [],
          message: a.path === errors[0].path ? a.message : `${a.path}: ${a.message}`,
        })),
      );
    if (synthError !== undefined) throw synthError;
    const invalid = constructValidationErrors(app);
    if (invalid.length > 0)
      throw new ValidationError(
        app.node.path,
        invalid.map((message) => ({ code: "construct-invalid", path: [], message })),
      );
    replaceOutput(partial, options.outdir, options.leaveStaleStacks ?? false);
    return { stacks, warnings: annotations.filter((a) => a.level === "warning").map((a) => `${a.path}: ${a.message}`) };
  } finally {
    if (existsSync(partial)) rmSync(partial, { recursive: true, force: true });
  }
}

/** Moves a complete synthesis from `partial` into `outdir`, replacing what was there. */
function replaceOutput(partial: string, outdir: string, leaveStaleStacks: boolean): void {
  if (!leaveStaleStacks || !existsSync(outdir)) {
    rmSync(outdir, { recursive: true, force: true });
    renameSync(partial, outdir);
    return;
  }
  for (const entry of readdirSync(partial)) {
    if (entry === "stacks") continue;
    rmSync(join(outdir, entry), { recursive: true, force: true });
    renameSync(join(partial, entry), join(outdir, entry));
  }
  mkdirSync(join(outdir, "stacks"), { recursive: true });
  for (const stack of readdirSync(join(partial, "stacks"))) {
    rmSync(join(outdir, "stacks", stack), { recursive: true, force: true });
    renameSync(join(partial, "stacks", stack), join(outdir, "stacks", stack));
  }
}
