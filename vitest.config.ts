import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // End-to-end tests start the CLI as a child process several times per test; on a 2-core
    // machine running test files side by side, 5 s is too tight.
    testTimeout: 30_000,
  },
});
