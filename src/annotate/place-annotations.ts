// Which cell of the copy carries each annotation. A finding names the cell the importer read
// (`申请材料!B3`); when that cell lies inside a merged range (an item's name merged down its
// material rows) Excel shows only the range's first cell, so the fill and the note go there.
import { columnName } from "../text/a1-column.js";
import { type Annotation, type CellAddress, parseA1 } from "./annotation.js";
import type { MergeRange, SourceSheet } from "./read-sheets.js";

export interface PlacedAnnotation {
  annotation: Annotation;
  /** Index of its sheet in the workbook; -1 when the workbook has no such sheet (listed, not linked). */
  sheetIndex: number;
  sheetName: string;
  /** The cell in A1 form (`F12`, as the finding names it when that is no cell), and where it is. */
  cell: string;
  address?: CellAddress;
}

/** Per sheet: row → column → the annotations whose note and fill that cell carries. */
export type CellNotes = Map<number, Map<number, Annotation[]>>;

interface Placement {
  placed: PlacedAnnotation[];
  notes: CellNotes[];
}

/** Annotations without a sheet belong to the first (a CSV's only) sheet. */
export function placeAnnotations(sheets: readonly SourceSheet[], annotations: readonly Annotation[]): Placement {
  const indexOf = new Map(sheets.map((s, i) => [s.name, i]));
  const notes: CellNotes[] = sheets.map(() => new Map());
  const placed = annotations.map((annotation) => {
    const sheetName = annotation.sheet ?? sheets[0]?.name ?? "";
    return placed1(annotation, sheetName, indexOf.get(sheetName) ?? -1);
  });
  sheets.forEach((sheet, index) => {
    const here = placed.filter((p) => p.sheetIndex === index && p.address);
    const masters = mergeMasters(
      sheet.merges,
      here.map((p) => p.address!),
    );
    for (const p of here) {
      const { row, column } = masters.get(key(p.address!)) ?? p.address!;
      const columns = notes[index].get(row) ?? new Map<number, Annotation[]>();
      notes[index].set(row, columns);
      columns.set(column, [...(columns.get(column) ?? []), p.annotation]);
    }
  });
  return { placed, notes };
}

/**
 * The annotations of a workbook that is not copied (too large): each on the sheet it names, the
 * sheets numbered in the order the findings first name them; `defaultSheet` for those naming none.
 */
export function listAnnotations(annotations: readonly Annotation[], defaultSheet: string): PlacedAnnotation[] {
  const indexOf = new Map<string, number>();
  return annotations.map((annotation) => {
    const sheetName = annotation.sheet ?? defaultSheet;
    if (!indexOf.has(sheetName)) indexOf.set(sheetName, indexOf.size);
    return placed1(annotation, sheetName, indexOf.get(sheetName)!);
  });
}

function placed1(annotation: Annotation, sheetName: string, sheetIndex: number): PlacedAnnotation {
  const address = sheetIndex >= 0 ? parseA1(annotation.cell) : undefined;
  const cell = address ? `${columnName(address.column)}${address.row}` : annotation.cell.trim();
  return { annotation, sheetIndex, sheetName, cell, ...(address ? { address } : {}) };
}

const key = (a: CellAddress) => `${a.row}:${a.column}`;

/**
 * The first cell of the merged range holding each of `cells`, for those inside one. One pass over
 * the merges (a province's workbook has a million), each looked up by row in the few annotated rows.
 */
function mergeMasters(merges: readonly MergeRange[], cells: readonly CellAddress[]): Map<string, CellAddress> {
  const masters = new Map<string, CellAddress>();
  if (cells.length === 0 || merges.length === 0) return masters;
  const sorted = [...cells].sort((a, b) => a.row - b.row);
  for (const merge of merges) {
    // The first annotated cell at or below the merge's top row.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].row < merge.top) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i].row <= merge.bottom; i++) {
      const cell = sorted[i];
      if (cell.column >= merge.left && cell.column <= merge.right) masters.set(key(cell), { row: merge.top, column: merge.left });
    }
  }
  return masters;
}
