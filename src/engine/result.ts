// The result model: what a run found, file by file, and how it is counted and ordered. Every
// consumer (formatters, metrics, reports, baselines, the fixer) reads this shape.
import type { Anchor, JsonPath, MessageValue, Position, Severity, Suggestion, ValueFix } from "../vocabulary.js";

export type { Position };

/** Another place involved in a finding (the master record, the other copy of a code…). */
/** Where a finding on a platform export is: its cell (`事项!F12`), or its JSON path. */
export interface CellLocation {
  sheet?: string;
  /** A1 form; absent for a JSON export. */
  cell?: string;
  /** How messages name it: `事项!F12`, `清单.csv!F12`, `export.json:$.data.list[3].TASK_NAME`. */
  place: string;
}

export interface RelatedLocation extends Position {
  file: string;
  path?: JsonPath;
  itemCode?: string;
  cell?: CellLocation;
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
  /** A safe fix (`fix`, `lint --fix`): its path defaults to the finding's. */
  fix?: ValueFix;
  /** Changes a person should review, applied only by `fix --unsafe` or from the editor (see vocabulary.ts). */
  suggestions?: Suggestion[];
  /** On a platform export linted in place: the cell of the value (then line/column are its row/column). */
  cell?: CellLocation;
  /** On a record written by `guidelint import` and not edited since: the export's cell it came from. */
  origin?: { file: string; place: string };
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

export interface Directive {
  /** `misplaced`: a file-wide directive below the first key, which applies to nothing (and says so). */
  kind: "file" | "next-line" | "misplaced";
  /** Rule ids it names; empty: every rule. */
  ruleIds: string[];
  reason?: string;
  /** 1-based line and column of the comment. */
  line: number;
  column: number;
  /** The line a next-line directive covers (0 when no line follows). */
  targetLine: number;
  /** Set once the directive has suppressed a finding. */
  used: boolean;
}

/** A finding that a directive silenced: out of the exit code, still countable. */
export interface SuppressedFinding extends Finding {
  reason?: string;
}

export interface BaselineEntry {
  /** The item's code, else the file (relative, forward slashes) for findings about no item. */
  item: string;
  rule: string;
  path: string;
  messageId: string;
  count: number;
}

export function summarize(results: readonly FileResult[]): LintSummary {
  const summary: LintSummary = { files: results.length, errors: 0, warnings: 0, fixable: 0, suppressed: 0, baselined: 0 };
  for (const result of results) {
    summary.suppressed += result.suppressed?.length ?? 0;
    summary.baselined += result.baselined?.length ?? 0;
    for (const finding of result.findings) {
      if (finding.severity === "error") summary.errors++;
      else summary.warnings++;
      if (finding.fix) summary.fixable++;
    }
  }
  return summary;
}

/** Deterministic order: line, column, rule id, then message id. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.messageId.localeCompare(b.messageId));
}
