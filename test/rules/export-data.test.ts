// export-data: what the importer cannot make part of an item, reported at its cell when an export
// is linted in place. Its fixtures are exports (CSV), so they are linted through lint(), not as YAML.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { ROOT, tempDir } from "../support/cli.js";

const DIR = path.join(ROOT, "fixtures/rules/export-data");

const CASES: [file: string, expected: string[]][] = [
  ["valid/national-per-material.csv", []],
  ["invalid/orphan-row.csv", ["A2 export-data importOrphanRow error"]],
  ["invalid/no-header.csv", ["1:1 export-data importNoHeader error"]],
  ["invalid/code-as-number.csv", ["B2 export-data importCodeRepaired warning"]],
  // The code-format finding is the same cell's: the value as it reached the record.
  ["invalid/precision-lost.csv", ["B2 code-format baseCodeCharacters error", "B2 export-data importPrecisionLost error"]],
  // Past the open quote the row is one cell: its item lacks every later element (schema says so).
  ["invalid/unclosed-quote.csv", ["1:1 export-data importBadCsv error", "R2 schema required error", "S2 schema required error", "V2 schema required error"]],
];

describe("export-data", () => {
  it.each(CASES)("%s", async (file, expected) => {
    // In a folder of its own: under the repository, the sample catalog's config would join the run.
    const cwd = tempDir({ [path.basename(file)]: readFileSync(path.join(DIR, file), "utf8") });
    const run = await lint({ cwd, paths: [path.basename(file)] });
    const found = run.results.flatMap((r) => r.findings.map((f) => `${f.cell?.cell ?? `${f.line}:${f.column}`} ${f.ruleId} ${f.messageId} ${f.severity}`));
    expect(found.sort()).toEqual([...expected].sort());
  });
});
