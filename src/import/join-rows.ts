// Rows → records. A layout with one row per material leaves the item cells blank below the item's
// first row (or merged, which a CSV export also leaves blank): such a row belongs to the item above.
// Rows repeating the same 实施编码 are joined to that item as well.
import { decodeItemFields, decodeItemTail, decodeMaterial, type Fields, RowReader } from "./decode-item.js";
import { isNotOnApplication, isWithdrawn } from "./dictionaries.js";
import { detectHeaderRow, mapColumns } from "./headers.js";
import type { RecordOrigin } from "./origins.js";
import type { ImportDiagnostic, Table } from "./table.js";

export interface ImportedRecord {
  /** The place of the item's first row. */
  place: string;
  record: Fields;
  /** The rows and columns its values came from: a record path → `Sheet!Cell` (origins.ts). */
  origin: RecordOrigin;
}

interface Entry {
  /** An item without a service guide (行政处罚…): its rows are read and dropped. */
  skipped?: boolean;
  place: string;
  record: Fields;
  itemRow: number;
  tail: Fields;
  materials: Fields[];
  materialRows: number[];
}

export function recordsOfTable(table: Table, diagnostics: ImportDiagnostic[]): ImportedRecord[] {
  const headerIndex = detectHeaderRow(table.rows);
  if (headerIndex === undefined) {
    diagnostics.push({ severity: "error", place: table.rows[0]?.place ?? table.file, id: "importNoHeader", data: { file: table.file } });
    return [];
  }
  const header = table.rows[headerIndex];
  const columns = mapColumns(header.cells);
  for (const field of ["code", "name"] as const) {
    if (columns[field] === undefined) diagnostics.push({ severity: "error", place: header.place, id: "importMissingColumn", data: { field } });
  }
  if (columns.code === undefined) return [];
  const byCode = new Map<string, Entry>();
  let current: Entry | undefined;
  for (let index = headerIndex + 1; index < table.rows.length; index++) {
    const reader = new RowReader(table, index, columns, diagnostics);
    const code = reader.text("code");
    if (code === undefined) {
      // Forward fill: a row without its key continues the item above — if there is one.
      if (!current) {
        reader.report({ severity: "error", id: "importOrphanRow", data: {} });
        continue;
      }
    } else {
      const seen = byCode.get(code);
      if (seen) current = seen;
      else if (isNotOnApplication(reader.text("type") ?? "") || isWithdrawn(reader.text("state") ?? "")) {
        const why = isWithdrawn(reader.text("state") ?? "") ? "importWithdrawnRow" : "importSkippedRow";
        reader.report({ severity: "warning", id: why, data: { code, type: reader.text("type") ?? "", state: reader.text("state") ?? "" } });
        current = { skipped: true, place: reader.place, record: {}, itemRow: index, tail: {}, materials: [], materialRows: [] };
        byCode.set(code, current);
      } else {
        const record = decodeItemFields(reader);
        if (record.name === undefined) reader.reportAt("name", { severity: "error", id: "importEmptyRequired", data: { field: "name" } });
        current = { place: reader.place, record, itemRow: index, tail: decodeItemTail(reader), materials: [], materialRows: [] };
        byCode.set(code, current);
      }
    }
    const material = decodeMaterial(reader);
    if (material) {
      current.materials.push(material);
      current.materialRows.push(index);
    }
  }
  return [...byCode.values()]
    .filter((entry) => !entry.skipped)
    .map((entry) => ({
      place: entry.place,
      record: { ...entry.record, ...(entry.materials.length > 0 ? { materials: entry.materials } : {}), ...entry.tail },
      origin: { table, columns, itemRow: entry.itemRow, materialRows: entry.materialRows },
    }));
}
