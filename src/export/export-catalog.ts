// `guidelint export`: the catalog's master records written back in the platform's upload layout
// (platform-data.md §10), the inverse of the importer. The records come from the library's one
// pass (lint with no rule but yaml-syntax, each parsed record handed to `onRecord`), so the export
// reads files exactly as lint does; a file that holds no record is skipped, by name, with the
// syntax finding that says why.
import { closeSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";
import { lint } from "../api.js";
import type { Finding } from "../engine/result.js";
import { UsageError } from "../errors.js";
import type { CodeStyle } from "./codes.js";
import { type Cell, type ExportColumn, itemRows, NATIONAL_COLUMNS } from "./columns.js";
import { writeCsv } from "./write-csv.js";
import { xlsxBytes } from "./write-xlsx.js";
import { writeXlsxStream } from "./write-xlsx-stream.js";

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
  /** Progress, once per file read. */
  onFile?: (done: number, total: number) => void;
}

interface SkippedFile {
  file: string;
  /** The first syntax finding of the file, when there is one. */
  finding?: Finding;
}

/** A text longer than a cell holds in Excel, by the record's file and the column. */
interface LongCell {
  file: string;
  header: string;
  length: number;
}

export interface ExportResult {
  format: ExportFormat;
  records: number;
  rows: number;
  skipped: SkippedFile[];
  /** XLSX: records left out for a text over Excel's 32 767 characters a cell. */
  tooLong: LongCell[];
}

/** Excel's limit on the characters of one cell. */
const EXCEL_CELL_CHARS = 32_767;

/** The first text of the rows longer than an Excel cell holds, by its column's header. */
function longCell(rows: readonly Cell[][], header: readonly string[]): { header: string; length: number } | undefined {
  for (const row of rows) {
    const c = row.findIndex((cell) => typeof cell === "string" && cell.length > EXCEL_CELL_CHARS);
    if (c >= 0) return { header: header[c], length: String(row[c]).length };
  }
  return undefined;
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

/** Above this many rows the XLSX is streamed (exceljs) rather than built in memory (SheetJS): platform-data.md §10. */
const STREAM_ROWS = 50_000;

/** Writes the table to `target`; a file that cannot be written is a usage error naming `shown`. */
export async function writeTable(
  target: string,
  format: ExportFormat,
  /** `startsItem`: whether a row is an item's first (a sheet of a large workbook starts at one); default every row. */
  table: { header: readonly string[]; rows: readonly Cell[][]; startsItem?: (index: number) => boolean },
  shown = target,
  streamRows = STREAM_ROWS,
): Promise<void> {
  const { header, rows } = table;
  try {
    if (format === "csv") {
      const fd = openSync(target, "w");
      try {
        writeCsv(fd, header, rows);
      } finally {
        closeSync(fd);
      }
    } else if (rows.length > streamRows) {
      // Opened once first, so a folder or a read-only place fails here, plainly, before any work.
      closeSync(openSync(target, "w"));
      await writeXlsxStream(target, header, rows, table.startsItem);
    } else writeFileSync(target, xlsxBytes(header, rows));
  } catch (error) {
    throw new UsageError("outputUnwritable", { file: shown, detail: (error as Error).message });
  }
}

export async function exportCatalog(options: ExportOptions): Promise<ExportResult> {
  const format = exportFormatOf(options.out);
  const columns = options.columns ?? NATIONAL_COLUMNS;
  const header = columns.map((c) => c.header);
  const rows: Cell[][] = [];
  const firstRows = new Set<number>();
  const tooLong: LongCell[] = [];
  const recorded = new Set<string>();
  let records = 0;
  // Each record becomes its rows as the pass hands it over, and is let go: a province's parsed
  // records held until the end were most of the export's memory.
  const run = await lint({
    cwd: options.cwd,
    paths: options.paths,
    configFile: options.configFile,
    only: (rule) => rule.id === "yaml-syntax",
    onFile: options.onFile,
    onRecord: (record, source) => {
      recorded.add(source.filePath);
      const own = itemRows(record, columns, options.style ?? "codes");
      // SheetJS refuses such a text and Excel would cut it: the item is left out of a workbook, by name.
      const long = format === "xlsx" ? longCell(own, header) : undefined;
      if (long) {
        tooLong.push({ file: source.file, ...long });
        return;
      }
      records++;
      firstRows.add(rows.length);
      for (const row of own) rows.push(row);
    },
  });
  const skipped = run.results.filter((r) => !recorded.has(r.filePath)).map((r) => ({ file: r.file, ...(r.findings[0] ? { finding: r.findings[0] } : {}) }));
  await writeTable(path.resolve(options.cwd, options.out), format, { header, rows, startsItem: (index) => firstRows.has(index) }, options.out);
  return { format, records, rows: rows.length, skipped, tooLong };
}
