// The form layout (platform-data.md §5, §6: Wushan 表二 政务服务事项内容信息表): one item per sheet,
// a label in one cell and its value in the next (事项名称 | 食品经营许可), then a materials table with
// its own header row. It becomes a synthetic table in the list layout: a header row of the labels
// and the materials header, one item row of the values, one row per material — and every cell of
// it names its real cell (the value's B7, the material's C15).
import { type ColumnField, fieldOfHeader } from "./headers.js";
import { type SheetGrid, type SourceRow, syntheticTable } from "./sheet-grid.js";
import type { CellPlace, Table } from "./table.js";

/** Column A holding this many item labels makes a sheet a form. */
const FORM_LABELS = 5;
/** A row naming this many material columns is the materials table's header. */
const MATERIAL_HEADER_FIELDS = 2;

const itemField = (cell: string | undefined): ColumnField | undefined => {
  const field = cell === undefined || cell === "" ? undefined : fieldOfHeader(cell);
  return field?.startsWith("material.") ? undefined : field;
};

function materialFields(cells: readonly string[]): number {
  return new Set(cells.map((c) => (c === "" ? undefined : fieldOfHeader(c))).filter((f) => f?.startsWith("material."))).size;
}

/** Whether a sheet is a form: at least 5 rows whose column A is an item label (事项名称, 实施编码 …). */
export function isFormSheet(grid: SheetGrid): boolean {
  let labels = 0;
  for (const row of grid.table.rows) {
    if (materialFields(row.cells) >= MATERIAL_HEADER_FIELDS) break;
    if (itemField(row.cells[0]) !== undefined && ++labels >= FORM_LABELS) return true;
  }
  return false;
}

export function formSheetTable(file: string, grid: SheetGrid): Table {
  const { rows } = grid.table;
  const at = (index: number, column: number) => grid.table.cellPlace(index, column);
  const labels: { text: string; label: CellPlace; value: CellPlace; valueText: string }[] = [];
  const seen = new Set<ColumnField>();
  let materialsHeader = -1;
  let firstLabelRow = 0;
  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index].cells;
    if (labels.length > 0 && materialFields(cells) >= MATERIAL_HEADER_FIELDS) {
      materialsHeader = index;
      break;
    }
    // Label | value pairs, one or more to a row (事项名称 | … | 事项类型 | …).
    for (let c = 0; c < cells.length; c++) {
      const field = itemField(cells[c]);
      if (field === undefined || itemField(cells[c + 1]) !== undefined) continue;
      if (!seen.has(field)) {
        if (labels.length === 0) firstLabelRow = index;
        seen.add(field);
        labels.push({ text: cells[c], label: at(index, c), value: at(index, c + 1), valueText: cells[c + 1] ?? "" });
      }
      c++;
    }
  }
  // Labels in column A whose neighbours are labels too (a glossary, not a form): the sheet as it is.
  if (labels.length === 0) return grid.table;
  const width = labels.length;
  const itemPlace = rows[firstLabelRow]?.place ?? file;
  const synthetic: SourceRow[] = [];
  const materialHeaderCells = materialsHeader >= 0 ? rows[materialsHeader].cells : [];
  synthetic.push({
    place: itemPlace,
    cells: [...labels.map((l) => l.text), ...materialHeaderCells],
    cellPlace: (c) => (c < width ? labels[c].label : at(materialsHeader, c - width)),
  });
  synthetic.push({
    place: itemPlace,
    cells: labels.map((l) => l.valueText),
    cellPlace: (c) => (c < width ? labels[c].value : labels[0].value),
  });
  if (materialsHeader >= 0) {
    for (let index = materialsHeader + 1; index < rows.length; index++) {
      const cells = rows[index].cells;
      synthetic.push({
        place: rows[index].place,
        cells: [...labels.map(() => ""), ...cells],
        cellPlace: (c) => at(index, Math.max(c - width, 0)),
      });
    }
  }
  return syntheticTable(file, synthetic);
}
