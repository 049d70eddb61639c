// JSON exports as the same table model as a CSV: a header row of the keys seen, then per item one
// row of its own fields and one row per material with the item cells blank — the layout the join
// already reads (forward fill). Rows are named by JSON path (`$.data.list[3].AUDIT_MATERIAL[1]`).
// Shapes (platform-data.md §6): the Guangxi envelope {STATUS, data: {list: [{AUDIT_ITEM,
// AUDIT_ITEM_EXTEND, AUDIT_MATERIAL[]…}]}} and Zhejiang's [{matterInfo, materialInfos[], addressInfo[]}].
import { basename } from "node:path";
import type { ImportDiagnostic, Table } from "./table.js";

/** A row's values by key, with the JSON path each came from (a key of AUDIT_ITEM_EXTEND lives there). */
type Values = Map<string, { text: string; path: string }>;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const ITEM_PARTS = ["AUDIT_ITEM", "AUDIT_ITEM_EXTEND", "matterInfo"];
const MATERIAL_LISTS = ["AUDIT_MATERIAL", "materialInfos"];
// Only the first window's place and hours go to the item: the rest are windows' own details.
const ADDRESS_LISTS = ["addressInfo"];
const ADDRESS_KEYS = ["address", "acceptTimeDesc"];

/** The item list and its JSON path: `data.list`, `list`, `data` or the document itself. */
function itemList(doc: unknown): { path: string; items: unknown[] } | undefined {
  if (Array.isArray(doc)) return { path: "$", items: doc };
  if (!isObject(doc)) return undefined;
  if (isObject(doc.data) && Array.isArray(doc.data.list)) return { path: "$.data.list", items: doc.data.list };
  if (Array.isArray(doc.list)) return { path: "$.list", items: doc.list };
  if (Array.isArray(doc.data)) return { path: "$.data", items: doc.data };
  return undefined;
}

const firstObject = (v: unknown): Json | undefined => (Array.isArray(v) ? v.find(isObject) : isObject(v) ? v : undefined);

function scalars(from: Json | undefined, at: string, into: Values, only?: string[]): void {
  for (const [key, value] of Object.entries(from ?? {})) {
    if (only && !only.includes(key)) continue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") into.set(key, { text: String(value), path: `${at}.${key}` });
  }
}

/** Where a part of an item is: `AUDIT_ITEM` itself, or the first object of a list (`addressInfo[0]`). */
function partPath(at: string, part: string, value: unknown): string {
  return Array.isArray(value) ? `${at}.${part}[${value.findIndex(isObject)}]` : `${at}.${part}`;
}

export function readJsonTable(file: string, doc: unknown, diagnostics: ImportDiagnostic[]): Table {
  const name = basename(file);
  const list = itemList(doc);
  if (!list) {
    diagnostics.push({ severity: "error", place: `${name}:$`, id: "importJsonShape", data: {} });
    return { file: name, rows: [], cellPlace: (index, column) => ({ row: index, column, place: `${name}:$` }) };
  }
  const keys: string[] = [];
  const rows: { place: string; values: Values }[] = [];
  const add = (place: string, values: Values) => {
    for (const key of values.keys()) if (!keys.includes(key)) keys.push(key);
    rows.push({ place: `${name}:${place}`, values });
  };
  list.items.forEach((entry, i) => {
    const place = `${list.path}[${i}]`;
    if (!isObject(entry)) {
      diagnostics.push({ severity: "error", place: `${name}:${place}`, id: "importJsonShape", data: {} });
      return;
    }
    const item: Values = new Map();
    scalars(entry, place, item);
    for (const part of ITEM_PARTS) scalars(firstObject(entry[part]), partPath(place, part, entry[part]), item);
    for (const part of ADDRESS_LISTS) scalars(firstObject(entry[part]), partPath(place, part, entry[part]), item, ADDRESS_KEYS);
    add(place, item);
    for (const listKey of MATERIAL_LISTS) {
      const materials = entry[listKey];
      if (!Array.isArray(materials)) continue;
      materials.forEach((material, j) => {
        const values: Values = new Map();
        const at = `${place}.${listKey}[${j}]`;
        scalars(isObject(material) ? material : undefined, at, values);
        add(at, values);
      });
    }
  });
  return {
    file: name,
    rows: [{ place: `${name}:${list.path}`, cells: keys }, ...rows.map((r) => ({ place: r.place, cells: keys.map((k) => r.values.get(k)?.text ?? "") }))],
    // Row 0 is the header of keys; a cell absent from its object is named where it would be.
    cellPlace(index, column) {
      const row = rows[index - 1];
      const key = keys[column] ?? "";
      const path = row ? (row.values.get(key)?.path ?? `${row.place.slice(name.length + 1)}.${key}`) : list.path;
      return { row: index, column: column + 1, place: `${name}:${path}` };
    },
  };
}
