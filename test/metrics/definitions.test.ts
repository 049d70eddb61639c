// One table per metric: small hand-written catalogs with the expected value, count and total.
import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../src/metrics/compute.js";
import { METRICS, type MetricFigure, type MetricId } from "../../src/metrics/definitions.js";
import { DEFAULT_UNIT_FACTORS } from "../../src/time/duration.js";
import { item, wd } from "./support.js";

interface Case {
  name: string;
  items: Array<Record<string, unknown>>;
  expected: MetricFigure;
  unitFactors?: typeof DEFAULT_UNIT_FACTORS;
}

const CASES: Record<MetricId, Case[]> = {
  meanCompression: [
    { name: "20 → 5 working days", items: [item({ legal: wd(20), promised: wd(5) })], expected: { value: 0.75, count: 1, total: 1 } },
    {
      name: "natural days convert at 5/7",
      items: [item({ legal: { value: 28, unit: "natural-day" }, promised: wd(5) })],
      expected: { value: 0.75, count: 1, total: 1 },
    },
    {
      name: "hours and minutes convert at 8 and 480 per working day",
      items: [item({ legal: { value: 4, unit: "hour" }, promised: { value: 60, unit: "minute" } })],
      expected: { value: 0.75, count: 1, total: 1 },
    },
    {
      name: "the config's factors",
      items: [item({ legal: { value: 20, unit: "natural-day" }, promised: wd(5) })],
      unitFactors: { ...DEFAULT_UNIT_FACTORS, workingDaysPerNaturalDay: 1 },
      expected: { value: 0.75, count: 1, total: 1 },
    },
    {
      name: "no legal limit and a legal limit of 0 are left out, but counted in total",
      items: [
        item({ legal: wd(20), promised: wd(5) }),
        item({ legal: wd(10), promised: wd(10) }),
        item({ legal: null }),
        item({ legal: wd(0), promised: wd(0) }),
      ],
      expected: { value: 0.375, count: 2, total: 4 },
    },
    { name: "only items with no legal limit: no value", items: [item({ legal: null })], expected: { value: null, count: 0, total: 1 } },
    {
      name: "a promise beyond the legal limit is negative, not clamped",
      items: [item({ legal: wd(10), promised: wd(15) })],
      expected: { value: -0.5, count: 1, total: 1 },
    },
  ],
  weightedCompression: [
    {
      name: "1 − Σ promised·volume / Σ legal·volume",
      items: [item({ legal: wd(20), promised: wd(5), volume: 100 }), item({ legal: wd(10), promised: wd(10), volume: 300 })],
      expected: { value: 0.3, count: 2, total: 2 },
    },
    {
      name: "items without a volume or without a legal limit are left out",
      items: [item({ legal: wd(20), promised: wd(5), volume: 100 }), item({ volume: null }), item({ legal: null, volume: 50 })],
      expected: { value: 0.75, count: 1, total: 3 },
    },
    { name: "volumes of 0 weigh nothing: no value", items: [item({ volume: 0 })], expected: { value: null, count: 1, total: 1 } },
  ],
  compressionNaturalPerson: [
    {
      name: "natural-person items, one for both subjects included",
      items: [
        item({ subjects: ["natural-person"], legal: wd(20), promised: wd(5) }),
        item({ subjects: ["legal-person"], legal: wd(10), promised: wd(5) }),
        item({ subjects: ["natural-person", "legal-person"], legal: wd(10), promised: wd(2) }),
        item({ subjects: ["natural-person"], legal: null }),
      ],
      expected: { value: 0.775, count: 2, total: 3 },
    },
    { name: "no natural-person items", items: [item({ subjects: ["legal-person"] })], expected: { value: null, count: 0, total: 0 } },
  ],
  compressionLegalPerson: [
    {
      name: "legal-person items, one for both subjects included",
      items: [
        item({ subjects: ["natural-person"], legal: wd(20), promised: wd(5) }),
        item({ subjects: ["legal-person"], legal: wd(10), promised: wd(5) }),
        item({ subjects: ["natural-person", "legal-person"], legal: wd(10), promised: wd(2) }),
        item({ subjects: ["other-organization"], legal: wd(10), promised: wd(0) }),
      ],
      expected: { value: 0.65, count: 2, total: 2 },
    },
  ],
  meanRuns: [
    { name: "mean of runs", items: [item({ runs: 0 }), item({ runs: 1 }), item({ runs: 2 })], expected: { value: 1, count: 3, total: 3 } },
    { name: "no items: no value", items: [], expected: { value: null, count: 0, total: 0 } },
  ],
  atMostOneRun: [{ name: "runs ≤ 1", items: [0, 1, 2, 3].map((runs) => item({ runs })), expected: { value: 0.5, count: 2, total: 4 } }],
  zeroRuns: [{ name: "runs = 0", items: [0, 1, 2, 0].map((runs) => item({ runs })), expected: { value: 0.5, count: 2, total: 4 } }],
  onlineAvailable: [{ name: "depth ≥ 3", items: [1, 2, 3, 4].map((onlineDepth) => item({ onlineDepth })), expected: { value: 0.5, count: 2, total: 4 } }],
  fullyOnline: [{ name: "depth = 4", items: [1, 2, 3, 4].map((onlineDepth) => item({ onlineDepth })), expected: { value: 0.25, count: 1, total: 4 } }],
  immediate: [
    {
      name: "processing: immediate",
      items: [item({ processing: "immediate", promised: wd(0) }), item({ processing: "commitment" }), item({ processing: "commitment" })],
      expected: { value: 1 / 3, count: 1, total: 3 },
    },
  ],
  zeroMaterial: [{ name: "materials: []", items: [item({ materials: [] }), item()], expected: { value: 0.5, count: 1, total: 2 } }],
  eLicenseExempt: [
    {
      name: "e-licence materials not demanded on paper, counted by material",
      items: [
        item({
          materials: [
            { eLicense: true, media: "paper" },
            { eLicense: true, media: "electronic" },
            { eLicense: true, media: "paper-or-electronic" },
            { eLicense: false, media: "paper" },
          ],
        }),
        item({ materials: [{ eLicense: true, media: "electronic" }] }),
      ],
      expected: { value: 0.75, count: 3, total: 4 },
    },
    {
      name: "no e-licence materials: no value",
      items: [item({ materials: [{ eLicense: false, media: "paper" }] })],
      expected: { value: null, count: 0, total: 0 },
    },
  ],
};

describe.each(METRICS.map((m) => [m.id] as const))("%s", (id) => {
  it.each(CASES[id].map((c) => [c.name, c] as const))("%s", (_, c) => {
    const report = computeMetrics(
      c.items.map((record) => ({ record })),
      { unitFactors: c.unitFactors },
    );
    expect(report.skipped.count, "the hand-written items pass the schema").toBe(0);
    const figure = report.overall[id];
    expect({ count: figure.count, total: figure.total }).toEqual({ count: c.expected.count, total: c.expected.total });
    if (c.expected.value === null) expect(figure.value).toBeNull();
    else expect(figure.value).toBeCloseTo(c.expected.value, 12);
  });
});

describe("computeMetrics", () => {
  it("leaves out, and lists, records that fail the schema or are not mappings", () => {
    const broken = item();
    delete broken.code;
    const report = computeMetrics([
      { record: item({ runs: 2 }), file: "good.yaml" },
      { record: broken, file: "no-code.yaml" },
      { record: ["a list"], file: "list.yaml" },
      { record: item(), file: "said-invalid.yaml", schemaValid: false },
    ]);
    expect(report.items).toBe(1);
    expect(report.skipped).toEqual({ count: 3, files: ["list.yaml", "no-code.yaml", "said-invalid.yaml"] });
    expect(report.overall.meanRuns).toEqual({ value: 2, count: 1, total: 1 });
  });

  it("groups by department, region, level and type by default; by subject when asked, an item in each of its subjects", () => {
    const records = [
      item({ department: "甲局", region: "510921", subjects: ["natural-person", "legal-person"], runs: 1 }),
      item({ department: "乙局", region: "510900", level: "city", subjects: ["legal-person"] }),
    ].map((record) => ({ record }));
    const report = computeMetrics(records);
    expect(Object.keys(report.groups)).toEqual(["department", "region", "level", "type"]);
    expect(Object.keys(report.groups.department!)).toEqual(["乙局", "甲局"].sort());
    expect(report.groups.level!.city.meanRuns).toEqual({ value: 0, count: 1, total: 1 });
    const bySubject = computeMetrics(records, { groupBy: ["subject"] });
    expect(Object.keys(bySubject.groups)).toEqual(["subject"]);
    expect(bySubject.groups.subject!["legal-person"].atMostOneRun).toEqual({ value: 1, count: 2, total: 2 });
    expect(bySubject.groups.subject!["natural-person"].meanRuns).toEqual({ value: 1, count: 1, total: 1 });
  });

  it("checks the overall figures against a profile's targets", () => {
    const report = computeMetrics([{ record: item({ runs: 1 }) }], {
      profile: { name: "p", document: "d", targets: { meanRuns: { max: 0.5 }, meanCompression: { min: 0.6, max: 0.9 } } },
    });
    expect(report.targets).toEqual([
      { metric: "meanRuns", op: "<=", target: 0.5, value: 1, met: false },
      { metric: "meanCompression", op: ">=", target: 0.6, value: 0.75, met: true },
      { metric: "meanCompression", op: "<=", target: 0.9, value: 0.75, met: true },
    ]);
  });
});
