// A workbook's sheets → the tables join-rows.ts reads (platform-data.md §5, §6, §9):
//  (a) a flat list, one row per item, and (b) one row per material under merged item cells: the
//      sheet is the table (merges were filled in by the reader, forward fill does the rest);
//  (c) an items sheet and a separate materials sheet keyed by 实施编码 (事项 + 申请材料): ONE
//      synthetic table of the items sheet with the materials sheet's columns added and its rows
//      below, each carrying its code, so the join of rows repeating a code attaches them;
//  (d) one item per sheet in a form (form-sheet.ts).
// Sheets without a header row (目录, 填表说明, code lists) are skipped with a warning when another
// sheet holds items.
import { formSheetTable, isFormSheet } from "./form-sheet.js";
import { type ColumnField, type ColumnMap, detectHeaderRow, fieldOfHeader, mapColumns } from "./headers.js";
import { gridRow, type SheetGrid, type SourceRow, syntheticTable } from "./sheet-grid.js";
import type { CellPlace, ImportDiagnostic, Table } from "./table.js";

interface HeadedSheet {
  grid: SheetGrid;
  header: number;
  columns: ColumnMap;
}

const ROW_KEYS = new Set<ColumnField>(["code", "name", "state"]);

/** A materials sheet: 实施编码 and material columns, and no item column but the code and the item's name. */
function isMaterialsSheet(columns: ColumnMap): boolean {
  const fields = Object.keys(columns) as ColumnField[];
  return columns.code !== undefined && columns["material.name"] !== undefined && fields.every((f) => f.startsWith("material.") || ROW_KEYS.has(f));
}

export function workbookTables(file: string, grids: readonly SheetGrid[], diagnostics: ImportDiagnostic[]): Table[] {
  const tables: Table[] = [];
  const items: HeadedSheet[] = [];
  const materials: HeadedSheet[] = [];
  const headless: SheetGrid[] = [];
  for (const grid of grids) {
    if (grid.table.rows.length === 0) continue;
    if (isFormSheet(grid)) {
      tables.push(formSheetTable(file, grid));
      continue;
    }
    const header = detectHeaderRow(grid.table.rows);
    if (header === undefined) {
      headless.push(grid);
      continue;
    }
    const sheet = { grid, header, columns: mapColumns(grid.table.rows[header].cells) };
    (isMaterialsSheet(sheet.columns) ? materials : items).push(sheet);
  }
  if (materials.length > 0 && items.length > 0) {
    // The materials join the first items sheet without material columns of its own (else the first).
    const target = items.find((s) => s.columns["material.name"] === undefined) ?? items[0];
    for (const sheet of items) tables.push(sheet === target ? joinedTable(file, target, materials, diagnostics) : sheet.grid.table);
  } else for (const sheet of [...items, ...materials]) tables.push(sheet.grid.table);
  if (tables.length > 0) {
    for (const grid of headless)
      diagnostics.push({ severity: "warning", place: grid.table.rows[0].place, id: "importSheetSkipped", data: { sheet: grid.name } });
  } else if (headless.length > 0) {
    // No sheet holds items: the first sheet's missing header is the error join-rows reports.
    tables.push(headless[0].table);
  }
  return tables;
}

/** The material fields of the materials sheets, in order of first appearance, with the first header cell naming each. */
function materialColumns(materials: readonly HeadedSheet[]): { field: ColumnField; text: string; place: CellPlace }[] {
  const fields: { field: ColumnField; text: string; place: CellPlace }[] = [];
  for (const { grid, header } of materials) {
    grid.table.rows[header].cells.forEach((text, column) => {
      const field = text === "" ? undefined : fieldOfHeader(text);
      if (field?.startsWith("material.") && !fields.some((f) => f.field === field)) fields.push({ field, text, place: grid.table.cellPlace(header, column) });
    });
  }
  return fields;
}

/**
 * Layout (c): the items sheet's rows with the material columns added (blank), then every
 * materials sheet's rows below them, in the same columns, each with its 实施编码 in the items'
 * code column. A blank code cell (merged down the item's materials) continues the code above.
 */
function joinedTable(file: string, target: HeadedSheet, materials: readonly HeadedSheet[], diagnostics: ImportDiagnostic[]): Table {
  const { grid, header } = target;
  const width = grid.table.rows[header].cells.length;
  const codeColumn = target.columns.code ?? 0;
  const added = materialColumns(materials);
  const itemColumns = [...Array.from({ length: width }, (_, c) => c), ...added.map(() => -1)];
  const rows: SourceRow[] = [];
  const codes = new Set<string>();
  grid.table.rows.forEach((row, index) => {
    if (index === header) {
      const base = gridRow(grid, index, itemColumns);
      rows.push({
        place: base.place,
        cells: [...base.cells.slice(0, width), ...added.map((a) => a.text)],
        cellPlace: (c) => (c < width ? base.cellPlace(c) : added[c - width].place),
      });
      return;
    }
    if (index > header) {
      const code = row.cells[codeColumn]?.trim();
      if (code) codes.add(code);
    }
    rows.push(gridRow(grid, index, itemColumns));
  });
  for (const sheet of materials) {
    const ownCode = sheet.columns.code ?? 0;
    const columns = [...Array.from({ length: width }, (_, c) => (c === codeColumn ? ownCode : -1)), ...added.map((a) => sheet.columns[a.field] ?? -1)];
    let code: string | undefined;
    for (let index = sheet.header + 1; index < sheet.grid.table.rows.length; index++) {
      const row = gridRow(sheet.grid, index, columns);
      code = row.cells[codeColumn].trim() || code;
      if (code === undefined || !codes.has(code)) {
        diagnostics.push({
          severity: "error",
          place: sheet.grid.table.cellPlace(index, ownCode).place,
          id: "importOrphanMaterial",
          data: { code: code ?? "", sheet: grid.name },
        });
        continue;
      }
      row.cells[codeColumn] = code;
      rows.push(row);
    }
  }
  return syntheticTable(file, rows);
}
