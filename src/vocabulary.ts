// The words every layer shares: paths into records, severities, places in files, message values.
// A leaf (it imports only the language type, itself a leaf), so any module may import it without
// making a cycle.
import type { LocalizedText } from "./i18n/localized.js";

export type Severity = "error" | "warning";
/** A rule's configured level; `off` disables it. */
export type RuleLevel = Severity | "off";

/** A path into a parsed record, e.g. ["timeLimit", "promised", "value"] or ["materials", 2, "name"]. */
export type JsonPath = readonly (string | number)[];

/** A value a message placeholder takes: plain text/number, or text that differs by language. */
export type MessageValue = string | number | LocalizedText;

/** A safe fix: replace the scalar at the finding's path with `value`. */
export interface ValueFix {
  value: string | number | boolean | null;
}

/** Where on the node at `path` a finding points: the value (default) or its key. */
export type Anchor = "value" | "key";

/** A place in a file: 1-based line and column (UTF-16 code units), end exclusive. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A rule's entry in a config, a profile or an override: a level, optionally with options. */
export interface RuleEntry {
  level: RuleLevel;
  options?: Record<string, unknown>;
}

/** The units a time limit is counted in (guide-format.md). */
export type TimeUnit = "working-day" | "natural-day" | "hour" | "minute";
