/**
 * Hostile environment files never crash the app (exit 2), never hang it, and never lose its output:
 * they synthesize, or they are refused with exit 1 and one positioned line per problem, and a
 * previous cdktf.out survives. First the inputs fuzzing found, then the property itself over random
 * mutations of the committed environment files (scripts/fuzz.ts runs thousands more).
 */
import { DefaultTokenResolver, StringConcat, TerraformStack, Testing, Tokenization } from "cdktf";
import fc from "fast-check";
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import {
  checkSynthesis,
  hostileCase,
  MAX_RUN_MS,
  nodeFileFailures,
  REPO_ROOT,
  runCase,
  stacksCopy,
  synthIn,
} from "./hostile-input";
import { checkout } from "../app/run-app";
import { tempDir } from "../helpers";
import { terraformTemplateIssues } from "../../src/config/terraform-literals";
import { tokenLookAlikeProblem } from "../../src/config/token-look-alikes";

const DEV = "stacks/environments/dev.yaml";
const PROD = "stacks/environments/prod.yaml";
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

/** Changes a file of the copy; fails when the change does not apply (the committed file moved on). */
const editFile = (file: string, change: (text: string) => string) => (root: string) => {
  const text = readFileSync(join(root, file), "utf8");
  const changed = change(text);
  if (changed === text) throw new Error(`the edit does not apply to ${file}: update the test`);
  writeFileSync(join(root, file), changed);
};

/** dev's AKS cluster with its inline profile replaced by `profileFile: <path>`. */
const devProfileFile = (path: string) =>
  editFile(DEV, (text) =>
    text.replace(/ {4}managedControlPlane:[\s\S]*?(?= {4}nodePools:)/, `    profileFile: ${path}\n`),
  );

/** `line` with any line and column: for places further down a committed file, which others edit. */
const anyLine = (line: string) =>
  expect.stringMatching(`^${line.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:\d+:\d+/, ":\\d+:\\d+")}$`);

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

describe("the environments folder", () => {
  const ENVIRONMENTS = ["dev", "staging", "prod"].map((env) => `stacks/environments/${env}.yaml`);

  it("says there is no environment file when the folder has none", () => {
    const lines = refusedLines((root) => ENVIRONMENTS.forEach((file) => unlinkSync(join(root, file))), {});
    expect(lines).toEqual(["stacks/environments: holds no environment file (<env>.yaml): write one, e.g. dev.yaml"]);
  });

  it("says which file PALETTE_ENV looked for", () => {
    const lines = refusedLines(() => undefined, { PALETTE_ENV: "qa" });
    expect(lines).toEqual([
      "stacks/environments: PALETTE_ENV=qa selects no stack: there is no stacks/environments/qa.yaml (dev, prod, staging are)",
    ]);
  });

  it("says the folder is missing", () => {
    const lines = refusedLines((root) => rmSync(join(root, "stacks/environments"), { recursive: true }), {});
    expect(lines).toEqual(["stacks/environments: cannot be read (ENOENT): environment files go in this folder"]);
  });

  it("refuses two files of one environment", () => {
    const lines = refusedLines((root) =>
      writeFileSync(join(root, "stacks/environments/dev.yml"), readFileSync(join(root, DEV))),
    );
    expect(lines).toEqual([
      "stacks/environments/dev.yml: environment dev is also stacks/environments/dev.yaml: keep one of the two files",
    ]);
  });
});

describe("YAML that is more than data", () => {
  const bomb = [
    'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
    ..."bcdefgh".split("").map((c, i) => `${c}: &${c} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(", ")}]`),
  ].join("\n");

  it.each<[what: string, change: (text: string) => string, line: RegExp]>([
    [
      "an alias that names no anchor",
      (text) => text.replace("resourceGroup: rg-palette-dev", "resourceGroup: *nope"),
      /^stacks\/environments\/dev\.yaml:4:16 resourceGroup: the alias \*nope names no anchor/,
    ],
    [
      "an alias inside its own anchor",
      (text) => text.replace("  owner: platform-team", "  owner: &r [*r]"),
      /^stacks\/environments\/dev\.yaml:7:14 tags\.owner\[0\]: the alias \*r is inside the value its anchor marks/,
    ],
    [
      "a billion laughs",
      (text) => `${bomb}\n${text}`,
      /^stacks\/environments\/dev\.yaml:\d+:\d+ [a-h]\[\d\]: the aliases up to here stand for \d+ values; at most 10000/,
    ],
    [
      "a merge key",
      (text) => text.replace("backend:\n  type: local", "base: &base { type: local }\nbackend:\n  <<: *base"),
      /^stacks\/environments\/dev\.yaml:10:3 backend: merge keys \(<<\) are not supported/,
    ],
    [
      "a !!binary value",
      (text) => text.replace("resourceGroup: rg-palette-dev", "resourceGroup: !!binary cmctcGFsZXR0ZS1kZXY="),
      /^stacks\/environments\/dev\.yaml:4:\d+ resourceGroup: the YAML tag !!binary is not supported/,
    ],
    [
      "a custom tag",
      (text) => text.replace("owner: platform-team", "owner: !vault platform-team"),
      /^stacks\/environments\/dev\.yaml:7:\d+ tags\.owner: the YAML tag !vault is not supported/,
    ],
    [
      "a key that is a list",
      (text) => text.replace("  owner: platform-team", "  ? [owner]\n  : platform-team"),
      /^stacks\/environments\/dev\.yaml:7:5 tags: a key is a plain string/,
    ],
    [
      "lists nested 100 deep",
      (text) => text.replace("owner: platform-team", `owner: ${"[".repeat(100)}${"]".repeat(100)}`),
      /^stacks\/environments\/dev\.yaml:7:\d+ tags\.owner(\[0\])+: nested deeper than 64/,
    ],
    [
      "a YAML 1.1 timestamp",
      (text) => `%YAML 1.1\n---\n${text.replace("owner: platform-team", "owner: 2001-12-14")}`,
      /^stacks\/environments\/dev\.yaml:9:10 tags\.owner: "2001-12-14" is read as a YAML 1.1 timestamp/,
    ],
  ])("refuses %s, at its place", (_, change, line) => {
    expect(refusedLines(editFile(DEV, change))).toEqual([expect.stringMatching(line)]);
  });

  it.each<[what: string, value: string]>([
    ["a cdktf string token", '"${TfToken[TOKEN.1]}"'],
    ["a cdktf list token", '"#{TfToken[TOKEN.1]}"'],
    ["a cdktf map token", '"&{TfToken[TOKEN.1]}"'],
    ["a cdktf number token in a string", '"-8.109562212591379e+298"'],
    ["a cdktf number token in a longer string", '"cost -8.109562212591379e+298 each"'],
    ["a cdktf number token as a number", "-8.109562212591379e+298"],
  ])("refuses %s in any value", (_, value) => {
    const lines = refusedLines(editFile(DEV, (text) => text.replace("owner: platform-team", `note: ${value}`)));
    expect(lines).toEqual([
      expect.stringMatching(
        /^stacks\/environments\/dev\.yaml:7:\d+ tags\.note: .*cdktf would read as one of its tokens/,
      ),
    ]);
  });

  it("refuses a long run of digits and dots at once (cdktf's token scan is quadratic in it)", () => {
    const start = Date.now();
    const lines = refusedLines(
      editFile(DEV, (text) => text.replace("owner: platform-team", `owner: ${"1.33".repeat(40_000)}`)),
    );
    expect(Date.now() - start).toBeLessThan(3_000);
    expect(lines).toEqual([
      expect.stringMatching(/^stacks\/environments\/dev\.yaml:7:10 tags\.owner: has a run of 160000 digits/),
    ]);
  });

  it("refuses a token look-alike in a key", () => {
    const lines = refusedLines(
      editFile(DEV, (text) => text.replace("owner: platform-team", '"#{TfToken[TOKEN.9]}": x')),
    );
    expect(lines).toEqual([
      expect.stringMatching(/^stacks\/environments\/dev\.yaml:7:3 tags\."#\{TfToken\[TOKEN\.9\]\}": .*tokens/),
    ]);
  });

  it("refuses a duplicate key after the first, however it is written", () => {
    const lines = refusedLines(editFile(DEV, (text) => text.replace("owner: platform-team", 'owner: a\n  "owner": b')));
    expect(lines).toEqual([
      expect.stringMatching(/^stacks\/environments\/dev\.yaml:8:3: YAML: Map keys must be unique/),
    ]);
  });

  it("takes anchors and aliases that stay small", () => {
    const root = stacksCopy();
    editFile(DEV, (text) =>
      text
        .replace("tags:\n  environment: dev", "tags: &tags\n  environment: dev")
        .replace("    tags:\n      workload: apps", "    tags: *tags"),
    )(root);
    expect(synthIn(root, { PALETTE_ENV: "dev" }).status).toBe(0);
  });
});

describe("messages that say where and what", () => {
  it("escapes a line break in a value it quotes, keeping one line per problem", () => {
    const lines = refusedLines(
      editFile(PROD, (text) =>
        text.replace("profileFile: ../profiles/aks-production.yaml", 'profileFile: "bad\\nname.yaml"'),
      ),
      { PALETTE_ENV: "prod" },
    );
    expect(lines).toEqual([
      anyLine(`${PROD}:1:1 clusters[0].profileFile: stacks/environments/bad\\nname.yaml cannot be read (ENOENT)`),
    ]);
  });

  it.each<[what: string, text: string]>([
    ["empty", ""],
    ["comments only", "# nothing yet\n"],
    ["CRs only", "\r\r"],
    ["a byte order mark and blanks", "\uFEFF \n\t\n"],
  ])("gives one line per missing key, at line 1, for a file of %s", (_, text) => {
    expect(refusedLines((root) => writeFileSync(join(root, DEV), text))).toEqual([
      `${DEV}:1:1 location: is required`,
      `${DEV}:1:1 resourceGroup: is required`,
      `${DEV}:1:1 clusters: is required`,
    ]);
  });

  it("points at line 1 of an empty profile file", () => {
    expect(refusedLines((root) => writeFileSync(join(root, PROFILE), ""), { PALETTE_ENV: "prod" })).toEqual([
      `${PROFILE}:1:1 managedControlPlane: is required`,
    ]);
  });

  it.each<[what: string, change: (text: string) => string, line: string]>([
    ["a file that is one string", () => "hello\n", `${DEV}:1:1: expected a map, not a string`],
    [
      "a list for a tag value",
      (text) => text.replace("owner: platform-team", "owner: [a, b]"),
      `${DEV}:7:3 tags.owner: expected a string, a number or true/false, not a list`,
    ],
    [
      "a map for a tag value",
      (text) => text.replace("owner: platform-team", "owner: { a: b }"),
      `${DEV}:7:3 tags.owner: expected a string, a number or true/false, not a map`,
    ],
    [
      "a list for the resource group",
      (text) => text.replace("resourceGroup: rg-palette-dev", "resourceGroup: [rg]"),
      `${DEV}:4:1 resourceGroup: expected a string or a map, not a list`,
    ],
    [
      "a list for a name, which must not be empty either",
      (text) => text.replace("  - name: apps", "  - name: []"),
      `${DEV}:12:5 clusters[0].name: expected a string, not a list`,
    ],
    [
      "an empty backend",
      (text) => text.replace("backend:\n  type: local\n  path: state", "backend:"),
      `${DEV}:8:1 backend: expected a map with type: local, cloud or azurerm`,
    ],
    [
      "a string for a cluster",
      (text) => text.replace(/ {2}- name: edge[\s\S]*/, "  - edge\n"),
      `${DEV}:35:5 clusters[1]: expected a map with type: aks or iaas`,
    ],
  ])("says what is expected for %s", (_, change, line) => {
    expect(refusedLines(editFile(DEV, change))).toEqual([anyLine(line)]);
  });
});

describe("values past Azure's limits, refused at their key", () => {
  /** A PEM certificate of about `bytes` bytes (base64 lines of 64). */
  const pem = (bytes: number) =>
    `-----BEGIN CERTIFICATE-----\n${"QUFB".repeat(bytes / 4).replace(/(.{64})/g, "$1\n")}\n-----END CERTIFICATE-----\n`;
  const gatewayCa = (bytes: number) =>
    editFile("stacks/environments/prod.yaml", (text) =>
      text.replace(
        "      noProxy: [.corp.example.com]\n",
        `      noProxy: [.corp.example.com]\n      trustedCa: ${JSON.stringify(pem(bytes))}\n`,
      ),
    );

  it("refuses a trustedCa larger than Azure's custom data at its line", () => {
    const lines = refusedLines(gatewayCa(70_000), { PALETTE_ENV: "prod" });
    expect(lines).toEqual([
      expect.stringMatching(
        /^stacks\/environments\/prod\.yaml:\d+:\d+ privateCloudGateways\[0\]\.proxy\.trustedCa: is \d+ bytes; .*65535/,
      ),
    ]);
  });

  it("refuses a trustedCa that leaves an IaaS node's bootstrap no room, where it is written", () => {
    const lines = refusedLines(gatewayCa(12_000), { PALETTE_STACK: "prod-edge" });
    expect(lines).toEqual([
      expect.stringMatching(
        /^stacks\/environments\/prod\.yaml:\d+:\d+ privateCloudGateways\[0\]\.proxy\.trustedCa: .*IaaS cluster "edge".* 8192 bytes/,
      ),
    ]);
  });

  it("takes a trustedCa of a few certificates", () => {
    const root = stacksCopy();
    gatewayCa(6_000)(root);
    expect(synthIn(root, { PALETTE_STACK: "prod-edge" }).status).toBe(0);
  });

  it("refuses a vhdUri with a malformed percent escape at its line", () => {
    const refusedVhdUri = (uri: string) =>
      refusedLines(
        editFile(DEV, (text) =>
          text.replace("    controlPlane:\n", `    image: { vhdUri: '${uri}' }\n    controlPlane:\n`),
        ),
      );
    expect(refusedVhdUri("https://x.blob.core.windows.net/c/a%zz.vhd")).toEqual([
      anyLine(
        `${DEV}:1:1 clusters[1].image.vhdUri: has a malformed percent escape ("%zz"): write a percent sign as %25`,
      ),
    ]);
    expect(refusedVhdUri("https://x.blob.core.windows.net/c/a%E0%A4.vhd")).toEqual([
      anyLine(
        `${DEV}:1:1 clusters[1].image.vhdUri: has percent escapes that are not UTF-8: escape every byte of a character`,
      ),
    ]);
  });
});

describe("values that reach an IaaS node's bootstrap", () => {
  it("refuses a resource group name that would break azure.json", () => {
    const lines = refusedLines(
      editFile(PROD, (text) =>
        text.replace(
          "        resourceGroup: rg-network-prod\n        addressSpace: [10.40.0.0/16]",
          '        resourceGroup: "rg\\n\\"x"\n        addressSpace: [10.40.0.0/16]',
        ),
      ),
      { PALETTE_STACK: "prod-edge" },
    );
    expect(lines).toEqual([
      anyLine(
        `${PROD}:1:1 clusters[1].network.vnet.resourceGroup: "rg\\n\\"x" is not a resource group name: 1-90 letters, digits, - _ . ( ), not ending with a period`,
      ),
    ]);
  });

  it("refuses a noProxy name longer than DNS allows at its line", () => {
    const lines = refusedLines(
      editFile(PROD, (text) =>
        text.replace("noProxy: [.corp.example.com]", `noProxy: [.corp.example.com, ${"a".repeat(300)}.com]`),
      ),
      { PALETTE_ENV: "prod" },
    );
    expect(lines).toEqual([
      anyLine(`${PROD}:1:1 privateCloudGateways[0].proxy.noProxy[1]: is 304 characters; a DNS name has at most 253`),
    ]);
  });

  it("places what only the construct can judge (the whole bootstrap's size) at the cluster", () => {
    const hosts = Array.from({ length: 400 }, (_, i) => `host-${i}.a-rather-long-internal-domain.example.com`);
    const lines = refusedLines(
      editFile(PROD, (text) => text.replace("noProxy: [.corp.example.com]", `noProxy: [${hosts.join(", ")}]`)),
      { PALETTE_STACK: "prod-edge" },
    );
    expect(lines[0]).toMatch(
      /^stacks\/environments\/prod\.yaml:\d+:\d+ clusters\[1\]\.controlPlane: the node bootstrap \(cloud-config\) can reach \d+ bytes.* \(construct prod-edge\/iaas\)$/,
    );
  });

  it("gives the nodes of the committed environments sound files", () => {
    const root = stacksCopy();
    expect(synthIn(root, {}).status).toBe(0);
    expect(nodeFileFailures(root)).toEqual([]);
  });
});

describe("many problems", () => {
  it("reports 20 of 20,000 unknown keys and counts the rest, in linear time", () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `unknown${i}: ${i}`).join("\n");
    const start = Date.now();
    const lines = refusedLines(editFile(DEV, (text) => `${text}${keys}\n`));
    expect(Date.now() - start).toBeLessThan(5_000);
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(/^stacks\/environments\/dev\.yaml:\d+:1 unknown0: unknown key "unknown0"$/);
    expect(lines[20]).toBe(`${DEV}: and 19980 more problems in this file`);
  });

  it("refuses more than 100 clusters at once, instead of synthesizing for minutes", () => {
    const start = Date.now();
    const clusters = Array.from(
      { length: 5000 },
      (_, i) => `  - { name: c${i}, type: aks, kubernetesVersion: "1.33" }`,
    );
    const lines = refusedLines(editFile(DEV, (text) => `${text}${clusters.join("\n")}\n`));
    expect(Date.now() - start).toBeLessThan(5_000);
    expect(lines).toEqual([
      `${DEV}:11:1 clusters: 5002 clusters; an environment has at most 100 (each is a stack and a workspace of its own): split it into several environments`,
    ]);
  });

  it("caps the problems YAML itself has too", () => {
    const lines = refusedLines(
      editFile(DEV, (text) => `${text}${Array.from({ length: 50 }, () => "x: &a [*nope]").join("\n")}\n`),
    );
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe(`${DEV}: and 30 more problems in this file`);
  });
});

describe("token look-alikes, held to cdktf's own reading", () => {
  const stack = new TerraformStack(Testing.app(), "tokens");
  /** True when cdktf, resolving `value` at synth, would fail or write something else. */
  const cdktfChanges = (value: string | number) => {
    try {
      const resolved: unknown = Tokenization.resolve(value, {
        scope: stack,
        resolver: new DefaultTokenResolver(new StringConcat()),
      });
      return resolved !== value;
    } catch {
      return true;
    }
  };
  /** A double cdktf reserves for number tokens (marker 0xfdff) or number-list tokens (0xfbff). */
  const tokenDouble = fc
    .tuple(fc.constantFrom(0xfdff, 0xfbff), fc.nat({ max: 0xffff }), fc.nat({ max: 0xffffffff }))
    .map(([marker, high, low]) => {
      const view = new DataView(new ArrayBuffer(8));
      view.setUint16(0, marker);
      view.setUint16(2, high);
      view.setUint32(4, low);
      return view.getFloat64(0);
    });
  const piece = fc.oneof(
    fc.constantFrom("${TfToken[TOKEN.", "#{TfToken[TOKEN.", "&{TfToken[TOKEN.", "TfToken[", "]}", "${", "}", "e", "E"),
    fc.constantFrom("-", "+", ".", "|", " ", "1", "0"),
    fc.nat({ max: 20 }).map(String),
    fc.double().map(String),
    tokenDouble.map(String),
    fc.string({ maxLength: 4 }),
  );
  const refused = (value: string | number) =>
    tokenLookAlikeProblem(value) !== undefined || terraformTemplateIssues(value).length > 0;

  it("refuses every string cdktf would change", () => {
    let changed = 0;
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 6 }).map((parts) => parts.join("")),
        (value) => {
          if (!cdktfChanges(value)) return;
          changed++;
          expect({ value, refused: refused(value) }).toEqual({ value, refused: true });
        },
      ),
      { numRuns: 3000 },
    );
    expect(changed).toBeGreaterThan(100);
  });

  it("refuses every number cdktf would change, and no ordinary number", () => {
    fc.assert(
      fc.property(tokenDouble, (value) => {
        if (cdktfChanges(value)) expect({ value, refused: refused(value) }).toEqual({ value, refused: true });
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -1e200, max: 1e200, noNaN: true }), (value) => {
        expect({ value, refused: refused(value) }).toEqual({ value, refused: false });
      }),
    );
  });
});

describe("the property, over random mutations of the committed files", () => {
  // A new random sample on every run, 60 cases (~80 ms each, a third of the suite's time at 180);
  // `npm run fuzz` runs thousands. On a failure fast-check prints the seed and path: HOSTILE_SEED and
  // HOSTILE_PATH replay it (HOSTILE_RUNS changes the count).
  const runs = Number(process.env.HOSTILE_RUNS ?? 60);
  const seed = process.env.HOSTILE_SEED === undefined ? undefined : Number(process.env.HOSTILE_SEED);

  it(`holds for ${runs} cases: a synthesis, or exit 1 with positioned lines and the old output kept`, () => {
    fc.assert(
      fc.property(hostileCase, (hostile) => {
        expect(runCase(hostile)).toEqual([]);
      }),
      { numRuns: runs, seed, path: process.env.HOSTILE_PATH },
    );
  });
});

describe("the app as users start it (node stacks/app.cjs)", () => {
  const root = tempDir("palette-hostile-app-");
  const dir = checkout(join(root, "repo"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** The app in `dir`, killed after MAX_RUN_MS: a hang fails the test instead of stalling it. */
  const spawnBounded = (vars: Record<string, string>) => {
    const out = join(dir, "cdktf.out");
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, "stacks", "earlier"), { recursive: true });
    writeFileSync(join(out, "stacks", "earlier", "cdk.tf.json"), "{}\n");
    const started = Date.now();
    const run = spawnSync(process.execPath, ["stacks/app.cjs"], {
      cwd: dir,
      encoding: "utf8",
      timeout: MAX_RUN_MS,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...vars },
    });
    const outputKept = readdirSync(join(out, "stacks")).join() === "earlier" && !existsSync(`${out}.partial`);
    return { status: run.status ?? -1, stderr: run.stderr, signal: run.signal, outputKept, ms: Date.now() - started };
  };

  it.each<[what: string, make: () => void, vars: Record<string, string>]>([
    [
      "an environment file that is a FIFO",
      () => {
        rmSync(join(dir, DEV));
        mkfifo(join(dir, DEV));
      },
      { PALETTE_ENV: "dev" },
    ],
    [
      "a profile file that is a symlink to /dev/zero",
      () => {
        rmSync(join(dir, PROFILE));
        symlinkSync("/dev/zero", join(dir, PROFILE));
      },
      { PALETTE_ENV: "prod" },
    ],
    [
      "a billion laughs and a cdktf token look-alike",
      () =>
        writeFileSync(
          join(dir, "stacks/environments/staging.yaml"),
          readFileSync(join(REPO_ROOT, "stacks/environments/staging.yaml"), "utf8")
            .replace("owner: platform-team", 'owner: "#{TfToken[TOKEN.1]}"')
            .concat(
              "lol: [&a [x, x, x, x, x, x, x, x, x], &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]," +
                " &c [*b, *b, *b, *b, *b, *b, *b, *b, *b], &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]," +
                " &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]]\n",
            ),
        ),
      { PALETTE_ENV: "staging" },
    ],
  ])("refuses %s in time, positioned, keeping cdktf.out", (_, make, vars) => {
    make();
    const run = spawnBounded(vars);
    expect({ signal: run.signal, failures: checkSynthesis(run) }).toEqual({ signal: null, failures: [] });
    expect(run.status).toBe(1);
  });
});

afterAll(() => {
  for (const dir of stacksCopy.made) rmSync(dir, { recursive: true, force: true });
});
