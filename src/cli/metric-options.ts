// --group-by and --sort, as metrics and report read them.
import { UsageError } from "../errors.js";
import { GROUP_DIMENSIONS } from "../metrics/aggregate.js";
import { isMetricId, METRIC_IDS, type MetricId } from "../metrics/definitions.js";
import type { GroupDimension } from "../metrics/facts.js";
import { didYouMean } from "../text/similar.js";

/** `--group-by department --group-by region,level` → [department, region, level]. */
export function parseGroupBy(values: readonly string[]): GroupDimension[] {
  const out: GroupDimension[] = [];
  for (const value of values) {
    for (const part of value
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean)) {
      if (!(GROUP_DIMENSIONS as readonly string[]).includes(part)) {
        throw new UsageError("badGroupBy", { value: part, suggestion: didYouMean(part, GROUP_DIMENSIONS), available: GROUP_DIMENSIONS.join(", ") });
      }
      if (!out.includes(part as GroupDimension)) out.push(part as GroupDimension);
    }
  }
  return out;
}

/** `--sort meanCompression`; `needsGroupBy`: metrics ranks only the groups asked for. */
export function parseSort(value: string | undefined, needsGroupBy?: readonly GroupDimension[]): MetricId | undefined {
  if (value === undefined) return undefined;
  if (!isMetricId(value)) {
    throw new UsageError("badSortMetric", { value, suggestion: didYouMean(value, METRIC_IDS), available: METRIC_IDS.join(", ") });
  }
  if (needsGroupBy && needsGroupBy.length === 0) throw new UsageError("sortNeedsGroupBy", { value });
  return value;
}
