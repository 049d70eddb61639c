// Workbooks in every layout and every .xls variant, written here with SheetJS, read back.
import { writeFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { importRecords } from "../../src/import/import-exports.js";
import { recordsOfTable } from "../../src/import/join-rows.js";
import { cellOfPath } from "../../src/import/origins.js";
import { readWorkbookTables } from "../../src/import/read-workbook.js";
import type { ImportDiagnostic } from "../../src/import/table.js";
import { DEFAULT_LIMITS, type WorkbookLimits } from "../../src/import/workbook-limits.js";
import { tempDir } from "../support/cli.js";
import { DEFECT_RULES, type DefectKind, generateWorkbook, type WorkbookLayout } from "../support/workbooks.js";

/** The diagnostics as their place names them; the structured cell (`at`) is the same place, checked in origins; `file` is the input. */
const placesOnly = (diagnostics: ImportDiagnostic[]) => diagnostics.map(({ at: _at, file: _file, ...rest }) => rest);

type Cell = string | number | boolean | Date | null;

/** A workbook of the given sheets (rows of cells; `merges` in A1 ranges), as bytes. */
function workbook(sheets: Record<string, { rows: Cell[][]; merges?: string[] }>, bookType: XLSX.BookType = "xlsx", bookSST = true): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, { rows, merges }] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
    if (merges) sheet["!merges"] = merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return new Uint8Array(XLSX.write(book, { type: "buffer", bookType, bookSST }) as Buffer);
}

function importBytes(bytes: Uint8Array, name = "清单.xlsx") {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  return importRecords([file]);
}

const LAYOUTS: WorkbookLayout[] = ["per-item", "per-material-merged", "materials-sheet", "form"];
const FORMATS = ["xlsx", "biff8", "xlml", "html"] as const;
const ALL_DEFECTS = Object.keys(DEFECT_RULES) as DefectKind[];

// The record path a defect's finding is at, as the rule reports it.
function pathOf(kind: DefectKind, materialIndex: number): (string | number)[] {
  const paths: Record<DefectKind, (string | number)[]> = {
    "promised-over-legal": ["timeLimit", "promised", "value"],
    "vague-material": ["materials", materialIndex, "name"],
    "bad-phone": ["phone"],
    "runs-without-reason": ["runs"],
    "bad-code": ["code"],
    "repealed-law": ["legalBasis", 0, "law"],
    "unknown-code": ["processing"],
  };
  return paths[kind];
}

describe("workbook layouts × formats × string storage", () => {
  for (const layout of LAYOUTS) {
    // An HTML table is one sheet: the layouts of several sheets cannot be written as one.
    for (const bookType of FORMATS.filter((f) => f !== "html" || layout === "per-item" || layout === "per-material-merged")) {
      for (const sharedStrings of bookType === "xlsx" ? [true, false] : [true]) {
        it(`${layout}, ${bookType}${bookType === "xlsx" ? (sharedStrings ? ", shared strings" : ", inline strings") : ""}: every item, its materials, and each value's real cell`, () => {
          const { bytes, seeded } = generateWorkbook({ layout, items: 4, seed: 7, defects: ALL_DEFECTS.slice(0, 4), sharedStrings, bookType });
          const result = importBytes(bytes, `清单.${bookType === "xlsx" ? "xlsx" : "xls"}`);
          expect(result.unreadable).toEqual([]);
          expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
          expect(result.records).toHaveLength(4);
          for (const { record } of result.records) {
            expect(record.materials).toHaveLength(layout === "per-item" ? 1 : 3);
            // Numeric 0 stays 0; text codes keep their leading zeros.
            expect(record.baseCode).toMatch(/^0001176\d{5}$/);
            expect(record.type).toBe("administrative-license");
          }
          for (const defect of seeded) {
            const found = result.records.find((r) => r.record.code === defect.code);
            if (!found) throw new Error(`no record ${defect.code} for ${defect.kind}`);
            const materialIndex = (found.record.materials as { name: string }[]).findIndex((m) => m.name === "其他材料");
            expect(cellOfPath(found.origin, pathOf(defect.kind, materialIndex)).place).toBe(defect.place);
          }
        });
      }
    }
  }
});

describe("cell values", () => {
  const header = ["实施编码", "基本编码", "事项名称", "事项类型", "到现场次数", "承诺办结时限", "是否收费", "材料名称", "份数"];
  it("keeps numeric 0, text codes with leading zeros, repairs a short numeric code and flags a huge one", () => {
    const bytes = workbook({
      事项: {
        rows: [
          header,
          ["C1", "000117600000", "甲", "01", 0, 0, false, "申请书", 1],
          ["C2", 117600001, "乙", 1, 1, 5, true, "申请书", 2],
          ["C3", 114507211234567890, "丙", "01", 0, 0, 0, "申请书", 0],
        ],
      },
    });
    const { records, diagnostics } = importBytes(bytes);
    const [c1, c2, c3] = records.map((r) => r.record);
    expect(c1).toMatchObject({ baseCode: "000117600000", runs: 0, timeLimit: { promised: { value: 0 } }, fee: { charged: false } });
    expect(c2).toMatchObject({ baseCode: "000117600001", type: "administrative-license", runs: 1, fee: { charged: true } });
    expect(c3.baseCode).toBe("1.1450721123456789E+17");
    expect(placesOnly(diagnostics)).toEqual([
      { severity: "warning", place: "事项!B3", id: "importCodeRepaired", data: { field: "baseCode", value: "117600001", repaired: "000117600001" } },
      { severity: "error", place: "事项!B4", id: "importPrecisionLost", data: { field: "baseCode", value: "1.1450721123456789E+17" } },
    ]);
  });

  it("reads a date cell as an ISO date and never evaluates a formula (the cached value is read)", () => {
    const book = XLSX.utils.book_new();
    const sheet = XLSX.utils.aoa_to_sheet(
      [
        ["实施编码", "事项名称", "事项类型", "办理时间", "到现场次数"],
        ["C1", "甲", "01", new Date(Date.UTC(2026, 0, 5)), 0],
      ],
      { cellDates: true },
    );
    sheet.E2 = { t: "n", v: 3, f: "1+1" };
    XLSX.utils.book_append_sheet(book, sheet, "事项");
    const { records } = importBytes(new Uint8Array(XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer));
    expect(records[0].record).toMatchObject({ runs: 3 });
    // 办理时间 goes with the address; without 办理地点 there is none, so look at the table cell.
    expect(records[0].origin.table.rows[1].cells[3]).toBe("2026-01-05");
  });

  it("gives every row of a merged material cell the merged value (来源渠道 merged over two materials)", () => {
    const bytes = workbook({
      事项: {
        rows: [
          ["实施编码", "事项名称", "事项类型", "材料名称", "来源渠道"],
          ["C1", "甲", "01", "申请书", "10"],
          [null, null, null, "身份证", null],
          [null, null, null, "营业执照", "20"],
        ],
        merges: ["A2:A3", "B2:B3", "E2:E3"],
      },
    });
    const { records, diagnostics } = importBytes(bytes);
    expect(diagnostics).toEqual([]);
    expect(records[0].record.materials).toEqual([
      { name: "申请书", source: "applicant" },
      { name: "身份证", source: "applicant" },
      { name: "营业执照", source: "government" },
    ]);
    // The filled cell is named where the material's row is.
    expect(cellOfPath(records[0].origin, ["materials", 1, "source"]).place).toBe("事项!E3");
  });
});

describe("places in diagnostics", () => {
  it("names the materials sheet's own cell (申请材料!C5) and its orphan rows", () => {
    const bytes = workbook({
      事项: {
        rows: [
          ["实施编码", "事项名称", "事项类型", "实施主体"],
          ["C1", "甲", "01", "局"],
          ["C2", "乙", "01", "局"],
        ],
      },
      申请材料: {
        rows: [
          ["实施编码", "事项名称", "材料名称", "来源渠道"],
          ["C1", "甲", "申请书", "10"],
          [null, null, "身份证", "10"],
          ["C2", "乙", "营业执照", "20"],
          ["C2", "乙", "照片", "77"],
          ["C9", "?", "孤儿", "10"],
        ],
        merges: ["A2:A3"],
      },
    });
    const { records, diagnostics } = importBytes(bytes);
    expect(records.map((r) => [r.record.code, (r.record.materials as { name: string }[]).map((m) => m.name)])).toEqual([
      ["C1", ["申请书", "身份证"]],
      ["C2", ["营业执照", "照片"]],
    ]);
    expect(placesOnly(diagnostics)).toEqual([
      { severity: "error", place: "申请材料!A6", id: "importOrphanMaterial", data: { code: "C9", sheet: "事项" } },
      { severity: "warning", place: "申请材料!D5", id: "importUnmappedValue", data: { field: "material.source", value: "77" } },
    ]);
    expect(cellOfPath(records[1].origin, ["materials", 1, "name"]).place).toBe("申请材料!C5");
    expect(cellOfPath(records[1].origin, ["materials", 0])).toMatchObject({ sheet: "申请材料", cell: "C4", row: 4, column: 3 });
  });

  it("quotes a sheet name the way Excel does ('Sheet 1'!B2) and skips a sheet without a header with a warning", () => {
    const bytes = workbook({
      填表说明: { rows: [["请按国家标准填写"], ["本表由县政务服务中心汇总"]] },
      "Sheet 1": {
        rows: [
          ["实施编码", "事项名称", "事项类型"],
          ["C1", "甲", "99"],
        ],
      },
    });
    const { records, diagnostics } = importBytes(bytes);
    expect(records).toHaveLength(1);
    expect(placesOnly(diagnostics)).toEqual([
      { severity: "warning", place: "填表说明!A1", id: "importSheetSkipped", data: { sheet: "填表说明" } },
      { severity: "warning", place: "'Sheet 1'!C2", id: "importUnmappedValue", data: { field: "type", value: "99" } },
    ]);
  });

  it("is an error naming the first sheet when no sheet has a header", () => {
    const { records, diagnostics } = importBytes(
      workbook({
        目录: {
          rows: [
            ["序号", "事项名称"],
            [1, "甲"],
          ],
        },
      }),
    );
    expect(records).toEqual([]);
    expect(diagnostics).toMatchObject([{ severity: "error", id: "importNoHeader", place: "目录!A1" }]);
  });

  it("reads a form sheet with label | value pairs side by side and names the value's cell", () => {
    const bytes = workbook({
      表二: {
        rows: [
          ["政务服务事项内容信息表"],
          ["事项名称", "食品经营许可", "事项类型", "01"],
          ["实施编码", "C1", "实施主体", "局"],
          ["行政区划", "510921", "到现场次数", 0],
          ["服务对象", "2", "法定办结时限", 20],
          ["咨询电话", "0825-5432100"],
          [],
          ["材料名称", "来源渠道", "份数"],
          ["申请书", "10", 1],
          ["营业执照", "88", 1],
        ],
      },
    });
    const { records, diagnostics } = importBytes(bytes);
    expect(records[0].record).toMatchObject({
      code: "C1",
      name: "食品经营许可",
      department: "局",
      runs: 0,
      materials: [{ name: "申请书" }, { name: "营业执照" }],
    });
    expect(placesOnly(diagnostics)).toEqual([
      { severity: "warning", place: "表二!B10", id: "importUnmappedValue", data: { field: "material.source", value: "88" } },
    ]);
    expect(cellOfPath(records[0].origin, ["department"]).place).toBe("表二!D3");
    expect(cellOfPath(records[0].origin, ["runs"]).place).toBe("表二!D4");
  });
});

describe("reading a big xlsx sheet by sheet", () => {
  it.each(["materials-sheet", "form"] as const)("%s: the same records as one read of the whole workbook", (layout) => {
    const { bytes } = generateWorkbook({ layout, items: 3, seed: 2, defects: ["bad-phone"] });
    const records = (limits: WorkbookLimits) => {
      const diagnostics: ImportDiagnostic[] = [];
      const tables = readWorkbookTables("清单.xlsx", bytes, "xlsx", diagnostics, limits);
      return { records: tables.flatMap((t) => recordsOfTable(t, diagnostics).map((r) => [r.record, cellOfPath(r.origin, ["phone"]).place])), diagnostics };
    };
    const whole = records(DEFAULT_LIMITS);
    expect(whole.records).toHaveLength(3);
    expect(records({ ...DEFAULT_LIMITS, sheetBySheetAbove: 0 })).toEqual(whole);
  });
});

describe("two header rows", () => {
  it("reads item headers merged down over both rows and the material headers under 申请材料", () => {
    const bytes = workbook({
      清单: {
        rows: [
          ["某县政务服务事项实施清单"],
          ["实施编码", "事项名称", "事项类型", "申请材料", null],
          [null, null, null, "材料名称", "来源渠道"],
          ["C1", "甲", "01", "申请书", "10"],
          [null, null, null, "身份证", "20"],
        ],
        merges: ["A1:E1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "A4:A5", "B4:B5", "C4:C5"],
      },
    });
    const { records, diagnostics } = importBytes(bytes);
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => r.record)).toMatchObject([
      {
        code: "C1",
        name: "甲",
        materials: [
          { name: "申请书", source: "applicant" },
          { name: "身份证", source: "government" },
        ],
      },
    ]);
    expect(cellOfPath(records[0].origin, ["materials", 1, "source"]).place).toBe("清单!E5");
  });
});
