// The public API: the use cases and the types they speak. Building blocks live in subpaths
// (guidelint/metrics, guidelint/channels, guidelint/baseline, guidelint/fix, guidelint/testing).
// The CLI is one user of these.
export {
  lint,
  measureCatalog,
  mergeShards,
  PACKAGE_ROOT,
  type LintOptions,
  type LintRun,
  type MeasureOptions,
  type MergeOptions,
  type RunNote,
} from "./api.js";
export type { RecordSource } from "./pipeline/file-outcome.js";
export type { CacheOptions } from "./pipeline/outcome-cache.js";
export { CONFIG_FILE_NAMES, defaultConfig, findConfigFile, loadConfig } from "./config/load-config.js";
export type { ResolvedConfig } from "./config/types.js";
export type { Profile, TargetBounds } from "./config/profiles/builtin.js";
export type { FileResult, Finding, LintResult, LintSummary, RelatedLocation, ToolError } from "./engine/result.js";
export type { Directive, SuppressedFinding } from "./engine/suppressions.js";
export { fixFiles, type FileFix } from "./fix/fix-files.js";
export { formatters, PLAIN, type FormatContext, type Formatter, type TextStyle } from "./formatters/index.js";
export { findingMessage } from "./i18n/finding-message.js";
export type { Lang, LocalizedText } from "./i18n/localized.js";
export type { MetricsReport } from "./metrics/aggregate.js";
export type { MetricsRun } from "./metrics/compute.js";
export { metricsFormatters, type MetricsFormatContext, type MetricsFormatter } from "./metrics/format/index.js";
export { buildAuditReport, REPORT_FORMATS, renderCsv, renderHtml, renderMarkdown, type AuditReport } from "./report/index.js";
export { findRule, rules } from "./rules/registry.js";
export {
  type CatalogRule,
  type CatalogRuleContext,
  defineRule,
  type FileRule,
  type ItemRule,
  type ItemRuleContext,
  type ReportDescriptor,
  type RuleDefinition,
} from "./rules/types.js";
export { formatDuration, parseDuration, toWorkingDays, type Duration } from "./time/duration.js";
export { UsageError } from "./errors.js";
export type { Anchor, JsonPath, Position, RuleEntry, RuleLevel, Severity, TimeUnit, ValueFix } from "./vocabulary.js";
