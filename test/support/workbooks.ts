// Realistic platform workbooks for tests, seeded: the four layouts of platform-data.md §5/§6 with
// clean items (the base item of fixtures/base-item.yaml, as a platform exports it: national codes,
// numbers as number cells, codes as text) and chosen defects placed in known cells, each with the
// rule that must report it there. `lint <workbook>` tests check the findings against `seeded`.
import * as XLSX from "@e965/xlsx";
import { sheetPrefix } from "../../src/import/sheet-grid.js";
import { seededRandom } from "./random.js";

export type WorkbookLayout = "per-item" | "per-material-merged" | "materials-sheet" | "form";

/** Defects a row can show, each reported by one rule at the cell holding the value. */
export const DEFECT_RULES = {
  /** 承诺办结时限 30 against a legal 20 days. */
  "promised-over-legal": "time-limit-exceeds-legal",
  /** 材料名称 其他材料. */
  "vague-material": "materials-vague",
  /** 咨询电话 0825-54321. */
  "bad-phone": "phone-format",
  /** 到现场次数 1 with 必须现场办理原因说明 无. */
  "runs-without-reason": "runs-reason",
  /** 实施编码 one character too many. */
  "bad-code": "code-format",
  /** 设定依据 citing the repealed 中华人民共和国合同法. */
  "repealed-law": "legal-basis-repealed",
  /** 办件类型 5, in no dictionary: written as found, so the schema reports it. */
  "unknown-code": "schema",
} as const;

export type DefectKind = keyof typeof DEFECT_RULES;

export interface SeededDefect {
  sheet: string;
  /** A1 form: where the defective value sits. */
  cell: string;
  /** `Sheet!Cell` as the importer names it (sheet quoted the way Excel quotes it). */
  place: string;
  kind: DefectKind;
  rule: (typeof DEFECT_RULES)[DefectKind];
  /** The item's 实施编码 as written (a bad-code defect changes it). */
  code: string;
}

export interface WorkbookOptions {
  layout: WorkbookLayout;
  items: number;
  seed?: number;
  /** One defect per entry, each on a different item while there are enough items. */
  defects?: readonly DefectKind[];
  /** Shared strings (as Excel writes) or inline strings (as SheetJS and many servers do). Default true. */
  sharedStrings?: boolean;
  /** html holds one sheet: the per-item and per-material-merged layouts only. */
  bookType?: "xlsx" | "biff8" | "xlml" | "html";
}

const ITEM_HEADERS = [
  "序号",
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
] as const;

const MATERIAL_HEADERS = ["材料名称", "材料类型", "材料形式", "份数", "材料必要性", "来源渠道", "是否免提交"] as const;

type Cell = string | number;
type ItemRow = Record<(typeof ITEM_HEADERS)[number], Cell>;
type MaterialRow = Record<(typeof MATERIAL_HEADERS)[number], Cell>;

const NAMES = ["食品经营许可（新办）", "食品经营许可（变更）", "食品经营许可（延续）", "食品经营许可（注销）", "食品经营许可（补证）"];

const BASIS =
  "《中华人民共和国食品安全法》第三十五条：国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。\n《食品经营许可管理办法》第四条";

const MATERIALS: MaterialRow[] = [
  { 材料名称: "食品经营许可申请书", 材料类型: "1", 材料形式: "3", 份数: 1, 材料必要性: "1", 来源渠道: "10", 是否免提交: "否" },
  { 材料名称: "营业执照", 材料类型: "2", 材料形式: "3", 份数: 1, 材料必要性: "1", 来源渠道: "20", 是否免提交: "是" },
  { 材料名称: "食品安全管理制度文本", 材料类型: "1", 材料形式: "3", 份数: 1, 材料必要性: "1", 来源渠道: "10", 是否免提交: "否" },
];

function cleanItem(i: number): ItemRow {
  const baseCode = `0001176${String(i).padStart(5, "0")}`;
  return {
    序号: i + 1,
    实施编码: `11510921MB1538709A4${baseCode}`,
    基本编码: baseCode,
    事项名称: i < NAMES.length ? NAMES[i] : `${NAMES[i % NAMES.length].replace("）", "")}第${i + 1}项）`,
    事项类型: "01",
    行政区划: "510921000000",
    实施主体: "蓬溪县行政审批局",
    服务对象: "2",
    设定依据: BASIS,
    法定办结时限: 20,
    法定办结期限单位: "1",
    法定办结时限说明: "受理之日起20个工作日",
    承诺办结时限: 5,
    承诺办结期限单位: "1",
    承诺办结时限说明: "受理之日起5个工作日",
    办件类型: "2",
    到现场次数: 0,
    必须现场办理原因说明: "无",
    网上办理深度: "5",
    办理地点: "蓬溪县政务服务中心一楼综合窗口",
    详细地址: "四川省遂宁市蓬溪县赤城镇滨江路1号",
    办理时间: "周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）",
    咨询电话: "0825-5432100",
    投诉电话: "0825-5432199",
    是否收费: 0,
  };
}

/** The header a defect's value sits under, and the material it is on (for material defects). */
interface Placed {
  kind: DefectKind;
  item: number;
  header: string;
  material: number;
}

function applyDefect(kind: DefectKind, item: ItemRow, materials: MaterialRow[], material: number): string {
  switch (kind) {
    case "promised-over-legal":
      item.承诺办结时限 = 30;
      item.承诺办结时限说明 = "受理之日起30个工作日";
      return "承诺办结时限";
    case "vague-material":
      materials[material] = { ...materials[material], 材料名称: "其他材料" };
      return "材料名称";
    case "bad-phone":
      item.咨询电话 = "0825-54321";
      return "咨询电话";
    case "runs-without-reason":
      item.到现场次数 = 1;
      // Online up to acceptance (depth 3), so one run is no contradiction of a fully-online item (runs-depth).
      item.网上办理深度 = "4";
      return "到现场次数";
    case "bad-code":
      // One character too many: one too few (cut at the end) made the codes of items 0–9 one code,
      // and cut before character 19 it loses the level the code carries.
      item.实施编码 = `${item.实施编码}0`;
      return "实施编码";
    case "repealed-law":
      item.设定依据 = "《中华人民共和国合同法》第十条：当事人订立合同，有书面形式、口头形式和其他形式。";
      return "设定依据";
    case "unknown-code":
      item.办件类型 = "5";
      return "办件类型";
  }
}

interface SheetSpec {
  name: string;
  rows: (Cell | null)[][];
  merges: XLSX.Range[];
}

const cellName = (row: number, column: number) => XLSX.utils.encode_cell({ r: row, c: column });

export function generateWorkbook(options: WorkbookOptions): { bytes: Uint8Array; seeded: SeededDefect[] } {
  const { layout, items } = options;
  const next = seededRandom(options.seed ?? 1);
  const perItem = layout === "per-item" ? 1 : MATERIALS.length;
  const order = Array.from({ length: items }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const rows = Array.from({ length: items }, (_, i) => ({ item: cleanItem(i), materials: MATERIALS.slice(0, perItem).map((m) => ({ ...m })) }));
  const placed: Placed[] = (options.defects ?? []).map((kind, k) => {
    const item = order[k % items];
    const material = Math.floor(next() * perItem);
    return { kind, item, material, header: applyDefect(kind, rows[item].item, rows[item].materials, material) };
  });
  // Where each item's and material's cells are, by layout: sheet, row (0-based), column of a header.
  const at = new Map<string, { sheet: string; row: number; column: number }>();
  const sheets = layoutSheets(layout, rows, at);
  // An HTML table is one sheet, which readers name Sheet1.
  const html = options.bookType === "html";
  if (html && sheets.length > 1) throw new Error(`an HTML table holds one sheet: the ${layout} layout needs ${sheets.length}`);
  const workbook = XLSX.utils.book_new();
  for (const spec of sheets) {
    const sheet = XLSX.utils.aoa_to_sheet(spec.rows);
    if (spec.merges.length > 0) sheet["!merges"] = spec.merges;
    XLSX.utils.book_append_sheet(workbook, sheet, spec.name);
  }
  const bytes = XLSX.write(workbook, {
    type: "buffer",
    bookType: options.bookType ?? "xlsx",
    bookSST: options.sharedStrings ?? true,
    compression: true,
  }) as Buffer;
  const seeded = placed.map(({ kind, item, material, header }) => {
    const isMaterial = (MATERIAL_HEADERS as readonly string[]).includes(header);
    const where = at.get(isMaterial ? `${item}/${material}/${header}` : `${item}/${header}`);
    if (!where) throw new Error(`no cell for ${kind} on item ${item}`);
    const cell = cellName(where.row, where.column);
    const sheet = html ? "Sheet1" : where.sheet;
    return { sheet, cell, place: `${sheetPrefix(sheet)}!${cell}`, kind, rule: DEFECT_RULES[kind], code: String(rows[item].item.实施编码) };
  });
  return { bytes: new Uint8Array(bytes), seeded };
}

const TITLE = "蓬溪县政务服务事项实施清单（2026年版）";

function layoutSheets(
  layout: WorkbookLayout,
  items: { item: ItemRow; materials: MaterialRow[] }[],
  at: Map<string, { sheet: string; row: number; column: number }>,
): SheetSpec[] {
  const itemCells = (item: ItemRow) => ITEM_HEADERS.map((h) => item[h]);
  const materialCells = (m: MaterialRow) => MATERIAL_HEADERS.map((h) => m[h]);
  const width = ITEM_HEADERS.length;
  const note = (sheet: string, row: number, headers: readonly string[], offset: number, key: (h: string) => string) =>
    headers.forEach((h, c) => {
      at.set(key(h), { sheet, row, column: offset + c });
    });
  if (layout === "per-item" || layout === "per-material-merged") {
    const sheet: SheetSpec = {
      name: "事项",
      rows: [[TITLE], [...ITEM_HEADERS, ...MATERIAL_HEADERS]],
      merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: width + MATERIAL_HEADERS.length - 1 } }],
    };
    items.forEach(({ item, materials }, i) => {
      const top = sheet.rows.length;
      note("事项", top, ITEM_HEADERS, 0, (h) => `${i}/${h}`);
      materials.forEach((m, k) => {
        note("事项", top + k, MATERIAL_HEADERS, width, (h) => `${i}/${k}/${h}`);
        // Only the first row of a merged block holds the item's values, as Excel stores merges.
        sheet.rows.push([...(k === 0 ? itemCells(item) : ITEM_HEADERS.map(() => null)), ...materialCells(m)]);
      });
      if (materials.length > 1) for (let c = 0; c < width; c++) sheet.merges.push({ s: { r: top, c }, e: { r: top + materials.length - 1, c } });
    });
    return [sheet];
  }
  if (layout === "materials-sheet") {
    const list: SheetSpec = { name: "事项", rows: [[...ITEM_HEADERS]], merges: [] };
    const mats: SheetSpec = { name: "申请材料", rows: [["实施编码", "事项名称", ...MATERIAL_HEADERS]], merges: [] };
    items.forEach(({ item, materials }, i) => {
      note("事项", list.rows.length, ITEM_HEADERS, 0, (h) => `${i}/${h}`);
      list.rows.push(itemCells(item));
      const top = mats.rows.length;
      materials.forEach((m, k) => {
        note("申请材料", top + k, MATERIAL_HEADERS, 2, (h) => `${i}/${k}/${h}`);
        mats.rows.push([k === 0 ? item.实施编码 : null, k === 0 ? item.事项名称 : null, ...materialCells(m)]);
      });
      if (materials.length > 1) for (const c of [0, 1]) mats.merges.push({ s: { r: top, c }, e: { r: top + materials.length - 1, c } });
    });
    return [list, mats];
  }
  // Form: 表一 目录 (no header: skipped), then one 表二 sheet per item, label in A and value in B.
  const index: SheetSpec = { name: "目录", rows: [["序号", "事项名称"], ...items.map(({ item }) => [item.序号, item.事项名称])], merges: [] };
  const forms = items.map(({ item, materials }, i): SheetSpec => {
    const name = `表二-${i + 1}`;
    const labels = ITEM_HEADERS.filter((h) => h !== "序号");
    const rows: (Cell | null)[][] = [["政务服务事项内容信息表"]];
    for (const h of labels) {
      at.set(`${i}/${h}`, { sheet: name, row: rows.length, column: 1 });
      rows.push([h, item[h]]);
    }
    rows.push([], [...MATERIAL_HEADERS]);
    materials.forEach((m, k) => {
      note(name, rows.length, MATERIAL_HEADERS, 0, (h) => `${i}/${k}/${h}`);
      rows.push(materialCells(m));
    });
    return { name, rows, merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }] };
  });
  return [index, ...forms];
}
