// Every figure of a generated catalog, recomputed here independently: another YAML parser, a
// schema validator of its own, unit factors written out, and plain filters over the records
// instead of the implementation's running tallies. Value, count and total must all agree.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { measureCatalog } from "../../src/api.js";
import type { MetricsReport } from "../../src/metrics/aggregate.js";
import { ROOT, tempDir } from "../support/cli.js";
import { item, wd } from "./support.js";

// @ts-expect-error plain ESM script without types
const { generateCatalog } = await import("../../scripts/generate-catalog.mjs");

type Rec = Record<string, any>;
type Figure = { value: number | null; count: number; total: number };

const WORKING_DAYS_PER_UNIT: Record<string, number> = { "working-day": 1, "natural-day": 5 / 7, hour: 1 / 8, minute: 1 / 480 };
const days = (limit: Rec | null) => (limit ? limit.value * WORKING_DAYS_PER_UNIT[limit.unit] : 0);
const share = (count: number, total: number): Figure => ({ value: total === 0 ? null : count / total, count, total });
const mean = (values: number[], total: number): Figure => ({
  value: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length,
  count: values.length,
  total,
});

function expectedFigures(records: Rec[]): Record<string, Figure> {
  const withLegal = (rs: Rec[]) => rs.filter((r) => days(r.timeLimit.legal) > 0);
  const compression = (r: Rec) => 1 - days(r.timeLimit.promised) / days(r.timeLimit.legal);
  const natural = records.filter((r) => r.subjects.includes("natural-person"));
  const legal = records.filter((r) => r.subjects.includes("legal-person"));
  const weighted = withLegal(records).filter((r) => typeof r.volume === "number");
  const sumPromised = weighted.reduce((s, r) => s + days(r.timeLimit.promised) * r.volume, 0);
  const sumLegal = weighted.reduce((s, r) => s + days(r.timeLimit.legal) * r.volume, 0);
  const eLicence = records.flatMap((r) => r.materials).filter((m: Rec) => m.eLicense === true);
  const n = records.length;
  return {
    meanCompression: mean(withLegal(records).map(compression), n),
    weightedCompression: { value: sumLegal === 0 ? null : 1 - sumPromised / sumLegal, count: weighted.length, total: n },
    compressionNaturalPerson: mean(withLegal(natural).map(compression), natural.length),
    compressionLegalPerson: mean(withLegal(legal).map(compression), legal.length),
    meanRuns: mean(
      records.map((r) => r.runs),
      n,
    ),
    atMostOneRun: share(records.filter((r) => r.runs <= 1).length, n),
    zeroRuns: share(records.filter((r) => r.runs === 0).length, n),
    onlineAvailable: share(records.filter((r) => r.onlineDepth >= 3).length, n),
    fullyOnline: share(records.filter((r) => r.onlineDepth === 4).length, n),
    immediate: share(records.filter((r) => r.processing === "immediate").length, n),
    zeroMaterial: share(records.filter((r) => r.materials.length === 0).length, n),
    eLicenseExempt: share(eLicence.filter((m: Rec) => m.media !== "paper").length, eLicence.length),
  };
}

function expectSameFigures(actual: Record<string, Figure>, expected: Record<string, Figure>, where: string) {
  expect(Object.keys(actual), where).toEqual(Object.keys(expected));
  for (const [id, figure] of Object.entries(expected)) {
    const got = actual[id];
    expect({ count: got.count, total: got.total }, `${where} ${id}`).toEqual({ count: figure.count, total: figure.total });
    if (figure.value === null) expect(got.value, `${where} ${id}`).toBeNull();
    else expect(got.value, `${where} ${id}`).toBeCloseTo(figure.value, 12);
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? yamlFiles(full) : /\.ya?ml$/.test(name) ? [full] : [];
    })
    .sort();
}

describe.each([
  { seed: 20250611, items: 700 },
  { seed: 7, items: 257 },
])("a generated catalog of $items items (seed $seed)", ({ seed, items }) => {
  let dir: string;
  let report: MetricsReport;
  let valid: Rec[];
  let invalidFiles: string[];

  beforeAll(async () => {
    dir = tempDir();
    generateCatalog({ outDir: path.join(dir, "catalog"), items, seed, defectRate: 0.1 });
    // What a real catalog also holds: limits of 0, and files the metrics must leave out.
    writeFileSync(path.join(dir, "catalog/zero-legal.yaml"), JSON.stringify(item({ legal: wd(0), promised: wd(0), processing: "immediate" })));
    writeFileSync(path.join(dir, "catalog/broken-yaml.yaml"), "code: [unclosed\n");
    writeFileSync(path.join(dir, "catalog/a-list.yaml"), "- 1\n- 2\n");
    const noRuns = item();
    delete noRuns.runs;
    writeFileSync(path.join(dir, "catalog/no-runs.yaml"), JSON.stringify(noRuns));

    const schema = JSON.parse(readFileSync(path.join(ROOT, "schemas/service-guide.schema.json"), "utf8"));
    const isValid = new Ajv({ strict: false }).compile(schema);
    valid = [];
    invalidFiles = [];
    for (const file of yamlFiles(path.join(dir, "catalog"))) {
      let record: unknown;
      try {
        record = parse(readFileSync(file, "utf8"));
      } catch {
        record = undefined;
      }
      if (record && typeof record === "object" && !Array.isArray(record) && isValid(record)) valid.push(record as Rec);
      else invalidFiles.push(path.relative(dir, file).split(path.sep).join("/"));
    }
    report = (await measureCatalog({ cwd: dir, paths: ["catalog"], groupBy: ["department", "region", "level", "type", "subject"] })).report;
  }, 60_000);

  it("counts every parseable, schema-valid item and lists the rest as skipped", () => {
    expect(invalidFiles).toEqual(expect.arrayContaining(["catalog/a-list.yaml", "catalog/broken-yaml.yaml", "catalog/no-runs.yaml"]));
    expect(report.items).toBe(valid.length);
    expect(report.skipped).toEqual({ count: invalidFiles.length, files: [...invalidFiles].sort() });
  });

  it("has the catalog-wide figures", () => {
    expectSameFigures(report.overall, expectedFigures(valid), "overall");
    // The catalog exercises what is easy to get wrong: limits left out, volumes, every subject.
    const { meanCompression, weightedCompression, compressionNaturalPerson, compressionLegalPerson } = report.overall;
    expect(meanCompression.count).toBeLessThan(meanCompression.total);
    expect(weightedCompression.count).toBeGreaterThan(0);
    expect(weightedCompression.count).toBeLessThan(meanCompression.count);
    expect(compressionNaturalPerson.count * compressionLegalPerson.count).toBeGreaterThan(0);
    expect(valid.some((r) => r.subjects.includes("natural-person") && r.subjects.includes("legal-person"))).toBe(true);
    expect(valid.some((r) => r.timeLimit.legal?.unit === "natural-day")).toBe(true);
  });

  it.each(["department", "region", "level", "type", "subject"] as const)("has the figures of every group by %s", (dimension) => {
    const byKey = new Map<string, Rec[]>();
    for (const record of valid) {
      for (const key of dimension === "subject" ? record.subjects : [record[dimension]]) {
        byKey.set(key, [...(byKey.get(key) ?? []), record]);
      }
    }
    const groups = report.groups[dimension]!;
    expect(Object.keys(groups).sort()).toEqual([...byKey.keys()].sort());
    for (const [key, records] of byKey) expectSameFigures(groups[key], expectedFigures(records), `${dimension} ${key}`);
  });
});
