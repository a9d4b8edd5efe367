/**
 * The review's report of one synthesis, in Markdown for a pull-request comment: what the internet can
 * reach, the policy's findings, then per stack its settings, pools, what it creates and looks up, and its
 * topology diagram.
 */
import { policySection } from "../policy/policy-section";
import { exposureOf } from "./exposure";
import { cell, code, fold, mermaidBlock, table } from "./markdown";
import { StackSummary, summarizeStack } from "./stack-summary";
import { Synthesis } from "./stack-json";
import { topologyOf } from "./topology";

export function exposureSection(synthesis: Synthesis): string {
  const rows = [...synthesis].flatMap(([stack, json]) => exposureOf(stack, json));
  const body =
    rows.length === 0
      ? "Nothing: no public IP, no public API server, no NSG rule from the internet, no public storage endpoint."
      : table(
          ["Stack", "What", "From", "Ports", "Resource"],
          rows.map((r) => [r.stack, cell(r.what), cell(r.from), cell(r.ports), code(r.address)]),
        );
  return `## Exposure: what the internet can reach\n\n${body}`;
}

const byType = (counts: ReadonlyMap<string, number>) =>
  [...counts].map(([type, n]) => `${code(type)} ${n}`).join(" · ") || "nothing";

function stackSection(summary: StackSummary, diagram: string): string {
  const total = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  const parts = [
    table(
      ["Setting", "Value"],
      summary.settings.map(([label, value]) => [cell(label), cell(value)]),
    ),
  ];
  if (summary.pools.length > 0)
    parts.push(
      table(
        ["Pool", "Kind", "VM size", "Nodes", "Zones", "Per node", "At most"],
        summary.pools.map((p) => [p.pool, p.kind, code(p.vmSize), p.nodes, p.zones, p.perNode, p.atMost].map(cell)),
      ),
    );
  parts.push(`**Creates** ${total(summary.creates)}: ${byType(summary.creates)}`);
  parts.push(`**Looks up** ${total(summary.looksUp)}: ${byType(summary.looksUp)}`);
  parts.push(mermaidBlock(diagram));
  return fold(`<b>${summary.stack}</b>: ${total(summary.creates)} resource(s)`, parts.join("\n\n"));
}

/** The report of a synthesis: exposure and policy first, then each stack, in name order. */
export function renderReport(synthesis: Synthesis, heading = "# Synthesized stacks"): string {
  const stacks = [...synthesis.keys()].sort();
  return [
    heading,
    `${stacks.length} stack(s): ${stacks.map(code).join(", ")}. Read from the synthesized JSON: this is what will be applied.`,
    exposureSection(synthesis),
    policySection(synthesis),
    "## Stacks",
    ...stacks.map((stack) =>
      stackSection(summarizeStack(stack, synthesis.get(stack)!), topologyOf(synthesis.get(stack)!)),
    ),
  ].join("\n\n");
}
