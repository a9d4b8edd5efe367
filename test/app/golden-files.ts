/**
 * The golden form of a synthesized stack, for review: its JSON as synthesized, except that every
 * long file a node's cloud-config writes (the bootstrap script, the join renewal, RBAC manifests) is
 * kept once under test/app/golden/files/, by content hash, and the stack refers to it. A one-line
 * fix of the bootstrap then changes one file, not every IaaS stack.
 */
import { createHash } from "node:crypto";

/** Files shorter than this stay inline: they carry the stack's own values (proxy, kubeadm settings). */
const MIN_EXTRACTED_LINES = 20;

export interface GoldenStack {
  /** The stack's JSON, pretty-printed, with long cloud-config files replaced by `<<file:NAME>>`. */
  readonly json: string;
  /** NAME → content of the files it refers to. */
  readonly files: ReadonlyMap<string, string>;
}

export function goldenStack(json: Record<string, unknown>): GoldenStack {
  const files = new Map<string, string>();
  const locals = json.locals as Record<string, unknown> | undefined;
  const replaced = !locals
    ? json
    : {
        ...json,
        locals: Object.fromEntries(
          Object.entries(locals).map(([name, value]) => [
            name,
            typeof value === "string" && value.startsWith("#cloud-config") ? extractFiles(value, files) : value,
          ]),
        ),
      };
  return { json: `${JSON.stringify(replaced, null, 2)}\n`, files };
}

/** cloud-config `write_files` entries: `  - path: P` then `    content: |` and the block indented by six. */
function extractFiles(cloudConfig: string, files: Map<string, string>): string {
  return cloudConfig.replace(
    /( {2}- path: (\S+)\n {4}content: \|\n)((?: {6}.*\n|\n)+)/g,
    (whole, head: string, path: string, block: string) => {
      if (block.split("\n").length < MIN_EXTRACTED_LINES) return whole;
      const content = block.replace(/^ {6}/gm, "");
      const name = `${path.split("/").pop()}-${createHash("sha256").update(content).digest("hex").slice(0, 12)}`;
      files.set(name, content);
      return `${head}      <<file:${name}>>\n`;
    },
  );
}
