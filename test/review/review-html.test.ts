/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The review page (`npm run review -- --html`) opened in a real browser (Debian's chromium, headless,
 * through playwright-core): the Markdown renders, and every Mermaid diagram becomes an SVG with the
 * expected nodes and no error, with no network.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { renderDiff } from "../../src/review/diff-report";
import { renderHtmlPage } from "../../src/review/html-page";
import { renderReport } from "../../src/review/report";
import { diffSyntheses } from "../../src/review/synthesis-diff";
import { tempDir } from "../helpers";
import { CHROMIUM, describeWithTool } from "../system-tool";
import { edit, synthesisOf } from "./edited-synthesis";

interface PageState {
  readonly rendered: string | undefined;
  readonly error: string | undefined;
  readonly headings: readonly string[];
  readonly diagrams: readonly { readonly svg: boolean; readonly labels: string; readonly error: boolean }[];
  readonly requests: readonly string[];
}

describeWithTool(CHROMIUM, "the review page in a browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox"] });
  }, 60_000);
  afterAll(async () => browser?.close());

  it("renders the report and the diff, every diagram as an SVG with its nodes", async () => {
    const base = synthesisOf("prod");
    const head = synthesisOf("prod", (y) => edit(y, "vmSize: Standard_D8ds_v5", "vmSize: Standard_D16ds_v5"));
    const markdown = `${renderDiff(diffSyntheses(base, head), "main")}\n\n${renderReport(head, "## The stacks after this change")}`;
    const file = join(tempDir(), "review.html");
    writeFileSync(file, renderHtmlPage(markdown, "Review against main"));

    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => document.body.dataset.rendered !== undefined, undefined, { timeout: 60_000 });
    const state: PageState = {
      ...(await page.evaluate(() => ({
        rendered: document.body.dataset.rendered,
        error: document.body.dataset.error,
        headings: [...document.querySelectorAll("h1, h2")].map((h) => h.textContent ?? ""),
        diagrams: [...document.querySelectorAll("pre.mermaid")].map((d) => ({
          svg: d.querySelector("svg") !== null,
          labels: [...d.querySelectorAll("g.node, g.cluster")].map((n) => n.textContent?.trim()).join(" | "),
          error: /Syntax error/i.test(d.textContent ?? ""),
        })),
      }))),
      requests: requests.filter((url) => !url.startsWith("file://")),
    };
    await page.close();

    expect(pageErrors).toEqual([]);
    expect(state.rendered).toBe("done");
    expect(state.error).toBeUndefined();
    expect(state.requests).toEqual([]);
    expect(state.headings).toEqual([
      "Review against main",
      "Changes",
      "The stacks after this change",
      "Exposure: what the internet can reach",
      "Policy",
      "Stacks",
    ]);
    expect(state.diagrams).toHaveLength(4);
    for (const diagram of state.diagrams) expect(diagram).toMatchObject({ svg: true, error: false });
    const [apps, , edge, edgePacks] = state.diagrams.map((d) => d.labels);
    expect(apps).toContain("AKS pool apps: 3-30 x Standard_D16ds_v5");
    expect(apps).toContain("subnet apps-prod-worker-subnet 10.30.16.0/20, NSG apps-prod-worker-nsg");
    expect(edge).toContain("control plane: 3 x Standard_D4s_v5");
    expect(edge).toContain("LB edge-prod-apiserver-lb");
    expect(edgePacks).toContain("namespace monitoring");
  }, 90_000);
});
