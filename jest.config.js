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
  // Synth tests load provider bindings; recycle workers before they grow large. Each recycle reloads
  // cdktf and the providers: measured here, 400MB took 142 s (largest process 638 MB), 600MB 102 s
  // (834 MB), 1GB 97 s (1.0 GB).
  workerIdleMemoryLimit: "600MB",
  ci: true,
};
