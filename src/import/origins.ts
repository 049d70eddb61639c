// Which cell a record's value came from. Every field of the record is filled from one column of
// the item's row (or of a material's row), so a record path names its cell by a fixed table:
// `timeLimit.legal.unit` → the 法定办结时限单位 column of the item's row, `materials[2].source` →
// the 来源渠道 column of the third material's row. A path with no column of its own (a schema error
// on `materials[1]`, or a field the export did not have) is named by its nearest ancestor that has.
import type { JsonPath } from "../vocabulary.js";
import type { ColumnField, ColumnMap } from "./headers.js";
import type { CellPlace, Table } from "./table.js";

/** The rows one record was read from; the table is shared by all its records. */
export interface RecordOrigin {
  table: Table;
  columns: ColumnMap;
  itemRow: number;
  materialRows: readonly number[];
}

const ITEM_COLUMNS: Record<string, ColumnField[]> = {
  code: ["code"],
  baseCode: ["baseCode"],
  name: ["name"],
  type: ["type"],
  level: ["level", "code"],
  region: ["region"],
  department: ["department"],
  subjects: ["subjects"],
  legalBasis: ["legalBasis"],
  processing: ["processing"],
  runs: ["runs"],
  onSiteReason: ["onSiteReason", "runs"],
  onlineDepth: ["onlineDepth"],
  conditions: ["conditions"],
  version: ["version"],
  phone: ["phone"],
  complaintPhone: ["complaintPhone"],
  fee: ["feeCharged", "feeBasis", "feeItems"],
  address: ["place"],
};

const LIMIT_COLUMNS: Record<string, Record<string, ColumnField[]>> = {
  legal: { value: ["legal"], unit: ["legalUnit", "legal"], note: ["legalNote", "legal"] },
  promised: { value: ["promised"], unit: ["promisedUnit", "promised"], note: ["promisedNote", "promised"] },
};

const ADDRESS_COLUMNS: Record<string, ColumnField[]> = { place: ["place"], street: ["street", "place"], hours: ["hours", "place"] };

const FEE_COLUMNS: Record<string, ColumnField[]> = { charged: ["feeCharged"], basis: ["feeBasis", "feeCharged"], items: ["feeItems", "feeCharged"] };

const MATERIAL_COLUMNS: Record<string, ColumnField[]> = {
  name: ["material.name"],
  form: ["material.form"],
  media: ["material.media"],
  copies: ["material.copies"],
  necessity: ["material.necessity"],
  source: ["material.source"],
  eLicense: ["material.eLicense"],
};

/** A cell of the origin's table: its row index there and its column. */
export interface CellRef {
  index: number;
  column: number;
}

/** The first of `fields` that has a column, as the place of that cell in row `index`. */
function cellOf(origin: RecordOrigin, index: number | undefined, fields: readonly ColumnField[] | undefined): CellRef | undefined {
  if (index === undefined || !fields) return undefined;
  for (const field of fields) {
    const column = origin.columns[field];
    if (column !== undefined) return { index, column };
  }
  return undefined;
}

function exactCell(origin: RecordOrigin, path: JsonPath): CellRef | undefined {
  const [head, second, third] = path;
  if (head === "materials") {
    if (typeof second !== "number") return cellOf(origin, origin.materialRows[0], ["material.name"]);
    return cellOf(origin, origin.materialRows[second], MATERIAL_COLUMNS[typeof third === "string" ? third : "name"]);
  }
  if (head === "timeLimit") {
    const limit = typeof second === "string" ? LIMIT_COLUMNS[second] : undefined;
    if (!limit) return cellOf(origin, origin.itemRow, ["legal", "promised"]);
    return cellOf(origin, origin.itemRow, limit[typeof third === "string" ? third : "value"] ?? limit.value);
  }
  if (head === "address" && typeof third === "string") return cellOf(origin, origin.itemRow, ADDRESS_COLUMNS[third]);
  if (head === "fee" && typeof second === "string") return cellOf(origin, origin.itemRow, FEE_COLUMNS[second]);
  return typeof head === "string" ? cellOf(origin, origin.itemRow, ITEM_COLUMNS[head]) : undefined;
}

/** The record's own elements that have a column: where a missing one is reported if its column is there, empty. */
export const ELEMENT_PATHS: readonly JsonPath[] = [...Object.keys(ITEM_COLUMNS).map((key) => [key]), ["timeLimit", "legal"], ["timeLimit", "promised"]];

/** The cell a value at `path` came from: its own, an ancestor's, else the item's name cell (where a missing element is reported). */
export function cellRefOfPath(origin: RecordOrigin, path: JsonPath): CellRef {
  for (let length = path.length; length > 0; length--) {
    const found = exactCell(origin, path.slice(0, length));
    if (found) return found;
  }
  return { index: origin.itemRow, column: origin.columns.name ?? origin.columns.code ?? 0 };
}

/** cellRefOfPath's cell, named. */
export function cellOfPath(origin: RecordOrigin, path: JsonPath): CellPlace {
  const { index, column } = cellRefOfPath(origin, path);
  return origin.table.cellPlace(index, column);
}
