import { describe, expect, it } from "vitest";
import { csv, csvField } from "../../src/formatters/csv.js";
import { context, lintFixture } from "./support.js";

/** RFC 4180 reader, enough to check what Excel will see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (c === "\n" || c === "\r") throw new Error(`bare line break at ${i}`);
    else field += c;
  }
  if (field !== "" || row.length > 0) throw new Error("last record not ended by CRLF");
  return rows;
}

describe("csv", () => {
  it("starts with a BOM, ends every record with CRLF, one row per finding", async () => {
    const { result } = await lintFixture();
    const text = csv(result, context());
    expect(text.startsWith("\ufeff")).toBe(true);
    expect(Buffer.from(text, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const rows = readCsv(text.slice(1));
    expect(rows[0]).toEqual(["file", "line", "column", "severity", "rule", "item code", "path", "message"]);
    const findings = result.results.flatMap((r) => r.findings.map((f) => ({ file: r.file, f })));
    expect(rows).toHaveLength(findings.length + 1);
    for (const row of rows) expect(row).toHaveLength(8);
    const vague = rows.find((r) => r[4] === "materials-vague")!;
    expect(vague.slice(0, 7)).toEqual([
      "catalog/sub dir/b,c.yaml",
      "46",
      "11",
      "error",
      "materials-vague",
      "11510921MB1538709A4000117600002",
      "materials[3].name",
    ]);
    expect(text).toContain('"catalog/sub dir/b,c.yaml"');
  });

  it("has Chinese headers under zh-CN", async () => {
    const { result } = await lintFixture();
    const rows = readCsv(csv(result, context("zh-CN")).slice(1));
    expect(rows[0]).toEqual(["文件", "行", "列", "级别", "规则", "实施编码", "字段路径", "说明"]);
    expect(rows.slice(1).map((r) => r[3])).toContain("错误");
  });

  it("quotes a field holding a comma, a quote or a line break, and nothing else", () => {
    expect(csvField("plain 中文")).toBe("plain 中文");
    expect(csvField(12)).toBe("12");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
  });
});
