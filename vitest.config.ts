import { configDefaults, defineConfig } from "vitest/config";

// Measures its own CPU time (process.cpuUsage, which counts every thread of the process): it runs
// in a process of its own, not in a worker thread beside other test files.
const CPU_TIMED = "test/channels/adversarial.test.ts";

export default defineConfig({
  test: {
    // Builds dist/ when it is older than src/: the CLI tests run the built CLI in-process.
    globalSetup: ["test/support/global-setup.ts"],
    // The CLI runs in-process (tens of ms a run), so no test waits on a child process but the
    // handful in test/cli/smoke.e2e.test.ts, which set their own limit. The default 5 s is still
    // tight for the sample-catalog fix test (several whole-catalog lints) on a 2-core machine
    // shared with other jobs: 15 s leaves room for that, and still ends a hung test soon.
    testTimeout: 15_000,
    // Measured on the 2-core machine (test/cli, scenarios, formatters, report, rules, channels,
    // metrics): forks with isolation 40–49 s, threads 36–40 s, forks without isolation 20–24 s,
    // threads without isolation 17 s. Most of the cost was importing src/ afresh for each file.
    // No test relies on a fresh module: none mocks a module or changes one's state, and the one
    // process global a test sets (FORCE_COLOR, test/support/cli.ts) is put back.
    pool: "threads",
    isolate: false,
    projects: [
      { extends: true, test: { name: "unit", exclude: [...configDefaults.exclude, CPU_TIMED] } },
      { extends: true, test: { name: "cpu-timed", include: [CPU_TIMED], pool: "forks" } },
    ],
  },
});
