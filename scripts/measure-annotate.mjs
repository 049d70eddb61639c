// Measurement tool, not part of the build: annotates a generated workbook (scripts/generate-workbook.mjs)
// with N findings spread over its rows and columns — some under merged item cells, a few beyond the
// data — and prints wall time per phase, peak RSS and the output's size. `--read-only` stops after
// SheetJS has read the input, to separate the reader's cost from the writer's; `--default-limit`
// keeps the size limit (a large input then gets the findings sheet alone). Needs `npm run build`.
//   node --expose-gc scripts/measure-annotate.mjs <workbook.xlsx> [annotations=1000] [out.xlsx] [--read-only] [--default-limit]
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { annotateWorkbook } from "../dist/annotate/annotate-workbook.js";
import { readSheets } from "../dist/annotate/read-sheets.js";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const readOnly = process.argv.includes("--read-only");
// The copy is measured whatever the size, unless --default-limit leaves annotateWorkbook's own limit.
const limit = process.argv.includes("--default-limit") ? {} : { inPlaceLimitBytes: Number.POSITIVE_INFINITY };
const [file, count = "1000", out = "/tmp/annotated.xlsx"] = args;
const n = Number(count);
const cpuSeconds = (since) => {
  const u = process.cpuUsage(since);
  return ((u.user + u.system) / 1e6).toFixed(1);
};
const t0 = performance.now();
const c0 = process.cpuUsage();
const bytes = readFileSync(file);
let sheets = readSheets(bytes, file);
const tRead = performance.now();
const cRead = process.cpuUsage(c0);
const { name, rowCount, columnCount, merges } = sheets[0];
console.log(`${basename(file)}: ${(statSync(file).size / 1e6).toFixed(1)} MB, ${rowCount} rows × ${columnCount} columns, ${merges.length} merges`);
// Only the first sheet's shape is needed: let the first read go before annotating (with --expose-gc).
sheets = undefined;
globalThis.gc?.();
if (!readOnly) {
  const annotations = Array.from({ length: n }, (_, i) => {
    // Every tenth beyond the data (an empty cell), the others evenly over rows 2…rowCount.
    const beyond = i % 10 === 9;
    const row = beyond ? rowCount + 1 + i : 2 + Math.floor((i * (rowCount - 1)) / n);
    const column = 1 + (i % columnCount);
    const letters = String.fromCharCode(64 + column);
    return {
      sheet: name,
      cell: `${letters}${row}`,
      severity: i % 3 === 0 ? "error" : "warning",
      ruleId: "time-limit-exceeds-legal",
      title: "承诺时限不得超过法定时限",
      message: `承诺办结时限 ${i} 个工作日超过法定办结时限 20 个工作日`,
      fix: "改为“20”",
      itemCode: `11450721MB1558081140001${String(i).padStart(5, "0")}000`,
    };
  });
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const result = await annotateWorkbook({ bytes, fileName: basename(file) }, annotations, { lang: "zh-CN", ...limit });
  const t2 = performance.now();
  writeFileSync(out, result);
  console.log(
    `annotate (read again + write): ${((t2 - t1) / 1000).toFixed(1)} s wall, ${cpuSeconds(c1)} s CPU; ${n} annotations; output ${(result.length / 1e6).toFixed(1)} MB → ${out}`,
  );
}
const usage = process.resourceUsage();
console.log(
  `first read: ${((tRead - t0) / 1000).toFixed(1)} s wall, ${((cRead.user + cRead.system) / 1e6).toFixed(1)} s CPU; total wall ${((performance.now() - t0) / 1000).toFixed(1)} s; user ${(usage.userCPUTime / 1e6).toFixed(1)} s; peak RSS ${Math.round(usage.maxRSS / 1024)} MB`,
);
