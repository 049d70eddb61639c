// The use cases of the library — lint, measure — each one pass over the catalog: the engine reads
// every file once, and the facts for the catalog-wide rules, the metrics and the caller's own
// hook are consumers of that pass. The CLI is one user of these functions.
import { existsSync } from "node:fs";
import path from "node:path";
import { loadBaseCatalog } from "./catalog/base-catalog.js";
import { discoverFiles } from "./catalog/discover.js";
import { extractFacts, type ItemFacts } from "./catalog/facts.js";
import { resolveTarget } from "./catalog/target.js";
import type { ChannelComparison } from "./channels/channel-pass.js";
import type { ComparedField } from "./channels/views/field-view.js";
import type { Profile } from "./config/profiles/builtin.js";
import { withProfile } from "./config/profiles/resolve-profile.js";
import { createSettingsResolver, type RuleFilter, type RuleOverrides } from "./config/rule-settings.js";
import type { ResolvedConfig } from "./config/types.js";
import { factsNeeded, mergeCatalogFindings, planCatalogRules, runCatalogPass } from "./engine/catalog-pass.js";
import { lintFiles, type RecordSource } from "./engine/lint-files.js";
import { parseRecord } from "./engine/parse.js";
import { type LintResult, summarize } from "./engine/result.js";
import { applyFileDirectives } from "./engine/suppressions.js";
import { UsageError } from "./errors.js";
import { createMetricsAggregator, DEFAULT_DIMENSIONS, type MetricsReport } from "./metrics/aggregate.js";
import type { MetricsRun } from "./metrics/compute.js";
import { extractMetricFacts, type GroupDimension } from "./metrics/facts.js";
import { evaluateTargets } from "./metrics/targets.js";
import { displayPath } from "./source/display-path.js";
import { readSource } from "./source/read-source.js";

export { PACKAGE_ROOT } from "./catalog/target.js";

export interface LintOptions {
  /** Working directory: config discovery starts here and output paths are relative to it. */
  cwd?: string;
  /** Files, folders and globs; empty: the config's catalog, else ./catalog, else the sample catalog. */
  paths?: string[];
  /** An explicit config file; otherwise the nearest one upward from cwd. */
  configFile?: string;
  /** A config already loaded (skips discovery). */
  config?: ResolvedConfig;
  /** Rule levels that win over the config (the CLI's --rule). */
  rules?: RuleOverrides;
  /**
   * The policy profile in force, instead of the config's `profile`: a built-in name or a file
   * (relative to cwd), or a profile. Its targets set rule defaults and are what the metrics are
   * checked against — one profile for the whole run.
   */
  profile?: string | Profile;
  onFile?: (done: number, total: number) => void;
  /** Each parsed record, as it is linted (files that hold a mapping). */
  onRecord?: (record: Record<string, unknown>, source: RecordSource) => void;
  /** Channel snapshots that add to or override the config's (`--channel id=path`). */
  channels?: Record<string, string>;
  /** The basic catalog, overriding the config's (`--base-catalog`). */
  baseCatalog?: string;
  /** Run only the rules this accepts (the `sources` command: the channel rules; metrics: none). */
  only?: RuleFilter;
  /**
   * Narrows the files found to those this keeps (`--changed`, `--shard`); the cross-file rules
   * still see the whole catalog and report only on the files kept.
   */
  select?: (files: string[]) => string[];
  /** Report suppression comments that suppress nothing (`--report-unused-disables`). */
  reportUnusedDisables?: boolean;
  /** Count metrics.md's figures in the same pass (the `metrics` and `report` commands). */
  metrics?: { groupBy?: readonly GroupDimension[]; version?: string };
}

export interface LintRun extends LintResult {
  config: ResolvedConfig;
  /** Set when nothing was given and the sample catalog shipped with guidelint was checked. */
  embeddedCatalog?: string;
  /** What each channel's snapshot showed (for the `sources` command and reports). */
  channels: ChannelComparison[];
  /** The figures, checked against the profile's targets, when `metrics` was asked for. */
  metrics?: MetricsReport;
  /** The policy profile in force (from `profile` or the config). */
  profile?: Profile;
}

export async function lint(options: LintOptions = {}): Promise<LintRun> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const paths = options.paths ?? [];
  const target = await resolveTarget({ cwd, paths, config: options.config, configFile: options.configFile });
  const config = withProfileOption(target.config, options.profile, cwd);
  const files = options.select ? options.select(target.files) : target.files;
  const narrowed = paths.length > 0 || options.select !== undefined;
  const settingsFor = createSettingsResolver(config, options.rules, options.only);
  const channels = { ...config.channels, ...resolveChannels(options.channels ?? {}, cwd) };
  for (const [channel, location] of Object.entries(channels)) {
    if (!existsSync(location)) throw new UsageError("channelNotFound", { channel, file: displayPath(cwd, location) });
  }

  // Given only some files (a pre-commit hook, a changed-files run), the cross-file rules still
  // see the whole catalog the config names, and report only on what was asked.
  const asked = new Set(files);
  const context = narrowed && (config.catalog || options.select) ? (await discoverFiles({ cwd, config, paths: [] })).filter((f) => !asked.has(f)) : [];
  const fileSettings = files.map(settingsFor);
  const runs = planCatalogRules([...fileSettings, ...context.map(settingsFor), ...Object.values(channels).map(settingsFor)]);
  const fields = factsNeeded(runs, Object.keys(channels).length > 0);

  const items: ItemFacts[] = [];
  const metrics = options.metrics ? createMetricsConsumer(config, options.metrics) : undefined;
  const result = await lintFiles(files, {
    cwd,
    settings: fileSettings,
    onFile: options.onFile,
    onRecord: (record, source) => {
      if (runs.length > 0) items.push(extractFacts(record, source, true, fields));
      metrics?.add(record, source);
      options.onRecord?.(record, source);
    },
  });
  if (runs.length > 0) items.push(...readFacts(context, cwd, fields));

  const baseCatalogPath = options.baseCatalog ? path.resolve(cwd, options.baseCatalog) : config.baseCatalog;
  const pass =
    runs.length > 0
      ? runCatalogPass({
          cwd,
          items,
          channels,
          baseCatalog: baseCatalogPath ? loadBaseCatalog(baseCatalogPath, cwd) : undefined,
          runs,
          settingsFor,
          wholeCatalog: !narrowed,
        })
      : { findings: new Map(), channels: [] };
  // Suppression comments apply once, to each file's own findings and the catalog-wide ones alike.
  const merged = mergeCatalogFindings(result, cwd, pass.findings);
  const results = merged.results.map((r) => applyFileDirectives(r, settingsFor(r.filePath), options.reportUnusedDisables ?? false));
  const run: LintRun = { ...merged, results, summary: summarize(results), config, embeddedCatalog: target.embeddedCatalog, channels: pass.channels };
  if (config.activeProfile) run.profile = config.activeProfile;
  if (metrics) run.metrics = metrics.report(result.results);
  return run;
}

export interface MeasureOptions {
  cwd?: string;
  paths?: string[];
  configFile?: string;
  config?: ResolvedConfig;
  /** A built-in profile's name or a profile file (relative to cwd), or a profile; default: the config's. */
  profile?: string | Profile;
  groupBy?: readonly GroupDimension[];
  version?: string;
  onFile?: (done: number, total: number) => void;
}

/** The figures of the files a lint run would check: the same pass with no rules (parse and schema only). */
export async function measureCatalog(options: MeasureOptions = {}): Promise<MetricsRun> {
  const run = await lint({
    cwd: options.cwd,
    paths: options.paths,
    configFile: options.configFile,
    config: options.config,
    profile: options.profile,
    onFile: options.onFile,
    only: () => false,
    metrics: { groupBy: options.groupBy, version: options.version },
  });
  return { report: run.metrics!, config: run.config, profile: run.profile, embeddedCatalog: run.embeddedCatalog, toolErrors: run.toolErrors };
}

function withProfileOption(config: ResolvedConfig, profile: LintOptions["profile"], cwd: string): ResolvedConfig {
  if (profile === undefined) return config;
  return typeof profile === "string" ? withProfile(config, profile, cwd) : { ...config, profile: profile.name, activeProfile: profile };
}

/**
 * The metrics as a consumer of the pass: each sound record's facts go into running sums; files
 * that never gave a record (unreadable, not YAML, not a mapping) or fail the schema are skipped.
 */
function createMetricsConsumer(config: ResolvedConfig, options: NonNullable<LintOptions["metrics"]>) {
  const aggregator = createMetricsAggregator(options.groupBy ?? DEFAULT_DIMENSIONS, options.version);
  const counted = new Set<string>();
  return {
    add(record: Record<string, unknown>, source: RecordSource): void {
      if (!source.schemaValid) return;
      aggregator.add(extractMetricFacts(record, config.unitFactors));
      counted.add(source.filePath);
    },
    report(results: LintResult["results"]): MetricsReport {
      for (const file of results) if (!counted.has(file.filePath)) aggregator.skip(file.file);
      const report = aggregator.report();
      return { ...report, targets: evaluateTargets(config.activeProfile, report.overall) };
    },
  };
}

/** Facts of files that are context only: read and parsed, not linted. */
function readFacts(files: readonly string[], cwd: string, fields: readonly ComparedField[]): ItemFacts[] {
  const facts: ItemFacts[] = [];
  for (const filePath of files) {
    const read = readSource(filePath);
    if (!read.ok) continue;
    const parsed = parseRecord(read.text);
    if ("record" in parsed) facts.push(extractFacts(parsed.record, { file: displayPath(cwd, filePath), filePath }, false, fields));
  }
  return facts;
}

/** `--channel pc=snapshots/pc` values, resolved against the working directory. */
function resolveChannels(channels: Record<string, string>, cwd: string): Record<string, string> {
  return Object.fromEntries(Object.entries(channels).map(([id, p]) => [id, path.resolve(cwd, p)]));
}
