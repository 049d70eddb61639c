// Overall and per-group tallies, filled one item at a time, read out as metrics.md's report.
import { figuresOf, type MetricFigures } from "./definitions.js";
import { type GroupDimension, groupKeys, type ItemMetricFacts } from "./facts.js";
import { defaultOrder } from "./ranking.js";
import { addToTally, emptyTally, type Tally } from "./tally.js";
import type { TargetResult } from "./targets.js";

export const GROUP_DIMENSIONS: readonly GroupDimension[] = ["department", "region", "level", "type", "subject"];
/** What the JSON carries when no --group-by is given: the groups of metrics.md's example. */
export const DEFAULT_DIMENSIONS: readonly GroupDimension[] = ["department", "region", "level", "type"];

/** metrics.md's JSON, as data. */
export interface MetricsReport {
  /** guidelint's version. */
  version: string;
  /** Items counted: every figure is over these. */
  items: number;
  /** Files left out of every figure: they do not parse, or their record fails the schema. */
  skipped: { count: number; files: string[] };
  overall: MetricFigures;
  /** Per dimension, per group (department name, region code, level, type, subject): every figure. */
  groups: Partial<Record<GroupDimension, Record<string, MetricFigures>>>;
  /** The active profile's targets with the values they were checked against; [] without a profile. */
  targets: TargetResult[];
}

export interface MetricsAggregator {
  add(facts: ItemMetricFacts): void;
  /** A file whose record cannot be counted. */
  skip(file: string): void;
  report(): MetricsReport;
}

export function createMetricsAggregator(groupBy: readonly GroupDimension[] = DEFAULT_DIMENSIONS, version = ""): MetricsAggregator {
  const overall = emptyTally();
  const groups = new Map<GroupDimension, Map<string, Tally>>(groupBy.map((d) => [d, new Map()]));
  const skipped: string[] = [];
  return {
    add(facts) {
      addToTally(overall, facts);
      for (const [dimension, tallies] of groups) {
        for (const key of groupKeys(facts, dimension)) {
          let tally = tallies.get(key);
          if (!tally) {
            tally = emptyTally();
            tallies.set(key, tally);
          }
          addToTally(tally, facts);
        }
      }
    },
    skip(file) {
      skipped.push(file);
    },
    report() {
      const out: MetricsReport["groups"] = {};
      for (const [dimension, tallies] of groups) {
        const keys = defaultOrder(dimension, [...tallies.keys()]);
        out[dimension] = Object.fromEntries(keys.map((key) => [key, figuresOf(tallies.get(key)!)]));
      }
      return {
        version,
        items: overall.items,
        skipped: { count: skipped.length, files: [...skipped].sort() },
        overall: figuresOf(overall),
        groups: out,
        targets: [],
      };
    },
  };
}
