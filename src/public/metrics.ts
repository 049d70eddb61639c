// guidelint/metrics: the figures of metrics.md over records, their definitions, profiles and targets.
export { createMetricsAggregator, DEFAULT_DIMENSIONS, GROUP_DIMENSIONS, type MetricsAggregator, type MetricsReport } from "../metrics/aggregate.js";
export { computeMetrics, type ComputeMetricsOptions, type MetricsInput } from "../metrics/compute.js";
export {
  findMetric,
  METRIC_IDS,
  METRICS,
  type Metric,
  type MetricDefinition,
  type MetricFigure,
  type MetricFigures,
  type MetricId,
} from "../metrics/definitions.js";
export { extractMetricFacts, type GroupDimension, type ItemMetricFacts } from "../metrics/facts.js";
export { evaluateTargets, type TargetResult } from "../metrics/targets.js";
export { BUILTIN_PROFILES, findBuiltinProfile, type Profile, type TargetBounds } from "../config/profiles/builtin.js";
export { loadProfileFile, parseProfile } from "../config/profiles/profile-file.js";
export { resolveProfile, withProfile } from "../config/profiles/resolve-profile.js";
