// The app's prebuilt JavaScript: stacks/main.ts and everything it imports (cdktf, the provider classes,
// yaml, zod), bundled by esbuild into build/app.js, so a synthesis starts without a TypeScript loader.
// `ensureAppBuilt()` rebuilds first when any source is newer than the bundle, so nobody runs stale code.
// Plain CommonJS: it runs before anything is built.
"use strict";
const { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const BUNDLE = join(ROOT, "build", "app.js");

/** Every file the bundle is made from: our TypeScript, the dependencies' versions, and this script. */
function sources() {
  const files = [join(ROOT, "package-lock.json"), join(ROOT, "tsconfig.json"), __filename];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) files.push(path);
    }
  };
  walk(join(ROOT, "src"));
  for (const name of readdirSync(join(ROOT, "stacks")))
    if (name.endsWith(".ts")) files.push(join(ROOT, "stacks", name));
  return files.filter((file) => existsSync(file));
}

function isStale() {
  // A bundle without its map (built before there were maps) would give PALETTE_DEBUG unmapped traces.
  if (!existsSync(BUNDLE) || !existsSync(`${BUNDLE}.map`)) return true;
  const built = statSync(BUNDLE).mtimeMs;
  return sources().some((file) => statSync(file).mtimeMs > built);
}

function buildApp() {
  const esbuild = require("esbuild");
  mkdirSync(join(ROOT, "build"), { recursive: true });
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [join(ROOT, "stacks", "main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: BUNDLE,
    write: false,
    // Without whitespace and with simpler syntax, a third smaller: a synthesis reads and compiles it
    // ~7% faster. Names stay; with PALETTE_DEBUG, stacks/app.cjs maps stack traces back to the sources.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: "linked",
    legalComments: "none",
    logLevel: "warning",
  });
  // Each file written beside, then renamed: a concurrent run reads the old bundle or the new one, never half
  // of one. The map first, so a new bundle never points at an old map.
  for (const file of [...outputFiles].sort((a, b) => b.path.length - a.path.length)) {
    const partial = `${file.path}.${process.pid}.partial`;
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
  }
}

/** Builds the bundle if it is missing or older than a source; returns its path. */
function ensureAppBuilt() {
  if (isStale()) buildApp();
  return BUNDLE;
}

module.exports = { ensureAppBuilt, buildApp, BUNDLE };

if (require.main === module) buildApp();
