// A workbook's bytes (xlsx, BIFF8 .xls, SpreadsheetML 2003, an HTML table) → its sheets as grids
// of text cells, then the tables its layout makes of them (workbook-layouts.ts). SheetJS reads
// every format; it is asked for as little as possible (dense rows, no formatted text, no styles,
// no formulas), and each sheet's cell objects are let go once its grid is built.
import { basename } from "node:path";
import * as XLSX from "@e965/xlsx";
import { cellText, type SheetCell } from "./cell-text.js";
import { decodeExportBytes } from "./decode-bytes.js";
import { type SheetGrid, sheetGrid, sheetPrefix } from "./sheet-grid.js";
import type { InputKind } from "./sniff.js";
import type { LocalizedText } from "../i18n/localized.js";
import type { MessageValue } from "../vocabulary.js";
import type { ImportDiagnostic, Table, TableRow } from "./table.js";
import { workbookTables } from "./workbook-layouts.js";
import { DEFAULT_LIMITS, isEncryptedOle, checkZip, type WorkbookLimits } from "./workbook-limits.js";

const READ_OPTIONS: XLSX.ParsingOptions = {
  type: "buffer",
  dense: true,
  // The cached value, never the formula: nothing in an export is evaluated.
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  cellStyles: false,
  cellNF: false,
  cellDates: true,
  sheetStubs: false,
  bookVBA: false,
};

const KIND_NAMES: Record<InputKind, string> = { xlsx: "xlsx", ole: "xls (BIFF)", spreadsheetml: "SpreadsheetML 2003", html: "HTML", json: "JSON", csv: "CSV" };

interface Merge {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** The tables of a workbook, one per sheet (or one for sheets that belong together), or none with a diagnostic. */
export function readWorkbookTables(
  file: string,
  bytes: Uint8Array,
  kind: InputKind,
  diagnostics: ImportDiagnostic[],
  limits: WorkbookLimits = DEFAULT_LIMITS,
): Table[] {
  const name = basename(file);
  const refuse = (diagnostic: Omit<ImportDiagnostic, "place" | "severity">): Table[] => {
    diagnostics.push({ severity: "error", place: name, ...diagnostic });
    return [];
  };
  if (bytes.length > limits.maxFileBytes)
    return refuse({ id: "importWorkbookTooLarge", data: tooLargeData({ limit: "fileBytes", value: bytes.length, max: limits.maxFileBytes }) });
  if (kind === "ole" && isEncryptedOle(bytes)) return refuse({ id: "importEncrypted", data: {} });
  let sheetBySheet = false;
  if (kind === "xlsx") {
    const zip = checkZip(bytes, limits);
    if (zip.over) return refuse({ id: "importWorkbookTooLarge", data: tooLargeData(zip.over) });
    sheetBySheet = zip.unzippedBytes > limits.sheetBySheetAbove;
  }
  // A big xlsx is read one sheet at a time (SheetJS's `sheets` option), so only one sheet's cell
  // objects are ever in memory: a province's items sheet and materials sheet would not fit
  // together. The first read names all sheets. Other workbooks are read whole.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const read = (sheet: number): XLSX.WorkBook =>
    sheetBySheet
      ? XLSX.read(buffer, { ...READ_OPTIONS, sheets: sheet })
      : // Markup is text: decoded here (UTF-8, UTF-16 or GBK, as server templates write it), since
        // SheetJS would read GBK bytes as UTF-8.
        kind === "html" || kind === "spreadsheetml"
        ? XLSX.read(markupText(bytes), { ...READ_OPTIONS, type: "string" })
        : XLSX.read(buffer, READ_OPTIONS);
  const grids: SheetGrid[] = [];
  let names: string[] = [];
  for (let index = 0; index === 0 || index < names.length; index++) {
    let workbook: XLSX.WorkBook | undefined;
    try {
      workbook = read(index);
    } catch (error) {
      const detail = (error as Error).message ?? String(error);
      if (/password/i.test(detail)) return refuse({ id: "importEncrypted", data: {} });
      return refuse({ id: "importBadWorkbook", data: { kind: KIND_NAMES[kind], detail } });
    }
    if (index === 0) names = workbook.SheetNames;
    const wanted = sheetBySheet ? names.slice(index, index + 1) : names;
    for (const sheetName of wanted) {
      const sheet = workbook.Sheets[sheetName];
      // Its cell objects are not needed once its grid is built: let them go before the next sheet.
      delete workbook.Sheets[sheetName];
      if (!sheet) continue;
      const grid = gridOfSheet(name, sheetName, sheet, limits, diagnostics);
      if (grid) grids.push(grid);
    }
    workbook = undefined;
    if (!sheetBySheet) break;
  }
  return workbookTables(name, grids, diagnostics);
}

function markupText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return decodeExportBytes(bytes);
}

function gridOfSheet(file: string, name: string, sheet: XLSX.WorkSheet, limits: WorkbookLimits, diagnostics: ImportDiagnostic[]): SheetGrid | undefined {
  const data = ((sheet as { "!data"?: (SheetCell | null | undefined)[][] })["!data"] ?? []) as (SheetCell | null | undefined)[][];
  const text: (string[] | undefined)[] = [];
  let cells = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    // The row's cell objects go as soon as its text is taken: SheetJS's cells and the grid's
    // strings are never both whole in memory (a province's sheet: ≈ 0.5 GB of cell objects).
    data[r] = [];
    let cellsOfRow: string[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const value = cellText(row[c]);
      if (value === "") continue;
      cellsOfRow ??= [];
      // Dense from the start: a sparse array would need a copy to become one.
      while (cellsOfRow.length < c) cellsOfRow.push("");
      cellsOfRow.push(value);
      cells++;
    }
    if (cells > limits.maxCellsPerSheet) {
      diagnostics.push({
        severity: "error",
        place: `${sheetPrefix(name)}!A1`,
        id: "importSheetTooLarge",
        data: { sheet: name, max: limits.maxCellsPerSheet },
      });
      return undefined;
    }
    if (cellsOfRow) text[r] = cellsOfRow;
  }
  fillMerges(text, (sheet["!merges"] ?? []) as Merge[], limits.maxCellsPerSheet - cells);
  // 1.1 M merge ranges in a province's workbook: ≈ 0.15 GB.
  delete sheet["!merges"];
  const rows: TableRow[] = [];
  const rowNumbers: number[] = [];
  const prefix = sheetPrefix(name);
  text.forEach((cellsOfRow, r) => {
    if (!cellsOfRow) return;
    rows.push({ place: `${prefix}!A${r + 1}`, cells: cellsOfRow });
    rowNumbers.push(r + 1);
  });
  return sheetGrid(file, name, rows, rowNumbers);
}

/**
 * A merged range's value is its top-left cell's: Excel leaves the other cells blank. Down the
 * range's first column every row gets the value (a 来源渠道 merged over three materials belongs to
 * all three); other columns are left alone, so a value never moves into another field's column.
 * Blank rows stay blank, and at most `budget` cells are filled (a hostile file may merge a million rows).
 */
function fillMerges(text: (string[] | undefined)[], merges: readonly Merge[], budget: number): void {
  let left = budget;
  for (const { s, e } of merges) {
    const value = text[s.r]?.[s.c];
    if (value === undefined || value === "") continue;
    const last = Math.min(e.r, text.length - 1);
    for (let r = s.r + 1; r <= last && left > 0; r++) {
      const row = text[r];
      if (!row || (row[s.c] ?? "") !== "") continue;
      while (row.length < s.c) row.push("");
      row[s.c] = value;
      left--;
    }
  }
}

// The limit a workbook passed, in words a maintainer reads (the raw `limit`, `value` and `max`
// stay in the data for tools): "one part inflated (a sheet's XML)", 573 MB, more than 256 MB.
const LIMIT_WORDS: Record<string, LocalizedText> = {
  fileBytes: { en: "the file", "zh-CN": "文件大小" },
  entries: { en: "the number of parts in its zip", "zh-CN": "压缩包内部件数" },
  unzippedBytes: { en: "its contents once unzipped", "zh-CN": "解压后的内容" },
  partBytes: { en: "one sheet's XML once unzipped", "zh-CN": "单个工作表解压后的 XML" },
  declaredPartBytes: { en: "a part that unzips to more than its header declares", "zh-CN": "解压后超过其声明大小的部件" },
};

function tooLargeData(over: { limit: string; value: number; max: number }): Record<string, MessageValue> {
  const megabytes = (n: number) => (Number.isFinite(n) ? `${Math.ceil(n / 2 ** 20)} MB` : "4 GB+");
  const shown = (n: number) => (over.limit === "entries" ? String(n) : megabytes(n));
  return { ...over, what: LIMIT_WORDS[over.limit] ?? { en: over.limit, "zh-CN": over.limit }, size: shown(over.value), ceiling: shown(over.max) };
}
