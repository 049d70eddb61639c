// The sample catalog, exported to the platform's workbook and linted there in place, has the
// findings the YAML has — item by item, rule by rule, path by path: nothing a rule reads is lost on
// the way to the sheet and back, and nothing is added.
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { ROOT, runCli, tempDir } from "../support/cli.js";

describe("the sample catalog as a workbook", () => {
  it("lints in place with the YAML's findings, at cells", async () => {
    const dir = tempDir();
    cpSync(path.join(ROOT, "catalog"), path.join(dir, "catalog"), { recursive: true });
    // The master records alone: channels and lists are not in an upload sheet.
    for (const folder of ["snapshots", "reference"]) rmSync(path.join(dir, "catalog", folder), { recursive: true, force: true });
    const exported = await runCli(["export", "catalog", "-o", "清单.xlsx"], { cwd: dir });
    expect(exported.status, exported.stderr).toBe(0);
    const keys = (run: Awaited<ReturnType<typeof lint>>) =>
      run.results.flatMap((r) => r.findings.map((f) => `${f.itemCode ?? r.itemCode} ${f.ruleId} ${f.messageId} ${JSON.stringify(f.path)}`)).sort();
    // 办理流程 has no column in the national tables (platform-data.md): process findings stay in the YAML.
    const yaml = keys(await lint({ cwd: dir, paths: ["catalog"] })).filter((key) => !key.endsWith(`["process",2,"timeLimit"]`));
    const inPlace = await lint({ cwd: dir, paths: ["清单.xlsx"] });
    expect(yaml.length).toBeGreaterThan(5);
    expect(keys(inPlace)).toEqual(yaml);
    expect(inPlace.results[0].findings.every((f) => f.cell?.sheet === "事项" && /^[A-Z]+\d+$/.test(f.cell.cell ?? ""))).toBe(true);
  });
});
