// Known items written the way a platform exports them: a CSV with the national element names
// (platform-data.md §4) and codes, one row per material with the item cells blank below its first
// row. Shared by the import round trip and the lint-in-place tests.
import yaml from "js-yaml";
import { itemText } from "./cli.js";

export type Item = Record<string, any>;

export const HEADERS = [
  "实施编码",
  "基本编码",
  "事项名称",
  "事项类型",
  "行政区划",
  "实施主体",
  "服务对象",
  "设定依据",
  "法定办结时限",
  "法定办结期限单位",
  "法定办结时限说明",
  "承诺办结时限",
  "承诺办结期限单位",
  "承诺办结时限说明",
  "办件类型",
  "到现场次数",
  "必须现场办理原因说明",
  "网上办理深度",
  "办理地点",
  "详细地址",
  "办理时间",
  "咨询电话",
  "投诉电话",
  "是否收费",
  "材料名称",
  "材料类型",
  "材料形式",
  "份数",
  "材料必要性",
  "来源渠道",
  "是否免提交",
];
const CODES: Record<string, string> = {
  "administrative-license": "01",
  "legal-person": "2",
  "natural-person": "1",
  "working-day": "1",
  "natural-day": "2",
  commitment: "2",
  immediate: "1",
  original: "1",
  copy: "2",
  "original-and-copy": "3",
  paper: "1",
  electronic: "2",
  "paper-or-electronic": "3",
  required: "1",
  optional: "2",
  applicant: "10",
  government: "20",
};
const DEPTH_CODE: Record<number, string> = { 1: "1", 2: "2", 3: "3", 4: "5" };

const csvCell = (v: unknown) => {
  const s = v === undefined || v === null ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function csvRows(item: Item): unknown[][] {
  const limit = (l: any) => (l === null ? ["无", "", ""] : [l.value, CODES[l.unit], l.note]);
  const basis = item.legalBasis.map((b: any) => `《${b.law}》${b.article ?? ""}${b.text ? `：${b.text}` : ""}`).join("\n");
  const itemCells = [
    item.code,
    item.baseCode,
    item.name,
    CODES[item.type],
    `${item.region}000000`,
    item.department,
    item.subjects.map((s: string) => CODES[s]).join(","),
    basis,
    ...limit(item.timeLimit.legal),
    ...limit(item.timeLimit.promised),
    CODES[item.processing],
    item.runs,
    item.onSiteReason ?? "无",
    DEPTH_CODE[item.onlineDepth],
    item.address[0].place,
    item.address[0].street,
    item.address[0].hours,
    item.phone,
    item.complaintPhone,
    item.fee.charged ? "1" : "0",
  ];
  return item.materials.map((m: any, i: number) => [
    ...(i === 0 ? itemCells : itemCells.map(() => "")),
    m.name,
    CODES[m.form],
    CODES[m.media],
    m.copies,
    CODES[m.necessity],
    CODES[m.source],
    m.eLicense ? "是" : "否",
  ]);
}

// Fields a CSV of §4 elements does not carry.
function importable(text: string): Item {
  const { publishedOn: _p, volume: _v, ...item } = yaml.load(text) as Item;
  return item;
}

export const ITEMS = [
  importable(itemText()),
  // A promised limit longer than the legal one, and a material without a name's form.
  importable(itemText({ "  promised: { value: 5,  unit: working-day, note: 受理之日起5个工作日 }": "  promised: { value: 30, unit: working-day }" }, 1)),
  importable(itemText({ "phone: 0825-5432100": "phone: 12345" }, 2)),
];

/** The items as one CSV export (CRLF, as Excel writes it). */
export function nationalCsv(items: readonly Item[]): string {
  return [HEADERS, ...items.flatMap(csvRows)].map((row) => row.map(csvCell).join(",")).join("\r\n");
}
