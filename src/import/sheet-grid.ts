// A workbook sheet as the importer sees it: its non-blank rows as text cells, each cell with its
// place (`事项!F12`). Layouts that are not one table (a materials sheet, a form sheet) become
// synthetic tables whose every cell still names its real sheet cell.
import { type CellPlace, gridTable, type Table, type TableRow } from "./table.js";

export interface SheetGrid {
  name: string;
  /** The sheet's rows (blank rows left out) and, for each, its place. */
  table: Table;
}

/**
 * How Excel names a sheet in a reference: bare when it is a plain name (`事项`, `Sheet1`), else
 * quoted with inner quotes doubled (`'Sheet 1'`, `'2024'`, `'A1'`, `'O''Brien'`).
 */
export function sheetPrefix(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[a-z]{1,3}\d+$/i.test(name) && !/^r\d*c\d*$/i.test(name);
  return plain ? name : `'${name.replaceAll("'", "''")}'`;
}

export function sheetGrid(file: string, name: string, rows: TableRow[], rowNumbers: readonly number[]): SheetGrid {
  return { name, table: gridTable(file, sheetPrefix(name), name, rows, rowNumbers) };
}

/** One row of a synthetic table: its cells and where each of them really is. */
export interface SourceRow {
  place: string;
  cells: string[];
  cellPlace(column: number): CellPlace;
}

/** A row of a grid whose synthetic columns are `columns[c]` of the real row (-1: a cell the row does not have). */
export function gridRow(grid: SheetGrid, index: number, columns: readonly number[]): SourceRow {
  const real = grid.table.rows[index].cells;
  return {
    place: grid.table.rows[index].place,
    cells: columns.map((c) => (c < 0 ? "" : (real[c] ?? ""))),
    // A cell the row does not have is named by the row's first cell.
    cellPlace: (column) => grid.table.cellPlace(index, Math.max(columns[column] ?? 0, 0)),
  };
}

export function syntheticTable(file: string, rows: SourceRow[]): Table {
  return {
    file,
    rows: rows.map(({ place, cells }) => ({ place, cells })),
    cellPlace: (index, column) => rows[index].cellPlace(column),
  };
}
