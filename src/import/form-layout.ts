// The form layout (platform-data.md §5, §6: one item per sheet, a label in one cell and its value
// in the next, 表二 政务服务事项内容信息表) as the table the join reads: a header row of the labels
// and one row of their values, then the form's material list (a row of material headers, a row per
// material) as material rows under the item. Every cell of that table names the form's own cell.
import type { ColumnField, ExtraField } from "./column-fields.js";
import { normalizeHeader } from "./headers.js";
import type { ResolvedMapping } from "./mapping.js";
import type { CellPlace, Table } from "./table.js";

/** Where a cell of the form table is in the form: row index and column of the input table. */
type Source = { row: number; column: number };

/** The form tables made here: their header is labels, not a row a mapping can name. */
const FORM_TABLES = new WeakSet<Table>();

export const isFormTable = (table: Table): boolean => FORM_TABLES.has(table);

/**
 * The table as the join reads it: a form's labels and values under the `form` preset, or under
 * `auto` when it looks like a form; else the table itself.
 */
export function tableInLayout(table: Table, mapping: ResolvedMapping): Table {
  if (mapping.preset !== "form" && !(mapping.preset === "auto" && looksLikeForm(table, mapping))) return table;
  const form = formTable(table, mapping);
  FORM_TABLES.add(form);
  return form;
}

/**
 * A form starts many rows with a label (事项名称, 实施编码, 承诺办结时限 …); a list only its header
 * row (or two). Five such rows among the first 40 make a form (platform-data.md §9 step 2).
 */
function looksLikeForm(table: Table, mapping: ResolvedMapping): boolean {
  let labelled = 0;
  for (const row of table.rows.slice(0, 40)) {
    const first = row.cells.find((cell) => cell.trim() !== "");
    const field = first === undefined ? undefined : mapping.vocabulary.get(normalizeHeader(first));
    if (field !== undefined && !field.startsWith("material.") && ++labelled >= 5) return true;
  }
  return false;
}

function formTable(table: Table, mapping: ResolvedMapping): Table {
  const fieldOf = (cell: string): ColumnField | ExtraField | null | undefined => {
    const key = normalizeHeader(cell);
    return mapping.columns.has(key) ? mapping.columns.get(key) : mapping.vocabulary.get(key);
  };
  const isLabel = (cell: string) => cell.trim() !== "" && fieldOf(cell) !== undefined;
  const labels: string[] = [];
  const header: Source[] = [];
  const values: { text: string; at: Source }[] = [];
  const materialRows: { cells: Map<number, string>; row: number }[] = [];
  let materialColumns: Map<number, number> | undefined; // form column → table column
  table.rows.forEach((row, index) => {
    const cells = row.cells;
    const fields = cells.map((cell) => (cell.trim() === "" ? undefined : fieldOf(cell)));
    // A row of two or more material headers starts the material list; the rows below it are materials.
    if (fields.filter((f) => f?.startsWith("material.")).length >= 2) {
      materialColumns = new Map();
      cells.forEach((cell, column) => {
        if (cell.trim() === "") return;
        materialColumns?.set(column, labels.length);
        labels.push(cell);
        header.push({ row: index, column });
      });
      return;
    }
    if (materialColumns && !cells.some(isLabel)) {
      if (cells.every((cell) => cell.trim() === "")) return;
      const at = new Map<number, string>();
      for (const [column, target] of materialColumns) at.set(target, cells[column] ?? "");
      materialRows.push({ cells: at, row: index });
      return;
    }
    materialColumns = undefined;
    // Label, value, label, value …: a label's value is the next filled cell that is not a label.
    for (let column = 0; column < cells.length; column++) {
      // A material word outside the material list is a section title (申请材料), not a field.
      if (!isLabel(cells[column]) || fieldOf(cells[column])?.startsWith("material.")) continue;
      let valueColumn = column + 1;
      while (valueColumn < cells.length && cells[valueColumn].trim() === "") valueColumn++;
      const text = valueColumn < cells.length && !isLabel(cells[valueColumn]) ? cells[valueColumn] : "";
      values[labels.length] = { text, at: { row: index, column: text === "" ? column + 1 : valueColumn } };
      labels.push(cells[column]);
      header.push({ row: index, column });
      if (text !== "") column = valueColumn;
    }
  });
  const first = table.rows[0]?.place ?? table.file;
  const rows = [
    { place: first, cells: labels },
    { place: first, cells: labels.map((_, i) => values[i]?.text ?? "") },
    ...materialRows.map((m) => ({ place: table.rows[m.row].place, cells: labels.map((_, i) => m.cells.get(i) ?? "") })),
  ];
  const sources: (Source | undefined)[][] = [
    header,
    labels.map((_, i) => values[i]?.at),
    ...materialRows.map((m) => labels.map((_, i) => (m.cells.has(i) ? { row: m.row, column: header[i].column } : undefined))),
  ];
  return {
    file: table.file,
    rows,
    cellPlace(index, column): CellPlace {
      const source = sources[index]?.[column] ?? header[column] ?? { row: 0, column: 0 };
      return table.cellPlace(source.row, source.column);
    },
  };
}
