// `guidelint export <catalog...> -o 上报.xlsx`: the master records in the platform's upload layout.
import { exportCatalog } from "../export/export-catalog.js";
import { findingMessage } from "../i18n/finding-message.js";
import type { CommandRun } from "./runner.js";

interface ExportCommandOptions {
  output: string;
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
