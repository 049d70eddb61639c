import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadBaseCatalog } from "./catalog/base-catalog.js";
import { discoverFiles } from "./catalog/discover.js";
import { extractFacts, type ItemFacts } from "./catalog/facts.js";
import { resolveTarget } from "./catalog/target.js";
import type { ChannelComparison } from "./channels/channel-pass.js";
import { COMPARED_FIELDS, type ComparedField } from "./channels/views/field-view.js";
import { createSettingsResolver, type RuleOverrides } from "./config/rule-settings.js";
import type { ResolvedConfig } from "./config/types.js";
import { mergeCatalogFindings, runCatalogPass } from "./engine/catalog-pass.js";
import { displayPath, lintFiles, summarize, type LintFilesOptions } from "./engine/lint-files.js";
import { lintSource, sortFindings } from "./engine/lint-source.js";
import type { FileSettings } from "./engine/settings.js";
import { applySuppressions, unusedDirectives } from "./engine/suppressions.js";
import type { LintResult } from "./engine/types.js";
import { UsageError } from "./errors.js";
import { BUILTIN_LISTS } from "./lists/builtin.js";
import { rules } from "./rules/registry.js";
import type { AnyRule } from "./rules/types.js";
import { DEFAULT_UNIT_FACTORS } from "./time/duration.js";
export type { Directive, SuppressedFinding } from "./engine/suppressions.js";

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
  onFile?: (done: number, total: number) => void;
  /** Each parsed record, as it is linted (see LintFilesOptions.onRecord). */
  onRecord?: LintFilesOptions["onRecord"];
  /** Channel snapshots that add to or override the config's (`--channel id=path`). */
  channels?: Record<string, string>;
  /** The basic catalog, overriding the config's (`--base-catalog`). */
  baseCatalog?: string;
  /** Run only the rules this accepts among the catalog-wide ones (the `sources` command). */
  only?: (rule: AnyRule) => boolean;
  /**
   * Narrows the files found to those this keeps (`--changed`, `--shard`); the cross-file rules
   * still see the whole catalog and report only on the files kept.
   */
  select?: (files: string[]) => string[];
  /** Report suppression comments that suppress nothing (`--report-unused-disables`). */
  reportUnusedDisables?: boolean;
}

export interface LintRun extends LintResult {
  config: ResolvedConfig;
  /** Set when nothing was given and the sample catalog shipped with guidelint was checked. */
  embeddedCatalog?: string;
  /** What each channel's snapshot showed (for the `sources` command and reports). */
  channels: ChannelComparison[];
}

export async function lint(options: LintOptions = {}): Promise<LintRun> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const paths = options.paths ?? [];
  const target = await resolveTarget({ cwd, paths, config: options.config, configFile: options.configFile });
  const { config, embeddedCatalog } = target;
  const files = options.select ? options.select(target.files) : target.files;
  const narrowed = paths.length > 0 || options.select !== undefined;
  const settingsFor = createSettingsResolver(config, options.rules);
  const catalogSettings = settingsFor(path.join(config.baseDir, "guidelint.config.yaml"));
  const channels = { ...config.channels, ...resolveChannels(options.channels ?? {}, cwd) };
  for (const [channel, location] of Object.entries(channels)) {
    if (!existsSync(location)) throw new UsageError("channelNotFound", { channel, file: displayPath(cwd, location) });
  }
  const fields = comparedFieldsNeeded(catalogSettings, Object.keys(channels).length > 0);
  const items: ItemFacts[] = [];
  const result = await lintFiles(files, {
    cwd,
    settingsFor,
    onFile: options.onFile,
    onRecord: (record, source) => {
      items.push(extractFacts(record, source, true, fields));
      options.onRecord?.(record, source);
    },
  });
  // Given only some files (a pre-commit hook, a changed-files run), the cross-file rules still
  // see the whole catalog the config names, and report only on what was asked.
  if (narrowed && (config.catalog || options.select)) {
    const asked = new Set(files);
    const context = (await discoverFiles({ cwd, config, paths: [] })).filter((f) => !asked.has(f));
    items.push(...readFacts(context, cwd, fields));
  }
  const baseCatalogPath = options.baseCatalog ? path.resolve(cwd, options.baseCatalog) : config.baseCatalog;
  const pass = runCatalogPass({
    cwd,
    items,
    channels,
    baseCatalog: baseCatalogPath ? loadBaseCatalog(baseCatalogPath, cwd) : undefined,
    catalogSettings,
    settingsFor,
    wholeCatalog: !narrowed,
    only: options.only,
  });
  const merged = applyDirectives(mergeCatalogFindings(result, cwd, pass.findings), settingsFor, options.reportUnusedDisables ?? false);
  return { ...merged, config, embeddedCatalog, channels: pass.channels };
}

/**
 * Catalog-wide findings land on files after their own pass: the files' suppression comments apply
 * to them too. Only then is it known which comments suppressed nothing.
 */
function applyDirectives(result: LintResult, settingsFor: (filePath: string) => FileSettings, reportUnused: boolean): LintResult {
  if (!result.results.some((r) => r.directives)) return result;
  const results = result.results.map((r) => {
    if (!r.directives) return r;
    const { kept, suppressed } = applySuppressions(r.findings, r.directives);
    const directiveRule = settingsFor(r.filePath).rules.get("disable-directive");
    const unused = reportUnused && directiveRule ? unusedDirectives(r.directives, directiveRule.severity) : [];
    return { ...r, findings: sortFindings([...kept, ...unused]), suppressed: [...(r.suppressed ?? []), ...suppressed] };
  });
  return { ...result, results, summary: summarize(results) };
}

/** Facts of files that are context only: parsed, not linted. */
function readFacts(files: readonly string[], cwd: string, fields: readonly ComparedField[]): ItemFacts[] {
  const facts: ItemFacts[] = [];
  const noRules = { rules: new Map(), lists: BUILTIN_LISTS, unitFactors: DEFAULT_UNIT_FACTORS };
  for (const filePath of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(filePath);
    } catch {
      continue;
    }
    const source = { file: displayPath(cwd, filePath), filePath };
    const { record } = lintSource(bytes, source, noRules);
    if (record) facts.push(extractFacts(record, source, false, fields));
  }
  return facts;
}

/** Views cost time: build those the enabled rules compare (every field when channels are compared). */
function comparedFieldsNeeded(settings: FileSettings, withChannels: boolean): readonly ComparedField[] {
  if (withChannels && rules.some((r) => r.scope === "channel" && settings.rules.has(r.id))) return COMPARED_FIELDS;
  const elements = (settings.rules.get("cross-level-consistency")?.options.elements as ComparedField[] | undefined) ?? [];
  return [...new Set<ComparedField>(["name", "type", ...elements])];
}

/** `--channel pc=snapshots/pc` values, resolved against the working directory. */
function resolveChannels(channels: Record<string, string>, cwd: string): Record<string, string> {
  return Object.fromEntries(Object.entries(channels).map(([id, p]) => [id, path.resolve(cwd, p)]));
}

