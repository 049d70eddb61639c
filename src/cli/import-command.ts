import path from "node:path";
import { PACKAGE_ROOT } from "../api.js";
import { UsageError } from "../errors.js";
import { type ImportOptions, importExports, readExportTables } from "../import/import-exports.js";
import { type ResolvedMapping, resolveMapping } from "../import/mapping.js";
import { loadMappingFile } from "../import/mapping-load.js";
import { describeMapping, mappingYaml } from "../import/mapping-print.js";
import { PRESET_NAMES, type PresetName } from "../import/presets.js";
import type { ImportDiagnostic } from "../import/table.js";
import { closest, suggestionOf } from "../text/similar.js";
import type { CommandRun } from "./runner.js";

interface ImportCommandOptions {
  out?: string;
  mapping?: string;
  preset?: string;
  printMapping?: boolean;
  format?: string;
}

const PRESETS: readonly string[] = ["auto", ...PRESET_NAMES];

/**
 * `guidelint import <export...> --out <dir>`: exit 0 clean, 1 rows with errors, 2 an input
 * unreadable or the mapping invalid. `--print-mapping` only shows the mapping (exit 0, or 2).
 */
export async function run(cmd: CommandRun, args: unknown[], options: ImportCommandOptions): Promise<number> {
  const files = (args[0] as string[]).map((f) => path.resolve(cmd.io.cwd, f));
  const mapping = mappingOf(cmd, options);
  if (options.printMapping) return printMapping(cmd, files, mapping, options.format ?? "text");
  if (options.format !== undefined) throw new UsageError("importFormatWithoutPrint", { value: options.format });
  if (options.out === undefined) throw new UsageError("missingRequiredOption", { command: "import", option: "--out <dir>" });
  const outDir = path.resolve(cmd.io.cwd, options.out);
  const importOptions: ImportOptions = {
    files,
    outDir,
    schemaFile: path.join(PACKAGE_ROOT, "schemas", "service-guide.schema.json"),
    mapping,
  };
  const result = await cmd.withProgress("guidelint import", async (onRecord) => importExports({ ...importOptions, onRecord }));
  for (const { file, detail } of result.unreadable) cmd.note("importUnreadable", { file: path.relative(cmd.io.cwd, file), detail });
  noteDiagnostics(cmd, result.diagnostics);
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  cmd.note("importSummary", {
    records: result.written.length,
    out: path.relative(cmd.io.cwd, outDir) || ".",
    errors,
    warnings: result.diagnostics.length - errors,
  });
  if (result.unreadable.length > 0) return 2;
  return errors > 0 ? 1 : 0;
}

/** --mapping's file with --preset over its preset; neither: `auto`. */
function mappingOf(cmd: CommandRun, options: ImportCommandOptions): ResolvedMapping {
  if (options.preset !== undefined && !PRESETS.includes(options.preset)) {
    throw new UsageError("importUnknownPreset", {
      value: options.preset,
      suggestion: suggestionOf(closest(options.preset, PRESETS)),
      presets: PRESETS.join(", "),
    });
  }
  const file = options.mapping === undefined ? {} : loadMappingFile(path.resolve(cmd.io.cwd, options.mapping), cmd.io.cwd);
  return resolveMapping(file, options.preset as PresetName | "auto" | undefined);
}

function printMapping(cmd: CommandRun, files: string[], mapping: ResolvedMapping, format: string): number {
  if (format !== "text" && format !== "yaml") throw new UsageError("importBadMappingFormat", { value: format });
  const diagnostics: ImportDiagnostic[] = [];
  const { tables: inputs, unreadable } = readExportTables(files, diagnostics);
  const tables = inputs.map((input) => input.table);
  for (const { file, detail } of unreadable) cmd.note("importUnreadable", { file: path.relative(cmd.io.cwd, file), detail });
  const print = format === "yaml" ? mappingYaml : describeMapping;
  cmd.io.stdout.write(print(tables, mapping, cmd.lang, diagnostics));
  noteDiagnostics(cmd, diagnostics);
  return unreadable.length > 0 ? 2 : 0;
}

/** Each at its place; a sheet's place (`事项!F12`) after its workbook's name, a CSV's and a JSON's name their file already. */
function noteDiagnostics(cmd: CommandRun, diagnostics: readonly ImportDiagnostic[]): void {
  for (const d of diagnostics) {
    const name = d.file === undefined ? undefined : path.basename(d.file);
    const place = name === undefined || d.place.startsWith(name) ? d.place : `${name} ${d.place}`;
    cmd.note(d.id, { ...d.data, place });
  }
}
