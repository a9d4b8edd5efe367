/**
 * The main job: load every environment file, build the selected stacks, and write cdktf.out.
 * Nothing is written unless everything is valid; a previous good cdktf.out survives a failure.
 */
import { App } from "cdktf";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { applyBackendOverrides } from "../spec/backend-overrides";
import { LocatedIssue, SpecError, ValidationError } from "../spec/errors";
import { loadEnvironmentFile } from "../spec/load";
import { EnvironmentSpec } from "../spec/schema/environment";
import { KUBELOGIN_LOGINS, KubeloginLogin } from "../packs/kubernetes-access";
import { addEnvironmentStacks, PacksAccessOptions, selectedClusters, StackSelection, unknownStacks } from "./environment-app";

export interface SynthesizeOptions {
  /** Repository root: environment files and messages are relative to it. */
  readonly repoRoot: string;
  /** Where the stacks go. @default cdktf.out (or CDKTF_OUTDIR when the cdktf CLI runs us) */
  readonly outdir: string;
  /** Environment variables for selection and backend overrides. */
  readonly vars: NodeJS.ProcessEnv;
}

export const ENVIRONMENTS_DIR = "stacks/environments";

/** PALETTE_ENV=dev builds one environment; PALETTE_STACK=prod-core[,prod-edge] builds named stacks. */
export function selectionFromVariables(vars: NodeJS.ProcessEnv): StackSelection {
  const stacks = vars.PALETTE_STACK?.split(",").map((s) => s.trim()).filter((s) => s !== "");
  return { environment: vars.PALETTE_ENV || undefined, stacks: stacks?.length ? stacks : undefined };
}

/** PALETTE_KUBELOGIN_LOGIN picks kubelogin's login for packs stacks of Entra ID clusters (pipelines: workloadidentity, spn, msi). */
export function packsAccessFromVariables(vars: NodeJS.ProcessEnv): PacksAccessOptions {
  const login = vars.PALETTE_KUBELOGIN_LOGIN || undefined;
  if (login === undefined) return {};
  if (!(KUBELOGIN_LOGINS as readonly string[]).includes(login)) {
    throw new SpecError([{ file: "environment variable PALETTE_KUBELOGIN_LOGIN", path: [], message: `one of ${KUBELOGIN_LOGINS.join(", ")}` }]);
  }
  return { kubeloginLogin: login as KubeloginLogin };
}

/** Loads the environment files the selection needs, each with the backend overrides applied. */
export function loadEnvironments(repoRoot: string, selection: StackSelection, vars: NodeJS.ProcessEnv): EnvironmentSpec[] {
  const dir = join(repoRoot, ENVIRONMENTS_DIR);
  const wanted = (name: string) =>
    (selection.environment === undefined || selection.environment === name) &&
    (selection.stacks === undefined || selection.stacks.some((s) => s.startsWith(`${name}-`)));
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .filter((f) => wanted(f.replace(/\.ya?ml$/, "")));
  const issues: LocatedIssue[] = [];
  const environments: EnvironmentSpec[] = [];
  for (const file of files) {
    const path = join(dir, file);
    try {
      const env = loadEnvironmentFile(path, relative(repoRoot, path));
      environments.push({ ...env, backend: applyBackendOverrides(env.backend, vars) });
    } catch (e) {
      if (!(e instanceof SpecError)) throw e;
      issues.push(...e.issues);
    }
  }
  if (issues.length > 0) throw new SpecError(issues);
  return environments;
}

export interface SynthesisResult {
  /** Stack names, in order. */
  readonly stacks: string[];
  /** Warnings constructs attached (cdktf annotations), as `<construct path>: <message>`. */
  readonly warnings: string[];
}

/** Synthesizes the selected stacks into `outdir`. */
export function synthesize(options: SynthesizeOptions): SynthesisResult {
  const selection = selectionFromVariables(options.vars);
  const packsAccess = packsAccessFromVariables(options.vars);
  const environments = loadEnvironments(options.repoRoot, selection, options.vars);
  const unknown = unknownStacks(environments, selection);
  if (unknown.length > 0) {
    const scope = selection.environment === undefined ? "no environment file defines" : `PALETTE_ENV=${selection.environment} does not select`;
    throw new SpecError([{ file: ENVIRONMENTS_DIR, path: [], message: `PALETTE_STACK names ${unknown.join(", ")}, which ${scope}` }]);
  }
  if (selectedClusters(environments, selection).length === 0) {
    throw new SpecError([{ file: ENVIRONMENTS_DIR, path: [], message: `PALETTE_ENV=${selection.environment} selects no stack` }]);
  }
  const partial = `${options.outdir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  try {
    const app = new App({ outdir: partial, skipBackendValidation: false });
    const stacks = addEnvironmentStacks(app, environments, selection, packsAccess);
    app.synth();
    const annotations = readAnnotations(partial);
    const errors = annotations.filter((a) => a.level === "ERROR");
    if (errors.length > 0) throw new ValidationError(errors[0].constructPath, errors.map((a) => ({ path: [], message: a.message })));
    rmSync(options.outdir, { recursive: true, force: true });
    renameSync(partial, options.outdir);
    return { stacks, warnings: annotations.filter((a) => a.level === "WARN").map((a) => `${a.constructPath}: ${a.message}`) };
  } finally {
    if (existsSync(partial)) rmSync(partial, { recursive: true, force: true });
  }
}

interface Annotation {
  readonly constructPath: string;
  readonly level: string;
  readonly message: string;
}

/** cdktf records construct annotations (warnings, errors) in the manifest; the CLI prints them, we do too. */
function readAnnotations(outdir: string): Annotation[] {
  const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as { stacks: Record<string, { annotations: Annotation[] }> };
  return Object.values(manifest.stacks).flatMap((stack) => stack.annotations);
}
