/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  // The examples import the library by its package name, as users do.
  moduleNameMapper: { "^palette-azure-cdktf$": "<rootDir>/src/index.ts" },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  // Jest's default on a 2-core machine is one worker; tests spend much of their time waiting for
  // child processes (cloud-init, Chromium, the app), so two keep both cores busy.
  maxWorkers: 2,
  // Synth tests load provider bindings; recycle workers before they grow large.
  workerIdleMemoryLimit: "400MB",
  ci: true,
};
