import { basename } from "node:path";
import { parseCsv } from "./csv.js";
import { decodeExportBytes } from "./decode-bytes.js";
import { gridTable, type ImportDiagnostic, type Table } from "./table.js";

/**
 * A text that would run as a formula in a spreadsheet (`=`, `+`, `-`, `@`, a tab or a CR first) is
 * written by `export`, and by careful exporters, with a `'` before it; that `'` is not the value. A
 * text that itself starts with `'` before one of those gets a second one, so one is always taken.
 */
function withoutFormulaGuard(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * A CSV export's bytes as a table. Rows are named `file.csv:line` (the line a record starts on);
 * cells by the row Excel shows when it opens the file (`file.csv!F12`), which differs from the line
 * once a cell spans several lines.
 */
export function readCsvTable(file: string, bytes: Uint8Array, diagnostics: ImportDiagnostic[]): Table {
  const name = basename(file);
  const { records, unclosedQuoteLine } = parseCsv(decodeExportBytes(bytes));
  if (unclosedQuoteLine !== undefined) {
    diagnostics.push({ severity: "error", place: `${name}:${unclosedQuoteLine}`, id: "importBadCsv", data: { line: unclosedQuoteLine } });
  }
  const rows = records.map((r) => ({ place: `${name}:${r.line}`, cells: r.cells.map(withoutFormulaGuard) }));
  return gridTable(
    name,
    name,
    undefined,
    rows,
    records.map((r) => r.row),
  );
}
