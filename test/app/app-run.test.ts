/**
 * The main job end to end: determinism, selection, failure safety, in copies of the repo. A few tests
 * start the prebuilt app as users do (spawnApp); the rest run the same command in this process.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../helpers";
import { checkout, nodeOnlyPath, readTree, runApp, runCdktf, spawnApp } from "./run-app";

describe("the app (npm run synth)", () => {
  const root = tempDir("palette-app-");
  const first = checkout(join(root, "a", "repo"));
  const second = checkout(join(root, "b", "somewhere", "else", "checkout"));

  it("writes byte-identical output from two checkouts at different paths, with different machine variables", () => {
    const one = spawnApp(first, { TZ: "UTC", USER: "alice", LANG: "C" });
    const two = spawnApp(second, {
      TZ: "Pacific/Auckland",
      USER: "bob",
      LANG: "de_DE.UTF-8",
      HOSTNAME: "other-machine",
    });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    const a = readTree(join(first, "cdktf.out"));
    const b = readTree(join(second, "cdktf.out"));
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect([...a.keys()].filter((f) => f.endsWith("cdk.tf.json")).length).toBeGreaterThanOrEqual(6);
    for (const [file, content] of a) expect({ file, content }).toEqual({ file, content: b.get(file) });
    for (const [file, content] of a) {
      expect({ file, leaks: content.includes(first) || content.includes(root) }).toEqual({ file, leaks: false });
    }
  });

  it("needs nothing but node: no terraform on PATH, prints construct warnings, and writes no machine paths", () => {
    const dir = checkout(join(root, "bare"));
    const dev = join(dir, "stacks", "environments", "dev.yaml");
    // managed: false with admin groups: the groups go unused, which AksCluster warns about.
    writeFileSync(dev, readFileSync(dev, "utf8").replace("managed: true", "managed: false"));
    const run = spawnApp(dir, { PATH: nodeOnlyPath() });
    expect(run.stderr).not.toMatch(/terraform|internal error/i);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^warning: dev-apps\/aks: .*adminGroupObjectIDs .* are not used/m);
    const manifest = readFileSync(join(dir, "cdktf.out", "manifest.json"), "utf8");
    expect(manifest).toContain("adminGroupObjectIDs");
    expect(manifest).not.toContain(dir);
    expect(manifest).not.toContain("stacktrace");
  });

  it("keeps the cdktf CLI working after a wider synthesis (it removes the stale stack folders itself)", () => {
    const dir = checkout(join(root, "cli"));
    expect(runApp(dir).status).toBe(0);
    const narrower = runCdktf(dir, ["synth"], { PALETTE_ENV: "dev" });
    expect(narrower.stderr + narrower.stdout).not.toMatch(/ENOENT|Error/);
    expect(narrower.status).toBe(0);
    expect(readdirSync(join(dir, "cdktf.out", "stacks")).sort()).toEqual(["dev-apps", "dev-edge"]);
  });

  it("synthesizes one environment with PALETTE_ENV and named stacks with PALETTE_STACK", () => {
    const dir = checkout(join(root, "select"));
    expect(runApp(dir, { PALETTE_ENV: "staging" }).stdout).toMatch(
      /synthesized 2 stack\(s\): staging-apps, staging-edge/,
    );
    expect(readdirSync(join(dir, "cdktf.out", "stacks")).sort()).toEqual(["staging-apps", "staging-edge"]);
    expect(runApp(dir, { PALETTE_STACK: "dev-edge" }).stdout).toMatch(/synthesized 1 stack\(s\): dev-edge$/m);
    // A cluster with packs brings its packs stack: the cluster stack carries the outputs it reads.
    expect(runApp(dir, { PALETTE_STACK: "prod-edge" }).stdout).toMatch(
      /synthesized 2 stack\(s\): prod-edge, prod-edge-packs$/m,
    );
    const typo = runApp(dir, { PALETTE_STACK: "prod-edge,prod-edeg" });
    expect(typo.status).toBe(1);
    expect(typo.stderr.trim()).toBe(
      "stacks/environments: PALETTE_STACK names prod-edeg, which no environment file defines",
    );
    const other = runApp(dir, { PALETTE_ENV: "staging", PALETTE_STACK: "prod-edge" });
    expect(other.stderr.trim()).toBe(
      "stacks/environments: PALETTE_STACK names prod-edge, which PALETTE_ENV=staging does not select",
    );
  });

  it("on a spec error exits 1 with one line naming file:line:col and leaves the earlier output intact", () => {
    const dir = checkout(join(root, "broken"));
    expect(runApp(dir).status).toBe(0);
    const before = readTree(join(dir, "cdktf.out"));
    const prod = join(dir, "stacks", "environments", "prod.yaml");
    writeFileSync(prod, readFileSync(prod, "utf8").replace("location: westeurope", "location: westeurope\ntags2: {}"));
    const run = spawnApp(dir);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^stacks\/environments\/prod\.yaml:\d+:1 tags2: unknown key "tags2"$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readTree(join(dir, "cdktf.out"))).toEqual(before);
    expect(existsSync(join(dir, "cdktf.out.partial"))).toBe(false);
  });

  it("names the variable when a backend override is wrong", () => {
    const dir = checkout(join(root, "override"));
    const run = runApp(dir, { PALETTE_BACKEND: "cloud" });
    expect(run.status).toBe(1);
    // What is missing is checked in test/app/backend.test.ts; here, that the line names the variable.
    expect(run.stderr).toMatch(/^environment variable PALETTE_BACKEND_ORGANIZATION: \S/m);
  });
});
