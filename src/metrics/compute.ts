// The figures of a catalog, pure over records. Over files, the figures are a consumer of the lint
// pass (api.ts: lint with `metrics`, measureCatalog), which keeps only running sums.
import type { ResolvedConfig } from "../config/types.js";
import type { ToolError } from "../engine/result.js";
import { validateServiceGuide } from "../schema/ajv.js";
import { DEFAULT_UNIT_FACTORS, type UnitFactors } from "../time/duration.js";
import { createMetricsAggregator, DEFAULT_DIMENSIONS, type MetricsReport } from "./aggregate.js";
import { extractMetricFacts, type GroupDimension } from "./facts.js";
import type { Profile } from "../config/profiles/builtin.js";
import { evaluateTargets } from "./targets.js";

/** One record to count, as read from a file. */
export interface MetricsInput {
  record: unknown;
  /** Named in `skipped` when the record cannot be counted. */
  file?: string;
  /** Whether it passes the schema; checked here when not given. */
  schemaValid?: boolean;
}

export interface ComputeMetricsOptions {
  unitFactors?: UnitFactors;
  /** Dimensions to group by; default: department, region, level and type. */
  groupBy?: readonly GroupDimension[];
  /** Targets to check the overall figures against. */
  profile?: Profile;
  version?: string;
}

/**
 * metrics.md's figures over records. A record that is not a mapping or fails the schema is left
 * out of every figure and listed in `skipped`.
 */
export function computeMetrics(inputs: Iterable<MetricsInput>, options: ComputeMetricsOptions = {}): MetricsReport {
  const factors = options.unitFactors ?? DEFAULT_UNIT_FACTORS;
  const aggregator = createMetricsAggregator(options.groupBy ?? DEFAULT_DIMENSIONS, options.version);
  let index = 0;
  for (const { record, file, schemaValid } of inputs) {
    index++;
    const isMapping = typeof record === "object" && record !== null && !Array.isArray(record);
    if (isMapping && (schemaValid ?? validateServiceGuide()(record))) {
      aggregator.add(extractMetricFacts(record as Record<string, unknown>, factors));
    } else {
      aggregator.skip(file ?? `#${index}`);
    }
  }
  return withTargets(aggregator.report(), options.profile);
}

export interface MetricsRun {
  report: MetricsReport;
  config: ResolvedConfig;
  profile?: Profile;
  /** Set when nothing was given and the sample catalog shipped with guidelint was measured. */
  embeddedCatalog?: string;
  toolErrors: ToolError[];
}

function withTargets(report: MetricsReport, profile: Profile | undefined): MetricsReport {
  return { ...report, targets: evaluateTargets(profile, report.overall) };
}
