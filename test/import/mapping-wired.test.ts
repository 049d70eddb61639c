import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.js";

describe("guidelint import --mapping / --preset", () => {
  it("imports as the mapping says: columns, defaults (the output folder too), skipped rows; the printed mapping passed back writes the same files", async () => {
    const csv = "2026年实施清单\n编码,事项名称,职权类别,事项状态\nC1,甲,01,在用\nC2,乙,01,暂停\n";
    const dir = tempDir({
      "清单.csv": csv,
      "m.yaml": "columns: { 编码: code, 职权类别: type }\ndefaults: { region: '510921', department: 县局 }\nskip: { 事项状态: [暂停] }\n",
    });
    const run = await runCli(["import", "清单.csv", "--mapping", "m.yaml", "--out", "out"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('清单.csv:4: item C2 is skipped, with its rows: its 事项状态 is "暂停"');
    const written = readFileSync(path.join(dir, "out/510921/县局/C1.yaml"), "utf8");
    expect(written).toContain("code: C1\nname: 甲\ntype: administrative-license\nregion: '510921'\ndepartment: 县局\n");
    const printed = await runCli(["import", "清单.csv", "--mapping", "m.yaml", "--print-mapping", "--format", "yaml"], { cwd: dir });
    const again = tempDir({ "清单.csv": csv, "p.yaml": printed.stdout });
    expect((await runCli(["import", "清单.csv", "--mapping", "p.yaml", "--out", "out"], { cwd: again })).status).toBe(0);
    expect(readFileSync(path.join(again, "out/510921/县局/C1.yaml"), "utf8")).toBe(written);
  });

  it("--preset national does not know Sichuan's 1A", async () => {
    const dir = tempDir({ "x.csv": "实施编码,事项名称,事项类型\nS1,丁,1A\n" });
    const run = await runCli(["import", "x.csv", "--preset", "national", "--out", "out"], { cwd: dir });
    expect(run.stderr).toContain('x.csv!C2: "1A" in type is no known code or label');
  });
});
