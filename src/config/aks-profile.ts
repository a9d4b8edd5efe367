/**
 * AKS clusters may take Palette's AKS pack values (`managedControlPlane:`, `managedMachinePool:`)
 * from a profile file, `profileFile:` relative to the environment file, so one reviewed profile
 * serves several environments. The file is read and checked on its own: its problems name it,
 * with line, column and key.
 */
import { dirname, join, normalize, resolve } from "node:path";
import { AksProfileFileSpec, aksProfileFileSchema } from "./schema/aks";
import { EnvironmentBody } from "./schema/environment";
import { projectRootOf, readSpecFile } from "./spec-file";
import { locateIssues, parseYamlSource, zodIssues } from "./yaml-source";
import { ConfigError, LocatedIssue } from "../core/errors";
import { Issue } from "../core/issues";

/**
 * Where the environment file is: files it names are read from `dir`, named from `displayDir`, and
 * must be inside `root` (the repository) once symlinks are followed.
 */
export interface SpecFileBase {
  readonly dir: string;
  readonly displayDir: string;
  readonly root: string;
}

/** The base for an environment file read from `path` and named `displayPath` in messages. */
export function specFileBase(path: string, displayPath = path, root = projectRootOf(path)): SpecFileBase {
  return { dir: dirname(path), displayDir: dirname(displayPath), root };
}

export interface ResolvedProfiles {
  readonly environment: EnvironmentBody;
  /** Problems in the environment file (e.g. a profile file that cannot be read). */
  readonly environmentIssues: Issue[];
  /** Problems inside profile files, already located there. */
  readonly fileIssues: LocatedIssue[];
}

/** Checks the text of one profile file, named `displayPath`. Throws a ConfigError located in that file. */
export function parseAksProfile(text: string, displayPath: string): AksProfileFileSpec {
  const source = parseYamlSource(text, displayPath);
  const parsed = aksProfileFileSchema.safeParse(source.value);
  if (!parsed.success) throw new ConfigError(locateIssues(source, zodIssues(parsed.error, source.value)));
  return parsed.data;
}

/**
 * Fills `managedControlPlane`/`managedMachinePool` of every AKS cluster that names a profile
 * file. Each file is read once, however many clusters use it. A file that cannot be read (missing,
 * not a regular file, too large, outside `base.root`) is a problem of the `profileFile` key.
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
      loaded.set(path, undefined);
      const read = readSpecFile(path, base.root);
      if (!("problem" in read)) {
        try {
          loaded.set(path, parseAksProfile(read.text, display));
        } catch (e) {
          if (!(e instanceof ConfigError)) throw e;
          fileIssues.push(...e.issues);
        }
      } else if (read.position) {
        fileIssues.push({ ...read.problem, file: display, path: [], position: read.position });
      } else {
        environmentIssues.push({
          ...read.problem,
          path: ["clusters", i, "profileFile"],
          message: `${display} ${read.problem.message}`,
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
