/**
 * What the hostile-input tests and scripts/fuzz.ts share: a throwaway copy of the repository's
 * stacks/ folder, the app's command run in this process on it, and the property every run must
 * have (a synthesis, or exit 1 with one positioned line per problem and the old output kept).
 */
import fc from "fast-check";
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  Node as YamlNode,
  parse,
  parseAllDocuments,
  parseDocument,
  Scalar,
} from "yaml";
import { runSynthCommand } from "../../src/app/synth-command";
import { BASH_WITHOUT_RC } from "../helpers";

export const REPO_ROOT = resolve(__dirname, "../..");

/** What the app must never take longer than, whatever it is given (a hang is a failure). */
export const MAX_RUN_MS = 20_000;

/** A temporary copy of the repository's stacks/environments and stacks/profiles; returns its root. */
export function stacksCopy(): string {
  const root = mkdtempSync(join(tmpdir(), "palette-hostile-"));
  stacksCopy.made.push(root);
  for (const folder of ["stacks/environments", "stacks/profiles"])
    cpSync(join(REPO_ROOT, folder), join(root, folder), { recursive: true });
  return root;
}
stacksCopy.made = [] as string[];

export interface HostileRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The previous cdktf.out, as it was (checked on failure). */
  readonly outputKept: boolean;
  readonly ms: number;
}

/** The files under `dir` with their contents, for comparing an output folder before and after. */
function snapshot(dir: string): string {
  if (!existsSync(dir)) return "";
  const files: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(join(d, entry.name), `${rel}/`);
      else files.push(`${rel}\n${readFileSync(join(d, entry.name), "utf8")}`);
    }
  };
  walk(dir, "");
  return files.join("\n");
}

/**
 * Runs the app's command (runSynthCommand, as `npm run synth` does) in `root` with `vars`, over a
 * cdktf.out that holds an earlier output, and reports whether a failure left it alone.
 */
export function synthIn(root: string, vars: Record<string, string> = {}): HostileRun {
  const out = join(root, "cdktf.out");
  mkdirSync(join(out, "stacks", "earlier"), { recursive: true });
  writeFileSync(join(out, "stacks", "earlier", "cdk.tf.json"), `{"earlier": ${JSON.stringify(root)}}\n`);
  const before = snapshot(out);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const start = Date.now();
  const status = runSynthCommand({
    repoRoot: root,
    cwd: root,
    vars,
    out: (line) => stdout.push(`${line}\n`),
    err: (line) => stderr.push(`${line}\n`),
  });
  const ms = Date.now() - start;
  const outputKept = snapshot(out) === before && !existsSync(`${out}.partial`);
  return { status, stdout: stdout.join(""), stderr: stderr.join(""), outputKept, ms };
}

/** `file:line:col key: message`, or `file:line:col: message` for a problem of the YAML itself. */
const POSITIONED = /^stacks\/[^\s:]+:\d+:\d+(?: \S.*?)?: ./;
/** `file: message`, where no line applies (the file cannot be read, a folder holds no environment). */
const FILE_WIDE = /^stacks\/[^\s:]*: ./;

/** zod's own wording, which says what is wrong but not what is expected (`Invalid input`). */
const ZOD_DEFAULT = /: (Invalid (input|option|string|number|key|value)|Too (small|big))\b/;

/** How a run breaks the property (empty when it has it). */
export function checkSynthesis(run: Pick<HostileRun, "status" | "stderr" | "outputKept" | "ms">): string[] {
  const failures: string[] = [];
  if (run.ms > MAX_RUN_MS) failures.push(`took ${run.ms} ms`);
  if (run.status === 0) return failures;
  if (run.status !== 1) failures.push(`exit ${run.status}`);
  if (!run.outputKept) failures.push("the earlier cdktf.out changed");
  const lines = run.stderr.trimEnd().split("\n");
  if (run.stderr.trim() === "") failures.push("no message");
  else
    for (const line of lines)
      if (!POSITIONED.test(line) && !FILE_WIDE.test(line)) failures.push(`unpositioned line: ${line.slice(0, 300)}`);
      else if (ZOD_DEFAULT.test(line)) failures.push(`says not what it expects: ${line.slice(0, 300)}`);
  return failures;
}

// --- Random hostile environment files --------------------------------------------------------------

export const ENVIRONMENTS = ["dev", "staging", "prod"] as const;
export type EnvironmentName = (typeof ENVIRONMENTS)[number];
const PROFILE = "stacks/profiles/aks-production.yaml";
const environmentFile = (env: EnvironmentName) => `stacks/environments/${env}.yaml`;

/** A value written into the file: data (YAML writes it), or YAML text put in as it is. */
export type HostileValue = { readonly data: unknown } | { readonly yaml: string };

/** What a value becomes next to the one it replaces: kept close, so more cases get past the schema. */
export type NearValue = { readonly near: "append" | "prepend" | "repeat" | "number"; readonly piece: string | number };

/** One change to a file's YAML; `site` picks a key or item (modulo the file's count of them). */
export type Mutation =
  | {
      readonly kind: "set";
      readonly site: number;
      readonly value: HostileValue | NearValue;
      /** Only a scalar value is replaced (a gentle case keeps the file's shape). */
      readonly scalar?: boolean;
    }
  | { readonly kind: "delete"; readonly site: number }
  | { readonly kind: "add-key"; readonly site: number; readonly key: string; readonly value: HostileValue }
  | { readonly kind: "alias"; readonly site: number; readonly target: number }
  | {
      readonly kind: "feature";
      readonly cluster: number;
      readonly feature: number;
      readonly leaf: number;
      readonly value?: HostileValue | NearValue;
    }
  | {
      readonly kind: "text";
      readonly op: "bom" | "crlf" | "cr" | "tabs" | "truncate" | "bytes" | "documents" | "yaml-1.1" | "duplicate-line";
      readonly at: number;
      readonly bytes: readonly number[];
    };

/** A file that is not a plain text file, or not where it seems. */
export type SpecialFile = "fifo" | "dev-zero" | "directory" | "outside" | "huge" | "empty" | "loop" | "yml-twin";

export interface HostileCase {
  readonly environment: EnvironmentName;
  /** The environment file, or the profile file prod's AKS cluster names. */
  readonly target: "environment" | "profile";
  readonly mutations: readonly Mutation[];
  readonly special?: SpecialFile;
}

/** Strings that have broken something somewhere: markers, escapes, paths, sizes, scripts. */
const NASTY_STRINGS = [
  "",
  " ",
  "\n",
  "\t",
  "\r\n",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u0085",
  "\u2028",
  "\u202e",
  "\ufeff",
  "\ud800",
  "😀",
  "é",
  "ﬁ",
  "${var.x}",
  "$${x}",
  "%{ if true }x%{ endif }",
  "#{TfToken[TOKEN.1]}",
  "${TfToken[TOKEN.2]}",
  "&{TfToken[TOKEN.3]}",
  "-8.109562212591379e+298",
  "-1.8881545897087626e+289",
  "$(touch pwned)",
  "`touch pwned`",
  "'; touch pwned; '",
  '"; touch pwned; "',
  "\\",
  "$HOME",
  "a\nb",
  "~",
  "null",
  "<id>",
  "*",
  "0.0.0.0/0",
  "::/0",
  "10.0.0.0/8",
  "10.0.0.0/33",
  "256.1.1.1",
  "1.33",
  "1.3",
  "v1.33",
  "99.99.99",
  "latest",
  "../../../../etc/passwd",
  "/proc/self/environ",
  "%zz",
  "https://x.blob.core.windows.net/c/a%zz.vhd",
  "https://x.blob.core.windows.net/c/a%E0%A4%A.vhd",
  "http://proxy.example.com:3128/$(touch pwned)",
  "http://user:pa'ss@proxy.example.com:3128",
  "-----BEGIN CERTIFICATE-----\n$(touch pwned)\n-----END CERTIFICATE-----",
  "Standard_D2s_v5",
  "Standard_D2s_v5'",
  "@@",
  "@@0:apiHost@@",
  "@@1:caKeyBase64@@",
  'a"b',
  "x".repeat(300),
  "x".repeat(70_000),
  "-----BEGIN CERTIFICATE-----\n" + "A".repeat(70_000) + "\n-----END CERTIFICATE-----",
];

/** YAML text that is not data: aliases, tags, merge keys, nesting, YAML 1.1 values. */
const NASTY_YAML = [
  "*nope",
  "&r [*r]",
  "&m {a: *m}",
  "!!binary aGVsbG8=",
  "!!set {a, b}",
  "!!omap [{a: 1}]",
  "!!timestamp 2001-12-14",
  "!vault secret",
  "! x",
  "!!str 1.30",
  "!!int 12",
  "{<<: {a: 1}}",
  `[${"[".repeat(80)}${"]".repeat(80)}]`,
  `[&a [lol, lol, lol, lol, lol, lol, lol, lol, lol], &b [*a, *a, *a, *a, *a, *a, *a, *a, *a], &c [*b, *b, *b, *b, *b, *b, *b, *b, *b], &d [*c, *c, *c, *c, *c, *c, *c, *c, *c], &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]]`,
  ".nan",
  ".inf",
  "-.inf",
  "0x1F",
  "0o17",
  "1e400",
  "-8.109562212591379e+298",
  "2001-12-14",
  "yes",
  "~",
  "''",
  '"\\u0000"',
  '"\\x85"',
  "{[a, b]: c}",
  "{? {a: b} : c}",
  "[a, b",
  "}",
  "@x",
  "%x",
];

const data: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...NASTY_STRINGS),
    fc.string({ unit: "binary", maxLength: 20 }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 3, 5, 1001, 2 ** 31, 2 ** 53 + 1)),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("name", "type", "a", "<<", "${x}", "x y", ""), tie("value"), { maxKeys: 3 }),
  ),
})).value;

const hostileValue: fc.Arbitrary<HostileValue> = fc.oneof(
  { weight: 3, arbitrary: data.map((d) => ({ data: d })) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY_YAML).map((yaml) => ({ yaml })) },
);

const nearValue: fc.Arbitrary<NearValue> = fc.oneof(
  fc.record({
    near: fc.constantFrom("append" as const, "prepend" as const, "repeat" as const),
    piece: fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: "grapheme", maxLength: 4 })),
  }),
  fc.record({
    near: fc.constant("number" as const),
    piece: fc.constantFrom(-1, 1, 2, 10, 1000, -1000, 0.5, 2 ** 31),
  }),
);

const PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ\n-----END CERTIFICATE-----\n";

/**
 * Optional parts of a cluster (and the environment's gateways) the committed files do not use, as
 * valid examples: a case adds one, often with one of its values made hostile, so that the keys
 * reach the constructs (proxy, image, storage, packs...).
 */
const FEATURES: readonly (readonly [key: string, value: unknown, type?: "aks" | "iaas"])[] = [
  ["proxy", { httpProxy: "http://proxy.example.com:3128", noProxy: [".example.com", "10.9.0.0/16"], trustedCa: PEM }],
  ["image", { vhdUri: "https://stimages.blob.core.windows.net/vhds/ubuntu.vhd", hyperVGeneration: "V2" }, "iaas"],
  ["image", { marketplace: { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server" } }, "iaas"],
  ["storage", { account: { name: "stfuzzimages1", replication: "ZRS" }, networkAccess: "private" }, "iaas"],
  ["storage", { account: { softDeleteDays: 3 }, container: { name: "fuzz-vhds" } }, "iaas"],
  ["network", { publicServices: { ports: [80, 443], sources: ["Internet"] }, sshSources: ["172.16.250.0/27"] }],
  ["network", { natGateway: { zone: 1, idleTimeoutMinutes: 10, publicIpCount: 2 } }],
  ["network", { vnet: { name: "vnet-fuzz", resourceGroup: "rg-fuzz", addressSpace: ["10.60.0.0/16"] } }, "aks"],
  ["clusterNetwork", { podCidr: "192.168.0.0/16", dnsDomain: "cluster.local", cni: "calico" }, "iaas"],
  ["apiServer", { dnsLabel: "fuzz-api-label", healthProbe: "tcp", internalAddress: "10.0.0.200" }, "iaas"],
  ["apiServer", { privateCluster: false, authorizedIpRanges: ["198.51.100.0/24"] }, "aks"],
  ["networkProfile", { networkPolicy: "cilium", serviceCidr: "10.250.0.0/16", dnsServiceIp: "10.250.0.10" }, "aks"],
  [
    "packs",
    [
      {
        name: "fuzz",
        pack: { namespace: "fuzz-ns", namespaceLabels: { a: "b" }, namespaceAnnotations: { note: "x" } },
      },
    ],
  ],
  [
    "workerPools",
    [
      {
        name: "fuzz",
        count: 1,
        labels: { "example.com/role": "fuzz" },
        taints: [{ key: "example.com/x", value: "y", effect: "NoSchedule" }],
        osDisk: { sizeGb: 64 },
      },
    ],
    "iaas",
  ],
  [
    "nodePools",
    [
      { name: "system", mode: "System", count: 3 },
      { name: "fuzz", min: 1, max: 3, maxPods: 50, labels: { a: "b" }, taints: ["k=v:NoSchedule"], maxSurge: "33%" },
    ],
    "aks",
  ],
  ["maintenance", { autoUpgrade: { day: "Sunday", start: "01:00", hours: 4, utcOffset: "+01:00" } }, "aks"],
  ["controlPlane", { count: 3, vmSize: "Standard_D4s_v5", osDisk: { sizeGb: 128 }, allowWorkloads: true }, "iaas"],
  ["adminUsername", "fuzzadmin", "iaas"],
  ["privateCloudGateway", "none"],
  ["tags", { team: "fuzz", "cost-center": 1234 }],
];

/** Every key the environment schema knows (schema/environment.schema.json), to add where it fits or not. */
const SCHEMA_KEYS: readonly string[] = (() => {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object") {
      const properties = (node as { properties?: object }).properties;
      if (properties) Object.keys(properties).forEach((key) => keys.add(key));
      Object.values(node).forEach(walk);
    }
  };
  walk(JSON.parse(readFileSync(join(REPO_ROOT, "schema/environment.schema.json"), "utf8")));
  return [...keys].sort();
})();

const site = fc.nat({ max: 10_000 });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("set" as const), site, value: hostileValue }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("set" as const), site, value: nearValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), site }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("add-key" as const),
      site,
      key: fc.oneof(
        fc.constantFrom(...SCHEMA_KEYS),
        fc.constantFrom("<<", "${x}", "#{TfToken[TOKEN.1]}", "__proto__", "constructor", ""),
        fc.string(),
      ),
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("alias" as const), site, target: site }) },
  {
    weight: 4,
    arbitrary: fc.record(
      {
        kind: fc.constant("feature" as const),
        cluster: fc.nat({ max: 3 }),
        feature: fc.nat({ max: FEATURES.length - 1 }),
        leaf: site,
        value: fc.oneof(hostileValue, nearValue),
      },
      { requiredKeys: ["kind", "cluster", "feature", "leaf"] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("text" as const),
      op: fc.constantFrom(
        "bom" as const,
        "crlf" as const,
        "cr" as const,
        "tabs" as const,
        "truncate" as const,
        "bytes" as const,
        "documents" as const,
        "yaml-1.1" as const,
        "duplicate-line" as const,
      ),
      at: site,
      bytes: fc.array(fc.oneof(fc.nat({ max: 255 }), fc.constantFrom(0, 0xff, 0xc3, 0x80, 0xed, 0xa0)), {
        minLength: 1,
        maxLength: 4,
      }),
    }),
  },
);

/** Strings, or small changes of the value there: mostly still valid YAML data of the right type. */
const gentleValue: fc.Arbitrary<HostileValue | NearValue> = fc.oneof(
  nearValue,
  fc.constantFrom(...NASTY_STRINGS).map((d) => ({ data: d })),
);

/** One or two changes that keep the file mostly valid: these reach the constructs and the synthesis. */
const gentleCase: fc.Arbitrary<HostileCase> = fc.record({
  environment: fc.constantFrom(...ENVIRONMENTS),
  target: fc.constant("environment" as const),
  mutations: fc.array(
    fc.oneof(
      fc.record(
        {
          kind: fc.constant("feature" as const),
          cluster: fc.nat({ max: 3 }),
          feature: fc.nat({ max: FEATURES.length - 1 }),
          leaf: site,
          value: fc.option(gentleValue, { nil: undefined, freq: 3 }),
        },
        { requiredKeys: ["kind", "cluster", "feature", "leaf"] },
      ),
      fc.record({ kind: fc.constant("set" as const), site, value: gentleValue, scalar: fc.constant(true) }),
    ),
    { minLength: 1, maxLength: 2 },
  ),
});

/** Anything: several changes of any kind, sometimes a file that is not a plain file. */
const anyCase: fc.Arbitrary<HostileCase> = fc.record(
  {
    environment: fc.constantFrom(...ENVIRONMENTS),
    target: fc.oneof({ weight: 5, arbitrary: fc.constant("environment" as const) }, fc.constant("profile" as const)),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    special: fc.oneof(
      { weight: 12, arbitrary: fc.constant(undefined) },
      fc.constantFrom<SpecialFile>("fifo", "dev-zero", "directory", "outside", "huge", "empty", "loop", "yml-twin"),
    ),
  },
  { requiredKeys: ["environment", "target", "mutations"] },
);

/** A random hostile case: half of them gentle enough to reach the synthesis. */
export const hostileCase: fc.Arbitrary<HostileCase> = fc.oneof(gentleCase, anyCase);

/** Every key's value and list item of a document, in order, by its path. */
function sitesOf(doc: Document): (string | number)[][] {
  const sites: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node))
      for (const pair of node.items) {
        // Keys parsed from the file are Scalar nodes; keys set since are plain strings.
        const key: unknown = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key !== "string" && typeof key !== "number") continue;
        const p = [...path, String(key)];
        sites.push(p);
        walk(pair.value, p);
      }
    else if (isSeq(node))
      node.items.forEach((item, i) => {
        sites.push([...path, i]);
        walk(item, [...path, i]);
      });
  };
  walk(doc.contents, []);
  return sites;
}

function nearData(original: unknown, near: NearValue): unknown {
  const { piece } = near;
  if (typeof original === "number")
    return near.near === "number"
      ? original + Number(piece)
      : Number(`${original}${typeof piece === "number" ? piece : 1}`);
  if (typeof original !== "string") return piece;
  if (near.near === "append" || near.near === "number") return `${original}${piece}`;
  if (near.near === "prepend") return `${piece}${original}`;
  return original.repeat(200);
}

/** The index of the cluster a feature goes into: one of the type the feature is for. */
function featureCluster(doc: Document, m: Extract<Mutation, { kind: "feature" }>): number | undefined {
  const type = FEATURES[m.feature % FEATURES.length][2];
  const clusters = doc.get("clusters", true);
  if (!isSeq(clusters)) return undefined;
  const fitting = clusters.items
    .map((_, i) => i)
    .filter((i) => type === undefined || doc.getIn(["clusters", i, "type"]) === type);
  return fitting.length === 0 ? undefined : fitting[m.cluster % fitting.length];
}

/** The file's text with one YAML-level change, or as it was when the change cannot be written. */
function mutateYaml(
  text: string,
  m: Exclude<Mutation, { kind: "text" }>,
  raws: string[],
  touched: (number | undefined)[],
): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return text;
  const sites = sitesOf(doc);
  if (sites.length === 0) return text;
  const scalars = sites.filter((p) => isScalar(doc.getIn(p, true)));
  const candidates = m.kind === "set" && m.scalar && scalars.length > 0 ? scalars : sites;
  const path = candidates[("site" in m ? m.site : 0) % candidates.length];
  // The cluster the change is inside (its stack is enough to synthesize), or undefined for the environment.
  const clusterOf = (p: readonly (string | number)[]) =>
    p[0] === "clusters" && typeof p[1] === "number" && p.length > 2 && p[2] !== "name" ? p[1] : undefined;
  const placeholder = (value: HostileValue): unknown => {
    if ("data" in value) return value.data;
    raws.push(value.yaml);
    return `__HOSTILE_${raws.length - 1}__`;
  };
  const valueOf = (value: HostileValue | NearValue, at: readonly (string | number)[]) =>
    "near" in value ? nearData(doc.getIn(at), value) : placeholder(value);
  try {
    if (m.kind === "set") {
      doc.setIn(path, doc.createNode(valueOf(m.value, path)));
    } else if (m.kind === "feature") {
      const [key, example] = FEATURES[m.feature % FEATURES.length];
      const cluster = featureCluster(doc, m);
      if (cluster === undefined) return text;
      const at = ["clusters", cluster, key];
      doc.setIn(at, doc.createNode(example));
      if (m.value) {
        const leaves = sitesOf(doc).filter(
          (p) => p.length > at.length && at.every((part, i) => p[i] === part) && isScalar(doc.getIn(p, true)),
        );
        const leaf = leaves.length > 0 ? leaves[m.leaf % leaves.length] : at;
        doc.setIn(leaf, doc.createNode(valueOf(m.value, leaf)));
      }
    } else if (m.kind === "delete") {
      doc.deleteIn(path);
    } else if (m.kind === "add-key") {
      const node = doc.getIn(path, true);
      const mapPath = isMap(node) ? path : path.slice(0, -1);
      if (!isMap(mapPath.length === 0 ? doc.contents : doc.getIn(mapPath, true))) return text;
      doc.setIn([...mapPath, m.key], doc.createNode(placeholder(m.value)));
    } else {
      const target = doc.getIn(sites[m.target % sites.length], true);
      if (!(target instanceof Object) || !("range" in target)) return text;
      const node = target as YamlNode;
      node.anchor ??= "fuzzed";
      doc.setIn(path, doc.createAlias(node as Scalar, node.anchor));
    }
    touched.push(m.kind === "feature" ? featureCluster(doc, m) : m.kind === "alias" ? undefined : clusterOf(path));
    let out = doc.toString();
    raws.forEach((raw, i) => (out = out.replace(`__HOSTILE_${i}__`, () => raw)));
    return out;
  } catch {
    return text;
  }
}

function mutateText(content: string | Buffer, m: Extract<Mutation, { kind: "text" }>): string | Buffer {
  if (typeof content !== "string") return content;
  const lines = content.split("\n");
  const line = m.at % lines.length;
  switch (m.op) {
    case "bom":
      return `\ufeff${content}`;
    case "crlf":
      return content.replace(/\n/g, "\r\n");
    case "cr":
      return content.replace(/\n/g, "\r");
    case "tabs":
      lines[line] = lines[line].replace(/^ +/, "\t");
      return lines.join("\n");
    case "truncate":
      return content.slice(0, m.at % (content.length + 1));
    case "bytes": {
      const bytes = Buffer.from(content, "utf8");
      const at = m.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    }
    case "documents":
      return `${content}\n---\nlocation: westeurope\n`;
    case "yaml-1.1":
      return `%YAML 1.1\n---\n${content}`;
    case "duplicate-line":
      lines.splice(line, 0, lines[line]);
      return lines.join("\n");
  }
}

function makeSpecial(root: string, file: string, special: SpecialFile, content: string | Buffer): void {
  const path = join(root, file);
  const replace = (make: () => void) => {
    rmSync(path, { force: true });
    make();
  };
  switch (special) {
    case "fifo":
      return replace(() => execFileSync("mkfifo", [path]));
    case "dev-zero":
      return replace(() => symlinkSync("/dev/zero", path));
    case "directory":
      return replace(() => mkdirSync(path));
    case "outside":
      return replace(() => symlinkSync("/etc/hostname", path));
    case "loop":
      return replace(() => symlinkSync(path, path));
    case "huge":
      return writeFileSync(path, Buffer.concat([Buffer.from(content), Buffer.alloc(1024 * 1024, "#")]));
    case "empty":
      return writeFileSync(path, "");
    case "yml-twin":
      return writeFileSync(path.replace(/\.yaml$/, ".yml"), content);
  }
}

/**
 * Writes the case into the copy at `root` and returns the variables that select what it changed (one
 * stack when every change is inside one cluster: fewer stacks to synthesize).
 */
export function applyCase(root: string, hostile: HostileCase): Record<string, string> {
  const environment = hostile.target === "profile" ? "prod" : hostile.environment;
  const file = hostile.target === "profile" ? PROFILE : environmentFile(environment);
  const original = readFileSync(join(root, file), "utf8");
  let content: string | Buffer = original;
  const raws: string[] = [];
  const touched: (number | undefined)[] = [];
  for (const m of hostile.mutations) {
    if (m.kind === "text") content = mutateText(content, m);
    else if (typeof content === "string") content = mutateYaml(content, m, raws, touched);
  }
  writeFileSync(join(root, file), content);
  if (hostile.special) makeSpecial(root, file, hostile.special, content);
  // One cluster's stack, the first changed one (or the first cluster when no change is in a cluster's
  // keys): the whole file is still loaded and checked, and all its stacks take several times longer.
  const clusters = parseDocument(original).toJS() as { clusters?: { name?: unknown }[] };
  const index = hostile.target === "profile" ? 0 : (touched.find((t) => t !== undefined) ?? 0);
  const name = clusters.clusters?.[index]?.name;
  return typeof name === "string" ? { PALETTE_STACK: `${environment}-${name}` } : { PALETTE_ENV: environment };
}

/**
 * What every IaaS node's cloud-config (a Terraform local per node role) gives its node, checked as
 * the node reads it: the document is YAML, its JSON and YAML files parse, and its shell environment
 * files (node.env, proxy.env) source in bash without error and without running anything (the nasty
 * strings try `touch pwned`). Empty when they are all sound.
 */
export function nodeFileFailures(root: string): string[] {
  const stacks = join(root, "cdktf.out", "stacks");
  if (!existsSync(stacks) || process.platform === "win32") return [];
  const failures: string[] = [];
  for (const stack of readdirSync(stacks)) {
    const json = join(stacks, stack, "cdk.tf.json");
    if (!existsSync(json)) continue;
    const locals = (JSON.parse(readFileSync(json, "utf8")) as { locals?: Record<string, unknown> }).locals ?? {};
    for (const [name, value] of Object.entries(locals)) {
      if (typeof value !== "string" || !value.startsWith("#cloud-config")) continue;
      let files: { path: string; content: string; encoding?: string }[];
      try {
        files = (parse(value) as { write_files?: typeof files }).write_files ?? [];
      } catch (e) {
        failures.push(`${stack} ${name}: the cloud-config is not YAML: ${(e as Error).message.split("\n")[0]}`);
        continue;
      }
      for (const f of files.filter((w) => w.encoding === undefined)) {
        const bad = (what: string) => failures.push(`${stack} ${name} ${f.path}: ${what}`);
        if (f.path.endsWith(".json")) {
          try {
            JSON.parse(f.content);
          } catch (e) {
            bad(`not JSON: ${(e as Error).message}`);
          }
        } else if (f.path.endsWith(".yaml")) {
          const errors = parseAllDocuments(f.content).flatMap((d) => ("errors" in d ? d.errors : []));
          if (errors.length > 0) bad(`not YAML: ${errors[0].message.split("\n")[0]}`);
        } else if (f.path.endsWith(".env")) {
          const dir = mkdtempSync(join(tmpdir(), "palette-shell-"));
          writeFileSync(join(dir, "settings.env"), f.content);
          const run = spawnSync("bash", [...BASH_WITHOUT_RC, "-c", "set -a; . ./settings.env"], {
            cwd: dir,
            env: {},
            encoding: "utf8",
          });
          const made = readdirSync(dir).filter((entry) => entry !== "settings.env");
          if (run.status !== 0 || run.stderr !== "" || made.length > 0)
            bad(`bash exit ${run.status}, made ${made.join(",")}: ${run.stderr}`);
          rmSync(dir, { recursive: true, force: true });
        }
      }
    }
  }
  return failures;
}

/** Runs one case in a fresh copy of stacks/ and returns how it breaks the property (empty when it holds). */
export function runCase(hostile: HostileCase): string[] {
  const root = stacksCopy();
  try {
    const vars = applyCase(root, hostile);
    const run = synthIn(root, vars);
    const failures = checkSynthesis(run);
    if (run.status === 0) failures.push(...nodeFileFailures(root));
    return failures.length === 0
      ? []
      : [...failures, `vars ${JSON.stringify(vars)}`, `stderr ${run.stderr.slice(0, 2000)}`];
  } finally {
    rmSync(root, { recursive: true, force: true });
    stacksCopy.made.pop();
  }
}
