/**
 * Hostile environment files never crash the app (exit 2), never hang it, and never lose its output:
 * they synthesize, or they are refused with exit 1 and one positioned line per problem, and a
 * previous cdktf.out survives. First the inputs fuzzing found, then the property itself over random
 * mutations of the committed environment files (scripts/fuzz.ts runs thousands more).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkSynthesis, stacksCopy, synthIn } from "./hostile-input";

jest.setTimeout(60_000);

const DEV = "stacks/environments/dev.yaml";
const PROFILE = "stacks/profiles/aks-production.yaml";

/** A copy of the repository's stacks/ with `edit` applied, refused: its stderr lines, each checked. */
function refusedLines(edit: (root: string) => void, vars: Record<string, string> = { PALETTE_ENV: "dev" }): string[] {
  const root = stacksCopy();
  edit(root);
  const run = synthIn(root, vars);
  const failures = checkSynthesis(run);
  expect({ failures, stderr: run.stderr }).toEqual({ failures: [], stderr: run.stderr });
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: run.stderr });
  return run.stderr.trimEnd().split("\n");
}

const editFile = (file: string, change: (text: string) => string) => (root: string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), "utf8")));

/** dev's AKS cluster with its inline profile replaced by `profileFile: <path>`. */
const devProfileFile = (path: string) =>
  editFile(DEV, (text) =>
    text.replace(/ {4}managedControlPlane:[\s\S]*?(?= {4}nodePools:)/, `    profileFile: ${path}\n`),
  );

const mkfifo = (path: string) => execFileSync("mkfifo", [path]);

describe("files that are not what they seem", () => {
  it.each<[what: string, make: (path: string) => void, says: RegExp]>([
    ["a FIFO", mkfifo, /is a FIFO/],
    ["a symlink to /dev/zero", (path) => symlinkSync("/dev/zero", path), /outside the repository/],
    ["a directory", (path) => mkdirSync(path), /is a directory/],
    ["larger than 1 MiB", (path) => writeFileSync(path, `# ${"x".repeat(1024 * 1024)}\n`), /larger than 1048576 bytes/],
    ["a symlink out of the repository", (path) => symlinkSync("/etc/hostname", path), /outside the repository/],
  ])("refuses an environment file that is %s", (_, make, says) => {
    const lines = refusedLines((root) => {
      unlinkSync(join(root, DEV));
      make(join(root, DEV));
    });
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^${DEV}: .*${says.source}`))]);
  });

  it("reads an environment file through a symlink inside the repository", () => {
    const root = stacksCopy();
    mkdirSync(join(root, "shared"));
    writeFileSync(join(root, "shared/dev.yaml"), readFileSync(join(root, DEV)));
    unlinkSync(join(root, DEV));
    symlinkSync("../../shared/dev.yaml", join(root, DEV));
    expect(synthIn(root, { PALETTE_ENV: "dev" }).status).toBe(0);
  });

  it("points at a profileFile that is a FIFO, /dev/zero, a directory or out of the repository", () => {
    const cases: [path: string, make: (root: string) => void, says: string][] = [
      ["../profiles/fifo.yaml", (root) => mkfifo(join(root, "stacks/profiles/fifo.yaml")), "is a FIFO"],
      ["../profiles/zero.yaml", (root) => symlinkSync("/dev/zero", join(root, "stacks/profiles/zero.yaml")), "outside"],
      ["../profiles", () => undefined, "is a directory"],
      ["../../../../../../../../etc/passwd", () => undefined, "outside the repository"],
      ["../../../../../../../../proc/self/environ", () => undefined, "outside the repository"],
    ];
    for (const [path, make, says] of cases) {
      const lines = refusedLines((root) => {
        make(root);
        devProfileFile(path)(root);
      });
      expect(lines).toEqual([
        expect.stringMatching(new RegExp(`^${DEV}:\\d+:\\d+ clusters\\[0\\]\\.profileFile: .*${says}`)),
      ]);
    }
  });

  it("refuses a profile file that is not UTF-8 at the first bad byte", () => {
    const lines = refusedLines(
      (root) =>
        writeFileSync(join(root, PROFILE), Buffer.from("managedControlPlane:\n  sku: St\xffandard\n", "latin1")),
      { PALETTE_ENV: "prod" },
    );
    expect(lines).toEqual([`${PROFILE}:2:10: is not UTF-8 text: save the file as UTF-8`]);
  });
});

afterAll(() => {
  for (const dir of stacksCopy.made) rmSync(dir, { recursive: true, force: true });
});
