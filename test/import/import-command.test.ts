import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "../support/cli.js";
import { generateWorkbook } from "../support/workbooks.js";

const FIXTURE = path.join(ROOT, "fixtures/import/per-material.csv");

describe("guidelint import", () => {
  it("writes one record per item under <region>/<department>/<code>.yaml; exit 0 with warnings only", async () => {
    const out = tempDir();
    const run = await runCli(["import", FIXTURE, "--out", out]);
    expect(run.stderr).toContain('per-material.csv!P4: "9" in onlineDepth is no known code or label');
    expect(run.status).toBe(0);
    const first = readFileSync(path.join(out, "510921/蓬溪县行政审批局/11510921MB1538709A4000117600000.yaml"), "utf8");
    expect(first).toContain("  - name: 营业执照\n    form: copy");
    expect(existsSync(path.join(out, "510921/蓬溪县卫生健康局/11510921MB1538709A4000117600001.yaml"))).toBe(true);
  });

  it("reads a GBK export; a row that cannot be placed is exit 1, in Chinese with --lang zh-CN", async () => {
    const utf8 = "实施编码,事项名称,事项类型\r\n,孤儿,01\r\nC1,甲,01\r\n";
    const dir = tempDir({ "gbk.csv": gbk(utf8) });
    const run = await runCli(["import", "gbk.csv", "--out", "out", "--lang", "zh-CN"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("gbk.csv:2：该行没有实施编码");
    expect(readFileSync(path.join(dir, "out/_/_/C1.yaml"), "utf8")).toContain("name: 甲");
  });

  it("is exit 2 when an export cannot be read", async () => {
    const run = await runCli(["import", "no-such.csv", "--out", tempDir()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Cannot read the export no-such.csv");
  });
});

// A GBK encoder for the few characters used here: each is found by decoding every two-byte GBK code.
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder("gbk");
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) table.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
  }
  return new Uint8Array([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? []))));
}

describe("HTML tables saved as .xls by server templates", () => {
  it("reads a GBK HTML table by its content", async () => {
    const html =
      '<html><head><meta charset="gb2312"></head><body><table><tr><td>实施编码</td><td>事项名称</td><td>事项类型</td></tr><tr><td>C1</td><td>食品经营许可</td><td>01</td></tr></table></body></html>';
    const dir = tempDir({ "清单.xls": gbk(html) });
    const run = await runCli(["import", "清单.xls", "--out", "out"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, "out/_/_/C1.yaml"), "utf8")).toContain("name: 食品经营许可");
  });
});

describe("hostile cells in output paths", () => {
  it("keeps every record inside --out whatever its code, region or department", async () => {
    const dir = tempDir({ "x.csv": "实施编码,事项名称,行政区划,实施主体\n../../evil,甲,..,a/b\\c\n" });
    const run = await runCli(["import", "x.csv", "--out", "out"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(existsSync(path.join(dir, "out/_/a_b_c/.._.._evil.yaml"))).toBe(true);
  });
});

describe("duplicate codes across exports", () => {
  it("keeps the first record, names both places and is exit 1", async () => {
    const csv = "实施编码,事项名称,行政区划,实施主体\nC1,甲,510921,局\n";
    const dir = tempDir({ "a.csv": csv, "b.csv": csv.replace("甲", "乙") });
    const run = await runCli(["import", "a.csv", "b.csv", "--out", "out"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("b.csv:2: item C1 was already imported from a.csv:2");
    expect(readFileSync(path.join(dir, "out/510921/局/C1.yaml"), "utf8")).toContain("name: 甲");
  });
});

describe("guidelint import of workbooks", () => {
  it("imports an xlsx end to end: one record per item, the diagnostics at their Sheet!Cell", async () => {
    const { bytes, seeded } = generateWorkbook({ layout: "materials-sheet", items: 5, seed: 11, defects: ["unknown-code"] });
    const dir = tempDir({ "x.xlsx": Buffer.from(bytes) });
    const run = await runCli(["import", "x.xlsx", "--out", "out"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${seeded[0].place}: "5" in processing is no known code or label`);
    expect(run.stderr).toContain("Imported 5 records into out: 0 errors, 1 warnings.");
    expect(readFileSync(path.join(dir, "out/510921/蓬溪县行政审批局/11510921MB1538709A4000117600003.yaml"), "utf8")).toContain(
      "  - name: 营业执照\n    form: copy",
    );
  });

  it("reads a SpreadsheetML 2003 file named .xls by its content, and names an encrypted workbook in Chinese (exit 1)", async () => {
    const xml = generateWorkbook({ layout: "per-item", items: 2, bookType: "xlml" }).bytes;
    const dir = tempDir({ "清单.xls": Buffer.from(xml), "加密.xlsx": Buffer.from([0xd0, 0xcf, 0x11, 0xe0, ...Buffer.from("EncryptedPackage", "utf16le")]) });
    const run = await runCli(["import", "清单.xls", "加密.xlsx", "--out", "out", "--lang", "zh-CN"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("加密.xlsx：该工作簿已加密");
    expect(existsSync(path.join(dir, "out/510921/蓬溪县行政审批局/11510921MB1538709A4000117600001.yaml"))).toBe(true);
  });
});

describe("guidelint import into a place it cannot write", () => {
  it("is exit 2 naming the place, not a crash", async () => {
    const dir = tempDir({ "a.csv": "实施编码,事项名称,事项类型\r\nC1,甲,01\r\n", "file.txt": "not a folder" });
    const run = await runCli(["import", "a.csv", "--out", "file.txt/out"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Cannot write .*file\.txt\/out: ENOTDIR.*Give --out a folder/);
    expect(run.stderr).not.toContain("bug in guidelint");
  });
});
