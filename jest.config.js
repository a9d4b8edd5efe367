/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  // The examples import the library by its package name, as users do.
  moduleNameMapper: { "^palette-azure-cdktf$": "<rootDir>/src/index.ts" },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  // Synth tests load provider bindings; recycle workers before they grow large.
  workerIdleMemoryLimit: "1GB",
  ci: true,
};
