/** Markdown the review writes: GitHub-flavoured tables and folds, with values made safe for a table cell. */

/** Longest value a cell shows whole; longer ones are cut and say how long they were. */
const CELL_LIMIT = 100;

/** A value as one table cell: one line, pipes escaped, HTML inert, long values cut. */
export function cell(value: unknown): string {
  const text = value === undefined ? "(none)" : typeof value === "string" ? value : JSON.stringify(value, undefined, 0);
  const line = text.replace(/\s*\n\s*/g, " ");
  const cut = line.length > CELL_LIMIT ? `${line.slice(0, CELL_LIMIT - 20)}… (${line.length} characters)` : line;
  return cut.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|");
}

/** An identifier in a cell, as code. */
export const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

/** A fold GitHub renders closed (or open), with Markdown inside. */
export function fold(summary: string, body: string, open = false): string {
  return `<details${open ? " open" : ""}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export const mermaidBlock = (diagram: string) => `\`\`\`mermaid\n${diagram}\n\`\`\``;
