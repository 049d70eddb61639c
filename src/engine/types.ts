import type { BaselineEntry } from "./baseline.js";
import type { Directive, SuppressedFinding } from "./suppressions.js";
import type { Anchor, JsonPath, MessageValue, Severity, ValueFix } from "../rules/types.js";

/** A place in a file: 1-based line and column (UTF-16 code units), end exclusive. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Another place involved in a finding (the master record, the other copy of a code…). */
export interface RelatedLocation extends Position {
  file: string;
  path?: JsonPath;
  itemCode?: string;
}

/** One finding: data only; its words are rendered by a formatter in the chosen language. */
export interface Finding extends Position {
  ruleId: string;
  severity: Severity;
  messageId: string;
  data: Record<string, MessageValue>;
  path: JsonPath;
  anchor?: Anchor;
  itemCode?: string;
  channel?: string;
  field?: string;
  related?: RelatedLocation[];
  fix?: ValueFix;
}

export interface FileResult {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  /** Absolute path. */
  filePath: string;
  itemCode?: string;
  findings: Finding[];
  /** Findings silenced by an inline `# guidelint-disable…` comment (with its reason). */
  suppressed?: SuppressedFinding[];
  /** Findings recorded in the baseline (`--baseline`): out of the exit code, still countable. */
  baselined?: Finding[];
  /** The file's suppression comments, when it has any (applied again to catalog-wide findings). */
  directives?: Directive[];
}

export interface LintSummary {
  files: number;
  errors: number;
  warnings: number;
  fixable: number;
  suppressed: number;
  baselined: number;
}

/** A failure of the tool itself (not of the catalog): exit code 2. */
export interface ToolError {
  file?: string;
  message: string;
}

export interface LintResult {
  results: FileResult[];
  summary: LintSummary;
  toolErrors: ToolError[];
  /** Baseline entries that no longer match any finding (`--baseline`), to be pruned. */
  staleBaseline?: BaselineEntry[];
}
