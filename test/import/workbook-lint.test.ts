// Generated workbooks lint as their seeds say: clean items give no finding, and every seeded
// defect is found by its rule at the cell it was placed in.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { importExports, importRecords } from "../../src/import/import-exports.js";
import { cellOfPath } from "../../src/import/origins.js";
import { ROOT, tempDir } from "../support/cli.js";
import { DEFECT_RULES, type DefectKind, generateWorkbook, type WorkbookLayout } from "../support/workbooks.js";

const SCHEMA = path.join(ROOT, "schemas", "service-guide.schema.json");

/** Each finding of the imported workbook as `rule place`, the place being the cell its path came from. */
async function findingsAtCells(bytes: Uint8Array): Promise<string[]> {
  const dir = tempDir();
  const file = path.join(dir, "清单.xlsx");
  writeFileSync(file, bytes);
  const { written } = importExports({ files: [file], outDir: path.join(dir, "catalog"), schemaFile: SCHEMA });
  const { records } = importRecords([file]);
  const byFile = new Map(written.map((w, i) => [path.relative(dir, w), records[i]]));
  const run = await lint({ cwd: dir, paths: ["catalog"] });
  return run.results.flatMap((r) =>
    r.findings.map((f) => {
      const record = byFile.get(r.file) ?? byFile.get(path.relative(dir, path.resolve(dir, r.file)));
      return `${f.ruleId} ${record ? cellOfPath(record.origin, f.path ?? []).place : r.file}`;
    }),
  );
}

const LAYOUTS: WorkbookLayout[] = ["per-item", "per-material-merged", "materials-sheet", "form"];

describe("generated workbooks, linted", () => {
  it.each(LAYOUTS)("%s: clean items have no finding", async (layout) => {
    expect(await findingsAtCells(generateWorkbook({ layout, items: 6, seed: 5 }).bytes)).toEqual([]);
  });

  it.each(LAYOUTS)("%s: every seeded defect is found by its rule at its cell", async (layout) => {
    const defects = Object.keys(DEFECT_RULES) as DefectKind[];
    const { bytes, seeded } = generateWorkbook({ layout, items: 9, seed: 17, defects, sharedStrings: layout !== "form" });
    const findings = await findingsAtCells(bytes);
    for (const defect of seeded) expect(findings, defect.kind).toContain(`${defect.rule} ${defect.place}`);
  });
});
