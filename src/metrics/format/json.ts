// For tools: metrics.md's JSON, full precision (an auditor's own computation compares to the last
// digit), keys in a fixed order, groups in display order (ranked with --sort).
import type { MetricsReport } from "../aggregate.js";
import { orderedGroups } from "../ranking.js";
import type { GroupDimension } from "../facts.js";
import type { MetricsFormatter } from "./types.js";
import type { MetricsComparison } from "../compare.js";

/** An object whose keys must come out in this order (JS objects put integer-like keys, e.g. region codes, first). */
class Ordered {
  constructor(readonly entries: Array<readonly [string, unknown]>) {}
}

/** The comparison without the previous report it was computed from; group keys in ranking order. */
function comparisonJson(comparison: MetricsComparison): Ordered {
  return new Ordered([
    ["previous", comparison.previous],
    ["overall", new Ordered(comparison.overall.map(({ id, ...change }) => [id, change] as const))],
    ["rankings", new Ordered(comparison.rankings.map(({ dimension, ...moves }) => [dimension, moves] as const))],
  ]);
}

export const json: MetricsFormatter = (report, { sort, comparison }) => {
  const groups = Object.entries(report.groups).map(
    ([dimension, groups]) => [dimension, new Ordered(orderedGroups(dimension as GroupDimension, groups!, sort))] as const,
  );
  const output = new Ordered([
    ["version", report.version],
    ["items", report.items],
    ["skipped", report.skipped],
    ["overall", report.overall],
    ["groups", new Ordered(groups)],
    ["targets", report.targets],
  ] satisfies Array<[keyof MetricsReport, unknown]>);
  // Additive (docs/metrics.md): metrics.md's keys stay as they are, `comparison` comes last.
  if (comparison) output.entries.push(["comparison", comparisonJson(comparison)]);
  return `${stringify(output, 0)}\n`;
};

/** JSON.stringify(value, null, 2), except that Ordered objects keep their order. */
function stringify(value: unknown, depth: number): string {
  const inner = "  ".repeat(depth + 1);
  const outer = "  ".repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + stringify(v, depth + 1)).join(",\n")}\n${outer}]`;
  }
  if (value instanceof Ordered || (typeof value === "object" && value !== null)) {
    const entries = (value instanceof Ordered ? value.entries : Object.entries(value)).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringify(v, depth + 1)}`).join(",\n")}\n${outer}}`;
  }
  return JSON.stringify(value) ?? "null";
}
