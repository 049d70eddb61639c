// `report --annotate`: the workbook a clerk sent, back with every faulty cell filled and noted and
// a findings sheet linking to each — correctable in Excel or WPS without guidelint.
import { basename, extname } from "node:path";
import type { Lang } from "../i18n/localized.js";
import type { Annotation } from "./annotation.js";
import { findingsSheet } from "./findings-sheet.js";
import { listAnnotations, placeAnnotations } from "./place-annotations.js";
import { csvSheetName, readSheets } from "./read-sheets.js";
import { writeAnnotatedWorkbook } from "./write-workbook.js";

export interface AnnotateInput {
  bytes: Uint8Array;
  /** The input's name: `.csv` is read as CSV (UTF-8 or GBK), anything else as a workbook. */
  fileName: string;
}

export interface AnnotateOptions {
  lang: Lang;
  /**
   * Inputs larger than this are not copied: reading one into SheetJS again and writing it back
   * costs about 1.5 GB and a minute for a province's 50 MB workbook (docs/annotate.md). The output
   * is then the findings sheet alone, linking into the original. Default: IN_PLACE_LIMIT_BYTES.
   */
  inPlaceLimitBytes?: number;
  /** Where the findings-only output's links lead: the original's path relative to the output. Default: its file name. */
  originalLink?: string;
}

/** 20 MB: a county's or a city's list (the 10 000-item sample is 4.9 MB), not a province's. */
export const IN_PLACE_LIMIT_BYTES = 20_000_000;

/** Whether annotateWorkbook will copy this input (else it writes the findings sheet alone). */
export function annotatesInPlace(input: AnnotateInput, options: Pick<AnnotateOptions, "inPlaceLimitBytes"> = {}): boolean {
  return input.bytes.byteLength <= (options.inPlaceLimitBytes ?? IN_PLACE_LIMIT_BYTES);
}

/**
 * The annotated copy of a workbook (or of a CSV, as a one-sheet workbook) as xlsx bytes; beyond
 * the size limit, a workbook with the findings sheet only. Rejects when the bytes are no
 * spreadsheet SheetJS can read (the reason is SheetJS's message).
 */
export async function annotateWorkbook(input: AnnotateInput, annotations: readonly Annotation[], options: AnnotateOptions): Promise<Uint8Array> {
  const { lang } = options;
  if (!annotatesInPlace(input, options)) {
    const defaultSheet = extname(input.fileName).toLowerCase() === ".csv" ? csvSheetName(input.fileName) : "";
    const findings = findingsSheet(listAnnotations(annotations, defaultSheet), [], lang, options.originalLink ?? basename(input.fileName));
    return writeAnnotatedWorkbook({ sheets: [], notes: [], findings, lang });
  }
  const sheets = readSheets(input.bytes, input.fileName);
  const { placed, notes } = placeAnnotations(sheets, annotations);
  const findings = findingsSheet(
    placed,
    sheets.map((s) => s.name),
    lang,
  );
  return writeAnnotatedWorkbook({ sheets, notes, findings, lang });
}
