// `guidelint export <catalog...> -o 上报.xlsx`: the master records in the platform's upload layout.
import path from "node:path";
import { NATIONAL_COLUMNS, withHeaders } from "../export/columns.js";
import { exportCatalog } from "../export/export-catalog.js";
import type { ColumnField } from "../import/column-fields.js";
import { loadMappingFile } from "../import/mapping-load.js";
import { findingMessage } from "../i18n/finding-message.js";
import type { CommandRun } from "./runner.js";

interface ExportCommandOptions {
  output: string;
  mapping?: string;
  config?: string;
  labels?: boolean;
}

/** Exit 0 written (files without a record are skipped, by name); 2 an input or the output unusable (a UsageError). */
export async function run(cmd: CommandRun, [paths]: unknown[], options: ExportCommandOptions): Promise<number> {
  const result = await cmd.withProgress("guidelint export", (onFile) =>
    exportCatalog({
      cwd: cmd.io.cwd,
      paths: paths as string[],
      configFile: options.config,
      out: options.output,
      style: options.labels ? "labels" : "codes",
      ...(options.mapping ? { columns: mappedColumns(path.resolve(cmd.io.cwd, options.mapping), cmd.io.cwd) } : {}),
      onFile,
    }),
  );
  for (const { file, finding } of result.skipped) {
    if (finding) cmd.note("exportSkipped", { file, line: finding.line, reason: findingMessage(finding, cmd.lang) });
    else cmd.note("exportSkippedNoRecord", { file });
  }
  for (const long of result.tooLong) cmd.note("exportCellTooLong", { ...long });
  cmd.note("exportSummary", { records: result.records, rows: result.rows, out: options.output, skipped: result.skipped.length });
  return 0;
}

/**
 * The national columns under the headers an import mapping gives their fields: the upload layout
 * the mapping reads is the one written. A field the mapping names twice takes its first header.
 */
function mappedColumns(file: string, cwd: string) {
  const headers: Partial<Record<ColumnField, string>> = {};
  for (const [header, field] of Object.entries(loadMappingFile(file, cwd).columns ?? {})) {
    if (typeof field === "string" && !field.includes("x-") && headers[field as ColumnField] === undefined) headers[field as ColumnField] = header;
  }
  return withHeaders(NATIONAL_COLUMNS, headers);
}
