// `report --annotate`: the workbook a clerk sent, back with every faulty cell filled and noted and
// a findings sheet linking to each — correctable in Excel or WPS without guidelint.
import type { Lang } from "../i18n/localized.js";
import type { Annotation } from "./annotation.js";
import { findingsSheet } from "./findings-sheet.js";
import { placeAnnotations } from "./place-annotations.js";
import { readSheets } from "./read-sheets.js";
import { writeAnnotatedWorkbook } from "./write-workbook.js";

export interface AnnotateInput {
  bytes: Uint8Array;
  /** The input's name: `.csv` is read as CSV (UTF-8 or GBK), anything else as a workbook. */
  fileName: string;
}

/**
 * The annotated copy of a workbook (or of a CSV, as a one-sheet workbook) as xlsx bytes. Rejects
 * when the bytes are no spreadsheet SheetJS can read (the reason is SheetJS's message).
 */
export async function annotateWorkbook(input: AnnotateInput, annotations: readonly Annotation[], options: { lang: Lang }): Promise<Uint8Array> {
  const sheets = readSheets(input.bytes, input.fileName);
  const { placed, notes } = placeAnnotations(sheets, annotations);
  const findings = findingsSheet(
    placed,
    sheets.map((s) => s.name),
    options.lang,
  );
  return writeAnnotatedWorkbook({ sheets, notes, findings, lang: options.lang });
}
