// Large exports through exceljs's streaming writer: rows go to the zip as they are added, so memory
// stays flat where SheetJS holds every cell object and the whole zip (10k items, 55k rows: 0.7 GB
// with SheetJS; a province is ten times that). Its cells are typed by value like SheetJS's: a
// string is a string cell (never a formula — exceljs writes one only for a { formula } object), a
// number a number. It also freezes the header row, which SheetJS CE cannot.
import { createWriteStream } from "node:fs";
import ExcelJS from "exceljs";
import type { Cell } from "./columns.js";
import { columnWidths, SHEET_NAME } from "./write-xlsx.js";

/**
 * Rows per sheet, at most: a province's 550 000 rows in one sheet are 600 MB of sheet XML, more
 * than any reader holds as one string (SheetJS then reads the sheet as empty). Each further sheet
 * (事项2, 事项3 …) has the header again and starts at an item's first row, so the importer reads
 * every sheet as a list of its own.
 */
const MAX_SHEET_ROWS = 50_000;

export async function writeXlsxStream(
  target: string,
  header: readonly string[],
  rows: readonly Cell[][],
  startsItem: (index: number) => boolean = () => true,
  maxSheetRows = MAX_SHEET_ROWS,
): Promise<void> {
  const stream = createWriteStream(target);
  // A write error (a full disk) ends the export instead of leaving it waiting for a drain.
  const failed = new Promise<never>((_resolve, reject) => stream.once("error", reject));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: false });
  const written = (async () => {
    const widths = columnWidths(header, rows).map(({ wch }) => ({ width: wch }));
    let sheets = 0;
    const addSheet = () => {
      sheets++;
      const sheet = book.addWorksheet(sheets === 1 ? SHEET_NAME : `${SHEET_NAME}${sheets}`, { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.columns = widths;
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
      sheet.addRow([...header]).commit();
      return sheet;
    };
    let sheet = addSheet();
    let inSheet = 0;
    for (const [index, row] of rows.entries()) {
      if (inSheet >= maxSheetRows && startsItem(index)) {
        sheet.commit();
        sheet = addSheet();
        inSheet = 0;
      }
      sheet.addRow(row.map((cell) => cell ?? null)).commit();
      inSheet++;
    }
    sheet.commit();
    await book.commit();
  })();
  written.catch(() => {});
  await Promise.race([written, failed]);
}
