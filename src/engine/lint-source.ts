// One file, start to finish: decode, parse, validate, run the item rules, then locate only what
// was reported. Pure: no file system, so the library, tests and the CLI share it. Suppression
// comments are read here but applied once, by the caller, after the catalog-wide findings have
// landed on the file too (applyFileDirectives).
import { findRule, rules } from "../rules/registry.js";
import { applyFileDirectives, directiveProblems, hasDirectives, parseDirectives } from "./suppressions.js";
import { type AnyItemRule, isItemRule, type ReportDescriptor } from "../rules/types.js";
import { describeSourceProblem } from "../i18n/source-problems.js";
import { schemaFindings } from "../schema/schema-findings.js";
import { decodeSource, problemLine, type SourceProblem, type SourceRead, withoutBom } from "../source/read-source.js";
import { detach } from "../text/detach.js";
import { visibleData } from "../text/visible.js";
import { controlIn, escapedControl, parseRecord } from "./parse.js";
import { createLocator } from "./positions.js";
import type { FileSettings } from "./settings.js";
import { type FileResult, type Finding, type Position, sortFindings, type ToolError } from "./result.js";

export interface SourceFile {
  /** Display path: relative to the working directory, forward slashes. */
  file: string;
  filePath: string;
}

export interface SourceLintResult {
  result: FileResult;
  toolErrors: ToolError[];
  /** The parsed record, when the file holds a mapping (for catalog-wide passes and metrics). */
  record?: Record<string, unknown>;
  /** Whether the record passes the JSON Schema (metrics leave out records that do not). */
  schemaValid: boolean;
}

const ITEM_RULES: readonly AnyItemRule[] = rules.filter(isItemRule);
const START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** One file on its own, its suppression comments applied: for the library and the editor. */
export function lintSource(source: string | Uint8Array, file: SourceFile, settings: FileSettings, reportUnusedDisables = false): SourceLintResult {
  const checked = checkSource(source, file, settings);
  return { ...checked, result: applyFileDirectives(checked.result, settings, reportUnusedDisables) };
}

/** One file's findings before its suppression comments are applied (the run applies them once, later). */
export function checkSource(source: string | Uint8Array | SourceRead, file: SourceFile, settings: FileSettings): SourceLintResult {
  const findings: Finding[] = [];
  const toolErrors: ToolError[] = [];
  const syntax = settings.rules.get("yaml-syntax");
  const syntaxFinding = (problem: ReportDescriptor, position: Position = START): void => {
    if (syntax) findings.push(toFinding("yaml-syntax", syntax.severity, problem, position));
  };
  let directives: Pick<FileResult, "directives"> = {};
  const done = (itemCode?: string, record?: Record<string, unknown>, schemaValid = false): SourceLintResult => ({
    result: { file: file.file, filePath: file.filePath, itemCode, findings: sortFindings(findings), ...directives },
    toolErrors,
    record,
    schemaValid,
  });

  // A file already read (the pass reads through source/read-source.ts) comes with its problem, if any.
  const decoded = typeof source === "string" ? withoutBom(source) : source instanceof Uint8Array ? decodeSource(source) : source;
  if (!decoded.ok) {
    const line = problemLine(decoded.problem);
    syntaxFinding(sourceProblemReport(decoded.problem), { line, column: 1, endLine: line, endColumn: 1 });
    return done();
  }
  const text = decoded.text;

  const parsed = parseRecord(text);
  if ("problems" in parsed) {
    for (const problem of parsed.problems) syntaxFinding(problem, problem.position);
    return done();
  }
  const item = parsed.record;
  // Kept with the result after the text is gone: a copy, not a slice that holds the whole file.
  const itemCode = typeof item.code === "string" ? detach(item.code) : undefined;

  // A control character written as an escape ("\0") reads into the value like a raw one: the same
  // finding, on the value (the rules still run: the rest of the record is sound).
  const control = settings.rules.has("yaml-syntax") ? escapedControl(text, item) : undefined;
  const { reports, schemaValid } = itemReports(item, file, settings, control, toolErrors);
  if (reports.length > 0) {
    const locator = createLocator(text);
    for (const { ruleId, report } of reports) {
      const severity = settings.rules.get(ruleId)!.severity;
      findings.push({ ...toFinding(ruleId, severity, report, locator.locate(report.path, report.anchor)), itemCode });
    }
  }
  // Suppression comments are read only when the text has one (the fast path skips the rest).
  if (hasDirectives(text)) {
    const parsedDirectives = parseDirectives(text);
    if (parsedDirectives.length > 0) {
      const directiveRule = settings.rules.get("disable-directive");
      if (directiveRule) findings.push(...directiveProblems(parsedDirectives, directiveRule.severity, (id) => findRule(id) !== undefined));
      directives = { directives: parsedDirectives };
    }
  }
  return done(itemCode, item, schemaValid);
}

type Reports = Array<{ ruleId: string; report: ReportDescriptor }>;

/** The schema's and the item rules' reports on a record, and whether it passes the schema. */
function itemReports(
  item: Record<string, unknown>,
  file: SourceFile,
  settings: FileSettings,
  control: ReturnType<typeof controlIn>,
  toolErrors: ToolError[],
): { reports: Reports; schemaValid: boolean } {
  const reports: Reports = [];
  if (control) reports.push({ ruleId: "yaml-syntax", report: { messageId: "controlCharacter", path: control.path, data: { char: control.char } } });
  // Validated even with the schema rule off: metrics must know which records are sound.
  const violations = schemaFindings(item);
  if (settings.rules.has("schema")) for (const report of violations) reports.push({ ruleId: "schema", report });
  for (const rule of ITEM_RULES) {
    const setting = settings.rules.get(rule.id);
    if (!setting) continue;
    try {
      rule.check({
        item,
        options: setting.options,
        lists: settings.lists,
        unitFactors: settings.unitFactors,
        report: (report) => reports.push({ ruleId: rule.id, report }),
      });
    } catch (error) {
      // A rule that throws is our bug, not the catalog's: say so (exit 2) and go on.
      toolErrors.push({ file: file.file, message: `rule ${rule.id} failed: ${(error as Error)?.stack ?? error}` });
    }
  }
  return { reports, schemaValid: violations.length === 0 };
}

/**
 * A record that was never text (an item of a workbook, read by the importer): the same reports as
 * its YAML would get, without writing and parsing that YAML. The findings stand at 1:1 — the
 * caller places them (at the cells their values came from).
 */
export function checkRecord(item: Record<string, unknown>, file: SourceFile, settings: FileSettings): SourceLintResult {
  const toolErrors: ToolError[] = [];
  const control = settings.rules.has("yaml-syntax") ? controlIn(item) : undefined;
  const { reports, schemaValid } = itemReports(item, file, settings, control, toolErrors);
  const itemCode = typeof item.code === "string" ? item.code : undefined;
  const findings = reports.map(({ ruleId, report }) => ({ ...toFinding(ruleId, settings.rules.get(ruleId)!.severity, report, START), itemCode }));
  return { result: { file: file.file, filePath: file.filePath, itemCode, findings: sortFindings(findings) }, toolErrors, record: item, schemaValid };
}

/** A file that is not UTF-8 text, as a yaml-syntax report (the rule's messages say how to convert it). */
export function sourceProblemReport(problem: SourceProblem): ReportDescriptor {
  switch (problem.kind) {
    case "utf16":
      return { messageId: "utf16", path: [] };
    case "not-utf8":
      return { messageId: "notUtf8", path: [], data: { offset: problem.offset } };
    case "not-a-file":
      return { messageId: "unreadable", path: [], data: { detail: describeSourceProblem(problem) } };
    case "unreadable":
      return { messageId: "unreadable", path: [], data: { detail: problem.detail } };
  }
}

function toFinding(ruleId: string, severity: Finding["severity"], report: ReportDescriptor, position: Position): Finding {
  const finding: Finding = {
    ruleId,
    severity,
    messageId: report.messageId,
    // Values quoted into the message: an invisible character in them is named, not hidden.
    data: report.data ? visibleData(report.data) : {},
    path: report.path,
    ...position,
  };
  if (report.anchor) finding.anchor = report.anchor;
  if (report.fix) finding.fix = report.fix;
  if (report.suggestions?.length) finding.suggestions = report.suggestions;
  return finding;
}
