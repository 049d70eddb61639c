// `guidelint import --print-mapping`: per table, the header row chosen and each column's field, in
// the user's language (text), or as a mapping file to edit and pass back with --mapping (yaml):
// every header of every table is written out, so the file passed back gives the same import.
import yaml from "js-yaml";
import { fieldLabel } from "../i18n/field-labels.js";
import type { Lang, LocalizedText } from "../i18n/localized.js";
import { t } from "../i18n/t.js";
import type { JsonPath } from "../vocabulary.js";
import { type ColumnField, type ExtraField, isColumnField } from "./column-fields.js";
import { normalizeHeader } from "./headers.js";
import type { MappingFile, ResolvedMapping } from "./mapping.js";
import { isFormTable, tableInLayout } from "./form-layout.js";
import { closestPreset, sheetRow, type TableHeader, tableHeader, tableName } from "./mapping-table.js";
import type { ImportDiagnostic, Table } from "./table.js";

// A column field's label is that of the record path it fills; the few without one of their own here.
const LABEL_PATHS: Partial<Record<ColumnField, JsonPath>> = {
  legal: ["timeLimit", "legal"],
  promised: ["timeLimit", "promised"],
  feeCharged: ["fee", "charged"],
  feeBasis: ["fee", "basis"],
  feeItems: ["fee", "items"],
  place: ["address", 0, "place"],
  street: ["address", 0, "street"],
  hours: ["address", 0, "hours"],
};
const OWN_LABELS: Partial<Record<ColumnField, LocalizedText>> = {
  legalUnit: { en: "legal time limit unit", "zh-CN": "法定办结时限单位" },
  legalNote: { en: "legal time limit note", "zh-CN": "法定办结时限说明" },
  promisedUnit: { en: "promised time limit unit", "zh-CN": "承诺办结时限单位" },
  promisedNote: { en: "promised time limit note", "zh-CN": "承诺办结时限说明" },
  state: { en: "item state", "zh-CN": "事项状态" },
};

function labelOf(field: ColumnField): LocalizedText | undefined {
  if (OWN_LABELS[field]) return OWN_LABELS[field];
  const path: JsonPath = LABEL_PATHS[field] ?? (field.startsWith("material.") ? ["materials", 0, field.slice("material.".length)] : [field]);
  return fieldLabel(path);
}

/** zh-CN「实施编码（code）」, en「code (implementation code)」: the field as the user reads it and as a mapping file writes it. */
function fieldText(field: ColumnField | ExtraField, lang: Lang): string {
  const label = isColumnField(field) ? labelOf(field) : undefined;
  return label ? t("importMappingField", { field, label }, lang) : field;
}

interface ColumnLine {
  cell?: string;
  header: string;
  field?: ColumnField | ExtraField;
  /** The mapping's null. */
  ignored: boolean;
  /** Another column fills the field first: the cell of that column. */
  takenBy?: string;
}

function columnLines(table: Table, header: TableHeader, mapping: ResolvedMapping): ColumnLine[] {
  const owner = new Map(Object.entries(header.columns).map(([field, column]) => [column, field as ColumnField]));
  const cellOf = (column: number) => {
    const place = table.cellPlace(header.index, column);
    // A form's labels stand in many rows: each is named by its cell, not its column.
    return isFormTable(table) ? place.cell : place.cell?.replace(/\d+$/, "");
  };
  return table.rows[header.index].cells.flatMap((text, column): ColumnLine[] => {
    if (text.trim() === "") return [];
    const key = normalizeHeader(text);
    const ignored = mapping.columns.get(key) === null;
    const field = owner.get(column) ?? (ignored ? undefined : (mapping.columns.get(key) ?? mapping.vocabulary.get(key)) || undefined);
    const first = field === undefined ? undefined : isColumnField(field) ? header.columns[field] : header.extras.find((x) => x.key === field)?.column;
    const line: ColumnLine = { header: text, ignored, ...(field ? { field } : {}) };
    const cell = cellOf(column);
    if (cell !== undefined) line.cell = cell;
    if (first !== undefined && first !== column) line.takenBy = cellOf(first) ?? table.rows[header.index].cells[first];
    return [line];
  });
}

function presetText(mapping: ResolvedMapping, cells: readonly string[], lang: Lang): string {
  return mapping.preset === "auto" ? t("importMappingAuto", { closest: closestPreset(cells) }, lang) : mapping.preset;
}

/** The text report: a block per table, a line per column. */
export function describeMapping(tables: readonly Table[], mapping: ResolvedMapping, lang: Lang, diagnostics: ImportDiagnostic[]): string {
  const blocks = tables.map((input) => {
    const table = tableInLayout(input, mapping);
    const name = tableName(table);
    const header = tableHeader(table, mapping, diagnostics);
    if (!header) return t("importMappingNoTable", { table: name }, lang);
    const cells = table.rows[header.index].cells;
    const row = sheetRow(table, header.index);
    const preset = presetText(mapping, cells, lang);
    const place = row === undefined ? table.rows[header.index].place : table.cellPlace(header.index, 0).place;
    const how = t(header.fromMapping ? "importMappingFromFile" : "importMappingDetected", {}, lang);
    const title = isFormTable(table)
      ? t("importMappingFormTable", { table: name, place, preset }, lang)
      : row === undefined
        ? t("importMappingKeysTable", { table: name, place, preset }, lang)
        : t("importMappingTable", { table: name, row, place, how, preset }, lang);
    const lines = columnLines(table, header, mapping).map((line) => {
      const target = line.ignored
        ? t("importMappingIgnored", {}, lang)
        : line.field === undefined
          ? t("importMappingUnmapped", {}, lang)
          : line.takenBy !== undefined
            ? t("importMappingTaken", { field: fieldText(line.field, lang), first: line.takenBy }, lang)
            : fieldText(line.field, lang);
      return `  ${line.cell !== undefined ? `${line.cell.padEnd(3)} ` : ""}${line.header} → ${target}`;
    });
    const skips = [...header.skip.values()].map((rule) => `  ${t("importMappingSkips", { column: rule.header, values: [...rule.values].join(", ") }, lang)}`);
    return [title, ...lines, ...skips].join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
}

/** The mapping file that gives the same import: the preset, each table's header row, every header's field. */
export function mappingYaml(tables: readonly Table[], mapping: ResolvedMapping, lang: Lang, diagnostics: ImportDiagnostic[]): string {
  const { source } = mapping;
  const sheets: NonNullable<MappingFile["sheets"]> = { ...source.sheets };
  const columns: NonNullable<MappingFile["columns"]> = { ...source.columns };
  for (const input of tables) {
    const table = tableInLayout(input, mapping);
    const header = tableHeader(table, mapping, diagnostics);
    if (!header) continue;
    const row = sheetRow(table, header.index);
    if (row !== undefined && !isFormTable(table)) sheets[tableName(table)] = { ...sheets[tableName(table)], headerRow: row };
    for (const line of columnLines(table, header, mapping)) {
      if (!Object.hasOwn(columns, line.header)) columns[line.header] = line.ignored ? null : (line.field ?? null);
    }
  }
  const file: MappingFile = {
    preset: mapping.preset,
    ...(source.headerRow !== undefined ? { headerRow: source.headerRow } : {}),
    ...(Object.keys(sheets).length > 0 ? { sheets } : {}),
    columns,
    ...(source.dictionaries ? { dictionaries: source.dictionaries } : {}),
    ...(source.defaults ? { defaults: source.defaults } : {}),
    ...(source.skip ? { skip: source.skip } : {}),
  };
  const files = [...new Set(tables.map((table) => table.file))].join(", ");
  return `${t("importMappingYamlHeader", { files }, lang)}\n${yaml.dump(file, { lineWidth: -1, noRefs: true })}`;
}
