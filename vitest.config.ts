import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Builds dist/ when it is older than src/: the CLI tests run the built CLI in-process.
    globalSetup: ["test/support/global-setup.ts"],
    // The CLI runs in-process (tens of ms a run), so no test waits on a child process but the
    // handful in test/cli/smoke.e2e.test.ts, which set their own limit. The default 5 s is still
    // tight for the sample-catalog fix test (several whole-catalog lints) on a 2-core machine
    // shared with other jobs: 15 s leaves room for that, and still ends a hung test soon.
    testTimeout: 15_000,
  },
});
