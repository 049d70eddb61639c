// The annotated workbook, read back as a clerk's Excel would see it: the copy keeps every value with
// its type, every merge and the column widths; exactly the faulty cells are filled and noted; the
// findings sheet lists each finding with a link to its cell, in the requested language.
import * as XLSX from "@e965/xlsx";
import * as cpexcel from "@e965/xlsx/dist/cpexcel";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { annotatesInPlace, annotateWorkbook, IN_PLACE_LIMIT_BYTES } from "../../src/annotate/annotate-workbook.js";
import type { Annotation } from "../../src/annotate/annotation.js";
import { readSheets } from "../../src/annotate/read-sheets.js";

// The ESM build exports `utils` by name; its typings describe only a default export.
const codepages = (cpexcel as unknown as { utils: cpexcel.CP$Utils }).utils;

/** A county list: a merged title over a header and two items; a material sheet with the item code merged down its rows. */
function countyWorkbook(bookSST: boolean): Uint8Array {
  const items = XLSX.utils.aoa_to_sheet([
    ["XX县政务服务事项实施清单（2026年版）"],
    ["序号", "事项名称", "基本编码", "承诺办结时限", "到办事现场次数", "公布日期"],
    [1, "食品经营许可", "000100000000", 20, 0, 45000],
    [2, "=1+1", "01", 5, 1, 45001],
  ]);
  items["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
  items["!cols"] = [{ wch: 6 }, { wch: 30 }];
  for (const ref of ["F3", "F4"]) items[ref].z = "yyyy-mm-dd";
  for (const ref of ["C3", "C4"]) items[ref].z = "@";
  const materials = XLSX.utils.aoa_to_sheet([
    ["实施编码", "材料名称", "份数"],
    ["11450721MB1558081140001000000", "申请表", 1],
    [null, "营业执照复印件", 0],
  ]);
  materials["!merges"] = [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, items, "事项");
  XLSX.utils.book_append_sheet(book, materials, "申请材料");
  return new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx", bookSST }) as ArrayBuffer);
}

const ANNOTATIONS: Annotation[] = [
  {
    sheet: "事项",
    cell: "D3",
    severity: "warning",
    ruleId: "time-limit-unit",
    message: "时限单位不明",
  },
  {
    sheet: "事项",
    cell: "D3",
    severity: "error",
    ruleId: "time-limit-exceeds-legal",
    title: "承诺时限不得超过法定时限",
    message: "承诺时限 20 天超过法定时限 10 天",
    fix: "改为“10”",
    itemCode: "000100000000",
  },
  { sheet: "申请材料", cell: "A3", severity: "error", ruleId: "code-unique", message: "实施编码重复" },
  { sheet: "事项", cell: "H20", severity: "info", ruleId: "required-elements", message: "缺少受理条件" },
  { sheet: "事项", cell: "c4", severity: "warning", ruleId: "code-format", message: "基本编码应为 12 位" },
  { sheet: "不存在", cell: "A1", severity: "error", ruleId: "orphan-row", message: '=HYPERLINK("http://x")' },
];

/** A findings-sheet cell linking to `target`, as exceljs reads it back: a HYPERLINK formula with its cached text. */
function link(target: string, text: string): ExcelJS.CellFormulaValue {
  return { formula: `HYPERLINK("${target}","${text}")`, result: text } as ExcelJS.CellFormulaValue;
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

/** A note's text, however exceljs hands it back (a string, or rich-text runs). */
function noteOf(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (note === undefined || typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** Every noted or filled cell of the data sheets: `sheet!cell` → fill colour and note. */
function markedCells(book: ExcelJS.Workbook, sheets: readonly string[]): Record<string, { fill?: string; note?: string }> {
  const marked: Record<string, { fill?: string; note?: string }> = {};
  for (const name of sheets) {
    const sheet = book.getWorksheet(name)!;
    for (let r = 1; r <= sheet.rowCount; r++) {
      sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? (cell.fill.fgColor?.argb ?? "") : undefined;
        const note = noteOf(cell);
        if (fill !== undefined || note !== undefined) marked[`${name}!${cell.address}`] = { fill, note };
      });
    }
  }
  return marked;
}

/** The cells of a SheetJS sheet as `A1 → [type, value, number format]`. */
function typedCells(sheet: XLSX.WorkSheet): Record<string, [string, unknown, string | undefined]> {
  const cells: Record<string, [string, unknown, string | undefined]> = {};
  for (const [ref, cell] of Object.entries(sheet)) {
    if (ref.startsWith("!")) continue;
    const c = cell as XLSX.CellObject;
    if (c.t !== "z") cells[ref] = [c.t, c.v, typeof c.z === "string" && c.z !== "General" ? c.z : undefined];
  }
  return cells;
}

describe.each([
  ["shared strings", true],
  ["inline strings", false],
])("annotateWorkbook on a workbook with %s", (_, bookSST) => {
  const source = countyWorkbook(bookSST);

  it("keeps every value with its type and format, the merges and the column widths", async () => {
    const out = await annotateWorkbook({ bytes: source, fileName: "清单.xlsx" }, ANNOTATIONS, { lang: "zh-CN" });
    const before = XLSX.read(source, { type: "array", cellNF: true, cellStyles: true });
    const after = XLSX.read(out, { type: "array", cellNF: true, cellStyles: true });
    expect(after.SheetNames).toEqual(["事项", "申请材料", "问题清单"]);
    for (const name of ["事项", "申请材料"]) {
      expect(typedCells(after.Sheets[name])).toEqual(typedCells(before.Sheets[name]));
      expect(after.Sheets[name]["!merges"]).toEqual(before.Sheets[name]["!merges"]);
    }
    // Spot checks of what a reader must not lose: the text code with its zeros, the numeric 0, the date.
    const items = after.Sheets.事项;
    expect([items.C3.t, items.C3.v]).toEqual(["s", "000100000000"]);
    expect([items.C4.t, items.C4.v, items.C4.z]).toEqual(["s", "01", "@"]);
    expect([items.E3.t, items.E3.v]).toEqual(["n", 0]);
    expect([items.B4.t, items.B4.v, items.B4.f]).toEqual(["s", "=1+1", undefined]);
    expect(after.Sheets.事项["!cols"]?.slice(0, 2).map((c) => c.width)).toEqual(before.Sheets.事项["!cols"]?.slice(0, 2).map((c) => c.width));
    const book = await readBack(out);
    expect(book.getWorksheet("事项")!.getCell("F3").value).toEqual(new Date(Date.UTC(2023, 2, 15)));
    expect(book.getWorksheet("事项")!.getCell("B4").type).toBe(ExcelJS.ValueType.String);
  });

  it("fills and notes exactly the faulty cells, the worst finding first, a merged cell's finding on the merge", async () => {
    const book = await readBack(await annotateWorkbook({ bytes: source, fileName: "清单.xlsx" }, ANNOTATIONS, { lang: "zh-CN" }));
    expect(markedCells(book, ["事项", "申请材料"])).toEqual({
      "事项!D3": {
        fill: "FFFFC7CE",
        note: "【错误】time-limit-exceeds-legal（承诺时限不得超过法定时限）\n承诺时限 20 天超过法定时限 10 天\n修改建议：改为“10”\n\n【警告】time-limit-unit\n时限单位不明",
      },
      "事项!C4": { fill: "FFFFEB9C", note: "【警告】code-format\n基本编码应为 12 位" },
      // Beyond the used range: the empty cell still carries the mark.
      "事项!H20": { fill: "FFDDEBF7", note: "【提示】required-elements\n缺少受理条件" },
      // A3 lies under the merged A2:A3: Excel shows only A2.
      "申请材料!A2": { fill: "FFFFC7CE", note: "【错误】code-unique\n实施编码重复" },
    });
  });
});

describe("the findings sheet", () => {
  const source = countyWorkbook(true);

  it("lists each finding by sheet, row and column with a link to its cell (zh-CN)", async () => {
    const book = await readBack(await annotateWorkbook({ bytes: source, fileName: "清单.xlsx" }, ANNOTATIONS, { lang: "zh-CN" }));
    const sheet = book.getWorksheet("问题清单")!;
    const rows = sheet.getSheetValues().slice(1) as unknown[][];
    expect(rows.map((r) => r.slice(1))).toEqual([
      ["工作表", "单元格", "事项编码", "级别", "规则", "问题", "修改建议"],
      [
        "事项",
        link("#'事项'!D3", "D3"),
        "000100000000",
        "错误",
        "time-limit-exceeds-legal（承诺时限不得超过法定时限）",
        "承诺时限 20 天超过法定时限 10 天",
        "改为“10”",
      ],
      ["事项", link("#'事项'!D3", "D3"), undefined, "警告", "time-limit-unit", "时限单位不明"],
      ["事项", link("#'事项'!C4", "C4"), undefined, "警告", "code-format", "基本编码应为 12 位"],
      ["事项", link("#'事项'!H20", "H20"), undefined, "提示", "required-elements", "缺少受理条件"],
      // The finding names A3 (the importer's cell); the link selects the merged range.
      ["申请材料", link("#'申请材料'!A3", "A3"), undefined, "错误", "code-unique", "实施编码重复"],
      // A sheet the workbook lacks: listed last, not linked; a message that looks like a formula stays text.
      ["不存在 （工作簿中无此工作表）", "A1", undefined, "错误", "orphan-row", '=HYPERLINK("http://x")'],
    ]);
    expect(sheet.getCell("F7").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:G7");
    expect(sheet.getColumn(6).width).toBeGreaterThan(40);
  });

  it("speaks English when asked, and takes a name no sheet has", async () => {
    const withFindingsSheet = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(withFindingsSheet, XLSX.utils.aoa_to_sheet([["name"], ["x"]]), "Findings");
    const bytes = new Uint8Array(XLSX.write(withFindingsSheet, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const annotation: Annotation = {
      sheet: "Findings",
      cell: "A2",
      severity: "warning",
      ruleId: "name-format",
      title: "Item name format",
      message: "Bad name",
      fix: 'Change to "y"',
    };
    const book = await readBack(await annotateWorkbook({ bytes, fileName: "list.xlsx" }, [annotation], { lang: "en" }));
    expect(book.worksheets.map((s) => s.name)).toEqual(["Findings", "Findings (2)"]);
    const list = book.getWorksheet("Findings (2)")!;
    expect((list.getSheetValues().slice(1) as unknown[][]).map((r) => r.slice(1))).toEqual([
      ["Sheet", "Cell", "Item code", "Severity", "Rule", "Problem", "Suggested fix"],
      ["Findings", link("#'Findings'!A2", "A2"), undefined, "warning", "name-format (Item name format)", "Bad name", 'Change to "y"'],
    ]);
    expect(noteOf(book.getWorksheet("Findings")!.getCell("A2"))).toBe('[warning] name-format (Item name format)\nBad name\nFix: Change to "y"');
  });
});

describe("annotateWorkbook on a CSV", () => {
  it("reads GBK, keeps every cell as the text it was, and marks the cells where the importer's places say", async () => {
    // A cell over two lines: the record after it is Excel's row 3 although it starts on line 4.
    const sheet = XLSX.utils.aoa_to_sheet([
      ["事项名称", "基本编码", "到办事现场次数"],
      ["食品经营\n许可", "000100000000", "0"],
      ["公共场所卫生许可", "=SUM(1)", "1"],
    ]);
    const csv = XLSX.utils.sheet_to_csv(sheet);
    const bytes = Uint8Array.from(codepages.encode(936, csv) as ArrayLike<number>);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const out = await annotateWorkbook(
      { bytes, fileName: "data/清单.csv" },
      [{ cell: "B3", severity: "error", ruleId: "code-format", message: "编码不合规" }],
      {
        lang: "zh-CN",
      },
    );
    const book = await readBack(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(["清单", "问题清单"]);
    const data = book.getWorksheet("清单")!;
    expect(data.getCell("A2").value).toBe("食品经营\n许可");
    expect(data.getCell("B2").value).toBe("000100000000");
    // Formatted as text, so a code typed in keeps its zeros.
    expect(data.getCell("B2").numFmt).toBe("@");
    expect(data.getCell("C2").value).toBe("0");
    expect(data.getCell("B3").value).toBe("=SUM(1)");
    expect(data.getCell("B3").type).toBe(ExcelJS.ValueType.String);
    expect(markedCells(book, ["清单"])).toEqual({ "清单!B3": { fill: "FFFFC7CE", note: "【错误】code-format\n编码不合规" } });
    expect(book.getWorksheet("问题清单")!.getCell("B2").value).toEqual(link("#'清单'!B3", "B3"));
  });
});

describe("annotateWorkbook beyond the in-place limit", () => {
  it("writes the findings sheet alone, linking into the original next to it", async () => {
    const input = { bytes: countyWorkbook(true), fileName: "data/清单.xlsx" };
    expect(input.bytes.byteLength).toBeLessThan(IN_PLACE_LIMIT_BYTES);
    expect(annotatesInPlace(input)).toBe(true);
    expect(annotatesInPlace(input, { inPlaceLimitBytes: 100 })).toBe(false);
    const annotations = ANNOTATIONS.filter((a) => a.sheet !== "不存在");
    const book = await readBack(await annotateWorkbook(input, annotations, { lang: "zh-CN", inPlaceLimitBytes: 100 }));
    expect(book.worksheets.map((s) => s.name)).toEqual(["问题清单"]);
    const rows = (book.getWorksheet("问题清单")!.getSheetValues().slice(2) as unknown[][]).map((r) => [r[1], r[2]]);
    expect(rows).toEqual([
      ["事项", link("清单.xlsx#'事项'!D3", "D3")],
      ["事项", link("清单.xlsx#'事项'!D3", "D3")],
      ["事项", link("清单.xlsx#'事项'!C4", "C4")],
      ["事项", link("清单.xlsx#'事项'!H20", "H20")],
      ["申请材料", link("清单.xlsx#'申请材料'!A3", "A3")],
    ]);
  });

  it("links a CSV's findings to its one sheet, through the path the caller gives", async () => {
    const input = { bytes: new TextEncoder().encode("a,b\n1,2\n"), fileName: "清单.csv" };
    const annotation: Annotation = { cell: "B2", severity: "error", ruleId: "code-format", message: "x" };
    const book = await readBack(await annotateWorkbook(input, [annotation], { lang: "en", inPlaceLimitBytes: 0, originalLink: "../in/清单.csv" }));
    expect(book.getWorksheet("Findings")!.getCell("B2").value).toEqual(link("../in/清单.csv#'清单'!B2", "B2"));
  });
});

describe("annotateWorkbook, the rest of the shape", () => {
  it("keeps a hidden sheet hidden and row heights, lists a place that is no cell unlinked, and opens on the findings", async () => {
    const book = XLSX.utils.book_new();
    const visible = XLSX.utils.aoa_to_sheet([["事项名称"], ["食品经营许可"]]);
    visible["!rows"] = [{ hpt: 30 }];
    XLSX.utils.book_append_sheet(book, visible, "事项");
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["1A", "行政许可"]]), "代码表");
    book.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
    const bytes = new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const annotations: Annotation[] = [
      { sheet: "事项", cell: "XFE1", severity: "error", ruleId: "r", message: "beyond column XFD" },
      { sheet: "事项", cell: "A2", severity: "warning", ruleId: "r", message: "m" },
    ];
    const out = await readBack(await annotateWorkbook({ bytes, fileName: "a.xlsx" }, annotations, { lang: "en" }));
    expect(out.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["事项", "visible"],
      ["代码表", "hidden"],
      ["Findings", "visible"],
    ]);
    expect(out.getWorksheet("事项")!.getRow(1).height).toBe(30);
    expect(out.views[0].activeTab).toBe(2);
    const findings = out.getWorksheet("Findings")!;
    expect([findings.getCell("B2").value, findings.getCell("B3").value]).toEqual([link("#'事项'!A2", "A2"), "XFE1"]);
  });
});

describe("annotateWorkbook on awkward names and values", () => {
  it("escapes quotes in a sheet name inside the link, and falls back to a plain hyperlink past 255 characters", async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["x"]]), `县's "表"`);
    const bytes = new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const annotation: Annotation = { sheet: `县's "表"`, cell: "A1", severity: "error", ruleId: "r", message: "m" };
    const out = await readBack(await annotateWorkbook({ bytes, fileName: "a.xlsx" }, [annotation], { lang: "en" }));
    expect(out.getWorksheet("Findings")!.getCell("B2").value).toEqual({
      formula: `HYPERLINK("#'县''s ""表""'!A1","A1")`,
      result: "A1",
    });
    const far = `${"d/".repeat(130)}a.xlsx`;
    const list = await readBack(await annotateWorkbook({ bytes, fileName: "a.xlsx" }, [annotation], { lang: "en", inPlaceLimitBytes: 0, originalLink: far }));
    expect(list.getWorksheet("Findings")!.getCell("B2").value).toEqual({ text: "A1", hyperlink: `${far}#'县''s "表"'!A1` });
  });

  it("writes a file Excel opens when a cell or a message holds control characters (XML 1.0 forbids them)", async () => {
    const sheet = XLSX.utils.aoa_to_sheet([["a\u0001b", "ok"]]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "事项");
    const bytes = new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const annotation: Annotation = { sheet: "事项", cell: "A1", severity: "error", ruleId: "r", message: "bad \u0007 value \u0001" };
    const out = await annotateWorkbook({ bytes, fileName: "a.xlsx" }, [annotation], { lang: "en" });
    const back = await readBack(out);
    expect(back.getWorksheet("事项")!.getCell("B1").value).toBe("ok");
    expect(noteOf(back.getWorksheet("事项")!.getCell("A1"))).toContain("bad");
    expect(XLSX.read(out, { type: "array" }).Sheets.Findings.F2.v).toMatch(/^bad/);
  });
});

describe.each(["biff8", "xlml", "html"] as const)("annotateWorkbook on an .xls written as %s", (bookType) => {
  it("copies what SheetJS reads of it, merges included, and marks the cells", async () => {
    const book = XLSX.read(countyWorkbook(true), { type: "array", cellNF: true });
    const bytes = new Uint8Array(XLSX.write(book, { type: "array", bookType }) as ArrayBuffer);
    const before = XLSX.read(bytes, { type: "array", cellNF: true });
    // An HTML table is one sheet, named by the reader.
    const first = before.SheetNames[0];
    const annotations = ANNOTATIONS.slice(0, 2).map((a) => ({ ...a, sheet: first }));
    const out = await annotateWorkbook({ bytes, fileName: "清单.xls" }, annotations, { lang: "zh-CN" });
    const after = XLSX.read(out, { type: "array", cellNF: true });
    for (const name of before.SheetNames) {
      expect(typedCells(after.Sheets[name])).toEqual(typedCells(before.Sheets[name]));
      expect(after.Sheets[name]["!merges"] ?? []).toEqual(before.Sheets[name]["!merges"] ?? []);
    }
    expect(Object.keys(markedCells(await readBack(out), before.SheetNames))).toEqual([`${first}!D3`]);
  });
});

describe("readSheets on a long CSV", () => {
  it("sizes 200 000 records (more than a function call takes arguments)", () => {
    const bytes = new TextEncoder().encode("编码,名称\n".concat("01\n".repeat(200_000)));
    const [sheet] = readSheets(bytes, "long.csv");
    expect([sheet.name, sheet.rowCount, sheet.columnCount]).toEqual(["long", 200_001, 2]);
    expect([...sheet.rowCells(200_001)]).toEqual([[1, { kind: "text", value: "01", numFmt: "@" }]]);
  });
});
