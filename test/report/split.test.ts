// `report --split-by`: one rectification list per unit from one lint pass. The lists are checked
// against an independent attribution of `lint --format json`: each finding goes to the unit its
// item's own YAML names (a same-source finding to the master record's), and nothing is lost.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { safeFileName } from "../../src/report/split.js";
import { itemText, ROOT, runCli, tempDir } from "../support/cli.js";

/** RFC 4180 rows (the report's CSV quotes every field; a BOM leads). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted && ch === '"' && src[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (quoted || ch !== "\r") {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The CSV's rows as objects keyed by the English header. */
function csvRecords(text: string): Record<string, string>[] {
  const [head, ...rows] = csvRows(text);
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ""])));
}

interface LintJson {
  results: Array<{
    file: string;
    findings: Array<{ ruleId: string; line: number; column: number; related?: Array<{ file: string }> }>;
  }>;
}

const NAMES = (JSON.parse(readFileSync(path.join(ROOT, "data/regions.json"), "utf8")) as { names: Record<string, string> }).names;

/** finding key → unit label, from the items' own files (no code of the split). */
function expectedUnits(lint: LintJson, dimension: "department" | "region", cwd: string): Map<string, string[]> {
  const byUnit = new Map<string, string[]>();
  for (const result of lint.results) {
    for (const f of result.findings) {
      const owner = f.ruleId.startsWith("same-source-") && f.related?.[0] ? f.related[0].file : result.file;
      let unit = "unassigned";
      try {
        const record = yaml.load(readFileSync(path.join(cwd, owner), "utf8")) as Record<string, string>;
        if (record?.[dimension]) unit = dimension === "region" ? (NAMES[record.region] ?? record.region) : record.department;
      } catch {
        // A file that does not parse is no unit's.
      }
      const keys = byUnit.get(unit) ?? [];
      keys.push(`${result.file}:${f.line}:${f.column}|${f.ruleId}`);
      byUnit.set(unit, keys);
    }
  }
  return byUnit;
}

/** unit label → the finding keys its CSV list holds, read through the index. */
function writtenUnits(folder: string): { lists: Map<string, string[]>; index: Record<string, string>[] } {
  const index = csvRecords(readFileSync(path.join(folder, "rectification-index.csv"), "utf8"));
  const lists = new Map<string, string[]>();
  for (const row of index) {
    const unit = Object.values(row)[1];
    const records = csvRecords(readFileSync(path.join(folder, row.File), "utf8"));
    lists.set(
      unit,
      records.filter((r) => r.Section === "Findings").map((r) => `${r["Place or group"]}|${r["Rule or figure"]}`),
    );
  }
  return { lists, index };
}

describe("report --split-by", () => {
  it.each(["region", "department"] as const)("splits the sample catalog by %s: each list holds exactly its unit's findings", async (dimension) => {
    const lint = await runCli(["lint", "--format", "json", "catalog"]);
    const lintJson = JSON.parse(lint.stdout) as LintJson;
    const folder = tempDir();
    const run = await runCli(["report", "catalog", "--split-by", dimension, "--format", "csv", "-o", folder]);
    expect(run.status, run.stderr).toBe(0);

    const expected = expectedUnits(lintJson, dimension, ROOT);
    const { lists, index } = writtenUnits(folder);
    expect(readdirSync(folder).length).toBe(index.length + 1);
    for (const [unit, keys] of expected) expect(lists.get(unit)?.sort(), unit).toEqual([...keys].sort());
    for (const [unit, keys] of lists) if (!expected.has(unit)) expect(keys, unit).toEqual([]);
    const union = [...lists.values()].flat().sort();
    const all = lintJson.results.flatMap((r) => r.findings.map((f) => `${r.file}:${f.line}:${f.column}|${f.ruleId}`)).sort();
    expect(union).toEqual(all);
    expect(all.length).toBeGreaterThan(10);
    // Each index row's counts are those of its list.
    for (const row of index) expect(Number(row.Errors) + Number(row.Warnings), row.File).toBe(lists.get(Object.values(row)[1])!.length);

    // The ranks are the whole report's (并列 included).
    const whole = await runCli(["report", "catalog", "--format", "csv", "--group-by", dimension]);
    const ranks = csvRecords(whole.stdout)
      .filter((r) => r.Section.startsWith("Rankings"))
      .map((r) => [r["Place or group"], r.Message.replace(/^\S+ /, "")]);
    expect(index.filter((r) => r.Rank !== "").map((r) => [Object.values(r)[1], r.Rank])).toEqual(ranks);
  });

  it("splits a platform export (one workbook, many units) by each row's item, at its cells", async () => {
    const dir = tempDir();
    const exported = await runCli(["export", path.join(ROOT, "catalog"), "-o", "cat.xlsx"], { cwd: dir });
    expect(exported.status, exported.stderr).toBe(0);
    const lint = JSON.parse((await runCli(["lint", "cat.xlsx", "--format", "json"], { cwd: dir })).stdout) as LintJson;
    const run = await runCli(["report", "cat.xlsx", "--split-by", "region", "--format", "csv", "-o", "out"], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);

    // Each item's region, from the catalog's own YAML, by item code.
    const regionOf = new Map<string, string>();
    for (const result of JSON.parse((await runCli(["lint", "--format", "json", "catalog"])).stdout).results as Array<{ file: string; itemCode?: string }>) {
      if (!result.itemCode || !result.file.match(/^catalog\/\d{6}\//)) continue;
      const record = yaml.load(readFileSync(path.join(ROOT, result.file), "utf8")) as Record<string, string>;
      regionOf.set(result.itemCode, NAMES[record.region]);
    }
    const { lists } = writtenUnits(path.join(dir, "out"));
    const codesIn = new Map<string, string[]>();
    for (const file of readdirSync(path.join(dir, "out")).filter((f) => f !== "rectification-index.csv")) {
      const records = csvRecords(readFileSync(path.join(dir, "out", file), "utf8")).filter((r) => r.Section === "Findings");
      for (const r of records) expect(r["Place or group"]).toMatch(/^cat\.xlsx 事项!/);
      codesIn.set(
        file,
        records.map((r) => r["Item code"]),
      );
    }
    for (const [file, codes] of codesIn) for (const code of codes) expect(`rectification-${regionOf.get(code)}.csv`, code).toBe(file);
    const all = lint.results.flatMap((r) => r.findings).length;
    expect([...lists.values()].flat().length).toBe(all);
    expect(all).toBeGreaterThan(5);
  });

  it("puts findings no item claims in 未归属, names files in Chinese and states the rank in each list's title", async () => {
    const dir = tempDir({
      "catalog/a.yaml": itemText(),
      "catalog/broken.yaml": "code: [unclosed\n",
    });
    const run = await runCli(["report", "--split-by", "region", "--format", "markdown", "--lang", "zh-CN", "-o", "out"], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(path.join(dir, "out")).sort()).toEqual(["整改清单-未归属.md", "整改清单-蓬溪县.md", "整改清单索引.md"]);
    const unassigned = readFileSync(path.join(dir, "out/整改清单-未归属.md"), "utf8");
    expect(unassigned).toContain("catalog/broken.yaml:");
    expect(unassigned).toContain("yaml-syntax");
    const county = readFileSync(path.join(dir, "out/整改清单-蓬溪县.md"), "utf8");
    expect(county.split("\n")[0]).toMatch(/^# 蓬溪县整改清单（按.+排名 1，共 1 个）$/);
    expect(county).not.toContain("broken.yaml");
    const index = readFileSync(path.join(dir, "out/整改清单索引.md"), "utf8");
    expect(index).toContain("| 1 | 蓬溪县 | 1 |");
    expect(index).toContain("未归属");
  });

  it.each([
    { case: "no -o", args: [], message: /name the folder to write them into with -o/ },
    { case: "-o is a file", args: ["-o", "taken.html"], message: /taken\.html is a file, not a folder/ },
    { case: "a file in --format", args: ["--format", "csv=x.csv", "-o", "out"], message: /--format takes the format alone/ },
    { case: "--compare", args: ["--compare", "HEAD~1", "-o", "out"], message: /--split-by and --compare/ },
  ])("is a usage error (exit 2) with $case", async ({ args, message }) => {
    const dir = tempDir({ "catalog/a.yaml": itemText() });
    writeFileSync(path.join(dir, "taken.html"), "");
    const run = await runCli(["report", "--split-by", "department", ...args], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("refuses an unknown --split-by", async () => {
    const run = await runCli(["report", "--split-by", "level", "-o", tempDir()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/department, region/);
  });

  it.each([
    ["遂宁市船山区行政审批局", "遂宁市船山区行政审批局"],
    ['a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"],
    ["tab\there. . ", "tab here"],
    ["CON", "_CON"],
    ["nul.txt", "_nul.txt"],
    ["...", "_"],
    ["局".repeat(100), "局".repeat(80)],
  ])("makes %j a safe file name", (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });
});
