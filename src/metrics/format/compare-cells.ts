// What the metrics formats show of a comparison: each overall figure's previous value and change,
// each ranked group's movement (looked up by dimension and group).
import type { Lang } from "../../i18n/localized.js";
import type { FigureChange, MetricsComparison } from "../compare.js";
import { changeText, movementText } from "../compare-words.js";
import { findMetric, type MetricId } from "../definitions.js";
import type { GroupDimension } from "../facts.js";
import { formatValue } from "./numbers.js";

/** The overall figure's previous value and change, as shown; undefined without a comparison. */
export function overallChange(comparison: MetricsComparison | undefined, id: MetricId, lang: Lang): { previous: string; change: string } | undefined {
  const change = comparison?.overall.find((c) => c.id === id);
  return change ? { previous: formatValue(findMetric(id)!, change.previous), change: changeText(change, lang) } : undefined;
}

/**
 * Rank and movement text by group, for a ranked dimension the comparison covers. The rank is the
 * competition rank (ties share it) the movement is counted from, so the two columns agree.
 */
export function movements(
  comparison: MetricsComparison | undefined,
  dimension: GroupDimension,
  lang: Lang,
): Map<string, { rank: number; shown: string }> | undefined {
  const ranking = comparison?.rankings.find((r) => r.dimension === dimension);
  return ranking ? new Map(ranking.rows.map((row) => [row.group, { rank: row.rank, shown: movementText(row, lang) }])) : undefined;
}

/** The paint of a change: better or worse for the figure (down is better for mean runs). */
export function changeTone(change: FigureChange | undefined): "better" | "worse" | undefined {
  if (!change || change.improved === undefined) return undefined;
  return change.improved ? "better" : "worse";
}
