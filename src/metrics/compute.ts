// The figures of a catalog: pure over records (computeMetrics), or over files (measureCatalog),
// which streams each record's facts into the tallies and keeps nothing else.
import path from "node:path";
import { resolveTarget } from "../catalog/target.js";
import type { ResolvedConfig } from "../config/types.js";
import { lintFiles } from "../engine/lint-files.js";
import type { FileSettings } from "../engine/settings.js";
import type { ToolError } from "../engine/result.js";
import { validateServiceGuide } from "../schema/ajv.js";
import { DEFAULT_UNIT_FACTORS, type UnitFactors } from "../time/duration.js";
import { createMetricsAggregator, DEFAULT_DIMENSIONS, type MetricsReport } from "./aggregate.js";
import { extractMetricFacts, type GroupDimension } from "./facts.js";
import type { Profile } from "../config/profiles/builtin.js";
import { resolveProfile } from "../config/profiles/resolve-profile.js";
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

export interface MeasureOptions {
  /** Working directory: config discovery starts here and file names are relative to it. */
  cwd?: string;
  /** Files, folders and globs; empty: the config's catalog, else ./catalog, else the sample catalog. */
  paths?: string[];
  configFile?: string;
  config?: ResolvedConfig;
  /** A built-in profile's name or a profile file (relative to cwd), or a profile; default: the config's. */
  profile?: string | Profile;
  groupBy?: readonly GroupDimension[];
  version?: string;
  onFile?: (done: number, total: number) => void;
}

export interface MetricsRun {
  report: MetricsReport;
  config: ResolvedConfig;
  profile?: Profile;
  /** Set when nothing was given and the sample catalog shipped with guidelint was measured. */
  embeddedCatalog?: string;
  toolErrors: ToolError[];
}

/** Measures the files a lint run would check: parse and schema only, no rules. */
export async function measureCatalog(options: MeasureOptions = {}): Promise<MetricsRun> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const paths = options.paths ?? [];
  const { config, files, embeddedCatalog } = await resolveTarget({ cwd, paths, config: options.config, configFile: options.configFile });
  const profile =
    typeof options.profile === "string" ? resolveProfile(options.profile, cwd, cwd, "--profile") : (options.profile ?? config.activeProfile);

  const aggregator = createMetricsAggregator(options.groupBy ?? DEFAULT_DIMENSIONS, options.version);
  // No rules: the engine still parses and validates every file, which is all the metrics need.
  const settings: FileSettings = { rules: new Map(), lists: config.lists, unitFactors: config.unitFactors };
  const counted = new Set<string>();
  const result = await lintFiles(files, {
    cwd,
    settingsFor: () => settings,
    onFile: options.onFile,
    onRecord: (record, source) => {
      if (!source.schemaValid) return;
      aggregator.add(extractMetricFacts(record, config.unitFactors));
      counted.add(source.filePath);
    },
  });
  // Files that never reached onRecord (unreadable, not YAML, not a mapping) are skipped too.
  for (const file of result.results) if (!counted.has(file.filePath)) aggregator.skip(file.file);
  return { report: withTargets(aggregator.report(), profile), config, profile, embeddedCatalog, toolErrors: result.toolErrors };
}

function withTargets(report: MetricsReport, profile: Profile | undefined): MetricsReport {
  return { ...report, targets: evaluateTargets(profile, report.overall) };
}

