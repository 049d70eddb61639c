// The export's one table of columns: for each importer field (src/import/headers.ts), the header
// written — the national element name, the first of the importer's words for it — and how the
// value is encoded. Order = the national order of §4, item elements before material ones. A
// mapping file can later supply other headers through `withHeaders` without touching the encoders.
import type { ColumnField } from "../import/headers.js";
import { type CodeStyle, depthCode, encode } from "./codes.js";

/** A cell as written: text (a string cell, codes keep their zeros), a number, or nothing. */
export type Cell = string | number | undefined;

type Fields = Record<string, unknown>;

export interface ExportColumn {
  field: ColumnField;
  header: string;
  /** Item columns repeat on each material row; material columns hold one material each. */
  scope: "item" | "material";
  /** The cell for an item, or for one of its materials (`material` set only for material columns). */
  cell(item: Fields, material: Fields, style: CodeStyle): Cell;
}

const text = (value: unknown): Cell => (value === undefined || value === null ? undefined : String(value));

/** 收费项目及标准: one item a line, `name：standard`, as the importer splits them. */
function feeItemsText(items: unknown): Cell {
  if (!Array.isArray(items) || items.length === 0) return undefined;
  return items
    .map((item) => {
      const { name, standard } = (typeof item === "object" && item !== null ? item : { name: item }) as Fields;
      return standard === undefined || standard === null || standard === "" ? String(name ?? "") : `${name ?? ""}：${standard}`;
    })
    .join("\n");
}
const wholeOrText = (value: unknown): Cell => (typeof value === "number" ? value : text(value));
const asFields = (value: unknown): Fields => (value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : {});
const firstAddress = (item: Fields): Fields => asFields(Array.isArray(item.address) ? item.address[0] : undefined);

// A 6-digit region is a county's code; the national 行政区划 has 12 digits (the importer keeps the first 6).
const regionCell = (region: unknown): Cell => (typeof region === "string" && /^\d{6}$/.test(region) ? `${region}000000` : text(region));

/** 设定依据: one basis a line, `《law》第…条：text`, the form the importer splits back into its parts. */
function legalBasisCell(bases: unknown): Cell {
  if (!Array.isArray(bases) || bases.length === 0) return undefined;
  return bases
    .map((entry) => {
      const basis = asFields(entry);
      const law = basis.law === undefined ? "" : `《${String(basis.law)}》`;
      const article = text(basis.article) ?? "";
      const body = text(basis.text);
      return `${law}${article}${body === undefined ? "" : `：${body}`}`;
    })
    .join("\n");
}

type LimitPart = "value" | "unit" | "note";

// A limit in days is a number + 单位 code; hours and minutes have no national code, so they are
// written as text (`4小时`), which the importer's duration parser reads back. null is 无.
function limitCell(limit: unknown, part: LimitPart, style: CodeStyle): Cell {
  if (limit === undefined) return undefined;
  if (limit === null) return part === "value" ? "无" : undefined;
  const { value, unit, note } = asFields(limit);
  const inDays = unit === "working-day" || unit === "natural-day";
  if (part === "note") return text(note);
  if (part === "unit") return inDays ? encode("timeUnit", unit, style) : undefined;
  if (inDays || unit === undefined) return wholeOrText(value);
  return `${text(value) ?? ""}${unit === "hour" ? "小时" : unit === "minute" ? "分钟" : text(unit)}`;
}

function limit(item: Fields, which: "legal" | "promised"): unknown {
  return asFields(item.timeLimit)[which];
}

const coded = (name: Parameters<typeof encode>[0]) => (value: unknown, style: CodeStyle) => encode(name, value, style);

const item = (field: ColumnField, header: string, cell: ExportColumn["cell"]): ExportColumn => ({ field, header, scope: "item", cell });
const material = (field: ColumnField, header: string, cell: (m: Fields, style: CodeStyle) => Cell): ExportColumn => ({
  field,
  header,
  scope: "material",
  cell: (_item, m, style) => cell(m, style),
});

export const NATIONAL_COLUMNS: readonly ExportColumn[] = [
  item("name", "事项名称", (i) => text(i.name)),
  item("baseCode", "基本编码", (i) => text(i.baseCode)),
  item("code", "实施编码", (i) => text(i.code)),
  item("type", "事项类型", (i, _m, s) => coded("type")(i.type, s)),
  item("level", "行使层级", (i, _m, s) => coded("level")(i.level, s)),
  item("region", "行政区划", (i) => regionCell(i.region)),
  item("department", "实施主体", (i) => text(i.department)),
  item("subjects", "服务对象", (i, _m, s) => (Array.isArray(i.subjects) ? i.subjects.map((v) => encode("subjects", v, s)).join(",") : text(i.subjects))),
  item("legalBasis", "设定依据", (i) => legalBasisCell(i.legalBasis)),
  item("legal", "法定办结时限", (i, _m, s) => limitCell(limit(i, "legal"), "value", s)),
  item("legalUnit", "法定办结时限单位", (i, _m, s) => limitCell(limit(i, "legal"), "unit", s)),
  item("legalNote", "法定办结时限说明", (i, _m, s) => limitCell(limit(i, "legal"), "note", s)),
  item("promised", "承诺办结时限", (i, _m, s) => limitCell(limit(i, "promised"), "value", s)),
  item("promisedUnit", "承诺办结时限单位", (i, _m, s) => limitCell(limit(i, "promised"), "unit", s)),
  item("promisedNote", "承诺办结时限说明", (i, _m, s) => limitCell(limit(i, "promised"), "note", s)),
  item("processing", "办件类型", (i, _m, s) => coded("processing")(i.processing, s)),
  item("runs", "到办事现场次数", (i) => wholeOrText(i.runs)),
  item("onSiteReason", "必须现场办理原因说明", (i) => (i.onSiteReason === null ? "无" : text(i.onSiteReason))),
  item("onlineDepth", "网上办理深度", (i) => depthCode(i.onlineDepth)),
  item("conditions", "受理条件", (i) =>
    Array.isArray(i.conditions) && i.conditions.length > 0 ? i.conditions.map((c) => String(c)).join("\n") : text(i.conditions),
  ),
  item("feeCharged", "是否收费", (i, _m, s) => coded("yesNo")(asFields(i.fee).charged, s)),
  item("feeBasis", "收费依据", (i) => text(asFields(i.fee).basis)),
  item("feeItems", "收费项目及标准", (i) => feeItemsText(asFields(i.fee).items)),
  item("place", "办理地点", (i) => text(firstAddress(i).place)),
  item("street", "详细地址", (i) => text(firstAddress(i).street)),
  item("hours", "办理时间", (i) => text(firstAddress(i).hours)),
  item("phone", "咨询电话", (i) => text(i.phone)),
  item("complaintPhone", "投诉电话", (i) => text(i.complaintPhone)),
  item("version", "事项版本", (i) => wholeOrText(i.version)),
  material("material.name", "材料名称", (m) => text(m.name)),
  material("material.form", "材料类型", (m, s) => encode("form", m.form, s)),
  material("material.media", "材料形式", (m, s) => encode("media", m.media, s)),
  material("material.copies", "份数", (m) => wholeOrText(m.copies)),
  material("material.necessity", "必要性", (m, s) => encode("necessity", m.necessity, s)),
  material("material.source", "来源渠道", (m, s) => encode("source", m.source, s)),
  material("material.eLicense", "是否免提交", (m, s) => encode("yesNo", m.eLicense, s)),
];

/** The columns with other headers (a mapping file's names), by field; the encoders stay. */
export function withHeaders(columns: readonly ExportColumn[], headers: Partial<Record<ColumnField, string>>): ExportColumn[] {
  return columns.map((column) => ({ ...column, header: headers[column.field] ?? column.header }));
}

/** One item → its rows: one per material, the item's cells repeated on each; one row when it has none. */
export function itemRows(record: Fields, columns: readonly ExportColumn[], style: CodeStyle): Cell[][] {
  const materials = Array.isArray(record.materials) ? record.materials.map(asFields) : [];
  const itemCells = columns.map((column) => (column.scope === "item" ? column.cell(record, {}, style) : undefined));
  if (materials.length === 0) return [itemCells];
  return materials.map((m) => columns.map((column, index) => (column.scope === "item" ? itemCells[index] : column.cell(record, m, style))));
}
