// After `guidelint import`, a finding on an imported YAML record names the export's cell it came
// from — the same cell `lint <export>` reports — until the record is edited by hand.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { importExports } from "../../src/import/import-exports.js";
import { SOURCE_MAP_FILE } from "../../src/import/source-map.js";
import { ROOT, runCli, tempDir } from "../support/cli.js";
import { ITEMS, nationalCsv } from "../support/national-csv.js";

const SCHEMA = path.join(ROOT, "schemas", "service-guide.schema.json");
const key = (f: { ruleId: string; messageId: string; path: readonly (string | number)[]; itemCode?: string }) =>
  `${f.itemCode} ${f.ruleId} ${f.messageId} ${JSON.stringify(f.path)}`;

function imported() {
  const dir = tempDir({ "清单.csv": nationalCsv(ITEMS) });
  const result = importExports({ files: [path.join(dir, "清单.csv")], outDir: path.join(dir, "catalog"), schemaFile: SCHEMA });
  expect(result.written).toHaveLength(ITEMS.length);
  return { dir, written: result.written };
}

describe("source map", () => {
  it("names, for every finding of an imported record, the cell lint-in-place reports it at", async () => {
    const { dir } = imported();
    const inPlace = await lint({ cwd: dir, paths: ["清单.csv"] });
    const cells = new Map(inPlace.results[0].findings.map((f) => [key(f), f.cell?.cell]));
    const onYaml = await lint({ cwd: dir, paths: ["catalog"] });
    const findings = onYaml.results.flatMap((r) => r.findings.map((f) => ({ ...f, itemCode: f.itemCode ?? r.itemCode })));
    expect(findings.length).toBe(cells.size);
    for (const f of findings) expect(f.origin, key(f)).toEqual({ file: "清单.csv", place: cells.get(key(f)) });
  });

  it("drops the origin of a record edited since the import, keeps the others'", async () => {
    const { dir, written } = imported();
    const edited = written.find((file) => file.includes(ITEMS[1].code))!;
    appendFileSync(edited, "# checked by hand\n");
    const run = await lint({ cwd: dir, paths: ["catalog"] });
    for (const result of run.results) {
      const origins = result.findings.map((f) => f.origin);
      if (result.filePath === edited) expect(origins.every((o) => o === undefined)).toBe(true);
      else expect(origins.every((o) => o?.file === "清单.csv")).toBe(true);
    }
    expect(run.results.some((r) => r.filePath === edited && r.findings.length > 0)).toBe(true);
  });

  it("keeps the entries of an earlier import into the same catalog, and ignores a broken map", async () => {
    const { dir } = imported();
    const other = path.join(dir, "other.csv");
    writeFileSync(other, nationalCsv([{ ...ITEMS[0], code: "11510921MB1538709A4000117609999" }]));
    importExports({ files: [other], outDir: path.join(dir, "catalog"), schemaFile: SCHEMA });
    const map = JSON.parse(readFileSync(path.join(dir, "catalog", SOURCE_MAP_FILE), "utf8"));
    expect(
      Object.values(map.records)
        .map((e) => (e as { file: string }).file)
        .sort(),
    ).toEqual(["other.csv", "清单.csv", "清单.csv", "清单.csv"]);

    writeFileSync(path.join(dir, "catalog", SOURCE_MAP_FILE), "{ not json");
    const run = await runCli(["lint", "catalog", "--format", "json"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('"origin"');
  });
});

describe("source map of a workbook with a materials sheet", () => {
  it("names a material's cell on its own sheet, the item's on the item sheet", async () => {
    const { generateWorkbook } = await import("../support/workbooks.js");
    const { bytes } = generateWorkbook({ layout: "materials-sheet", items: 3, seed: 3, defects: ["vague-material", "bad-phone"] });
    const dir = tempDir();
    writeFileSync(path.join(dir, "清单.xlsx"), bytes);
    importExports({ files: [path.join(dir, "清单.xlsx")], outDir: path.join(dir, "catalog"), schemaFile: SCHEMA });
    const inPlace = await lint({ cwd: dir, paths: ["清单.xlsx"] });
    const expected = inPlace.results[0].findings.map((f) => `${key(f)} ${f.cell?.sheet}!${f.cell?.cell}`).sort();
    const onYaml = await lint({ cwd: dir, paths: ["catalog"] });
    const traced = onYaml.results.flatMap((r) => r.findings.map((f) => `${key({ ...f, itemCode: f.itemCode ?? r.itemCode })} ${f.origin?.place}`)).sort();
    expect(expected.some((e) => e.includes("申请材料!"))).toBe(true);
    expect(traced).toEqual(expected);
  });
});
