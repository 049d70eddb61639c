// The public API: the CLI is one user of it.
export { lint, PACKAGE_ROOT, type LintOptions, type LintRun } from "./api.js";
export { loadConfig, defaultConfig, findConfigFile, CONFIG_FILE_NAMES } from "./config/load-config.js";
export { createSettingsResolver } from "./config/rule-settings.js";
export type { ResolvedConfig, RuleEntry } from "./config/types.js";
export { discoverFiles } from "./catalog/discover.js";
export { lintFiles, type LintFilesOptions, type RecordSource } from "./engine/lint-files.js";
export { lintSource } from "./engine/lint-source.js";
export type { FileSettings, RuleSetting } from "./engine/settings.js";
export type { Finding, FileResult, LintResult, LintSummary, Position, RelatedLocation } from "./engine/types.js";
export { formatters, PLAIN, type FormatContext, type Formatter, type TextStyle } from "./formatters/index.js";
export { findingMessage } from "./i18n/finding-message.js";
export type { Lang, LocalizedText } from "./i18n/localized.js";
export { BUILTIN_LISTS } from "./lists/builtin.js";
export type { ListEntry, ReferenceLists, RepealedLaw } from "./lists/types.js";
export { rules, findRule } from "./rules/registry.js";
export { defineRule, type RuleDefinition, type Severity, type JsonPath } from "./rules/types.js";
export * from "./time/duration.js";
export { UsageError } from "./errors.js";
