// The importer's entries: export files in, records (in memory, or written as YAML) and
// diagnostics out. Stages: sniff (which reader, by content) → read (bytes → tables: one per CSV or
// JSON, one per sheet or layout of a workbook) → header detection → mapping and decoding → join →
// the record → YAML.
import { describeSourceProblem } from "../i18n/source-problems.js";
import { UsageError } from "../errors.js";
import { readSourceBytes } from "../source/read-source.js";
import { decodeExportBytes } from "./decode-bytes.js";
import { type ImportedRecord, recordsOfTable } from "./join-rows.js";
import { readCsvTable } from "./read-csv-table.js";
import { readJsonTable } from "./read-json-table.js";
import { readWorkbookTables } from "./read-workbook.js";
import { sniffInput } from "./sniff.js";
import type { ResolvedMapping } from "./mapping.js";
import type { ImportDiagnostic, Table } from "./table.js";
import { SourceMapWriter, sourceMapEntry } from "./source-map.js";
import { recordPath, recordYaml, writeRecord } from "./write-records.js";
import path from "node:path";

export interface ImportOptions {
  files: string[];
  outDir: string;
  /** Absolute path of service-guide.schema.json, for the modeline. */
  schemaFile: string;
  /** The mapping of --mapping / --preset, resolved; default: auto. */
  mapping?: ResolvedMapping;
  /** Called as each record is written (a progress display). */
  onRecord?: (done: number, total: number) => void;
}

/** An input that could not be read at all (exit 2): missing, a folder, JSON that does not parse. */
interface UnreadableInput {
  file: string;
  detail: string;
}

export interface ImportResult {
  written: string[];
  diagnostics: ImportDiagnostic[];
  unreadable: UnreadableInput[];
}

export interface ImportedRecords {
  /**
   * Every record of every input, in input order, with the input's path as given (`file`);
   * `origin` names the cell of any record path (origins.ts `cellOfPath`).
   */
  records: (ImportedRecord & { file: string })[];
  /** Problems with rows and cells (never fatal), each at its place (`事项!F12`). */
  diagnostics: ImportDiagnostic[];
  unreadable: UnreadableInput[];
}

/** An export's bytes as tables, by what the bytes are (never by the file's extension). */
function tablesOf(file: string, bytes: Uint8Array, result: Pick<ImportedRecords, "diagnostics" | "unreadable">): Table[] {
  const kind = sniffInput(bytes);
  switch (kind) {
    case "json": {
      let doc: unknown;
      try {
        doc = JSON.parse(decodeExportBytes(bytes));
      } catch (error) {
        result.unreadable.push({ file, detail: (error as Error).message });
        return [];
      }
      return [readJsonTable(file, doc, result.diagnostics)];
    }
    case "csv":
      return [readCsvTable(file, bytes, result.diagnostics)];
    default:
      return readWorkbookTables(file, bytes, kind, result.diagnostics);
  }
}

/** The tables of the exports, each with the input's path as given: what `--print-mapping` describes and the import reads. */
export function readExportTables(
  files: readonly string[],
  diagnostics: ImportDiagnostic[],
): { tables: { file: string; table: Table }[]; unreadable: UnreadableInput[] } {
  const result = { tables: [] as { file: string; table: Table }[], unreadable: [] as UnreadableInput[], diagnostics };
  for (const file of files) {
    // Never blocks on a FIFO named like an export, never reads a folder.
    const read = readSourceBytes(file);
    if (!read.ok) {
      result.unreadable.push({ file, detail: describeSourceProblem(read.problem).en });
      continue;
    }
    const first = diagnostics.length;
    for (const table of tablesOf(file, read.bytes, result)) result.tables.push({ file, table });
    for (let i = first; i < diagnostics.length; i++) diagnostics[i].file = file;
  }
  return { tables: result.tables, unreadable: result.unreadable };
}

/**
 * The records of the exports, in memory, without writing anything: what `lint` on a workbook
 * checks. Duplicate codes are kept (the `code-unique` rule reports them). `mapping`: --mapping /
 * --preset resolved; default auto.
 */
export function importRecords(files: readonly string[], mapping?: ResolvedMapping): ImportedRecords {
  const diagnostics: ImportDiagnostic[] = [];
  const { tables, unreadable } = readExportTables(files, diagnostics);
  const records: ImportedRecords["records"] = [];
  for (const { file, table } of tables) {
    const first = diagnostics.length;
    for (const record of recordsOfTable(table, diagnostics, mapping)) records.push({ ...record, file });
    for (let i = first; i < diagnostics.length; i++) diagnostics[i].file = file;
  }
  return { records, diagnostics, unreadable };
}

/** A write into --out; one that fails (--out under a file, a full disk) stops the import, named (exit 2), not as a crash. */
function writing<T>(file: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw new UsageError("importOutUnwritable", { file, detail: (error as Error).message.split("\n")[0] });
  }
}

/** The records of the exports written; the second record of a code is skipped. */
export function importExports(options: ImportOptions): ImportResult {
  const { records, diagnostics, unreadable } = importRecords(options.files, options.mapping);
  const written: string[] = [];
  const seen = new Map<string, string>();
  const sources = records.length > 0 ? writing(options.outDir, () => new SourceMapWriter(options.outDir)) : undefined;
  const total = records.length;
  for (let i = 0; i < total; i++) {
    const { place, record, origin } = records[i];
    // Each record let go once written: at a province's size the parsed records are the heap.
    records[i] = undefined as never;
    const target = recordPath(options.outDir, record);
    const first = seen.get(target);
    if (first !== undefined) {
      diagnostics.push({ severity: "error", place, id: "importDuplicateCode", data: { code: String(record.code), first } });
      continue;
    }
    seen.set(target, place);
    const text = recordYaml(record, target, options.schemaFile);
    writing(target, () => writeRecord(target, text));
    sources?.add(path.relative(options.outDir, target).split(path.sep).join("/"), sourceMapEntry(record, origin, text));
    written.push(target);
    options.onRecord?.(written.length, total);
  }
  sources?.close();
  return { written, diagnostics, unreadable };
}
