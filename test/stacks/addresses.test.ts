/**
 * Terraform addresses are part of the product: reviewers read them, operators type them, and a
 * changed address destroys and recreates the resource. Every address of the default stacks is
 * pinned in addresses.txt; one that changes needs a MOVED_ADDRESSES entry (src/stacks/moved-addresses.ts)
 * before the list may be rewritten with `UPDATE_ADDRESSES=1 npx jest test/stacks/addresses.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { synthesize } from "../../src/app/synthesize";
import { MOVED_ADDRESSES } from "../../src/stacks/moved-addresses";
import { addressesOf, withMovedBlocks } from "../../src/stacks/readable-stack";
import { REPO_ROOT, tempDir } from "../helpers";

const PINNED = join(__dirname, "addresses.txt");
const outdir = join(tempDir(), "cdktf.out");
const { stacks } = synthesize({ repoRoot: REPO_ROOT, outdir, vars: {} });
const json = (stack: string) => JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));

/** `<stack> <address>` for every resource, data source, output and local of every default stack. */
const current = stacks
  .flatMap((stack) => {
    const j = json(stack);
    const named = (section: string, prefix: string) => Object.keys(j[section] ?? {}).map((n) => `${prefix}${n}`);
    return [...addressesOf(j), ...named("output", "output."), ...named("locals", "local.")].map((a) => `${stack} ${a}`);
  })
  .sort();

if (process.env.UPDATE_ADDRESSES === "1") writeFileSync(PINNED, `${current.join("\n")}\n`);

describe("Terraform addresses", () => {
  const pinned = existsSync(PINNED) ? readFileSync(PINNED, "utf8").trim().split("\n") : [];

  it("are readable: snake-case construct paths, no hashes", () => {
    const unreadable = current.filter(
      (line) => !/^\S+ (data\.|output\.|local\.)?([a-z0-9_]+\.)?[a-z0-9_]+$/.test(line),
    );
    expect(unreadable).toEqual([]);
    expect(current.filter((line) => /_[0-9A-F]{8}\b/.test(line))).toEqual([]);
  });

  it("stay as pinned, or move with a moved block", () => {
    const gone = pinned.filter((line) => !current.includes(line));
    const unmoved = gone.filter((line) => {
      const [stack, address] = line.split(" ");
      return !MOVED_ADDRESSES.some(
        (m) => m.stack === stack && m.from === address && current.includes(`${stack} ${m.to}`),
      );
    });
    expect({ unmoved, fix: "add MOVED_ADDRESSES entries, then UPDATE_ADDRESSES=1" }).toEqual({
      unmoved: [],
      fix: "add MOVED_ADDRESSES entries, then UPDATE_ADDRESSES=1",
    });
    expect({ added: current.filter((line) => !pinned.includes(line)), fix: "UPDATE_ADDRESSES=1 and review" }).toEqual({
      added: [],
      fix: "UPDATE_ADDRESSES=1 and review",
    });
  });

  it("a moved entry becomes a moved block in its stack, only while its target exists there", () => {
    const stack = { resource: { azurerm_subnet: { network_worker_subnet: {} } } };
    const moved = [
      { stack: "prod-edge", from: "azurerm_subnet.workers", to: "azurerm_subnet.network_worker_subnet" },
      { stack: "prod-edge", from: "azurerm_subnet.old", to: "azurerm_subnet.gone" },
      { stack: "dev-edge", from: "azurerm_subnet.x", to: "azurerm_subnet.network_worker_subnet" },
    ];
    expect(withMovedBlocks("prod-edge", stack, moved)).toEqual({
      ...stack,
      moved: [{ from: "azurerm_subnet.workers", to: "azurerm_subnet.network_worker_subnet" }],
    });
    expect(withMovedBlocks("staging-edge", stack, moved)).toEqual(stack);
  });
});
