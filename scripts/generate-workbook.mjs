// Measurement tool, not part of the build: writes a province-sized workbook in the
// "one row per material under vertically merged item cells" layout (platform-data.md §6),
// plus small .xls samples (BIFF8, SpreadsheetML 2003, HTML table) for the format checks.
// Uses the project's @e965/xlsx; XLSX_EVAL_DIR=/tmp/xlsx-eval loads the copy installed there
// for the reader comparison (docs/xlsx-readers.md) instead.
// Usage: node scripts/generate-workbook.mjs [items=100000] [outDir=/tmp/xlsx-eval/data]
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const EVAL = process.env.XLSX_EVAL_DIR ?? "/tmp/xlsx-eval";
const XLSX = createRequire(process.env.XLSX_EVAL_DIR ? join(EVAL, "package.json") : import.meta.url)("@e965/xlsx");
const items = Number(process.argv[2] ?? 100000);
const outDir = process.argv[3] ?? join(EVAL, "data");
mkdirSync(outDir, { recursive: true });

const ITEM_COLS = [
  "序号",
  "事项名称",
  "基本编码",
  "实施编码",
  "事项类型",
  "行使层级",
  "服务对象",
  "实施主体",
  "法定办结时限",
  "承诺办结时限",
  "到办事现场次数",
];
const MAT_COLS = ["材料名称", "材料类型", "材料形式", "必要性", "来源渠道", "纸质材料份数"];
const NAMES = ["食品经营许可", "公共场所卫生许可", "建筑工程施工许可证核发", "居民身份证换领", "城乡居民养老保险待遇申领"];
const MATERIALS = ["申请表", "营业执照复印件", "法定代表人身份证明", "场所平面图", "卫生管理制度"];

function build(n) {
  const rows = [ITEM_COLS.concat(MAT_COLS)];
  const merges = [];
  for (let i = 0; i < n; i++) {
    // Leading-zero base code and a 31-character implementation code, both text (§2).
    const base = `0001${String(i % 100000).padStart(5, "0")}000`;
    const code = `11450721MB155808114${base}`;
    // Most items need no visit: numeric 0 is the value a reader must not erase.
    const runs = i % 4 === 3 ? 1 : 0;
    const item = [i + 1, `${NAMES[i % 5]}（第${i + 1}项）`, base, code, "01", "4", "2,3,4,6", "灵山县市场监督管理局", 20, i % 2 ? 5 : 0, runs];
    const top = rows.length;
    for (let m = 0; m < 3; m++) {
      // Only the first row of a merged block holds the item values, as Excel stores it.
      const head = m === 0 ? item : ITEM_COLS.map(() => null);
      rows.push(head.concat([MATERIALS[(i + m) % 5], String((m % 3) + 1), "1", m === 2 ? "3" : "1", "10", m]));
    }
    for (let c = 0; c < ITEM_COLS.length; c++) merges.push({ s: { r: top, c }, e: { r: top + 2, c } });
  }
  const ws = XLSX.utils.aoa_to_sheet(rows);
  // Force codes to text cells even where a writer might coerce them.
  for (let r = 1; r < rows.length; r += 3) for (const c of [2, 3, 4, 5, 6]) ws[XLSX.utils.encode_cell({ r, c })].t = "s";
  ws["!merges"] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "申请材料");
  return wb;
}

const t0 = Date.now();
// Shared strings, as Excel and the platform exporters write them (SheetJS defaults to inline strings).
const xlsxOpts = { compression: true, bookSST: true };
XLSX.writeFile(build(items), join(outDir, `materials-${items}.xlsx`), xlsxOpts);
const sample = build(10);
XLSX.writeFile(sample, join(outDir, "sample.xlsx"), xlsxOpts);
XLSX.writeFile(sample, join(outDir, "sample-biff8.xls"), { bookType: "biff8" });
XLSX.writeFile(sample, join(outDir, "sample-xml2003.xls"), { bookType: "xlml" });
XLSX.writeFile(sample, join(outDir, "sample-html.xls"), { bookType: "html" });
console.log(`wrote ${items} items (${items * 3} material rows) to ${outDir} in ${Date.now() - t0} ms`);
