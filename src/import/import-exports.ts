// The importer's one entry: export files in, records written, diagnostics out. Stages:
// read (bytes → table) → header detection → mapping and decoding → join → the record → YAML.
import { readFileSync } from "node:fs";
import { recordsOfTable } from "./join-rows.js";
import { readCsvTable } from "./read-csv-table.js";
import { readJsonTable } from "./read-json-table.js";
import { decodeExportBytes } from "./decode-bytes.js";
import type { ImportDiagnostic, Table } from "./table.js";
import { type SourceMapEntry, sourceMapEntry, writeSourceMap } from "./source-map.js";
import { recordPath, recordYaml, writeRecord } from "./write-records.js";
import path from "node:path";

export interface ImportOptions {
  files: string[];
  outDir: string;
  /** Absolute path of service-guide.schema.json, for the modeline. */
  schemaFile: string;
}

export interface ImportResult {
  written: string[];
  diagnostics: ImportDiagnostic[];
  /** Inputs that could not be read at all (exit 2). */
  unreadable: { file: string; detail: string }[];
}

export function importExports(options: ImportOptions): ImportResult {
  const result: ImportResult = { written: [], diagnostics: [], unreadable: [] };
  const seen = new Map<string, string>();
  const sources = new Map<string, SourceMapEntry>();
  for (const file of options.files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      result.unreadable.push({ file, detail: (error as Error).message });
      continue;
    }
    let table: Table;
    if (file.toLowerCase().endsWith(".json")) {
      let doc: unknown;
      try {
        doc = JSON.parse(decodeExportBytes(bytes));
      } catch (error) {
        result.unreadable.push({ file, detail: (error as Error).message });
        continue;
      }
      table = readJsonTable(file, doc, result.diagnostics);
    } else table = readCsvTable(file, bytes, result.diagnostics);
    for (const { place, record, origin } of recordsOfTable(table, result.diagnostics)) {
      const target = recordPath(options.outDir, record);
      const first = seen.get(target);
      if (first !== undefined) {
        result.diagnostics.push({ severity: "error", place, id: "importDuplicateCode", data: { code: String(record.code), first } });
        continue;
      }
      seen.set(target, place);
      const text = recordYaml(record, target, options.schemaFile);
      writeRecord(target, text);
      sources.set(path.relative(options.outDir, target).split(path.sep).join("/"), sourceMapEntry(record, origin, text));
      result.written.push(target);
    }
  }
  if (sources.size > 0) writeSourceMap(options.outDir, sources);
  return result;
}
