// The order groups are shown in: a fixed default, or a ranking by one figure (周通报, 月调度).
import { ENUM_LABELS } from "../i18n/enum-labels.js";
import { findMetric, type MetricFigures, type MetricId } from "./definitions.js";
import type { GroupDimension } from "./facts.js";

// Enumerated dimensions read best in their natural order (national → village), not alphabetically.
const ENUM_ORDER: Partial<Record<GroupDimension, readonly string[]>> = {
  level: Object.keys(ENUM_LABELS.level),
  type: Object.keys(ENUM_LABELS.type),
  subject: Object.keys(ENUM_LABELS.subjects),
};

// Code-point order, not a locale's collation: the same on every machine, whatever ICU it has.
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Group keys in the default order: enum order for level, type and subject; code points otherwise. */
export function defaultOrder(dimension: GroupDimension, keys: readonly string[]): string[] {
  const order = ENUM_ORDER[dimension] ?? [];
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  return [...keys].sort((a, b) => rank(a) - rank(b) || byCodePoint(a, b));
}

/**
 * The groups of one dimension in display order: the default, or ranked by `sort` with the best
 * first (highest, or lowest for mean runs). Groups with no value for the figure come last; ties
 * keep the default order.
 */
export function orderedGroups(dimension: GroupDimension, groups: Record<string, MetricFigures>, sort?: MetricId): Array<[string, MetricFigures]> {
  const entries = defaultOrder(dimension, Object.keys(groups)).map((key): [string, MetricFigures] => [key, groups[key]]);
  if (!sort) return entries;
  const sign = findMetric(sort)?.better === "lower" ? 1 : -1;
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      const x = a.entry[1][sort].value;
      const y = b.entry[1][sort].value;
      if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.index - b.index;
      return sign * (x - y) || a.index - b.index;
    })
    .map(({ entry }) => entry);
}
