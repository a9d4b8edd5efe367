/** @type {import('jest').Config} */
module.exports = {
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // jest-light-runner runs test files in plain Node processes that keep what they loaded from one
  // file to the next. Jest's own runner gave every file a fresh copy of cdktf and the providers to
  // load and warm up again, and took twice as long (figures in docs/benchmarks.md). What that costs:
  // no module mocks (none are used), no per-test timeouts (processes the tests start time out, see
  // PROCESS_TIMEOUT_MS, and .ci/run bounds the whole run), expect.assertions unchecked (lint refuses
  // it), and a test that changes a module's state sets it back.
  runner: "jest-light-runner/child-process",
  // Node reads the TypeScript through tsx's loader; type errors are tsc's (npm test runs it first).
  // tsx also resolves `palette-azure-cdktf`, which the examples import as users do, to src/index.ts
  // (tsconfig.json's paths), not to a possibly stale dist/.
  setupFiles: ["<rootDir>/test/load-typescript.mjs"],
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  // Tests spend much of their time waiting for child processes (cloud-init, Chromium, the app), so
  // two processes keep both cores of a 2-core machine busy.
  maxWorkers: 2,
  ci: true,
};
