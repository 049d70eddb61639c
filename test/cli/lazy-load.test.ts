// `guidelint --version` and `--help` register the commands but load none of their modules: no
// library, no Ajv, no report. A loader hook records every module the process resolves.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { BASELINE_FILE_NAME } from "../../src/cli/command-table.js";
import { DEFAULT_BASELINE_FILE } from "../../src/engine/baseline.js";
import { ROOT, tempDir } from "../support/cli.js";

/** The module URLs a run of the built CLI with `args` resolved. */
function modulesLoaded(args: string[]): { status: number | null; stdout: string; modules: string[] } {
  const dir = tempDir();
  const log = path.join(dir, "loaded.txt");
  const hooks = path.join(dir, "hooks.mjs");
  writeFileSync(log, "");
  // Runs in the loader thread: fs there is synchronous and safe.
  writeFileSync(
    hooks,
    `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, result.url + "\\n");
  return result;
}
`,
  );
  const register = `import { register } from "node:module"; register(${JSON.stringify(pathToFileURL(hooks).href)});`;
  const run = spawnSync(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(register)}`, path.join(ROOT, "bin/guidelint.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8", CI: "true" },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, modules: readFileSync(log, "utf8").split("\n").filter(Boolean) };
}

const heavy = (modules: string[]) => modules.filter((url) => /\/ajv\/|\/dist\/(api|report|engine|rules|metrics|schema)[./]/.test(url));

describe("lazy command modules", () => {
  it.each([["--version"], ["--help"], ["lint", "--help"], ["report", "--help"]])("%s loads neither the library, Ajv nor the report", (...args) => {
    const run = modulesLoaded(args);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toBe("");
    expect(heavy(run.modules)).toEqual([]);
  });

  it("the hook sees the heavy modules when a command does run (so the test above can fail)", () => {
    const run = modulesLoaded(["rules", "--format", "json"]);
    expect(run.status).toBe(0);
    // The schema layer, not Ajv: its validators are compiled at build time (scripts/compile-schemas.mjs),
    // so a run loads Ajv's compiler only for a schema the build did not see.
    expect(run.modules.some((url) => url.includes("/dist/schema/ajv.js"))).toBe(true);
    expect(run.modules.some((url) => url.includes("/dist/cli/rules-command.js"))).toBe(true);
  });

  it("the lint option's default baseline file is the engine's", () => {
    expect(BASELINE_FILE_NAME).toBe(DEFAULT_BASELINE_FILE);
  });
});
