// The findings sheet (问题清单): one row per finding, sorted as the clerk walks the workbook
// (sheet order, then row, then column), each cell a link to the faulty cell of the copy.
import type ExcelJS from "exceljs";
import { ANNOTATE_WORDS } from "../i18n/annotate-words.js";
import type { Lang } from "../i18n/localized.js";
import type { PlacedAnnotation } from "./place-annotations.js";
import { ruleLabel, SEVERITY_RANK, severityWord } from "./words.js";

export interface FindingsSheet {
  /** A name no sheet of the workbook has. */
  name: string;
  rows: readonly PlacedAnnotation[];
  /** The workbook the links lead into: absent for the annotated copy itself, else its path (`清单.xlsx`). */
  linkTarget?: string;
}

const COLUMNS = [
  { word: ANNOTATE_WORDS.sheet, width: 16 },
  { word: ANNOTATE_WORDS.cell, width: 10 },
  { word: ANNOTATE_WORDS.itemCode, width: 34 },
  { word: ANNOTATE_WORDS.severity, width: 8 },
  { word: ANNOTATE_WORDS.rule, width: 40 },
  { word: ANNOTATE_WORDS.message, width: 70 },
  { word: ANNOTATE_WORDS.fix, width: 36 },
] as const;

/** The findings sheet for `placed`, named in `lang` and unlike any of `sheetNames` (`问题清单 (2)` if need be). */
export function findingsSheet(placed: readonly PlacedAnnotation[], sheetNames: readonly string[], lang: Lang, linkTarget?: string): FindingsSheet {
  const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
  const base = ANNOTATE_WORDS.findingsSheet[lang];
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
  const rows = [...placed].sort(
    (a, b) =>
      rank(a.sheetIndex) - rank(b.sheetIndex) ||
      a.sheetName.localeCompare(b.sheetName) ||
      (a.address?.row ?? LAST) - (b.address?.row ?? LAST) ||
      (a.address?.column ?? LAST) - (b.address?.column ?? LAST) ||
      a.cell.localeCompare(b.cell) ||
      SEVERITY_RANK[a.annotation.severity] - SEVERITY_RANK[b.annotation.severity] ||
      a.annotation.ruleId.localeCompare(b.annotation.ruleId),
  );
  return { name, rows, ...(linkTarget !== undefined ? { linkTarget } : {}) };
}

// Findings on sheets the workbook lacks come last, and on a sheet those naming no cell.
const LAST = Number.MAX_SAFE_INTEGER;
const rank = (sheetIndex: number) => (sheetIndex < 0 ? LAST : sheetIndex);

/**
 * `#'事项'!F12`: a link inside the workbook, or `清单.xlsx#'事项'!F12` into another one next to it
 * (a quote in a sheet name is doubled, as Excel writes it; no sheet: the cell of the first sheet).
 */
function cellLink(linkTarget: string, sheetName: string, cell: string): string {
  return sheetName === "" ? `${linkTarget}#${cell}` : `${linkTarget}#'${sheetName.replace(/'/g, "''")}'!${cell}`;
}

// A formula's text literal holds at most 255 characters.
const MAX_LITERAL = 255;

/**
 * A link as a HYPERLINK formula with its result cached: Excel, WPS and LibreOffice all follow
 * `#'事项'!F12` in it, while exceljs can write a hyperlink element only as an external
 * relationship, which WPS and Excel on Windows do not take as a jump inside the file. The formula
 * is guidelint's own; every value from the workbook or a message is a string cell.
 */
function linkValue(target: string, text: string): ExcelJS.CellValue {
  if (target.length > MAX_LITERAL) return { text, hyperlink: target };
  const literal = (t: string) => `"${t.replace(/"/g, '""')}"`;
  return { formula: `HYPERLINK(${literal(target)},${literal(text)})`, result: text };
}

export function writeFindingsSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, findings: FindingsSheet, lang: Lang): void {
  const sheet = workbook.addWorksheet(findings.name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  // Over every row, not the header alone: the range is what a filter sorts and hides.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: findings.rows.length + 1, column: COLUMNS.length } };
  const header = sheet.getRow(1);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.word[lang];
    cell.font = { bold: true };
  });
  header.commit();
  findings.rows.forEach((p, i) => {
    const row = sheet.getRow(i + 2);
    const a = p.annotation;
    row.getCell(1).value = p.sheetIndex >= 0 ? p.sheetName : `${p.sheetName} ${ANNOTATE_WORDS.noSuchSheet[lang]}`;
    row.getCell(2).value = p.address ? linkValue(cellLink(findings.linkTarget ?? "", p.sheetName, p.cell), p.cell) : p.cell;
    if (p.address) row.getCell(2).font = { color: { argb: "FF0563C1" }, underline: true };
    // Written as strings: a message quoting a cell's `=…` stays text, never a formula.
    if (a.itemCode) row.getCell(3).value = a.itemCode;
    row.getCell(4).value = severityWord(a.severity, lang);
    row.getCell(5).value = ruleLabel(a, lang);
    row.getCell(6).value = a.message;
    if (a.fix) row.getCell(7).value = a.fix;
    row.getCell(6).alignment = { wrapText: true, vertical: "top" };
    row.commit();
  });
  sheet.commit();
}
