// Large exports through exceljs's streaming writer: rows go to the zip as they are added, so memory
// stays flat where SheetJS holds every cell object and the whole zip (10k items, 55k rows: 0.7 GB
// with SheetJS; a province is ten times that). Its cells are typed by value like SheetJS's: a
// string is a string cell (never a formula — exceljs writes one only for a { formula } object), a
// number a number. It also freezes the header row, which SheetJS CE cannot.
import { createWriteStream } from "node:fs";
import ExcelJS from "exceljs";
import type { Cell } from "./columns.js";
import { columnWidths, SHEET_NAME } from "./write-xlsx.js";

export async function writeXlsxStream(target: string, header: readonly string[], rows: readonly Cell[][]): Promise<void> {
  const stream = createWriteStream(target);
  // A write error (a full disk) ends the export instead of leaving it waiting for a drain.
  const failed = new Promise<never>((_resolve, reject) => stream.once("error", reject));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: false });
  const written = (async () => {
    const sheet = book.addWorksheet(SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = columnWidths(header, rows).map(({ wch }) => ({ width: wch }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
    sheet.addRow([...header]).commit();
    for (const row of rows) sheet.addRow(row.map((cell) => cell ?? null)).commit();
    sheet.commit();
    await book.commit();
  })();
  written.catch(() => {});
  await Promise.race([written, failed]);
}
