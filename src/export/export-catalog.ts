// `guidelint export`: the catalog's master records written back in the platform's upload layout
// (platform-data.md §10), the inverse of the importer. The records come from the library's one
// pass (lint with no rule but yaml-syntax, each parsed record handed to `onRecord`), so the export
// reads files exactly as lint does; a file that holds no record is skipped, by name, with the
// syntax finding that says why.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { lint } from "../api.js";
import type { Finding } from "../engine/result.js";
import { UsageError } from "../errors.js";
import type { CodeStyle } from "./codes.js";
import { type Cell, type ExportColumn, itemRows, NATIONAL_COLUMNS } from "./columns.js";
import { csvBytes } from "./write-csv.js";
import { xlsxBytes } from "./write-xlsx.js";

export type ExportFormat = "xlsx" | "csv";

export interface ExportOptions {
  cwd: string;
  /** Files, folders and globs of master records, as for lint. */
  paths: string[];
  configFile?: string;
  /** The file to write; its extension (.xlsx or .csv) chooses the format. */
  out: string;
  /** National codes (default) or their labels. */
  style?: CodeStyle;
  /** The columns and their headers (default: the national element names); a mapping file's hook. */
  columns?: readonly ExportColumn[];
}

interface SkippedFile {
  file: string;
  /** The first syntax finding of the file, when there is one. */
  finding?: Finding;
}

export interface ExportResult {
  format: ExportFormat;
  records: number;
  rows: number;
  skipped: SkippedFile[];
}

/** The format an output file's name asks for; anything else is a usage error. */
function exportFormatOf(file: string): ExportFormat {
  const extension = path.extname(file).toLowerCase();
  if (extension === ".xlsx" || extension === ".csv") return extension.slice(1) as ExportFormat;
  throw new UsageError("exportUnknownExtension", { file, extension: extension || "(none)" });
}

/** The header and rows of records, in the order given. */
export function exportTable(records: readonly Record<string, unknown>[], columns: readonly ExportColumn[] = NATIONAL_COLUMNS, style: CodeStyle = "codes") {
  return { header: columns.map((c) => c.header), rows: records.flatMap((record) => itemRows(record, columns, style)) };
}

export function tableBytes(format: ExportFormat, header: readonly string[], rows: readonly Cell[][]): Uint8Array {
  return format === "xlsx" ? xlsxBytes(header, rows) : csvBytes(header, rows);
}

export async function exportCatalog(options: ExportOptions): Promise<ExportResult> {
  const format = exportFormatOf(options.out);
  const records: Record<string, unknown>[] = [];
  const recorded = new Set<string>();
  const run = await lint({
    cwd: options.cwd,
    paths: options.paths,
    configFile: options.configFile,
    only: (rule) => rule.id === "yaml-syntax",
    onRecord: (record, source) => {
      records.push(record);
      recorded.add(source.filePath);
    },
  });
  const skipped = run.results.filter((r) => !recorded.has(r.filePath)).map((r) => ({ file: r.file, ...(r.findings[0] ? { finding: r.findings[0] } : {}) }));
  const { header, rows } = exportTable(records, options.columns, options.style);
  const bytes = tableBytes(format, header, rows);
  const target = path.resolve(options.cwd, options.out);
  try {
    writeFileSync(target, bytes);
  } catch (error) {
    throw new UsageError("outputUnwritable", { file: options.out, detail: (error as Error).message });
  }
  return { format, records: records.length, rows: rows.length, skipped };
}
