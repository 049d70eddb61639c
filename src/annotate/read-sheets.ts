// The original workbook as the annotator copies it: per sheet its cells row by row, typed as the
// file stores them, with merges, column widths and row heights. SheetJS reads every format a
// platform exports (xlsx, BIFF8 .xls, SpreadsheetML 2003, HTML tables); a CSV is read by the
// importer's own reader, so its cells sit where the importer's places (`清单.csv!F12`) say.
import { basename, extname } from "node:path";
import * as XLSX from "@e965/xlsx";
import { parseCsv } from "../import/csv.js";
import { decodeExportBytes } from "../import/decode-bytes.js";

/** A cell's value as the file typed it: text stays text (`0001…` codes), numbers and dates keep their format. */
export type SourceValue =
  | { kind: "text"; value: string; numFmt?: string }
  | { kind: "number"; value: number; numFmt?: string }
  | { kind: "date"; value: Date; numFmt?: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string };

/** A merged range, 1-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SourceSheet {
  name: string;
  hidden: boolean;
  /** The last row and column holding anything (0 for an empty sheet). */
  rowCount: number;
  columnCount: number;
  /** The cells of a 1-based row, by 1-based column. */
  rowCells(row: number): Iterable<[number, SourceValue]>;
  rowHeight(row: number): number | undefined;
  /** Column widths in Excel's character units, index 0 = column A. */
  columnWidths: readonly (number | undefined)[];
  merges: readonly MergeRange[];
}

/** The sheets of a workbook's or CSV's bytes; throws with SheetJS's reason when they are no spreadsheet. */
export function readSheets(bytes: Uint8Array, fileName: string): SourceSheet[] {
  return extname(fileName).toLowerCase() === ".csv" ? [csvSheet(bytes, fileName)] : workbookSheets(bytes);
}

/** The name Excel gives the one sheet of a CSV it opens: the file's name without extension, as a legal sheet name. */
export function csvSheetName(fileName: string): string {
  const stem = basename(fileName, extname(fileName))
    .replace(/[[\]:*?/\\]/g, "_")
    .slice(0, 31);
  return stem === "" ? "Sheet1" : stem;
}

const TEXT_FORMAT = "@";

function csvSheet(bytes: Uint8Array, fileName: string): SourceSheet {
  const { records } = parseCsv(decodeExportBytes(bytes));
  const byRow = new Map(records.map((r) => [r.row, r.cells]));
  const last = records.at(-1);
  return {
    name: csvSheetName(fileName),
    hidden: false,
    rowCount: last?.row ?? 0,
    // A loop, not Math.max(...): a province's CSV has more records than a call takes arguments.
    columnCount: records.reduce((most, r) => Math.max(most, r.cells.length), 0),
    // A CSV has no types: every cell stays the text it was, as the importer reads it, formatted as
    // text (`@`) so a code the clerk types in keeps its leading zeros.
    *rowCells(row) {
      const cells = byRow.get(row) ?? [];
      for (let c = 0; c < cells.length; c++) if (cells[c] !== "") yield [c + 1, { kind: "text", value: cells[c], numFmt: TEXT_FORMAT }];
    },
    rowHeight: () => undefined,
    columnWidths: [],
    merges: [],
  };
}

function workbookSheets(bytes: Uint8Array): SourceSheet[] {
  // Cached values only (formulas are never evaluated or copied); number formats kept so a date
  // serial still shows as a date; dense rows because a province's workbook has millions of cells.
  const workbook = XLSX.read(bytes, { type: "array", dense: true, cellFormula: false, cellHTML: false, cellNF: true, cellStyles: true, cellDates: false });
  const states = workbook.Workbook?.Sheets ?? [];
  return workbook.SheetNames.map((name, index) => sheetOf(name, workbook.Sheets[name], Boolean(states[index]?.Hidden)));
}

function sheetOf(name: string, sheet: XLSX.WorkSheet, hidden: boolean): SourceSheet {
  const data: (XLSX.CellObject | undefined)[][] = sheet["!data"] ?? [];
  const range = sheet["!ref"] ? XLSX.utils.decode_range(sheet["!ref"]) : undefined;
  const rows = sheet["!rows"] ?? [];
  return {
    name,
    hidden,
    rowCount: range ? range.e.r + 1 : 0,
    columnCount: range ? range.e.c + 1 : 0,
    *rowCells(row) {
      const cells = data[row - 1] ?? [];
      for (let c = 0; c < cells.length; c++) {
        const value = cells[c] ? sourceValue(cells[c]!) : undefined;
        if (value) yield [c + 1, value];
      }
    },
    rowHeight: (row) => rows[row - 1]?.hpt,
    columnWidths: (sheet["!cols"] ?? []).map((col) => col?.width ?? col?.wch ?? (col?.wpx !== undefined ? col.wpx / 7 : undefined)),
    merges: (sheet["!merges"] ?? []).map((m) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 })),
  };
}

function sourceValue(cell: XLSX.CellObject): SourceValue | undefined {
  const numFmt = typeof cell.z === "string" && cell.z !== "General" ? cell.z : undefined;
  switch (cell.t) {
    case "s":
      // The text format (`@`) is kept too: it is what keeps a retyped code from turning into a number.
      return cell.v === undefined || cell.v === "" ? undefined : { kind: "text", value: String(cell.v), ...(numFmt ? { numFmt } : {}) };
    case "n":
      return typeof cell.v === "number" ? { kind: "number", value: cell.v, ...(numFmt ? { numFmt } : {}) } : undefined;
    case "d":
      return cell.v instanceof Date ? { kind: "date", value: cell.v, ...(numFmt ? { numFmt } : {}) } : undefined;
    case "b":
      return { kind: "boolean", value: Boolean(cell.v) };
    case "e":
      return { kind: "error", value: cell.w ?? "#N/A" };
    default:
      return undefined;
  }
}
