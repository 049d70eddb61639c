// Rows → records. A layout with one row per material leaves the item cells blank below the item's
// first row (or merged, which a CSV export also leaves blank): such a row belongs to the item above.
// Rows repeating the same 实施编码 are joined to that item as well — unless they name another item
// (another 事项名称): that is a second item with the same code, which code-unique reports (and an
// import writes once), not materials of the first.
import { decodeItemFields, decodeItemTail, decodeMaterial, type Fields, RowReader } from "./decode-item.js";
import { isNotOnApplication, isWithdrawn } from "./dictionaries.js";
import { resolveMapping, type ResolvedMapping, withDefaults } from "./mapping.js";
import { extrasOf, mappingDiagnostic, skipOf, tableHeader } from "./mapping-table.js";
import { tableInLayout } from "./form-layout.js";
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
  /** The 事项名称 cell as written on the item's first row: a row with the code and another name is another item. */
  name?: string;
  place: string;
  record: Fields;
  itemRow: number;
  tail: Fields;
  materials: Fields[];
  materialRows: number[];
}

const AUTO = resolveMapping();

/** The table's records; `mapping` (a mapping file's, resolved) chooses the header row, columns, codes, defaults and skips. */
export function recordsOfTable(input: Table, diagnostics: ImportDiagnostic[], mapping: ResolvedMapping = AUTO): ImportedRecord[] {
  const table = tableInLayout(input, mapping);
  const found = tableHeader(table, mapping, diagnostics);
  if (!found) return [];
  const headerIndex = found.index;
  const header = table.rows[headerIndex];
  const { columns } = found;
  for (const field of ["code", "name"] as const) {
    if (columns[field] === undefined) diagnostics.push({ severity: "error", place: header.place, id: "importMissingColumn", data: { field } });
  }
  if (columns.code === undefined) return [];
  const byCode = new Map<string, Entry[]>();
  const entries: Entry[] = [];
  const add = (code: string, entry: Entry) => {
    byCode.set(code, [...(byCode.get(code) ?? []), entry]);
    entries.push(entry);
    return entry;
  };
  // The item a row with this code continues: the one of its name, or the first when its name cell is blank.
  const continued = (code: string, name: string | undefined) => byCode.get(code)?.find((entry) => name === undefined || entry.name === name);
  let current: Entry | undefined;
  for (let index = headerIndex + 1; index < table.rows.length; index++) {
    const reader = new RowReader(table, index, columns, diagnostics, mapping.dictionaries);
    const code = reader.text("code");
    const name = reader.text("name");
    const skip = skipOf(found, table.rows[index].cells);
    if (skip) {
      if (code === undefined || continued(code, name)) {
        // A row continuing an item (a material's): only this row goes.
        diagnostics.push(mappingDiagnostic("warning", reader.place, "importMappingSkippedRow", skip));
      } else {
        // An item's first row: the item goes, and the rows that continue it with it.
        diagnostics.push(mappingDiagnostic("warning", reader.place, "importMappingSkippedItem", { ...skip, code }));
        current = add(code, { skipped: true, name, place: reader.place, record: {}, itemRow: index, tail: {}, materials: [], materialRows: [] });
      }
      continue;
    }
    if (code === undefined) {
      // Forward fill: a row without its key continues the item above — if there is one.
      if (!current) {
        reader.report({ severity: "error", id: "importOrphanRow", data: {} });
        continue;
      }
    } else {
      const seen = continued(code, name);
      if (seen) current = seen;
      else if (isNotOnApplication(reader.text("type") ?? "") || isWithdrawn(reader.text("state") ?? "")) {
        const why = isWithdrawn(reader.text("state") ?? "") ? "importWithdrawnRow" : "importSkippedRow";
        reader.report({ severity: "warning", id: why, data: { code, type: reader.text("type") ?? "", state: reader.text("state") ?? "" } });
        current = add(code, { skipped: true, name, place: reader.place, record: {}, itemRow: index, tail: {}, materials: [], materialRows: [] });
      } else {
        const record = decodeItemFields(reader);
        if (record.name === undefined) reader.reportAt("name", { severity: "error", id: "importEmptyRequired", data: { field: "name" } });
        const tail = { ...decodeItemTail(reader), ...extrasOf(found, table.rows[index].cells, false) };
        current = add(code, { name, place: reader.place, record, itemRow: index, tail, materials: [], materialRows: [] });
      }
    }
    const material = decodeMaterial(reader);
    if (material) {
      current.materials.push({ ...material, ...extrasOf(found, table.rows[index].cells, true) });
      current.materialRows.push(index);
    }
  }
  return entries
    .filter((entry) => !entry.skipped)
    .map((entry) => ({
      place: entry.place,
      // With material columns in the export, an item with no material rows has no materials (零材料).
      record: withDefaults(
        { ...entry.record, ...(entry.materials.length > 0 || columns["material.name"] !== undefined ? { materials: entry.materials } : {}), ...entry.tail },
        mapping.defaults,
      ),
      origin: { table, columns, itemRow: entry.itemRow, materialRows: entry.materialRows },
    }));
}
