// One table's header under a mapping: the row (the mapping's headerRow, else the best of the first
// 15), each column's field, and the columns whose values skip a row. Shared by the join and by
// `--print-mapping`, so what is printed is what an import does.
import type { ExtraField } from "./column-fields.js";
import { type ColumnMap, detectHeaderRow, extraColumns, mapColumns, normalizeHeader } from "./headers.js";
import { normalizeValue, type ResolvedMapping } from "./mapping.js";
import { PRESET_NAMES, type PresetName, vocabularyOf } from "./presets.js";
import { isFormTable } from "./form-layout.js";
import type { ImportDiagnostic, ImportMessageId, Table } from "./table.js";

export interface TableHeader {
  /** Index of the header row in `table.rows`. */
  index: number;
  /** Whether the mapping file named the row, or it was detected. */
  fromMapping: boolean;
  columns: ColumnMap;
  /** Columns kept as `x-` keys of the item (or of a material: `material.x-…`). */
  extras: { key: ExtraField; column: number }[];
  /** Column index → the values whose rows the mapping's `skip` drops, with the header as written there. */
  skip: ReadonlyMap<number, { header: string; values: ReadonlySet<string> }>;
}

/** How a mapping file names a table: its sheet, else its file (`清单.csv`, `guangxi.json`). */
export function tableName(table: Table): string {
  return table.rows.length > 0 ? (table.cellPlace(0, 0).sheet ?? table.file) : table.file;
}

/** The 1-based row a sheet shows for a table row; undefined for a JSON table, whose header is its keys. */
export function sheetRow(table: Table, index: number): number | undefined {
  const place = table.cellPlace(index, 0);
  return place.cell === undefined ? undefined : place.row;
}

type MappingMessageId = Extract<ImportMessageId, `importMapping${string}`>;

export function mappingDiagnostic(
  severity: ImportDiagnostic["severity"],
  place: string,
  id: MappingMessageId,
  data: ImportDiagnostic["data"],
): ImportDiagnostic {
  return { severity, place, id, data };
}

/** The table's header under the mapping; undefined (with an error) when there is none. */
export function tableHeader(table: Table, mapping: ResolvedMapping, diagnostics: ImportDiagnostic[]): TableHeader | undefined {
  const wanted = mapping.headerRow(tableName(table));
  let index: number | undefined;
  // A form's header is its labels, wherever they are: no row to name.
  const fromMapping = wanted !== undefined && sheetRow(table, 0) !== undefined && !isFormTable(table);
  if (fromMapping) {
    index = table.rows.findIndex((_, i) => sheetRow(table, i) === wanted);
    if (index < 0) {
      diagnostics.push(mappingDiagnostic("error", table.rows[0]?.place ?? table.file, "importMappingHeaderRow", { file: table.file, row: wanted }));
      return undefined;
    }
  } else index = detectHeaderRow(table.rows, mapping.vocabulary, mapping.columns);
  if (index === undefined) {
    diagnostics.push({ severity: "error", place: table.rows[0]?.place ?? table.file, id: "importNoHeader", data: { file: table.file } });
    return undefined;
  }
  const cells = table.rows[index].cells;
  const skip = new Map<number, { header: string; values: ReadonlySet<string> }>();
  const headers = cells.map(normalizeHeader);
  for (const [header, rule] of mapping.skip) {
    const column = headers.indexOf(header);
    if (column >= 0) skip.set(column, rule);
    else diagnostics.push(mappingDiagnostic("warning", table.rows[index].place, "importMappingSkipColumn", { column: rule.header }));
  }
  return { index, fromMapping, columns: mapColumns(cells, mapping.vocabulary, mapping.columns), extras: extraColumns(cells, mapping.columns), skip };
}

/** The skip rule a row meets: the column's header and the value found, if any. */
export function skipOf(header: TableHeader, cells: readonly string[]): { column: string; value: string } | undefined {
  for (const [column, rule] of header.skip) {
    const value = normalizeValue(cells[column] ?? "");
    if (value !== "" && rule.values.has(value)) return { column: rule.header, value };
  }
  return undefined;
}

/** The preset whose words name most of a header row's cells (the first on a tie): what `auto` found. */
export function closestPreset(cells: readonly string[]): PresetName {
  let best: PresetName = PRESET_NAMES[0];
  let bestCount = -1;
  for (const name of PRESET_NAMES) {
    const vocabulary = vocabularyOf(name);
    const count = cells.filter((cell) => vocabulary.has(normalizeHeader(cell))).length;
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/** A row's `x-` values (material ones with `material`, item ones without), non-empty cells as written. */
export function extrasOf(header: TableHeader, cells: readonly string[], material: boolean): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { key, column } of header.extras) {
    if (key.startsWith("material.") !== material) continue;
    const value = cells[column]?.trim() ?? "";
    if (value !== "") values[material ? key.slice("material.".length) : key] = value;
  }
  return values;
}
