// `guidelint lint 清单.csv`: a platform export checked as it is, every finding at its cell — the
// same findings as the YAML records of the same items, each where the clerk finds the value.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { ITEMS, HEADERS, csvRows, nationalCsv } from "../support/national-csv.js";
import { runCli, tempDir } from "../support/cli.js";

const column = (header: string) => String.fromCharCode(65 + HEADERS.indexOf(header));
// The row of each item's first line: row 1 is the header, each item takes one row per material.
const firstRows: number[] = [];
for (let i = 0; i < ITEMS.length; i++) firstRows.push(i === 0 ? 2 : firstRows[i - 1] + csvRows(ITEMS[i - 1]).length);

const keyOf = (f: { ruleId: string; path: readonly (string | number)[]; itemCode?: string }) => `${f.itemCode} ${f.ruleId} ${JSON.stringify(f.path)}`;

describe("lint in place", () => {
  it("finds what the YAML records of the same items have, each finding at the cell of its value", async () => {
    const handDir = tempDir(Object.fromEntries(ITEMS.map((item) => [`catalog/${item.code}.yaml`, yaml.dump(item)])));
    const hand = await lint({ cwd: handDir, paths: ["catalog"] });
    const exportDir = tempDir({ "清单.csv": nationalCsv(ITEMS) });
    const run = await lint({ cwd: exportDir, paths: ["清单.csv"] });

    const handKeys = hand.results.flatMap((r) => r.findings.map((f) => keyOf({ ...f, itemCode: f.itemCode ?? r.itemCode }))).sort();
    expect(handKeys.length).toBeGreaterThan(0);
    expect(run.results.map((r) => r.file)).toEqual(["清单.csv"]);
    expect(run.results[0].findings.map(keyOf).sort()).toEqual(handKeys);
    expect(run.summary.files).toBe(1);

    // Item 2's promised limit (30 days against 20) is its 承诺办结时限 cell.
    const exceeded = run.results[0].findings.find((f) => f.ruleId === "time-limit-exceeds-legal");
    const cell = `${column("承诺办结时限")}${firstRows[1]}`;
    expect(exceeded).toMatchObject({ cell: { cell, place: `清单.csv!${cell}` }, line: firstRows[1], column: HEADERS.indexOf("承诺办结时限") + 1 });
  });

  it("shows the cell in every output format", async () => {
    const dir = tempDir({ "清单.csv": nationalCsv(ITEMS) });
    const cell = `${column("承诺办结时限")}${firstRows[1]}`;
    const stylish = await runCli(["lint", "清单.csv"], { cwd: dir });
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toMatch(new RegExp(`\\n  ${cell}\\s+error .* time-limit-exceeds-legal  ${ITEMS[1].code}\\n`));

    const json = JSON.parse((await runCli(["lint", "清单.csv", "--format", "json"], { cwd: dir })).stdout);
    expect(json.results[0].findings.find((f: { ruleId: string }) => f.ruleId === "time-limit-exceeds-legal")).toMatchObject({
      cell,
      row: firstRows[1],
      column: HEADERS.indexOf("承诺办结时限") + 1,
      path: "timeLimit.promised.value",
    });

    const sarif = JSON.parse((await runCli(["lint", "清单.csv", "--format", "sarif"], { cwd: dir })).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "time-limit-exceeds-legal");
    expect(result.message.text.startsWith(`${cell}: `)).toBe(true);
    expect(result.locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: encodeURIComponent("清单.csv") } },
      logicalLocations: [{ name: cell, fullyQualifiedName: `${cell}/timeLimit.promised.value`, kind: "element" }],
    });
    expect(result.properties.cell).toBe(cell);

    const github = (await runCli(["lint", "清单.csv", "--format", "github"], { cwd: dir })).stdout;
    expect(github).toContain(`::error file=清单.csv,title=time-limit-exceeds-legal::${cell}: `);

    const csv = (await runCli(["lint", "清单.csv", "--format", "csv", "--lang", "zh-CN"], { cwd: dir })).stdout;
    expect(csv.split("\r\n")[0]).toMatch(/,单元格$/);
    expect(csv).toMatch(new RegExp(`time-limit-exceeds-legal,.*,${cell}\\r\\n`));

    const markdown = (await runCli(["lint", "清单.csv", "--format", "markdown"], { cwd: dir })).stdout;
    expect(markdown).toContain(`| 清单.csv ${cell} | error | \`time-limit-exceeds-legal\``);
  });

  it("checks the export with the catalog: a code used by a YAML record too is reported, the other place named by its cell", async () => {
    const dir = tempDir({ "catalog/a.yaml": yaml.dump(ITEMS[0]), "清单.csv": nationalCsv([ITEMS[0]]) });
    const run = await lint({ cwd: dir, paths: ["catalog", "清单.csv"] });
    const onYaml = run.results.find((r) => r.file === "catalog/a.yaml")!.findings.find((f) => f.ruleId === "code-unique")!;
    const codeCell = `${column("实施编码")}2`;
    expect(onYaml.related).toEqual([expect.objectContaining({ file: "清单.csv", cell: { cell: codeCell, place: `清单.csv!${codeCell}` }, line: 2 })]);
    const onExport = run.results.find((r) => r.file === "清单.csv")!.findings.find((f) => f.ruleId === "code-unique")!;
    expect(onExport.cell?.cell).toBe(codeCell);
    expect(onExport.related?.[0]).toMatchObject({ file: "catalog/a.yaml" });
  });

  it("reports a row the importer cannot place (export-data) at its cell; --rule export-data:off silences it", async () => {
    const dir = tempDir({ "bad.csv": "实施编码,事项名称,事项类型\r\n,孤儿,01\r\nC1,甲,01\r\n" });
    const run = await runCli(["lint", "bad.csv", "--lang", "zh-CN"], { cwd: dir });
    expect(run.stdout).toMatch(
      /\n {2}A2\s+错误 {2}该行没有实施编码，上方也没有可归属的事项；请填写事项的实施编码。 {2}导出表格行或单元格无法读取 export-data\n/,
    );
    const off = await runCli(["lint", "bad.csv", "--rule", "export-data:off", "--format", "json"], { cwd: dir });
    expect(JSON.parse(off.stdout).results[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain("export-data");
  });

  it("reports an export that cannot be read (a FIFO: never waited on) on it, and checks the others", async () => {
    const dir = tempDir({ "good.csv": nationalCsv([ITEMS[0]]) });
    execFileSync("mkfifo", [path.join(dir, "pipe.csv")]);
    const run = await runCli(["lint", "good.csv", "pipe.csv", "--format", "json"], { cwd: dir });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout).results;
    expect(results.map((r: { file: string }) => r.file)).toEqual(["good.csv", "pipe.csv"]);
    expect(results[1].findings).toMatchObject([{ ruleId: "export-data", message: "The export cannot be read: it is not a regular file.", line: 1 }]);
  });
});

describe("fix on an export", () => {
  it("never rewrites the export, though its findings carry YAML fixes", async () => {
    const csv = nationalCsv([{ ...ITEMS[0], name: "食品经营许可 (新办)" }]);
    const dir = tempDir({ "清单.csv": csv });
    const before = await runCli(["lint", "清单.csv", "--format", "json"], { cwd: dir });
    expect(JSON.parse(before.stdout).results[0].findings.some((f: { fix?: unknown }) => f.fix)).toBe(true);
    const run = await runCli(["fix", "清单.csv"], { cwd: dir });
    // The finding stays (a warning): reported at its cell, the file as it was.
    expect(run.stdout).toMatch(/C2\s+warning .* name-format/);
    expect(readFileSync(path.join(dir, "清单.csv"), "utf8")).toBe(csv);
  });
});

describe("lint --mapping", () => {
  it("reads an export of another layout as the mapping says: one mapping file away", async () => {
    const csv = nationalCsv([ITEMS[1]]).replace("实施编码,", "办事项代码,");
    const dir = tempDir({ "清单.csv": csv, "map.yaml": "columns:\n  办事项代码: code\n" });
    const without = JSON.parse((await runCli(["lint", "清单.csv", "--format", "json"], { cwd: dir })).stdout);
    expect(without.results[0].findings.map((f: { messageId: string }) => f.messageId)).toContain("importMissingColumn");
    const run = await runCli(["lint", "清单.csv", "--mapping", "map.yaml", "--format", "json"], { cwd: dir });
    const findings = JSON.parse(run.stdout).results[0].findings;
    expect(findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["time-limit-exceeds-legal"]);
    const bad = await runCli(["lint", "清单.csv", "--mapping", "missing.yaml"], { cwd: dir });
    expect(bad.status).toBe(2);
  });
});

describe("a record that was never text", () => {
  it("is checked as its YAML would be: a control character in a cell is reported at that cell", async () => {
    const dir = tempDir({ "清单.csv": nationalCsv([{ ...ITEMS[0], name: "食品经营许可\u0007（新办）" }]) });
    const run = await lint({ cwd: dir, paths: ["清单.csv"] });
    const found = run.results[0].findings.map((f) => `${f.cell?.cell} ${f.ruleId} ${f.messageId}`);
    expect(found).toContain(`${column("事项名称")}2 yaml-syntax controlCharacter`);
  });
});
