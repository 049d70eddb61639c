// Shared by the export tests: an exported file read back by the importer, and the part of a record
// the national one-row-per-material layout carries.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import yaml from "js-yaml";
import { importExports } from "../../src/import/import-exports.js";
import { recordsOfTable } from "../../src/import/join-rows.js";
import { gridTable, type ImportDiagnostic } from "../../src/import/table.js";
import { ROOT } from "../support/cli.js";

export type Item = Record<string, any>;

const SCHEMA = path.join(ROOT, "schemas", "service-guide.schema.json");

/** A CSV export imported by `importExports` into `dir/back`: the records by code, and the diagnostics. */
export function importCsv(file: string, dir: string): { records: Map<string, Item>; diagnostics: ImportDiagnostic[] } {
  const result = importExports({ files: [file], outDir: path.join(dir, "back"), schemaFile: SCHEMA });
  const records = new Map<string, Item>();
  for (const written of result.written) {
    const record = yaml.load(readFileSync(written, "utf8")) as Item;
    records.set(record.code, record);
  }
  return {
    records,
    diagnostics: [
      ...result.diagnostics,
      ...result.unreadable.map((u) => ({ severity: "error", place: u.file, id: "importUnreadable", data: {} }) as ImportDiagnostic),
    ],
  };
}

/**
 * An XLSX export read back: its one sheet as the importer's table (cells as Excel shows them,
 * numbers in General format), then the importer's own row joining and decoding. The importer has
 * no workbook reader of its own yet; this is the part of one that does not depend on the library.
 */
export function importXlsx(bytes: Uint8Array): { records: Map<string, Item>; diagnostics: ImportDiagnostic[] } {
  const book = XLSX.read(bytes, { type: "buffer" });
  const name = book.SheetNames[0];
  const grid = XLSX.utils.sheet_to_json<string[]>(book.Sheets[name], { header: 1, raw: false, defval: "", blankrows: false });
  const rows = grid.map((cells, i) => ({ place: `${name}!A${i + 1}`, cells: cells.map(String) }));
  const diagnostics: ImportDiagnostic[] = [];
  const table = gridTable(
    "export.xlsx",
    name,
    name,
    rows,
    rows.map((_r, i) => i + 1),
  );
  const records = new Map<string, Item>();
  // Through YAML, as the importer writes records: the same values a CSV import gives.
  for (const { record } of recordsOfTable(table, diagnostics)) records.set(String(record.code), yaml.load(yaml.dump(record)) as Item);
  return { records, diagnostics };
}

/**
 * What of a record the national layout carries: the fields below are not elements of the
 * one-sheet upload (or not columns the importer reads), and these values come back changed —
 * the list docs/export.md gives.
 */
export function carried(original: Item): Item {
  const {
    $schema: _schema,
    handleCode: _handleCode, // 业务办理项编码: no importer column yet
    publishedOn: _publishedOn, // channels are not platform elements
    volume: _volume,
    ...rest
  } = structuredClone(original);
  const item: Item = Object.fromEntries(Object.entries(rest).filter(([key]) => !key.startsWith("x-")));
  // One 办理地点 / 详细地址 / 办理时间 per item: the first address.
  if (Array.isArray(item.address)) item.address = item.address.slice(0, 1);
  // An empty list is an empty cell, which reads back as no field.
  // (The sheet has material columns: an item without materials reads back as `materials: []`.)
  for (const key of ["legalBasis", "subjects", "address"]) if (Array.isArray(item[key]) && item[key].length === 0) delete item[key];
  // 到办事现场次数 and 必须现场办理原因说明 come as a pair: a blank reason reads back as null.
  if (item.runs !== undefined && item.onSiteReason === undefined) item.onSiteReason = null;
  // A phone cell is text.
  for (const key of ["phone", "complaintPhone"]) if (typeof item[key] === "number") item[key] = String(item[key]);
  return item;
}
