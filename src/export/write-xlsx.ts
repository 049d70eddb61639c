// An XLSX upload file through SheetJS CE: one sheet, a header row, text as string cells (`t: "s"`,
// so 01 and 000104002000 keep their zeros, and a text starting with = is never a formula), numbers
// as numbers, shared strings (the platform's importers and Excel expect them; they also keep a
// 10k-item file small), column widths and an autofilter on the header. CE writes no styles and no
// frozen panes: the header row is frozen only by the streaming writer (write-xlsx-stream.ts).
import * as XLSX from "@e965/xlsx";
import type { Cell } from "./columns.js";

export const SHEET_NAME = "事项";

// A CJK character is about two Latin ones wide; columns stay between 6 and 60 characters.
function displayWidth(text: string): number {
  let width = 0;
  for (const c of text.split("\n")[0]) width += c.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return width;
}

export function columnWidths(header: readonly string[], rows: readonly Cell[][]): { wch: number }[] {
  const widths = header.map(displayWidth);
  // The first rows tell the width well enough; measuring a province's 300k rows would not change it.
  for (const row of rows.slice(0, 200)) {
    row.forEach((cell, i) => {
      if (cell !== undefined) widths[i] = Math.max(widths[i], displayWidth(String(cell)));
    });
  }
  return widths.map((w) => ({ wch: Math.min(60, Math.max(6, w + 2)) }));
}

export function xlsxBytes(header: readonly string[], rows: readonly Cell[][]): Uint8Array {
  const sheet: XLSX.WorkSheet = {};
  const put = (r: number, c: number, cell: Cell) => {
    if (cell === undefined) return;
    sheet[XLSX.utils.encode_cell({ r, c })] = typeof cell === "number" ? { t: "n", v: cell } : { t: "s", v: cell };
  };
  header.forEach((h, c) => {
    put(0, c, h);
  });
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      put(r + 1, c, cell);
    });
  });
  const range = { s: { r: 0, c: 0 }, e: { r: rows.length, c: Math.max(0, header.length - 1) } };
  sheet["!ref"] = XLSX.utils.encode_range(range);
  sheet["!cols"] = columnWidths(header, rows);
  sheet["!autofilter"] = { ref: sheet["!ref"] };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, SHEET_NAME);
  return XLSX.write(book, { type: "buffer", bookType: "xlsx", bookSST: true, compression: true }) as Uint8Array;
}
