// `report --annotate` and `lint --format xlsx=`: the checked export comes back as a workbook with
// its faulty cells noted, one copy per export; a run with no export says so.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.js";
import { HEADERS, ITEMS, csvRows, nationalCsv } from "../support/national-csv.js";

async function noteOf(file: string, sheet: string, cell: string): Promise<string | undefined> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  const note = book.getWorksheet(sheet)?.getCell(cell).note as string | ExcelJS.Comment | undefined;
  return note === undefined || typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

// Item 2's promised limit is longer than its legal one: its 承诺办结时限 cell.
const promisedCell = `${String.fromCharCode(65 + HEADERS.indexOf("承诺办结时限"))}${2 + csvRows(ITEMS[0]).length}`;

describe("annotated workbooks from the CLI", () => {
  it("report --annotate writes the export back with the finding noted at its cell, and no report on the terminal", async () => {
    const dir = tempDir({ "清单.csv": nationalCsv(ITEMS) });
    const run = await runCli(["report", "清单.csv", "--annotate", "问题.xlsx", "--lang", "zh-CN"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/已在 清单\.csv 中标注 \d+ 个单元格：问题\.xlsx/);
    expect(await noteOf(path.join(dir, "问题.xlsx"), "清单", promisedCell)).toContain("time-limit-exceeds-legal");
  });

  it("lint --format xlsx=file writes one copy per export beside the name, and still shows the findings", async () => {
    const dir = tempDir({ "a.csv": nationalCsv([ITEMS[0]]), "b.csv": nationalCsv(ITEMS) });
    const run = await runCli(["lint", "a.csv", "b.csv", "--format", "xlsx=out/问题.xlsx"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("time-limit-exceeds-legal");
    expect(existsSync(path.join(dir, "out/问题-a.xlsx"))).toBe(true);
    expect(await noteOf(path.join(dir, "out/问题-b.xlsx"), "b", promisedCell)).toContain("time-limit-exceeds-legal");
  });

  it("never waits on a FIFO named like an export: the others are annotated", async () => {
    const dir = tempDir({ "a.csv": nationalCsv(ITEMS) });
    execFileSync("mkfifo", [path.join(dir, "pipe.csv")]);
    const run = await runCli(["report", "a.csv", "pipe.csv", "--annotate", "问题.xlsx"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(existsSync(path.join(dir, "问题-a.xlsx"))).toBe(true);
    expect(existsSync(path.join(dir, "问题-pipe.xlsx"))).toBe(false);
  });

  it("says there is nothing to annotate when no export was checked, and refuses xlsx to the terminal", async () => {
    const dir = tempDir({ "catalog/a.yaml": yaml.dump(ITEMS[0]) });
    const run = await runCli(["report", "catalog", "--annotate", "问题.xlsx", "-o", "r.html"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("Nothing to annotate");
    expect(existsSync(path.join(dir, "问题.xlsx"))).toBe(false);
    const toTerminal = await runCli(["lint", "catalog", "--format", "xlsx"], { cwd: dir });
    expect(toTerminal.status).toBe(2);
    expect(toTerminal.stderr).toContain("--format xlsx writes a workbook");
  });
});
