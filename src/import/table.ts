// The importer's common ground: every reader turns its input into rows of text cells, each row
// knowing where it came from, so every later stage can name the place of a problem — down to the
// cell (`事项!F12`), which is what a clerk looks for in the workbook.

import { columnName } from "../text/a1-column.js";
import type { MessageValue } from "../vocabulary.js";

/** One row of an input table: its cells as text, the place it starts (`事项!A12`, `file.csv:12`). */
export interface TableRow {
  place: string;
  cells: string[];
}

/** Where one cell of an input is: a sheet cell (CSV: the file as Excel opens it) or a JSON path. */
export interface CellPlace {
  /** The sheet's name; absent for CSV and JSON. */
  sheet?: string;
  /** A1 form (`F12`); absent for JSON. */
  cell?: string;
  /** 1-based row and column as a spreadsheet numbers them (JSON: the table row and column). */
  row: number;
  column: number;
  /** How a message names it: `事项!F12`, `清单.csv!F12`, `export.json:$.data.list[3].TASK_NAME`. */
  place: string;
}

/** A table read from one input (one sheet of a workbook): the input's display name and its rows in order. */
export interface Table {
  file: string;
  rows: TableRow[];
  /** The place of cell `column` (0-based) of `rows[index]`. */
  cellPlace(index: number, column: number): CellPlace;
}

/**
 * A table whose rows are spreadsheet rows: `rowNumbers[i]` is the 1-based number of `rows[i]` in the
 * sheet (blank rows are not in `rows`, so the two differ). `prefix` names the sheet in places: the
 * sheet name for a workbook, the file name for a CSV.
 */
export function gridTable(file: string, prefix: string, sheet: string | undefined, rows: TableRow[], rowNumbers: readonly number[]): Table {
  return {
    file,
    rows,
    cellPlace(index, column) {
      const row = rowNumbers[index] ?? index + 1;
      const cell = `${columnName(column + 1)}${row}`;
      return { ...(sheet !== undefined ? { sheet } : {}), cell, row, column: column + 1, place: `${prefix}!${cell}` };
    },
  };
}

/** A problem found while importing, named by its place; `id` is a message id of src/i18n/messages.ts. */
export interface ImportDiagnostic {
  severity: "error" | "warning";
  place: string;
  /** The cell, when the problem is one cell's or one row's (its first cell). */
  at?: CellPlace;
  /** The input it was found in, as given: a sheet's place (`事项!F12`) does not name its workbook. */
  file?: string;
  id: ImportMessageId;
  data: Record<string, MessageValue>;
}

const IMPORT_MESSAGE_IDS = [
  "importUnreadable",
  "importNoHeader",
  "importMissingColumn",
  "importUnmappedValue",
  "importUnparsedDuration",
  "importEmptyRequired",
  "importOrphanRow",
  "importDuplicateCode",
  "importBadCsv",
  "importJsonShape",
  "importSkippedRow",
  "importWithdrawnRow",
  "importCodeRepaired",
  "importPrecisionLost",
  "importEncrypted",
  "importBadWorkbook",
  "importWorkbookTooLarge",
  "importSheetTooLarge",
  "importSheetSkipped",
  "importOrphanMaterial",
  "importMappingHeaderRow",
  "importMappingSkipColumn",
  "importMappingSkippedItem",
  "importMappingSkippedRow",
] as const;

export type ImportMessageId = (typeof IMPORT_MESSAGE_IDS)[number];

/**
 * What lint-in-place reports (rule export-data) of the importer's diagnostics: all but the values
 * it read and could not decode — written as found, the schema rule reports those at their cell —
 * and the duplicate code of a second record, which only writing knows (lint has code-unique).
 */
export const LINT_REPORTED_IDS: readonly ImportMessageId[] = IMPORT_MESSAGE_IDS.filter(
  (id) => id !== "importUnmappedValue" && id !== "importUnparsedDuration" && id !== "importDuplicateCode",
);
