// Parses Mermaid diagrams with Mermaid's own parser, outside jest (mermaid is ESM and wants a DOM).
// stdin: a JSON object, name → diagram text; stdout: a JSON object, name → "ok" or the parser's error.
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");

let input = "";
for await (const chunk of process.stdin) input += chunk;
const results = {};
for (const [name, text] of Object.entries(JSON.parse(input))) {
  try {
    await mermaid.parse(text);
    results[name] = "ok";
  } catch (e) {
    results[name] = String(e.message ?? e)
      .split("\n")
      .slice(0, 4)
      .join(" ");
  }
}
process.stdout.write(JSON.stringify(results));
