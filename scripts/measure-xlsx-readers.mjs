// Measurement tool, not part of the build: reads the generate-workbook.mjs output with each
// candidate library, one child process per (library, file) so peak RSS is that library's own.
// Needs the candidates outside the project:
//   cd /tmp/xlsx-eval && npm install xlsx @e965/xlsx exceljs read-excel-file xlsx-stream-reader
// Usage: node scripts/measure-xlsx-readers.mjs [workbook.xlsx] [timeoutSeconds=300] [candidate...]
import { spawn } from "node:child_process";
import { createReadStream, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const EVAL = process.env.XLSX_EVAL_DIR ?? "/tmp/xlsx-eval";
const req = createRequire(join(EVAL, "package.json"));

// Each adapter returns { rows, merges (count, or null if the library cannot report them), row2 }
// where row2 is the first data row as a 0-based array: that row carries the merged item values.
function sheetjs(pkg) {
  return async (file) => {
    const XLSX = req(pkg);
    const wb = XLSX.readFile(file, { dense: true });
    const ws = wb.Sheets[wb.SheetNames[0]];
    // 0.20 keeps dense rows in "!data"; 0.18 kept them on the sheet object itself.
    const data = ws["!data"] ?? ws;
    const row2 = Array.from(data[1] ?? [], (c) => c?.v);
    return { rows: XLSX.utils.decode_range(ws["!ref"]).e.r + 1, merges: ws["!merges"]?.length ?? 0, row2 };
  };
}

const ADAPTERS = {
  "@e965/xlsx": { stream: false, read: sheetjs("@e965/xlsx") },
  xlsx: { stream: false, read: sheetjs("xlsx") },
  "exceljs (stream)": {
    stream: true,
    async read(file) {
      const ExcelJS = req("exceljs");
      const opts = { sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", worksheets: "emit" };
      let rows = 0;
      let row2;
      for await (const ws of new ExcelJS.stream.xlsx.WorkbookReader(file, opts)) {
        for await (const row of ws) {
          rows = Math.max(rows, row.number);
          if (row.number === 2) row2 = row.values.slice(1);
        }
        break;
      }
      // The streaming reader exposes no merge ranges (exceljs#3000).
      return { rows, merges: null, row2 };
    },
  },
  "exceljs (full)": {
    stream: false,
    async read(file) {
      const ExcelJS = req("exceljs");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.worksheets[0];
      return { rows: ws.rowCount, merges: Object.keys(ws._merges).length, row2: ws.getRow(2).values.slice(1) };
    },
  },
  "read-excel-file": {
    stream: false,
    async read(file) {
      const { readSheet } = await import(pathToFileURL(req.resolve("read-excel-file/node")).href);
      const rows = await readSheet(file);
      return { rows: rows.length, merges: null, row2: rows[1] };
    },
  },
  "xlsx-stream-reader": {
    stream: true,
    read(file) {
      const Reader = req("xlsx-stream-reader");
      return new Promise((resolve, reject) => {
        const wb = new Reader();
        let rows = 0;
        let row2;
        wb.on("error", reject);
        wb.on("worksheet", (ws) => {
          ws.on("row", (row) => {
            rows++;
            if (rows === 2) row2 = row.values.slice(1);
          });
          ws.on("end", () => resolve({ rows, merges: null, row2 }));
          ws.process();
        });
        createReadStream(file).pipe(wb);
      });
    },
  },
};

// Expected first item, as the generator writes it (index 0: runs 0, promised limit 0).
function check(r) {
  const v = r.row2 ?? [];
  return {
    rows: r.rows,
    merges: r.merges,
    chinese: v[1] === "食品经营许可（第1项）",
    leadingZeroCode: v[2] === "000100000000",
    longCode: v[3] === "11450721MB155808114000100000000",
    zero: v[10] === 0 ? "0" : JSON.stringify(v[10]),
    sample: v.slice(0, 4).concat(v.slice(9, 11)),
  };
}

async function child(name, file) {
  const t0 = process.hrtime.bigint();
  let out;
  try {
    out = check(await ADAPTERS[name].read(file));
  } catch (e) {
    out = { error: String(e?.message ?? e).slice(0, 120) };
  }
  const u = process.resourceUsage();
  out.wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  out.userS = u.userCPUTime / 1e6;
  out.sysS = u.systemCPUTime / 1e6;
  out.maxRssMB = Math.round(u.maxRSS / 1024);
  process.stdout.write(JSON.stringify(out));
}

function run(name, file, timeoutS) {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [fileURLToPath(import.meta.url), "--child", name, file], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    p.stdout.on("data", (d) => {
      out += d;
    });
    // On timeout the child cannot report, so take its high-water mark from /proc before the kill.
    const timer = setTimeout(() => {
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, "utf8"))?.[1];
      out = JSON.stringify({ error: `killed at ${timeoutS} s`, maxRssMB: Math.round(hwm / 1024) });
      p.kill("SIGKILL");
    }, timeoutS * 1000);
    p.on("close", () => {
      clearTimeout(timer);
      resolve(out ? JSON.parse(out) : { error: "no output" });
    });
  });
}

if (process.argv[2] === "--child") {
  await child(process.argv[3], process.argv[4]);
} else {
  const file = process.argv[2] ?? join(EVAL, "data", "materials-100000.xlsx");
  const timeoutS = Number(process.argv[3] ?? 300);
  const names = process.argv.length > 4 ? process.argv.slice(4) : Object.keys(ADAPTERS);
  const samples = ["sample-biff8.xls", "sample-xml2003.xls", "sample-html.xls"].map((s) => join(dirname(file), s));
  for (const name of names) {
    const main = await run(name, file, timeoutS);
    const formats = {};
    for (const s of samples) {
      const r = await run(name, s, 60);
      formats[basename(s)] = r.error ? `no (${r.error.slice(0, 60)})` : r.chinese && r.zero === "0" ? "yes" : `partial ${JSON.stringify(r.sample)}`;
    }
    console.log(JSON.stringify({ name, stream: ADAPTERS[name].stream, ...main, formats }));
  }
}
