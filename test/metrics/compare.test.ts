// The changes and movements `--compare` shows, as numbers and as words, on hand-made figures.
import { describe, expect, it } from "vitest";
import { competitionRanks, figureChange, rankMoves } from "../../src/metrics/compare.js";
import { changeText, movementText } from "../../src/metrics/compare-words.js";
import type { MetricsReport } from "../../src/metrics/aggregate.js";
import { METRICS, type MetricFigures } from "../../src/metrics/definitions.js";

describe("a figure's change", () => {
  it.each([
    ["atMostOneRun", 0.6, 0.623, "up", true, "+2.3 pp", "比上期提升 2.3 个百分点"],
    ["atMostOneRun", 0.623, 0.6, "down", false, "−2.3 pp", "比上期下降 2.3 个百分点"],
    // A change that is not 0 never reads as 0.0.
    ["zeroRuns", 0.5, 0.50001, "up", true, "+0.1 pp", "比上期提升 0.1 个百分点"],
    ["zeroRuns", 0.5, 0.5, "same", undefined, "unchanged", "与上期持平"],
    // Fewer runs is better: down is an improvement, and the difference is plain, not points.
    ["meanRuns", 0.5, 0.38, "down", true, "−0.120", "比上期减少 0.120"],
    ["meanRuns", 0.38, 0.5, "up", false, "+0.120", "比上期增加 0.120"],
    ["meanCompression", null, 0.5, "unknown", undefined, "no figure to compare", "无可比数据"],
  ] as const)("%s %s → %s: %s", (id, previous, current, direction, improved, en, zh) => {
    const change = figureChange(id, previous, current);
    expect(change.direction).toBe(direction);
    expect(change.improved).toBe(improved);
    expect(changeText(change, "en")).toBe(en);
    expect(changeText(change, "zh-CN")).toBe(zh);
  });
});

describe("a ranking's movements", () => {
  const figures = (atMostOneRun: number | null): MetricFigures =>
    Object.fromEntries(METRICS.map((m) => [m.id, { value: m.id === "atMostOneRun" ? atMostOneRun : 0.5, count: 1, total: 1 }])) as MetricFigures;
  const report = (groups: Record<string, number | null>): MetricsReport => ({
    version: "",
    items: 0,
    skipped: { count: 0, files: [] },
    overall: figures(0.5),
    groups: { department: Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, figures(v)])) },
    targets: [],
  });

  it("ranks ties together (1, 2, 2, 4) and groups without the figure last", () => {
    expect([...competitionRanks("department", report({ a: 0.9, b: 0.5, c: 0.5, d: 0.1, e: null }).groups.department!, "atMostOneRun")]).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 2],
      ["d", 4],
      ["e", 5],
    ]);
  });

  it("counts places moved, marks new groups and names those gone", () => {
    const moves = rankMoves("department", report({ a: 0.9, b: 0.5, gone: 0.2 }), report({ b: 0.95, a: 0.9, c: 0.8 }), "atMostOneRun")!;
    expect(moves.rows).toEqual([
      { group: "b", rank: 1, previousRank: 2, movement: 1 },
      { group: "a", rank: 2, previousRank: 1, movement: -1 },
      { group: "c", rank: 3 },
    ]);
    expect(moves.gone).toEqual(["gone"]);
    expect(moves.rows.map((r) => movementText(r, "zh-CN"))).toEqual(["↑1", "↓1", "新"]);
    expect(movementText({ movement: 0 }, "en")).toBe("—");
    expect(movementText({}, "en")).toBe("new");
  });
});
