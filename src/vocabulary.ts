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

/** A scalar a fix writes, or a flat mapping of scalars (`20个工作日` → `{ value: 20, unit: working-day }`). */
export type FixScalar = string | number | boolean | null;
export type FixValue = FixScalar | { readonly [key: string]: FixScalar };

/**
 * A fix: replace the node at `path` (default: the finding's own path) with `value`. A mapping value
 * is written as a one-line flow mapping where the scalar stood; comments and layout around it stay.
 */
export interface ValueFix {
  value: FixValue;
  path?: JsonPath;
}

/** A fix that removes the list entry at `path` (e.g. ["materials", 2]) with its lines. */
export interface RemoveFix {
  remove: true;
  path: JsonPath;
}

/** What a suggestion changes: a value, or a list entry removed. */
export type FixEdit = ValueFix | RemoveFix;

/**
 * A change that needs a person's eye (ESLint's `suggest`, Ruff's unsafe fixes): shown with its
 * finding, applied only by `fix --unsafe` or from the editor, one at a time. `desc` says what it
 * does and what must still be checked (an article to review, a material to confirm).
 */
export interface Suggestion {
  desc: LocalizedText;
  fix: FixEdit;
}

export const isRemoveFix = (edit: FixEdit): edit is RemoveFix => "remove" in edit;

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
