// `guidelint export` as a user runs it: exit codes, skipped files, messages in both languages.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { itemText, runCli, tempDir } from "../support/cli.js";

const catalog = () => tempDir({ "catalog/a.yaml": itemText(), "catalog/b.yaml": itemText({}, 1) });

describe("guidelint export", () => {
  it("writes the CSV and says how many records and rows", async () => {
    const dir = catalog();
    const run = await runCli(["export", "catalog", "-o", "上报.csv"], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe("Exported 2 records as 8 rows to 上报.csv; 0 files skipped.\n");
    const lines = readFileSync(path.join(dir, "上报.csv"), "utf8").split("\r\n");
    expect(lines).toHaveLength(10);
    expect(lines[1].split(",").slice(0, 5)).toEqual(["食品经营许可（新办）", "000117600000", "11510921MB1538709A4000117600000", "01", "4"]);
  });

  it("writes labels with --labels", async () => {
    const dir = catalog();
    expect((await runCli(["export", "catalog", "-o", "out.csv", "--labels"], { cwd: dir })).status).toBe(0);
    expect(readFileSync(path.join(dir, "out.csv"), "utf8").split("\r\n")[1].split(",").slice(3, 5)).toEqual(["行政许可", "县级"]);
  });

  it("skips a file without a record, naming it and its line, and exports the rest", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText(), "catalog/broken.yaml": "code: [unclosed\n", "catalog/list.yaml": "- 1\n- 2\n" });
    const run = await runCli(["export", "catalog", "-o", "out.xlsx"], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^catalog\/broken\.yaml:\d+: .+ The file holds no readable record and is not exported/m);
    expect(run.stderr).toMatch(/^catalog\/list\.yaml:\d+: .+ is not exported/m);
    expect(run.stderr).toContain("Exported 1 records as 4 rows to out.xlsx; 2 files skipped.");
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(true);
  });

  it("exports records of the wrong shapes as found, without a crash", async () => {
    const odd = [
      "code: X1\nname: 1\nsubjects: natural-person\nlegalBasis: [null, 5, {law: 1}]\ntimeLimit: 5\nmaterials: [null, 名称, {name: [1]}]\naddress: x\nfee: true\n",
      "code: X2\ntimeLimit: {legal: {value: 三, unit: 年}, promised: []}\nmaterials: {name: x}\nonlineDepth: 9\ntype: 行政处罚\n",
    ];
    const dir = tempDir(Object.fromEntries(odd.map((text, i) => [`catalog/${i}.yaml`, text])));
    for (const file of ["out.xlsx", "out.csv"]) {
      const run = await runCli(["export", "catalog", "-o", file], { cwd: dir });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain(`Exported 2 records as 4 rows to ${file}`);
    }
    const csv = readFileSync(path.join(dir, "out.csv"), "utf8");
    expect(csv).toContain("三年");
    expect(csv).toContain(",行政处罚,");
  });

  it("leaves an item with a text longer than an Excel cell holds out of a workbook, naming the file and the column", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText({ "name: 食品经营许可（新办）": `name: ${"长".repeat(40_000)}` }), "catalog/b.yaml": itemText({}, 1) });
    const run = await runCli(["export", "catalog", "-o", "out.xlsx"], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("catalog/a.yaml: the text for 事项名称 has 40000 characters, more than the 32767 an Excel cell holds");
    expect(run.stderr).toContain("Exported 1 records as 4 rows to out.xlsx");
    const csv = await runCli(["export", "catalog", "-o", "out.csv"], { cwd: dir });
    expect(csv.stderr).toBe("Exported 2 records as 8 rows to out.csv; 0 files skipped.\n");
  });

  it("speaks Chinese", async () => {
    const run = await runCli(["export", "catalog", "-o", "out.csv", "--lang", "zh-CN"], { cwd: catalog() });
    expect(run.stderr).toBe("已导出 2 条记录（8 行）到 out.csv；跳过 0 个文件。\n");
  });

  it.each([
    ["an output name without .xlsx or .csv", ["catalog", "-o", "out.txt"], /Cannot tell the export format of out\.txt \(extension \.txt\)/],
    ["an output that is a folder", ["catalog", "-o", "folder.csv"], /Cannot write the output file folder\.csv/],
    ["an input that does not exist", ["missing", "-o", "out.csv"], /missing/],
  ])("exits 2 for %s", async (_name, args, message) => {
    const dir = catalog();
    mkdirSync(path.join(dir, "folder.csv"));
    const run = await runCli(["export", ...args], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("needs -o", async () => {
    const run = await runCli(["export", "catalog"], { cwd: catalog() });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--output/);
  });
});

describe("guidelint export --mapping", () => {
  it("writes each field under the header the import mapping gives it, and the mapping imports it back", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText(), "map.yaml": "columns:\n  权力名称: name\n  权力编码: baseCode\n  内部编码: x-localInnerCode\n" });
    const run = await runCli(["export", "catalog", "-o", "上报.csv", "--mapping", "map.yaml"], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const header = readFileSync(path.join(dir, "上报.csv"), "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]
      .split(",");
    expect(header.slice(0, 2)).toEqual(["权力名称", "权力编码"]);
    const back = await runCli(["import", "上报.csv", "--mapping", "map.yaml", "--out", "back"], { cwd: dir });
    expect(back.status, back.stderr).toBe(0);
    const written = readFileSync(path.join(dir, "back/510921/蓬溪县行政审批局/11510921MB1538709A4000117600000.yaml"), "utf8");
    expect(written).toContain("name: 食品经营许可（新办）");
    expect(written).toContain("baseCode: '000117600000'");
  });
});
