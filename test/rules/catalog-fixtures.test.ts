// Catalog-wide and channel rules, on small catalogs: each case is a folder under
// fixtures/rules/<rule>/{valid,invalid}/ with its own guidelint.config.yaml; every YAML file in it
// (items and snapshots) carries `# expect:` markers, and the findings of a lint of the whole folder
// must equal them exactly.
import { readFileSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { findingMessage } from "../../src/i18n/finding-message.js";
import { expectedMarkers, FIXTURES_DIR } from "../support/fixtures.js";

const cases = fg
  .sync("rules/*/{valid,invalid}/*/guidelint.config.yaml", { cwd: FIXTURES_DIR })
  .map((config) => path.dirname(config))
  .sort();

describe("catalog rule fixtures", () => {
  it("exist for every catalog and channel rule", () => {
    const rules = new Set(cases.map((c) => c.split("/")[1]));
    expect([...rules].sort()).toEqual([
      "base-catalog-match",
      "code-unique",
      "cross-level-consistency",
      "same-source-mismatch",
      "same-source-missing",
      "same-source-orphan",
      "same-source-stale",
    ]);
  });

  it.each(cases)("%s", async (caseDir) => {
    const cwd = path.join(FIXTURES_DIR, caseDir);
    const run = await lint({ cwd });
    const files = fg.sync("**/*.{yaml,yml}", { cwd, ignore: ["guidelint.config.yaml"] }).sort();
    const expected = files.flatMap((file) => expectedMarkers(readFileSync(path.join(cwd, file), "utf8")).map((m) => `${file}:${m}`)).sort();
    const actual = run.results.flatMap((r) => r.findings.map((f) => `${r.file}:${f.line}:${f.ruleId}`)).sort();
    const explain = run.results.flatMap((r) => r.findings.map((f) => `${r.file}:${f.line}:${f.column} ${f.ruleId} ${findingMessage(f, "en")}`)).join("\n");
    const ruleOfFolder = caseDir.split("/")[1];
    if (caseDir.includes("/invalid/")) expect(expected.some((m) => m.endsWith(`:${ruleOfFolder}`))).toBe(true);
    else expect(expected).toEqual([]);
    expect(actual, explain).toEqual(expected);
  });
});
