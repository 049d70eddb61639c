import { basename } from "node:path";
import { parseCsv } from "./csv.js";
import { decodeExportBytes } from "./decode-bytes.js";
import type { ImportDiagnostic, Table } from "./table.js";

/** A CSV export's bytes as a table; rows are named `file.csv:line`. */
export function readCsvTable(file: string, bytes: Uint8Array, diagnostics: ImportDiagnostic[]): Table {
  const name = basename(file);
  const { records, unclosedQuoteLine } = parseCsv(decodeExportBytes(bytes));
  if (unclosedQuoteLine !== undefined) {
    diagnostics.push({ severity: "error", place: `${name}:${unclosedQuoteLine}`, id: "importBadCsv", data: { line: unclosedQuoteLine } });
  }
  return { file: name, rows: records.map((r) => ({ place: `${name}:${r.line}`, cells: r.cells })) };
}
