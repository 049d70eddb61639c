// export(import(x.csv)) keeps every mapped cell: a small CSV in the national layout (codes, one
// row per material with the item's cells repeated, its columns in another order, a 序号 and a
// column the importer does not know) → import → export → every cell under a known header is the
// one written before.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportTable, writeTable } from "../../src/export/export-catalog.js";
import { parseCsv } from "../../src/import/csv.js";
import { fieldOfHeader } from "../../src/import/headers.js";
import { tempDir } from "../support/cli.js";
import { importCsv } from "./support.js";

const ITEM_A = {
  实施编码: "11510921MB1538709A4000117600000",
  事项名称: "食品经营许可（新办）",
  基本编码: "000117600000",
  事项类型: "01",
  行使层级: "4",
  行政区划: "510921000000",
  实施主体: "蓬溪县行政审批局",
  服务对象: "2,1",
  设定依据: "《中华人民共和国食品安全法》第三十五条：国家对食品生产经营实行许可制度。\n《食品经营许可管理办法》第四条",
  法定办结时限: "20",
  法定办结时限单位: "1",
  法定办结时限说明: "受理之日起20个工作日",
  承诺办结时限: "5",
  承诺办结时限单位: "1",
  承诺办结时限说明: "受理之日起5个工作日",
  办件类型: "2",
  到办事现场次数: "0",
  必须现场办理原因说明: "无",
  网上办理深度: "5",
  是否收费: "0",
  办理地点: "蓬溪县政务服务中心一楼综合窗口",
  详细地址: "蓬溪县赤城镇",
  办理时间: "周一至周五 9:00-12:00",
  咨询电话: "0825-5432100",
  投诉电话: "12345",
};
const MATERIALS_A = [
  { 材料名称: "食品经营许可申请书", 材料类型: "1", 材料形式: "3", 份数: "1", 必要性: "1", 来源渠道: "10", 是否免提交: "0" },
  { 材料名称: "营业执照", 材料类型: "2", 材料形式: "2", 份数: "2", 必要性: "3", 来源渠道: "20", 是否免提交: "1" },
];
// No materials; no legal limit; a promised limit in hours, an item 备案, township level.
const ITEM_B = {
  ...ITEM_A,
  实施编码: "11510921MB1538709A5000117600001",
  基本编码: "000117600001",
  事项名称: "某某备案",
  事项类型: "行政备案",
  行使层级: "5",
  服务对象: "9",
  法定办结时限: "无",
  法定办结时限单位: "",
  法定办结时限说明: "",
  承诺办结时限: "4小时",
  承诺办结时限单位: "",
  办件类型: "1",
  到办事现场次数: "1",
  必须现场办理原因说明: "需核验原件",
  网上办理深度: "2",
  是否收费: "1",
};

// Columns in an order of their own, with two the importer does not map.
const HEADER = ["序号", ...Object.keys(ITEM_A).reverse(), "备注", ...Object.keys(MATERIALS_A[0])];
const ROWS: Record<string, string>[] = [
  ...MATERIALS_A.map((m, i) => ({ 序号: String(i + 1), 备注: "x", ...ITEM_A, ...m })),
  { 序号: "3", 备注: "", ...ITEM_B },
];

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

describe("export(import(x.csv))", () => {
  it("keeps every cell under a header the importer maps", async () => {
    const dir = tempDir({ "x.csv": [HEADER, ...ROWS.map((row) => HEADER.map((h) => row[h] ?? ""))].map((r) => r.map(csvCell).join(",")).join("\r\n") });
    const { records, diagnostics } = importCsv(path.join(dir, "x.csv"), dir);
    expect(diagnostics).toEqual([]);
    const ordered = [ITEM_A, ITEM_B].map((item) => records.get(item.实施编码)!);
    const { header, rows } = exportTable(ordered);
    await writeTable(path.join(dir, "y.csv"), "csv", { header, rows });
    const back = parseCsv(readFileSync(path.join(dir, "y.csv"), "utf8").replace(/^\uFEFF/, "")).records.map((r) => r.cells);
    expect(back[0]).toEqual(header);
    const mapped = HEADER.filter((h) => fieldOfHeader(h) !== undefined);
    expect(mapped).toHaveLength(HEADER.length - 2);
    const exportedRows = back.slice(1).map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
    expect(exportedRows.map((row) => Object.fromEntries(mapped.map((h) => [h, row[h]])))).toEqual(
      ROWS.map((row) => Object.fromEntries(mapped.map((h) => [h, row[h] ?? ""]))),
    );
  });
});
