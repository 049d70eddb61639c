// The importer's common ground: every reader turns its input into rows of text cells, each row
// knowing where it came from, so every later stage can name the place of a problem.

/** One row of an input table: its cells as text and the place it starts (`file.csv:12`). */
interface TableRow {
  place: string;
  cells: string[];
}

/** A table read from one input: the file's display name and its rows in order. */
export interface Table {
  file: string;
  rows: TableRow[];
}

/** A problem found while importing, named by its place; `id` is a message id of src/i18n/messages.ts. */
export interface ImportDiagnostic {
  severity: "error" | "warning";
  place: string;
  id: ImportMessageId;
  data: Record<string, string | number>;
}

type ImportMessageId =
  | "importUnreadable"
  | "importNoHeader"
  | "importMissingColumn"
  | "importUnmappedValue"
  | "importUnparsedDuration"
  | "importEmptyRequired"
  | "importOrphanRow"
  | "importDuplicateCode"
  | "importBadCsv"
  | "importJsonShape"
  | "importSkippedRow"
  | "importWithdrawnRow"
  | "importCodeRepaired"
  | "importPrecisionLost";
