/**
 * AKS clusters may take Palette's AKS pack values (`managedControlPlane:`, `managedMachinePool:`)
 * from a profile file, `profileFile:` relative to the environment file, so one reviewed profile
 * serves several environments. The file is read and checked on its own: its problems name it,
 * with line, column and key.
 */
import { readFileSync } from "node:fs";
import { dirname, join, normalize, resolve } from "node:path";
import { AksProfileFileSpec, aksProfileFileSchema } from "./schema/aks";
import { EnvironmentBody } from "./schema/environment";
import { locateIssues, parseYamlSource, zodIssues } from "./yaml-source";
import { ConfigError, LocatedIssue } from "../core/errors";
import { Issue } from "../core/issues";

/** Where the environment file is: files it names are read from `dir` and named from `displayDir`. */
export interface SpecFileBase {
  readonly dir: string;
  readonly displayDir: string;
}

/** The base for an environment file read from `path` and named `displayPath` in messages. */
export function specFileBase(path: string, displayPath = path): SpecFileBase {
  return { dir: dirname(path), displayDir: dirname(displayPath) };
}

export interface ResolvedProfiles {
  readonly environment: EnvironmentBody;
  /** Problems in the environment file (e.g. a profile file that cannot be read). */
  readonly environmentIssues: Issue[];
  /** Problems inside profile files, already located there. */
  readonly fileIssues: LocatedIssue[];
}

/** Reads and checks one profile file. Throws a ConfigError located in that file. */
export function loadAksProfileFile(path: string, displayPath: string): AksProfileFileSpec {
  const source = parseYamlSource(readFileSync(path, "utf8"), displayPath);
  const parsed = aksProfileFileSchema.safeParse(source.doc.toJS() ?? {});
  if (!parsed.success) throw new ConfigError(locateIssues(source, zodIssues(parsed.error, source.doc)));
  return parsed.data;
}

/**
 * Fills `managedControlPlane`/`managedMachinePool` of every AKS cluster that names a profile
 * file. Each file is read once, however many clusters use it.
 */
export function resolveAksProfiles(environment: EnvironmentBody, base: SpecFileBase): ResolvedProfiles {
  const environmentIssues: Issue[] = [];
  const fileIssues: LocatedIssue[] = [];
  const loaded = new Map<string, AksProfileFileSpec | undefined>();
  const clusters = environment.clusters.map((cluster, i) => {
    if (cluster.type !== "aks" || cluster.profileFile === undefined) return cluster;
    const path = resolve(base.dir, cluster.profileFile);
    if (!loaded.has(path)) {
      const display = normalize(join(base.displayDir, cluster.profileFile));
      try {
        loaded.set(path, loadAksProfileFile(path, display));
      } catch (e) {
        loaded.set(path, undefined);
        if (e instanceof ConfigError) fileIssues.push(...e.issues);
        else
          environmentIssues.push({
            code: "file-unreadable",
            path: ["clusters", i, "profileFile"],
            message: `cannot read ${display}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
          });
      }
    }
    const profile = loaded.get(path);
    return profile
      ? { ...cluster, managedControlPlane: profile.managedControlPlane, managedMachinePool: profile.managedMachinePool }
      : cluster;
  });
  return { environment: { ...environment, clusters }, environmentIssues, fileIssues };
}
