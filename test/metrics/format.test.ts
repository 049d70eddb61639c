import { describe, expect, it } from "vitest";
import { PLAIN } from "../../src/formatters/types.js";
import { placeholders } from "../../src/i18n/render.js";
import { computeMetrics } from "../../src/metrics/compute.js";
import { findMetric, METRICS, type MetricFigures } from "../../src/metrics/definitions.js";
import { formatTarget, formatValue, formatValueAgainst } from "../../src/metrics/format/numbers.js";
import { metricsFormatters } from "../../src/metrics/format/index.js";
import type { MetricsFormatContext } from "../../src/metrics/format/types.js";
import { DIMENSION_LABELS, WORDS } from "../../src/i18n/metrics-words.js";
import { BUILTIN_PROFILES } from "../../src/config/profiles/builtin.js";
import { orderedGroups } from "../../src/metrics/ranking.js";
import { item } from "./support.js";

const share = findMetric("fullyOnline")!;
const runs = findMetric("meanRuns")!;

describe("numbers", () => {
  it.each([
    [2 / 3, "66.7%"],
    [0.05555, "5.6%"],
    [1, "100.0%"],
    [0.99996, "99.9%"],
    [0, "0.0%"],
    [0.00004, "0.1%"],
    [-0.5, "-50.0%"],
    [null, "—"],
  ])("share %s → %s", (value, text) => {
    expect(formatValue(share, value)).toBe(text);
  });

  it("prints mean runs with three decimals", () => {
    expect(formatValue(runs, 1 / 6)).toBe("0.167");
    expect(formatValue(runs, 0)).toBe("0.000");
    expect(formatValue(runs, 0.0001)).toBe("0.001");
  });

  it("shows a value next to its target with the decimals it takes to see which side it is on", () => {
    expect(formatValueAgainst(share, { metric: "fullyOnline", op: ">=", target: 0.6, value: 0.59996, met: false })).toBe("59.996%");
    expect(formatValueAgainst(share, { metric: "fullyOnline", op: ">=", target: 0.6, value: 0.6 - 1e-15, met: true })).toBe("60.0%");
    expect(formatValueAgainst(runs, { metric: "meanRuns", op: "<=", target: 0.1, value: 0.1004, met: false })).toBe("0.1004");
    expect(formatTarget(share, { op: ">=", target: 0.85 })).toBe("≥ 85%");
    expect(formatTarget(runs, { op: "<=", target: 0.1 })).toBe("≤ 0.1");
  });
});

describe("orderedGroups", () => {
  const figures = (fullyOnline: number | null, meanRuns: number): MetricFigures =>
    ({ fullyOnline: { value: fullyOnline, count: 0, total: 0 }, meanRuns: { value: meanRuns, count: 0, total: 0 } }) as MetricFigures;
  const groups = { 乙: figures(0.5, 0.2), 甲: figures(null, 0.1), 丙: figures(0.9, 0.3), 丁: figures(0.5, 0) };

  it("ranks best first: highest share, lowest mean runs; no value last; ties in the default order", () => {
    expect(orderedGroups("department", groups, "fullyOnline").map(([k]) => k)).toEqual(["丙", "丁", "乙", "甲"]);
    expect(orderedGroups("department", groups, "meanRuns").map(([k]) => k)).toEqual(["丁", "甲", "乙", "丙"]);
  });

  it("lists levels from national down, other dimensions by code point", () => {
    expect(orderedGroups("level", { village: figures(0, 0), city: figures(0, 0), province: figures(0, 0) }).map(([k]) => k)).toEqual([
      "province",
      "city",
      "village",
    ]);
    expect(orderedGroups("region", { "510921": figures(0, 0), "510900": figures(0, 0) }).map(([k]) => k)).toEqual(["510900", "510921"]);
  });
});

describe("formats", () => {
  const records = [
    item({ department: '蓬溪县"行政|审批",局', region: "510921", onlineDepth: 4 }),
    item({ department: "蓬溪县民政局", region: "510921", onlineDepth: 3, runs: 1 }),
    item({ department: "遂宁市民政局", region: "510900", level: "city", onlineDepth: 3, legal: null }),
  ];
  const report = computeMetrics(
    [...records.map((record, i) => ({ record, file: `catalog/${i}.yaml` })), { record: "not a mapping", file: "catalog/bad.yaml" }],
    { version: "9.9.9", profile: BUILTIN_PROFILES[0] },
  );
  const context = (extra: Partial<MetricsFormatContext> = {}): MetricsFormatContext => ({ lang: "en", style: PLAIN, groupBy: [], ...extra });

  it("json: metrics.md's keys, full precision, groups ranked in the text", () => {
    const text = metricsFormatters.json(report, context({ sort: "fullyOnline" }));
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(["version", "items", "skipped", "overall", "groups", "targets"]);
    expect(parsed.version).toBe("9.9.9");
    expect(parsed.skipped).toEqual({ count: 1, files: ["catalog/bad.yaml"] });
    expect(Object.keys(parsed.overall)).toEqual(METRICS.map((m) => m.id));
    expect(parsed.overall.fullyOnline).toEqual({ value: 1 / 3, count: 1, total: 3 });
    expect(parsed.targets[0]).toEqual({ metric: "onlineAvailable", op: ">=", target: 1, value: 1, met: true });
    // Ranked by fully online: 510921 (1 of 2) before 510900 (0 of 1), although JS would sort the codes.
    expect(text.indexOf('"510921": {')).toBeLessThan(text.indexOf('"510900": {'));
    const unranked = metricsFormatters.json(report, context());
    expect(unranked.indexOf('"510900": {')).toBeLessThan(unranked.indexOf('"510921": {'));
  });

  it("csv: BOM, CRLF, every field quoted, quotes doubled, Chinese headers in zh-CN", () => {
    const text = metricsFormatters.csv(report, context({ lang: "zh-CN" }));
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).every((l) => !l.includes("\n"))).toBe(true);
    expect(lines[0]).toBe('"维度","分组","指标ID","指标","值","计数","总数","目标","是否达标"');
    expect(lines[1]).toBe('"总体","","meanCompression","承诺时限比法定时限平均压缩率","0.75","2","3","≥ 60%","是"');
    expect(text).toContain('"实施主体","蓬溪县""行政|审批"",局","fullyOnline"');
    expect(text).toContain('"行使层级","市级",');
  });

  it("table: labels in the language, count and total beside each figure, the targets, the skipped files", () => {
    const zh = metricsFormatters.table(report, context({ lang: "zh-CN", profile: BUILTIN_PROFILES[0], groupBy: ["level"], sort: "fullyOnline" }));
    expect(zh).toMatch(/政务服务事项指标：共 3 个事项，1 个文件未计入/);
    expect(zh).toMatch(/全程网办占比（四级办理深度事项占比）\s+33\.3%\s+1 \/ 3/);
    expect(zh).toMatch(/catalog\/bad\.yaml/);
    expect(zh).toMatch(/政策目标方案 sichuan-pengxi-2021：蓬府办函〔2021〕6号/);
    expect(zh).toMatch(/全程网办占比（四级办理深度事项占比）\s+≥ 85%\s+33\.3%\s+✘ 未达标/);
    expect(zh).toMatch(/按行使层级，以全程网办排名/);
    expect(zh).toMatch(/1\s+县级\s+2\s+50\.0%\s+1 \/ 2/);
    expect(zh).toMatch(/2\s+市级\s+1\s+0\.0%\s+0 \/ 1/);
    expect(zh).not.toMatch(/\u001b\[/);
    const en = metricsFormatters.table(report, context());
    expect(en).toMatch(/Compression figures leave out 1 item/);
    expect(en).not.toMatch(/By level/);
  });

  it("markdown: tables, with names that would break a table escaped", () => {
    const text = metricsFormatters.markdown(report, context({ groupBy: ["department"] }));
    expect(text).toMatch(/^## guidelint metrics: 3 items, 1 file skipped$/m);
    expect(text).toMatch(/^\| Fully online \(depth 4\) \| 33\.3% \| 1 \| 3 \|$/m);
    expect(text).toContain('蓬溪县"行政\\|审批",局');
    expect(text).toMatch(/100\.0% \(1\/1\)/);
  });
});

describe("words", () => {
  it.each(Object.entries({ ...WORDS, ...DIMENSION_LABELS }))("%s has both languages with the same placeholders", (_, text) => {
    expect(text.en.trim() && text["zh-CN"].trim()).toBeTruthy();
    expect(placeholders(text["zh-CN"])).toEqual(placeholders(text.en));
  });

  it.each(METRICS.map((m) => [m.id, m] as const))("%s has labels in both languages", (_, metric) => {
    for (const text of [metric.label, metric.short, metric.count, metric.total]) expect(text.en && text["zh-CN"]).toBeTruthy();
  });
});
