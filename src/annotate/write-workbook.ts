// The annotated copy, written with exceljs's streaming writer (SheetJS CE writes no fills): each
// row is written and dropped, so memory follows the source workbook, not a second copy of it.
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Lang } from "../i18n/localized.js";
import { columnName } from "../text/a1-column.js";
import type { Annotation } from "./annotation.js";
import { type FindingsSheet, writeFindingsSheet } from "./findings-sheet.js";
import type { CellNotes } from "./place-annotations.js";
import type { MergeRange, SourceSheet, SourceValue } from "./read-sheets.js";
import { noteText, SEVERITY_RANK } from "./words.js";

const DEFAULT_ROW_HEIGHT = 15;

// Excel's own "Bad" and "Neutral" cell-style colours, and a light blue for information.
const FILL_COLOUR: Record<Annotation["severity"], string> = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7" };

export interface AnnotatedBook {
  sheets: readonly SourceSheet[];
  /** Per sheet (same order): the cells to fill and note. */
  notes: readonly CellNotes[];
  findings: FindingsSheet;
  lang: Lang;
}

/** The whole annotated workbook as xlsx bytes: the sheets copied in order, then the findings sheet (opened first). */
export async function writeAnnotatedWorkbook(book: AnnotatedBook): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  book.sheets.forEach((sheet, index) => {
    copySheet(workbook, sheet, book.notes[index], book.lang);
  });
  writeFindingsSheet(workbook, book.findings, book.lang);
  // The clerk lands on the list of problems; the sheets keep their order for a re-upload.
  workbook.views = [{ activeTab: book.sheets.length, firstSheet: 0, visibility: "visible", x: 0, y: 0, width: 20000, height: 12000 }];
  await workbook.commit();
  return Buffer.concat(chunks);
}

function copySheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, source: SourceSheet, notes: CellNotes, lang: Lang): void {
  const sheet = workbook.addWorksheet(source.name, { state: source.hidden ? "hidden" : "visible" });
  if (source.columnWidths.some((w) => w !== undefined)) sheet.columns = source.columnWidths.map((width) => (width !== undefined ? { width } : {}));
  // exceljs checks each new merge against all earlier ones (quadratic: a county-plus file's 110 000
  // merges never finish); the ranges are made disjoint here once and handed over as they are.
  // It only ever prints them (`<mergeCell ref="${merge}"/>`), so the range's name is all it gets.
  const merges = (sheet as unknown as { _merges: string[] })._merges;
  for (const m of disjointMerges(source.merges)) merges.push(rangeName(m));
  let lastNoteRow = 0;
  for (const r of notes.keys()) lastNoteRow = Math.max(lastNoteRow, r);
  for (let r = 1; r <= Math.max(source.rowCount, lastNoteRow); r++) {
    const rowNotes = notes.get(r);
    let row: ExcelJS.Row | undefined;
    for (const [column, value] of source.rowCells(r)) {
      row ??= sheet.getRow(r);
      setValue(row.getCell(column), value);
    }
    const height = source.rowHeight(r);
    if (height !== undefined) {
      row ??= sheet.getRow(r);
      row.height = height;
    }
    if (rowNotes) {
      row ??= sheet.getRow(r);
      for (const [column, annotations] of rowNotes) {
        const cell = row.getCell(column);
        const worst = annotations.reduce((a, b) => (SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a));
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL_COLOUR[worst.severity] } };
        cell.note = noteText(annotations, lang);
      }
      // exceljs drops a row with no values (and the notes in it) unless it has a height: a finding
      // on an empty row, beyond the data for instance, keeps its row at Excel's default height.
      if (!row.hasValues && row.height === undefined) row.height = DEFAULT_ROW_HEIGHT;
    }
    row?.commit();
  }
  sheet.commit();
}

/** Values go in as the typed values they are: a text starting with `=` is a string cell, never a formula. */
function setValue(cell: ExcelJS.Cell, source: SourceValue): void {
  switch (source.kind) {
    case "text":
    case "number":
    case "boolean":
    case "date":
      cell.value = source.value;
      break;
    case "error":
      cell.value = { error: source.value as ExcelJS.CellErrorValue["error"] };
      break;
  }
  if ((source.kind === "text" || source.kind === "number" || source.kind === "date") && source.numFmt) cell.numFmt = source.numFmt;
}

const rangeName = (m: MergeRange) => `${columnName(m.left)}${m.top}:${columnName(m.right)}${m.bottom}`;

/**
 * The merges without the ones overlapping an earlier one (Excel would refuse the file) and
 * without single cells. Sorted by top row, each range is compared only with those still open
 * at its row: a handful in real sheets.
 */
function disjointMerges(merges: readonly MergeRange[]): MergeRange[] {
  const sorted = merges.filter((m) => m.bottom > m.top || m.right > m.left).sort((a, b) => a.top - b.top || a.left - b.left);
  let open: MergeRange[] = [];
  const kept: MergeRange[] = [];
  for (const m of sorted) {
    open = open.filter((o) => o.bottom >= m.top);
    if (open.some((o) => o.left <= m.right && m.left <= o.right)) continue;
    open.push(m);
    kept.push(m);
  }
  return kept;
}
