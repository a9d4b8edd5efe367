/**
 * Tests that need a system tool (cloud-init, Chromium): where the tool is missing they report
 * themselves skipped, with the reason in the block's name, so `npm test` passes on a machine with
 * only Node. In CI (`CI=true`, where .ci/run installs the tools) a missing tool fails instead.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

export interface SystemTool {
  /** The command, looked up on PATH. */
  readonly command: string;
  /** Arguments that make it print its version and exit 0. */
  readonly versionArgs: readonly string[];
  /** How to install it, for the skip reason and the CI failure. */
  readonly install: string;
}

export const CLOUD_INIT: SystemTool = {
  command: "cloud-init",
  versionArgs: ["--version"],
  install: "apt-get install -y cloud-init",
};

/** Debian's chromium, driven by playwright-core to render the review page. */
export const CHROMIUM: SystemTool = {
  command: "chromium",
  versionArgs: ["--version"],
  install: "apt-get install -y chromium",
};

/** The review synthesizes a git ref in a temporary worktree. */
export const GIT: SystemTool = {
  command: "git",
  versionArgs: ["--version"],
  install: "apt-get install -y git",
};

/** Where the tool's command is on PATH (it is installed: see describeWithTool). */
export function commandPath(tool: SystemTool): string {
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, tool.command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  throw new Error(`${tool.command} is not on PATH`);
}

/** Asked once per test process (test files share it): `cloud-init --version` alone starts Python, ~0.4 s. */
const installed = new Map<string, boolean>();

export function isInstalled(tool: SystemTool): boolean {
  if (!installed.has(tool.command)) {
    const run = spawnSync(tool.command, [...tool.versionArgs], { encoding: "utf8" });
    installed.set(tool.command, run.error === undefined && run.status === 0);
  }
  return installed.get(tool.command)!;
}

/** `describe` when the tool is installed; skipped with the reason outside CI; one failing test in CI. */
export function describeWithTool(tool: SystemTool, name: string, tests: () => void): void {
  if (isInstalled(tool)) return describe(name, tests);
  if (process.env.CI) {
    return describe(name, () => {
      it(`needs ${tool.command}`, () => {
        throw new Error(
          `${tool.command} is not installed, and CI must run these tests: ${tool.install} (.ci/run does)`,
        );
      });
    });
  }
  describe.skip(`${name} [skipped: ${tool.command} is not installed; ${tool.install}]`, tests);
}
