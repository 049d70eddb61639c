// What the metrics formats share: the order groups are shown in, and which group values miss a target.
import type { MetricsReport } from "../aggregate.js";
import { type Metric, METRICS, type MetricFigures, type MetricId } from "../definitions.js";
import type { GroupDimension } from "../facts.js";
import type { Profile } from "../../config/profiles/builtin.js";
import { orderedGroups } from "../ranking.js";
import { evaluateTargets } from "../targets.js";
import type { MetricsFormatContext } from "./types.js";

/** Every metric, the ranking one first (a ranking table reads from its key figure). */
export function metricColumns(sort: MetricId | undefined): Metric[] {
  const all: Metric[] = [...METRICS];
  return sort ? [all.find((m) => m.id === sort)!, ...all.filter((m) => m.id !== sort)] : all;
}

/** The dimensions to show, in the report's order, each with its groups in display order. */
export function shownGroups(
  report: MetricsReport,
  dimensions: readonly GroupDimension[],
  context: Pick<MetricsFormatContext, "sort">,
): Array<{ dimension: GroupDimension; groups: Array<[string, MetricFigures]> }> {
  return dimensions
    .filter((d) => report.groups[d])
    .map((dimension) => ({ dimension, groups: orderedGroups(dimension, report.groups[dimension]!, context.sort) }));
}

/** The metrics of a group that miss one of the profile's targets (for colouring a ranking). */
export function missedMetrics(profile: Profile | undefined, figures: MetricFigures): Set<string> {
  return new Set(
    evaluateTargets(profile, figures)
      .filter((t) => !t.met)
      .map((t) => t.metric),
  );
}

/** Items left out of the compression figures: no legal limit, or a legal limit of 0. */
export function compressionLeftOut(report: MetricsReport): number {
  return report.overall.meanCompression.total - report.overall.meanCompression.count;
}
