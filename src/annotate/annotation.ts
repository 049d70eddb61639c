// What the annotated workbook is made from: findings reduced to a cell and words, so the writer
// needs neither the engine nor the rules (the CLI adapter, annotations-of-results.ts, does that).

/** One finding on one cell of a workbook (or of a CSV, read as its single sheet). */
export interface Annotation {
  /** The sheet's name; absent for CSV input (the single sheet). */
  sheet?: string;
  /** A1 form: `F12`. */
  cell: string;
  severity: "error" | "warning" | "info";
  ruleId: string;
  /** The rule's one-line description in the output language, when known. */
  title?: string;
  message: string;
  fix?: string;
  itemCode?: string;
}

/** A cell's 1-based row and column. */
export interface CellAddress {
  row: number;
  column: number;
}

// Excel's limits: 1 048 576 rows, 16 384 columns (XFD). Beyond them a place cannot be a cell.
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** `F12` → {row: 12, column: 6}; `$F$12` too; undefined when it names no cell Excel could have. */
export function parseA1(cell: string): CellAddress | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(cell.trim());
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  return row <= MAX_ROW && column <= MAX_COLUMN ? { row, column } : undefined;
}
