import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lint, type LintRun } from "../../src/api.js";
import { measureCatalog } from "../../src/api.js";
import type { MetricsRun } from "../../src/metrics/compute.js";
import { buildAuditReport, renderCsv, renderHtml, renderMarkdown, type AuditReport } from "../../src/report/index.js";
import { diffHtml } from "../../src/report/html.js";
import { reportTarget } from "../../src/cli/report-command.js";
import { ROOT, runCli, tempDir } from "../support/cli.js";

let lintRun: LintRun;
let metricsRun: MetricsRun;

beforeAll(async () => {
  lintRun = await lint({ cwd: ROOT });
  metricsRun = await measureCatalog({ cwd: ROOT, profile: "sichuan-pengxi-2021", version: "9.9.9" });
});

const clone = (report: AuditReport): AuditReport => structuredClone(report);

describe("buildAuditReport", () => {
  it("gathers the glance, every metric against the profile, rankings and every finding", async () => {
    const report = buildAuditReport(lintRun, metricsRun, "en");
    expect(report.glance).toMatchObject({
      items: 54,
      files: lintRun.summary.files,
      errors: lintRun.summary.errors,
      warnings: lintRun.summary.warnings,
      skipped: 0,
    });
    expect(report.metrics).toHaveLength(12);
    expect(report.targetsTotal).toBe(4);
    expect(report.metrics.find((m) => m.id === "onlineAvailable")).toMatchObject({ status: "missed", shown: "96.3%" });
    expect(report.metrics.find((m) => m.id === "atMostOneRun")?.status).toBe("met");
    expect(report.metrics.find((m) => m.id === "zeroRuns")?.status).toBe("none");
    // Ranked by the first missed target's figure, department then region, best first.
    expect(report.rankings.map((r) => [r.dimension, r.metric])).toEqual([
      ["department", "onlineAvailable"],
      ["region", "onlineAvailable"],
    ]);
    const values = report.rankings[0].rows.map((r) => r.value ?? -1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(report.rankings[0].rows.at(-1)?.met).toBe(false);
    const total = lintRun.results.reduce((n, r) => n + r.findings.length, 0);
    expect(report.findings).toHaveLength(total);
  });

  it("carries both values, the master's position and the character diff of a same-source mismatch", async () => {
    const report = buildAuditReport(lintRun, metricsRun, "zh-CN");
    const mismatch = report.findings.find((f) => f.ruleId === "same-source-mismatch" && f.field === "phone");
    expect(mismatch).toMatchObject({ masterValue: "0825-2228325", shownValue: "0825-2228326", channel: "mobile" });
    expect(mismatch?.master?.file).toMatch(/^catalog\/510900\/scjg\//);
    expect(diffHtml(mismatch!.diff!)).toBe("0825-222832<del>5</del><ins>6</ins>");
  });

  it("follows --sort, --group-by and --quiet", async () => {
    const report = buildAuditReport(lintRun, metricsRun, "en", { groupBy: ["region"], sort: "meanRuns", quiet: true });
    expect(report.rankings.map((r) => [r.dimension, r.metric])).toEqual([["region", "meanRuns"]]);
    const runs = report.rankings[0].rows.map((r) => r.value ?? Infinity);
    expect(runs).toEqual([...runs].sort((a, b) => a - b));
    expect(report.findings.every((f) => f.severity === "error")).toBe(true);
  });
});

describe("renderHtml", () => {
  it("is one self-contained page: language, inline SVG charts, print styles, CJK fonts, no script or link", async () => {
    const zh = renderHtml(buildAuditReport(lintRun, metricsRun, "zh-CN"));
    expect(zh).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(zh).toContain("政务服务事项办事指南审核报告");
    expect(zh).toContain("@media print");
    expect(zh).toMatch(/font-family:[^;]*"Noto Sans CJK SC"/);
    expect(zh.match(/<svg class="bar"/g)).toHaveLength(12);
    expect(zh.match(/<svg class="ranking"/g)).toHaveLength(2);
    expect(zh).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\//i);
    expect(zh).toContain("<del>5</del><ins>6</ins>");
    const en = renderHtml(buildAuditReport(lintRun, metricsRun, "en"));
    expect(en).toMatch(/<html lang="en">/);
    expect(en).toContain("Service-guide catalog audit report");
    expect(en).not.toMatch(/[\u4e00-\u9fff]{2,}审核报告/);
  });

  it("escapes every text it shows", async () => {
    const report = clone(buildAuditReport(lintRun, metricsRun, "en"));
    const evil = `<script>alert("x")</script> & 'q'`;
    report.findings[0].message = evil;
    report.findings[0].file = `<img src=x onerror=alert(1)>.yaml`;
    report.rankings[0].rows[0].label = evil;
    report.metrics[0].label = evil;
    report.profile = { name: evil, document: evil };
    report.findings.push({
      ...report.findings[0],
      ruleId: "same-source-mismatch",
      diff: [
        { kind: "removed", text: "<b>" },
        { kind: "added", text: "&amp;" },
      ],
    });
    const html = renderHtml(report);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;");
    expect(html).toContain("<del>&lt;b&gt;</del><ins>&amp;amp;</ins>");
  });
});

describe("renderMarkdown", () => {
  it("has the same sections, in the chosen language, with cells that cannot break the table", async () => {
    const report = clone(buildAuditReport(lintRun, metricsRun, "zh-CN"));
    report.findings[0].message = "a | b\nc <x>";
    const md = renderMarkdown(report);
    expect(md).toMatch(/^# 政务服务事项办事指南审核报告\n/);
    expect(md).toContain("## 目录概况");
    expect(md).toContain("## 按实施主体，以网上可办率");
    expect(md).toContain("a \\| b c &lt;x&gt;");
    // The difference as a reader says it, never diff markers.
    expect(md).toContain("“5”改为“6”");
    expect(md).not.toMatch(/\[-|\{\+/);
    expect(renderMarkdown(buildAuditReport(lintRun, metricsRun, "en"))).toContain("## Figures against the targets");
  });
});

describe("renderCsv", () => {
  it("is UTF-8 with a BOM and CRLF, every field quoted, Chinese headers in zh-CN", async () => {
    const report = clone(buildAuditReport(lintRun, metricsRun, "zh-CN"));
    report.findings[0].message = 'say "hi", then\nleave';
    const csv = renderCsv(report);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toMatch(/^"部分","位置或分组","规则或指标ID","级别","说明"/);
    expect(csv).toContain('"say ""hi"", then\nleave"');
    // No bare LF outside a quoted field: each record line starts with a quote.
    expect(lines.filter((l) => l !== "").every((l) => l.startsWith('"'))).toBe(true);
    expect(csv).toContain('"“5”改为“6”"');
    const en = renderCsv(buildAuditReport(lintRun, metricsRun, "en"));
    expect(en.slice(1).split("\r\n")[0]).toMatch(/^"Section","Place or group","Rule or figure"/);
  });
});

describe("reportTarget", () => {
  it("takes --format, else the extension of -o, else html", async () => {
    expect(reportTarget([], "audit.html")).toEqual({ format: "html", file: "audit.html" });
    expect(reportTarget([], "out/audit.MD")).toEqual({ format: "markdown", file: "out/audit.MD" });
    expect(reportTarget([], "audit.csv")).toEqual({ format: "csv", file: "audit.csv" });
    expect(reportTarget([], undefined)).toEqual({ format: "html", file: undefined });
    expect(reportTarget(["csv"], "x.txt")).toEqual({ format: "csv", file: "x.txt" });
    expect(reportTarget(["markdown=r.md"], undefined)).toEqual({ format: "markdown", file: "r.md" });
    expect(() => reportTarget(["sarif"], undefined)).toThrow();
  });
});

describe("guidelint report (CLI)", () => {
  it("writes the HTML report with -o and exits 0 even when targets are missed and errors found", async () => {
    const dir = tempDir();
    const run = await runCli(["report", "--profile", "sichuan-pengxi-2021", "-o", path.join(dir, "audit.html")]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const html = readFileSync(path.join(dir, "audit.html"), "utf8");
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain("same-source-mismatch");
  });

  it("infers CSV from -o, speaks Chinese with --lang zh-CN, and rejects a bad --sort with exit 2", async () => {
    const dir = tempDir();
    const run = await runCli(["report", "--lang", "zh-CN", "-o", path.join(dir, "audit.csv")]);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, "audit.csv"), "utf8").startsWith('\uFEFF"部分"')).toBe(true);
    const bad = await runCli(["report", "--sort", "onlineAvailble", "-o", path.join(dir, "x.html")]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('did you mean "onlineAvailable"');
  });
});
