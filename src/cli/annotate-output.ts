// `report --annotate out.xlsx` and `lint --format xlsx=out.xlsx`: each platform export of the run,
// back as a workbook with every faulty cell filled and noted, and a findings sheet — what a county
// clerk opens and corrects without guidelint. A run over several exports writes one copy each,
// `out-<export>.xlsx`.
import path from "node:path";
import { annotatesInPlace, annotateWorkbook, IN_PLACE_LIMIT_BYTES } from "../annotate/annotate-workbook.js";
import { annotationsOfResults } from "../annotate/annotations-of-results.js";
import type { FileResult } from "../engine/result.js";
import { isExportFile } from "../pipeline/export-items.js";
import { readSourceBytes } from "../source/read-source.js";
import type { CommandRun } from "./runner.js";

/** Writes the annotated copies; false when one could not be made (exit 2), the others written all the same. */
export async function writeAnnotatedCopies(cmd: CommandRun, results: readonly FileResult[], out: string): Promise<boolean> {
  // JSON exports have no cells to mark: only spreadsheets (and CSV, opened as one) are copied.
  const exports = results.filter((r) => isExportFile(r.filePath) && !/\.json$/i.test(r.filePath));
  if (exports.length === 0) {
    cmd.note("annotateNothing", { out });
    return true;
  }
  const annotations = annotationsOfResults(exports, cmd.lang);
  let ok = true;
  for (const result of exports) {
    const target = exports.length === 1 ? out : copyName(out, result.filePath);
    const targetPath = path.resolve(cmd.io.cwd, target);
    // Read as the run read it: a FIFO named like an export is never waited on (the run reported it).
    const read = readSourceBytes(result.filePath);
    if (!read.ok) continue;
    const input = { bytes: read.bytes, fileName: result.filePath };
    const list = annotations.get(result.filePath) ?? [];
    let bytes: Uint8Array;
    try {
      const originalLink = path.relative(path.dirname(targetPath), result.filePath).split(path.sep).join("/");
      bytes = await annotateWorkbook(input, list, { lang: cmd.lang, originalLink });
    } catch (error) {
      cmd.note("annotateFailed", { file: result.file, detail: (error as Error).message.split("\n")[0] });
      ok = false;
      continue;
    }
    cmd.writeFile(target, bytes);
    if (annotatesInPlace(input)) cmd.note("annotateWritten", { file: result.file, cells: new Set(list.map((a) => `${a.sheet}!${a.cell}`)).size, out: target });
    else cmd.note("annotateFindingsOnly", { file: result.file, limit: IN_PLACE_LIMIT_BYTES / 1_000_000, out: target });
  }
  return ok;
}

/** `问题.xlsx` + `清单.csv` → `问题-清单.xlsx`, beside the named output. */
function copyName(out: string, exportPath: string): string {
  const extension = path.extname(out) || ".xlsx";
  const stem = path.basename(out, path.extname(out));
  return path.join(path.dirname(out), `${stem}-${path.basename(exportPath, path.extname(exportPath))}${extension}`);
}
