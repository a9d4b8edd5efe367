// CI: the library as a user gets it. `npm run build` has written dist/; this requires the package by
// its name (package.json "exports", as an installed copy resolves it; plain node, no TypeScript) and
// checks that what README and docs/library.md promise is there, with its declarations.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const library = require("palette-azure-cdktf");
const promised = [
  "AksClusterStack",
  "IaasClusterStack",
  "PacksStack",
  "SharedStack",
  "ClusterNetwork",
  "ClusterStorage",
  "AksCluster",
  "IaasCluster",
  "resolveIaasPlan",
  "iaasPlanIssues",
  "resolveAksPlan",
  "aksPlanIssues",
  "resolveNetworkPlan",
  "loadEnvironmentFile",
  "synthesize",
];
const missing = promised.filter((name) => typeof library[name] !== "function");
const files = ["dist/index.d.ts", "dist/stacks/iaas-cluster-stack.d.ts"].filter((f) => !existsSync(join(root, f)));
if (missing.length > 0 || files.length > 0) {
  console.error(
    `package incomplete: missing exports: ${missing.join(", ") || "none"}; missing files: ${files.join(", ") || "none"}`,
  );
  process.exit(1);
}
console.log(`package ok: ${Object.keys(library).length} exports from ${require.resolve("palette-azure-cdktf")}`);
