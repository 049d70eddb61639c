// The use cases of the library — lint, measure — each one pass over the catalog: the engine reads
// every file once, and the facts for the catalog-wide rules, the metrics and the caller's own
// hook are consumers of that pass. The CLI is one user of these functions.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { loadBaseCatalog } from "./catalog/base-catalog.js";
import { discoverFiles } from "./catalog/discover.js";
import { extractFacts, type ItemFacts } from "./catalog/facts.js";
import { resolveTarget } from "./catalog/target.js";
import type { ChannelComparison } from "./channels/channel-pass.js";
import type { ComparedField } from "./channels/views/field-view.js";
import type { Profile } from "./config/profiles/builtin.js";
import { withProfile } from "./config/profiles/resolve-profile.js";
import { loadConfig } from "./config/load-config.js";
import { createSettingsResolver, type RuleFilter, type RuleOverrides } from "./config/rule-settings.js";
import type { ResolvedConfig } from "./config/types.js";
import { factsNeeded, mergeCatalogFindings, planCatalogRules, runCatalogPass } from "./engine/catalog-pass.js";
import { parseRecord } from "./engine/parse.js";
import { type LintResult, summarize } from "./engine/result.js";
import type { FileSettings } from "./engine/settings.js";
import { applyFileDirectives } from "./engine/suppressions.js";
import { UsageError } from "./errors.js";
import type { MessageId } from "./i18n/messages.js";
import { createMetricsAggregator, DEFAULT_DIMENSIONS, type MetricsReport } from "./metrics/aggregate.js";
import type { MetricsRun } from "./metrics/compute.js";
import type { GroupDimension } from "./metrics/facts.js";
import { evaluateTargets } from "./metrics/targets.js";
import type { FileOutcome, OutcomeNeeds, RecordHook } from "./pipeline/file-outcome.js";
import { type Concurrency, type FilePassOptions, runFilePass } from "./pipeline/file-pass.js";
import { ExportItems, isExportFile } from "./pipeline/export-items.js";
import { type CacheOptions, OutcomeCache } from "./pipeline/outcome-cache.js";
import { withOrigins } from "./pipeline/source-origins.js";
import { orderedShards, readShardFacts, type Shard, shardOf, writeShardFacts } from "./pipeline/shard-facts.js";
import type { ResolvedMapping } from "./import/mapping.js";
import { readExportRecords } from "./import/read-export.js";
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
  /** Each parsed record, as it is linted (files that hold a mapping); the pass then stays on this thread, uncached. */
  onRecord?: RecordHook;
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
  /** Only the i-th of n slices of the files (a CI matrix job); cross-file rules still see the whole catalog. */
  shard?: Shard;
  /** Write this run's outcomes to a facts file for `mergeShards` (then the catalog-wide rules wait for the merge). */
  factsOut?: string;
  /** Reuse the outcomes of unchanged files from this cache, and keep the new ones in it (`--cache`). */
  cache?: CacheOptions;
  /** Worker threads for the per-file pass (`--concurrency`); default: this thread only. */
  concurrency?: Concurrency;
  /** guidelint's version: caches and facts files from another version are not reused. */
  version?: string;
  /** How platform exports among the paths are read (`--mapping`); default: auto. */
  exportMapping?: ResolvedMapping;
}

/** A note the run has for its user (a cache set aside…), rendered by the caller. */
export interface RunNote {
  messageId: MessageId;
  data: Record<string, string>;
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
  notes?: RunNote[];
}

export async function lint(options: LintOptions = {}): Promise<LintRun> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const paths = options.paths ?? [];
  const target = await resolveTarget({ cwd, paths, config: options.config, configFile: options.configFile });
  // Workbooks, CSV and JSON exports are read by the importer, not as files of the pass; a shard
  // run checks them in the first shard only, so a merge sees each once.
  const exportFiles = options.shard && options.shard.index !== 1 ? [] : target.files.filter(isExportFile);
  if (exportFiles.length > 0 || options.shard) target.files = target.files.filter((f) => !isExportFile(f));
  const config = withProfileOption(target.config, options.profile, cwd);
  const selected = options.select ? options.select(target.files) : target.files;
  const files = options.shard ? shardOf(selected, options.shard) : selected;
  const narrowed = paths.length > 0 || options.select !== undefined || options.shard !== undefined;
  const settingsFor = createSettingsResolver(config, options.rules, options.only);
  const channels = resolveChannels(config, options.channels ?? {}, cwd);

  // Given only some files (a pre-commit hook, a changed-files run, a shard), the cross-file rules
  // still see the whole catalog the config names, and report only on what was asked — unless the
  // run writes its facts for a later merge, which sees the rest from the other shards' files.
  // The rest is the config's catalog when it names one, else what was found before --changed or
  // --shard narrowed it (files named on the command line with no catalog configured have none).
  const asked = new Set(files);
  const whole = narrowed && !options.factsOut ? (config.catalog ? await discoverFiles({ cwd, config, paths: [] }) : target.files) : [];
  const context = whole.filter((f) => !asked.has(f));
  // Settings once per file (with overrides, each is a path match): the target's serve the run's
  // own files too when nothing narrowed them.
  const targetSettings = target.files.map(settingsFor);
  const fileSettings = files === target.files ? targetSettings : files.map(settingsFor);
  // Planned over every file of the target, so that shards of one catalog carry the same facts.
  const runs = planCatalogRules([...targetSettings, ...context.map(settingsFor), ...Object.values(channels).map(settingsFor)]);
  const facts = runs.length > 0 ? factsNeeded(runs, Object.keys(channels).length > 0) : undefined;
  const needs: OutcomeNeeds = { fields: facts?.fields, displayFields: facts?.displayFields, metrics: options.metrics !== undefined };
  const cache = options.cache ? OutcomeCache.open(options.cache) : undefined;
  const notes: RunNote[] = cache?.problem ? [{ messageId: "cacheIgnored", data: { file: displayPath(cwd, options.cache!.location) } }] : [];
  for (const file of target.ignoredFiles) notes.push({ messageId: "namedFileIgnored", data: { file: displayPath(cwd, file) } });

  const outcomes = await runFilePass(files, fileSettings, {
    cwd,
    needs,
    cache,
    concurrency: options.concurrency,
    onFile: options.onFile,
    onRecord: options.onRecord,
  });
  const exportItems = new ExportItems();
  for (const filePath of exportFiles) {
    outcomes.push(...checkExport(filePath, cwd, exportItems, settingsFor(filePath), needs, options.onRecord, options.exportMapping));
  }
  const contextFacts = needs.fields ? await contextItems(context, settingsFor, { cwd, needs, cache, concurrency: options.concurrency }) : [];
  if (cache) {
    if (!narrowed) cache.keepOnly(new Set(files));
    try {
      if (!narrowed || cache.worthSavingAfterPart()) cache.save();
    } catch (error) {
      notes.push({ messageId: "cacheNotSaved", data: { file: displayPath(cwd, options.cache!.location), detail: (error as Error).message.split("\n")[0] } });
    }
  }
  if (options.factsOut) writeShardFacts(options.factsOut, { version: options.version ?? "", shard: options.shard, needs, outcomes });

  const run = await finishRun({
    cwd,
    config,
    outcomes,
    contextFacts,
    runs: options.factsOut ? [] : runs,
    channels,
    baseCatalog: options.baseCatalog,
    settingsFor,
    narrowed,
    shard: options.shard,
    reportUnusedDisables: options.reportUnusedDisables ?? false,
    metrics: options.metrics,
  });
  if (exportItems.size > 0) {
    run.results = exportItems.fold(run.results);
    run.summary = summarize(run.results);
  }
  run.results = withOrigins(run.results);
  if (target.embeddedCatalog) run.embeddedCatalog = target.embeddedCatalog;
  if (notes.length > 0) run.notes = notes;
  return run;
}

/** One export's items as outcomes of the pass (an export that cannot be read is a finding on it, as a YAML file's is). */
function checkExport(
  filePath: string,
  cwd: string,
  items: ExportItems,
  settings: FileSettings,
  needs: OutcomeNeeds,
  onRecord: RecordHook | undefined,
  mapping: ResolvedMapping | undefined,
): FileOutcome[] {
  return items.check({ file: displayPath(cwd, filePath), filePath }, readExportRecords(filePath, mapping), settings, needs, onRecord);
}

export interface MergeOptions
  extends Pick<LintOptions, "cwd" | "configFile" | "config" | "rules" | "profile" | "channels" | "baseCatalog" | "reportUnusedDisables" | "only"> {
  /** The facts files the shards wrote (`lint --shard i/n --facts-out file`). */
  factsFiles: string[];
  version?: string;
}

/**
 * The catalog-wide and same-source rules over the facts that the shards of a CI matrix wrote: the
 * result is what one plain run over the whole catalog gives, finding for finding.
 */
export async function mergeShards(options: MergeOptions): Promise<LintRun> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  // The config the shards found (never the sample catalog's: the files come from the facts).
  const config = withProfileOption(options.config ?? loadConfig({ cwd, configFile: options.configFile }), options.profile, cwd);
  const settingsFor = createSettingsResolver(config, options.rules, options.only);
  const channels = resolveChannels(config, options.channels ?? {}, cwd);
  const shards = options.factsFiles.map((file) => readShardFacts(path.resolve(cwd, file), displayPath(cwd, path.resolve(cwd, file)), options.version ?? ""));
  const outcomes = orderedShards(shards).flatMap((shard) => shard.outcomes);
  const runs = planCatalogRules([...outcomes.map((o) => settingsFor(o.result.filePath)), ...Object.values(channels).map(settingsFor)]);
  return finishRun({
    cwd,
    config,
    outcomes: outcomes.map((o) => ({ ...o, result: { ...o.result, file: displayPath(cwd, o.result.filePath) } })),
    contextFacts: [],
    runs,
    channels,
    baseCatalog: options.baseCatalog,
    settingsFor,
    narrowed: false,
    reportUnusedDisables: options.reportUnusedDisables ?? false,
  });
}

interface FinishInput {
  cwd: string;
  config: ResolvedConfig;
  outcomes: readonly FileOutcome[];
  contextFacts: readonly ItemFacts[];
  runs: ReturnType<typeof planCatalogRules>;
  channels: Record<string, string>;
  baseCatalog?: string;
  settingsFor: (filePath: string) => FileSettings;
  narrowed: boolean;
  shard?: Shard;
  reportUnusedDisables: boolean;
  metrics?: LintOptions["metrics"];
}

/** From the files' outcomes to the run: the catalog-wide pass, suppressions, the figures. */
async function finishRun(input: FinishInput): Promise<LintRun> {
  const { cwd, config, outcomes, settingsFor } = input;
  const result: LintResult = { results: outcomes.map((o) => o.result), summary: summarize([]), toolErrors: outcomes.flatMap((o) => o.toolErrors) };
  const items = [...outcomes.flatMap((o) => (o.facts ? [{ ...o.facts, asked: true }] : [])), ...input.contextFacts];
  const baseCatalogPath = input.baseCatalog ? path.resolve(cwd, input.baseCatalog) : config.baseCatalog;
  const pass =
    input.runs.length > 0
      ? runCatalogPass({
          cwd,
          items,
          channels: input.channels,
          baseCatalog: baseCatalogPath ? loadBaseCatalog(baseCatalogPath, cwd) : undefined,
          runs: input.runs,
          settingsFor,
          wholeCatalog: !input.narrowed,
          // Of the shards of a CI matrix, the first reports what belongs to no item.
          unownedFindings: input.shard ? { orphans: input.shard.index === 1, snapshotProblems: input.shard.index === 1 } : undefined,
        })
      : { findings: new Map(), channels: [] };
  // Suppression comments apply once, to each file's own findings and the catalog-wide ones alike.
  const merged = mergeCatalogFindings(result, cwd, pass.findings);
  const results = merged.results.map((r) => applyFileDirectives(r, settingsFor(r.filePath), input.reportUnusedDisables));
  const run: LintRun = { ...merged, results, summary: summarize(results), config, channels: pass.channels };
  if (config.activeProfile) run.profile = config.activeProfile;
  if (input.metrics) run.metrics = countMetrics(outcomes, config, input.metrics);
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
  /** Worker threads for the per-file pass, as for lint. */
  concurrency?: Concurrency;
  exportMapping?: ResolvedMapping;
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
    concurrency: options.concurrency,
    exportMapping: options.exportMapping,
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
 * The figures, from the outcomes' numbers: files that gave no record (unreadable, not YAML, not a
 * mapping) or fail the schema are skipped, by name.
 */
function countMetrics(outcomes: readonly FileOutcome[], config: ResolvedConfig, options: NonNullable<LintOptions["metrics"]>): MetricsReport {
  const aggregator = createMetricsAggregator(options.groupBy ?? DEFAULT_DIMENSIONS, options.version);
  for (const outcome of outcomes) {
    if (outcome.metricFacts) aggregator.add(outcome.metricFacts);
    else aggregator.skip(outcome.result.file);
  }
  const report = aggregator.report();
  return { ...report, targets: evaluateTargets(config.activeProfile, report.overall) };
}

/**
 * Facts of files that are context only (the rest of the catalog in a narrowed run): from the cache
 * when it has them, else read and parsed — not linted, unless a cache will keep the outcome.
 */
async function contextItems(
  files: readonly string[],
  settingsFor: (filePath: string) => FileSettings,
  pass: Omit<FilePassOptions, "onFile" | "onRecord">,
): Promise<ItemFacts[]> {
  if (pass.cache) {
    const outcomes = await runFilePass(files, files.map(settingsFor), pass);
    return outcomes.flatMap((o) => (o.facts ? [{ ...o.facts, asked: false }] : []));
  }
  return readFacts(files, pass.cwd, pass.needs.fields ?? [], pass.needs.displayFields);
}

/** Facts of files that are context only: read and parsed, not linted. */
function readFacts(files: readonly string[], cwd: string, fields: readonly ComparedField[], displayFields?: readonly ComparedField[]): ItemFacts[] {
  const facts: ItemFacts[] = [];
  for (const filePath of files) {
    const read = readSource(filePath);
    if (!read.ok) continue;
    const parsed = parseRecord(read.text);
    if ("record" in parsed) facts.push(extractFacts(parsed.record, { file: displayPath(cwd, filePath), filePath }, false, fields, displayFields));
  }
  return facts;
}

/** The config's channels with `--channel id=path` added or overriding, resolved; each must exist. */
function resolveChannels(config: ResolvedConfig, given: Record<string, string>, cwd: string): Record<string, string> {
  const channels = { ...config.channels, ...Object.fromEntries(Object.entries(given).map(([id, p]) => [id, path.resolve(cwd, p)])) };
  for (const [channel, location] of Object.entries(channels)) {
    if (!existsSync(location)) throw new UsageError("channelNotFound", { channel, file: displayPath(cwd, location) });
    // A FIFO or a device is no snapshot: say so now rather than as a finding on it.
    const stats = statSync(location);
    if (!stats.isFile() && !stats.isDirectory()) throw new UsageError("channelNotAFile", { channel, file: displayPath(cwd, location) });
  }
  return channels;
}
