// The tables of the exports `--print-mapping` describes, read as importExports reads them (the
// same readers, chosen the same way). importExports writes records as it reads, and the mapping is
// printed without writing anything, so the choice of reader is repeated here.
import { readFileSync } from "node:fs";
import { decodeExportBytes } from "./decode-bytes.js";
import { readCsvTable } from "./read-csv-table.js";
import { readJsonTable } from "./read-json-table.js";
import type { ImportDiagnostic, Table } from "./table.js";

export type ExportTables = { tables: Table[]; unreadable: { file: string; detail: string }[] };

export function readExportTables(files: readonly string[], diagnostics: ImportDiagnostic[]): ExportTables {
  const result: ExportTables = { tables: [], unreadable: [] };
  for (const file of files) {
    try {
      const bytes = readFileSync(file);
      result.tables.push(
        file.toLowerCase().endsWith(".json") ? readJsonTable(file, JSON.parse(decodeExportBytes(bytes)), diagnostics) : readCsvTable(file, bytes, diagnostics),
      );
    } catch (error) {
      result.unreadable.push({ file, detail: (error as Error).message });
    }
  }
  return result;
}
