// Rankings as a bulletin ranks: units with the same figure share a rank (并列), and the next one
// counts every unit above it (1, 2, 2, 4) — not 1, 2, 3, 4 by the order a sort happened to leave.
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { renderCsv } from "../../src/report/csv.js";
import { buildAuditReport } from "../../src/report/model.js";
import { itemText, tempDir } from "../support/cli.js";

const item = (department: string, promised: number, n: number) =>
  itemText(
    {
      "department: 蓬溪县行政审批局": `department: ${department}`,
      "  promised: { value: 5,  unit: working-day, note: 受理之日起5个工作日 }": `  promised: { value: ${promised}, unit: working-day, note: 受理之日起${promised}个工作日 }`,
    },
    n,
  );

describe("report findings", () => {
  it("name each rule by its title in the report's language beside its id", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText({ "  - name: 营业执照": "  - name: 其他材料" }) });
    const run = await lint({ cwd: dir, paths: ["catalog"], metrics: {} });
    const zh = buildAuditReport(run, { report: run.metrics!, profile: run.profile }, "zh-CN");
    expect(zh.findings.map((f) => [f.ruleId, f.ruleTitle])).toContainEqual(["materials-vague", "申请材料含兜底表述"]);
  });
});

describe("report rankings", () => {
  it("rank ties as 并列, competition style", async () => {
    // Compression 75 % (甲), 50 % (乙, 丙: tied), 25 % (丁).
    const dir = tempDir({
      "catalog/a.yaml": item("甲局", 5, 1),
      "catalog/b.yaml": item("乙局", 10, 2),
      "catalog/c.yaml": item("丙局", 10, 3),
      "catalog/d.yaml": item("丁局", 15, 4),
    });
    const run = await lint({ cwd: dir, paths: ["catalog"], metrics: { groupBy: ["department"] } });
    const rank = (lang: "zh-CN" | "en") =>
      buildAuditReport(run, { report: run.metrics!, profile: run.profile }, lang, { groupBy: ["department"], sort: "meanCompression" }).rankings[0].rows.map(
        (r) => [r.label, r.rank, r.rankShown],
      );
    expect(rank("zh-CN")).toEqual([
      ["甲局", 1, "1"],
      // Tied units in the ranking's own order of their keys (丙 U+4E19 before 乙 U+4E59).
      ["丙局", 2, "并列2"],
      ["乙局", 2, "并列2"],
      ["丁局", 4, "4"],
    ]);
    expect(rank("en").map((r) => r[2])).toEqual(["1", "2 (tied)", "2 (tied)", "4"]);

    // The CSV states shares in percent with one decimal, beside their counts: 50.0 % over 4 items.
    const report = buildAuditReport(run, { report: run.metrics!, profile: run.profile }, "en", { groupBy: ["department"], sort: "meanCompression" });
    const rows = renderCsv(report)
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    const overall = rows.find((r) => r.includes('"meanCompression"') && r.includes('"overall"'));
    expect(overall).toMatch(/,"50","4 \/ 4",/);
    const tied = rows.filter((r) => r.includes("Rankings") && r.includes("(tied)"));
    expect(tied.map((r) => r.match(/"(乙局|丙局)"/)?.[1]).sort()).toEqual(["丙局", "乙局"].sort());
  });
});
