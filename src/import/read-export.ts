// One export file → its records in memory, for linting it in place (no YAML written).
import { type ImportedRecords, importRecords } from "./import-exports.js";
import type { ResolvedMapping } from "./mapping.js";

export type ExportRead = ({ ok: true } & Pick<ImportedRecords, "records" | "diagnostics">) | { ok: false; detail: string };

export function readExportRecords(file: string, mapping?: ResolvedMapping): ExportRead {
  const { records, diagnostics, unreadable } = importRecords([file], mapping);
  return unreadable.length > 0 ? { ok: false, detail: unreadable[0].detail } : { ok: true, records, diagnostics };
}
