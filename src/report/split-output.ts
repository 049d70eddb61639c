// Writing a split: the folder -o names (created when missing), one list per unit in the chosen
// format — any renderer of REPORT_FORMATS, text or bytes, sync or not — and the index.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../errors.js";
import type { Lang } from "../i18n/localized.js";
import type { AuditReport } from "./model.js";
import { type SplitReports, listFileNames, formatExtension } from "./split.js";
import { indexFormat, renderSplitIndex } from "./split-index.js";
import { renderText } from "../i18n/render.js";
import { SPLIT_WORDS } from "./split-words.js";

type Rendered = string | Uint8Array;
type ReportRenderer = (report: AuditReport) => Rendered | Promise<Rendered>;

/** The folder a split writes into: -o is required and must not be a file. Checked before the lint pass. */
export function splitFolder(cwd: string, output: string | undefined): string {
  if (!output) throw new UsageError("splitNeedsFolder");
  const folder = path.resolve(cwd, output);
  let isFile = false;
  try {
    isFile = !statSync(folder).isDirectory();
  } catch {
    // Missing: made when the lists are written.
  }
  if (isFile) throw new UsageError("splitOutputNotAFolder", { file: output });
  return folder;
}

/** Writes the index and every unit's list; returns their names, the index first. */
export async function writeSplit(
  folder: string,
  shownFolder: string,
  split: SplitReports,
  format: string,
  render: ReportRenderer,
  lang: Lang,
): Promise<string[]> {
  const names = listFileNames(split, format, lang);
  const write = (name: string, content: Rendered) => {
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, name), content);
    } catch (error) {
      const { message } = error as Error;
      throw new UsageError("outputUnwritable", { file: path.join(shownFolder, name), detail: message });
    }
  };
  const written: string[] = [];
  for (const unit of split.units) {
    const name = names.get(unit.key)!;
    write(name, await render(unit.report));
    written.push(name);
  }
  const asIndex = indexFormat(format);
  const indexName = `${renderText(SPLIT_WORDS.indexName, {}, lang)}${formatExtension(asIndex)}`;
  write(indexName, renderSplitIndex(split, names, asIndex, lang));
  return [indexName, ...written];
}
