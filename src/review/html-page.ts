/**
 * The review as one self-contained HTML page for local viewing: the same Markdown, rendered in the
 * browser by marked, with its Mermaid diagrams drawn by mermaid. Both libraries are inlined from
 * node_modules, so the page needs no network. When drawing ends, <body data-rendered> says `done`
 * or `error` (the browser test waits for it).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** A script's text made safe inside <script>: nothing in it can close the element. */
const inert = (text: string) => text.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");

function library(file: string): string {
  return inert(readFileSync(file, "utf8"));
}

const STYLE = `
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2rem auto; max-width: 1200px; color: #1f2328; padding: 0 1rem; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
code { background: #f6f8fa; padding: 0 3px; border-radius: 4px; font-size: 90%; }
details { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5rem 1rem; margin: 0.5rem 0; }
pre.mermaid { background: none; }
`;

const RENDER = `
const markdown = JSON.parse(document.getElementById("review-markdown").textContent);
document.getElementById("review").innerHTML = marked.parse(markdown);
for (const details of document.querySelectorAll("details")) details.open = true;
for (const code of document.querySelectorAll("code.language-mermaid")) {
  const diagram = document.createElement("pre");
  diagram.className = "mermaid";
  diagram.textContent = code.textContent;
  code.parentElement.replaceWith(diagram);
}
mermaid.initialize({ startOnLoad: false, securityLevel: "strict", flowchart: { htmlLabels: false } });
mermaid.run({ querySelector: "pre.mermaid" }).then(
  () => { document.body.dataset.rendered = "done"; },
  (error) => { document.body.dataset.rendered = "error"; document.body.dataset.error = String(error && error.message || error); },
);
`;

export function renderHtmlPage(markdown: string, title: string): string {
  const marked = join(dirname(require.resolve("marked")), "marked.umd.js");
  const mermaid = require.resolve("mermaid/dist/mermaid.min.js");
  const json = JSON.stringify(markdown).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</title>
<style>${STYLE}</style>
</head>
<body>
<main id="review"></main>
<script type="application/json" id="review-markdown">${json}</script>
<script>${library(marked)}</script>
<script>${library(mermaid)}</script>
<script>${RENDER}</script>
</body>
</html>
`;
}
