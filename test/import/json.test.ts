import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recordsOfTable } from "../../src/import/join-rows.js";
import { readJsonTable } from "../../src/import/read-json-table.js";
import type { ImportDiagnostic } from "../../src/import/table.js";
import { ROOT, runCli, tempDir } from "../support/cli.js";

const fixture = (name: string) => path.join(ROOT, "fixtures/import", name);
const records = (name: string, diagnostics: ImportDiagnostic[]) =>
  recordsOfTable(readJsonTable(name, JSON.parse(readFileSync(fixture(name), "utf8")), diagnostics), diagnostics);

describe("JSON exports", () => {
  it("reads the Guangxi envelope: lower_snake element names, materials joined, unknown codes named by JSON path", () => {
    const diagnostics: ImportDiagnostic[] = [];
    const [item] = records("guangxi.json", diagnostics);
    expect(item.place).toBe("guangxi.json:$.data.list[0]");
    expect(item.record).toMatchObject({
      code: "11450721MB155808114000104002000",
      name: "道路货物运输经营许可",
      type: "administrative-license",
      level: "county",
      region: "450721",
      subjects: ["legal-person"],
      timeLimit: { legal: { value: 20, unit: "working-day" }, promised: { value: 0, unit: "working-day" } },
      processing: "immediate",
      runs: 1,
      onlineDepth: 2,
      materials: [
        { name: "道路货物运输经营申请表", media: "paper-or-electronic", necessity: "required", source: "applicant", copies: 1 },
        { name: "车辆行驶证", media: "7", necessity: "required", source: "government" },
      ],
    });
    expect(diagnostics.map((d) => [d.place, d.id, d.data.value])).toEqual([
      ["guangxi.json:$.data.list[0].AUDIT_MATERIAL[1].material_format", "importUnmappedValue", "7"],
    ]);
  });

  it("reads Zhejiang's camelCase items with the first address", () => {
    const diagnostics: ImportDiagnostic[] = [];
    const [item] = records("zhejiang.json", diagnostics);
    expect(diagnostics).toEqual([]);
    expect(item.record).toMatchObject({
      code: "11330100002493898Q4331619996000",
      baseCode: "331619996000",
      region: "330100",
      department: "杭州市卫生健康委员会",
      timeLimit: { legal: { value: 20, unit: "working-day" }, promised: null },
      materials: [{ name: "卫生许可申请书", necessity: "required", copies: 1 }],
      address: [{ place: "杭州市民中心", hours: "工作日 9:00-17:00" }],
      phone: "0571-87000000",
    });
  });

  it("is exit 2 for JSON that does not parse, and an error for a shape it does not know", async () => {
    const dir = tempDir({ "bad.json": "{", "odd.json": '{"items": 1}' });
    expect((await runCli(["import", "bad.json", "--out", "out"], { cwd: dir })).status).toBe(2);
    const odd = await runCli(["import", "odd.json", "--out", "out"], { cwd: dir });
    expect(odd.status).toBe(1);
    expect(odd.stderr).toContain("odd.json:$: not an item list");
  });
});
