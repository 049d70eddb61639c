// One export file → its records in memory, for linting it in place (no YAML written).
import { decodeExportBytes } from "./decode-bytes.js";
import { type ImportedRecord, recordsOfTable } from "./join-rows.js";
import { readCsvTable } from "./read-csv-table.js";
import { readJsonTable } from "./read-json-table.js";
import type { ImportDiagnostic, Table } from "./table.js";
import { readSourceBytes } from "../source/read-source.js";
import { describeSourceProblem } from "../i18n/source-problems.js";

export type ExportRead = { ok: true; records: ImportedRecord[]; diagnostics: ImportDiagnostic[] } | { ok: false; detail: string };

export function readExportRecords(file: string): ExportRead {
  const read = readSourceBytes(file);
  if (!read.ok) return { ok: false, detail: describeSourceProblem(read.problem).en };
  const bytes = read.bytes;
  const diagnostics: ImportDiagnostic[] = [];
  let table: Table;
  if (file.toLowerCase().endsWith(".json")) {
    try {
      table = readJsonTable(file, JSON.parse(decodeExportBytes(bytes)), diagnostics);
    } catch (error) {
      return { ok: false, detail: (error as Error).message };
    }
  } else table = readCsvTable(file, bytes, diagnostics);
  return { ok: true, records: recordsOfTable(table, diagnostics), diagnostics };
}
