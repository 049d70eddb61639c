import path from "node:path";
import { PACKAGE_ROOT } from "../api.js";
import { importExports } from "../import/import-exports.js";
import type { CommandRun } from "./runner.js";

interface ImportCommandOptions {
  out: string;
}

/** `guidelint import <export...> --out <dir>`: exit 0 clean, 1 rows with errors, 2 an input unreadable. */
export async function run(cmd: CommandRun, args: unknown[], options: ImportCommandOptions): Promise<number> {
  const files = (args[0] as string[]).map((f) => path.resolve(cmd.io.cwd, f));
  const outDir = path.resolve(cmd.io.cwd, options.out);
  const result = importExports({ files, outDir, schemaFile: path.join(PACKAGE_ROOT, "schemas", "service-guide.schema.json") });
  for (const { file, detail } of result.unreadable) cmd.note("importUnreadable", { file: path.relative(cmd.io.cwd, file), detail });
  for (const d of result.diagnostics) cmd.note(d.id, { ...d.data, place: d.place });
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
