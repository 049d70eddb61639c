// One file, start to finish: decode, parse, validate, run the item rules, then locate only what
// was reported. Pure: no file system, so the library, tests and the CLI share it.
import { findRule, rules } from "../rules/registry.js";
import { applySuppressions, directiveProblems, hasDirectives, parseDirectives } from "./suppressions.js";
import type { AnyRule, ReportDescriptor } from "../rules/types.js";
import { schemaFindings } from "../schema/schema-findings.js";
import { decodeSource } from "./decode.js";
import { parseYaml, type ParseProblem } from "./parse.js";
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

const ITEM_RULES: readonly AnyRule[] = rules.filter((rule) => rule.check);
const START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function lintSource(source: string | Uint8Array, file: SourceFile, settings: FileSettings): SourceLintResult {
  const findings: Finding[] = [];
  const toolErrors: ToolError[] = [];
  const syntax = settings.rules.get("yaml-syntax");
  const syntaxFinding = (problem: ReportDescriptor, position: Position = START): void => {
    if (syntax) findings.push(toFinding("yaml-syntax", syntax.severity, problem, position));
  };
  let suppression: Pick<FileResult, "directives" | "suppressed"> = {};
  const done = (itemCode?: string, record?: Record<string, unknown>, schemaValid = false): SourceLintResult => ({
    result: { file: file.file, filePath: file.filePath, itemCode, findings: sortFindings(findings), ...suppression },
    toolErrors,
    record,
    schemaValid,
  });

  let text: string;
  if (typeof source === "string") {
    text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  } else {
    const decoded = decodeSource(source);
    if ("problem" in decoded) {
      syntaxFinding(decoded.problem, { line: decoded.line, column: 1, endLine: decoded.line, endColumn: 1 });
      return done();
    }
    text = decoded.text;
  }

  const parsed = parseYaml(text);
  if ("problems" in parsed) {
    parsed.problems.forEach((problem: ParseProblem) => syntaxFinding(problem, problem.position));
    return done();
  }
  const record = parsed.value;
  if (record === undefined || record === null) {
    syntaxFinding({ messageId: "empty", path: [] });
    return done();
  }
  if (typeof record !== "object" || Array.isArray(record)) {
    syntaxFinding({ messageId: "notMapping", path: [], data: { actual: describeKind(record) } });
    return done();
  }
  const item = record as Record<string, unknown>;
  const itemCode = typeof item.code === "string" ? item.code : undefined;

  const reports: Array<{ ruleId: string; report: ReportDescriptor }> = [];
  // Validated even with the schema rule off: metrics must know which records are sound.
  const violations = schemaFindings(item);
  if (settings.rules.has("schema")) for (const report of violations) reports.push({ ruleId: "schema", report });

  for (const rule of ITEM_RULES) {
    const setting = settings.rules.get(rule.id);
    if (!setting) continue;
    try {
      rule.check!({
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

  if (reports.length > 0) {
    const locator = createLocator(text);
    for (const { ruleId, report } of reports) {
      const severity = settings.rules.get(ruleId)!.severity;
      findings.push({ ...toFinding(ruleId, severity, report, locator.locate(report.path, report.anchor)), itemCode });
    }
  }
  // Suppression comments are read only when the text has one (the fast path skips the rest).
  if (hasDirectives(text)) {
    const directives = parseDirectives(text);
    if (directives.length > 0) {
      const { kept, suppressed } = applySuppressions(findings, directives);
      findings.splice(0, findings.length, ...kept);
      const directiveRule = settings.rules.get("disable-directive");
      if (directiveRule) findings.push(...directiveProblems(directives, directiveRule.severity, (id) => findRule(id) !== undefined));
      suppression = { directives, suppressed };
    }
  }
  return done(itemCode, item, violations.length === 0);
}

function toFinding(ruleId: string, severity: Finding["severity"], report: ReportDescriptor, position: Position): Finding {
  const finding: Finding = {
    ruleId,
    severity,
    messageId: report.messageId,
    data: report.data ?? {},
    path: report.path,
    ...position,
  };
  if (report.anchor) finding.anchor = report.anchor;
  if (report.fix) finding.fix = report.fix;
  return finding;
}

function describeKind(value: unknown) {
  if (Array.isArray(value)) return { en: "a list", "zh-CN": "列表" };
  if (typeof value === "string") return { en: "a single text", "zh-CN": "单个文本" };
  return { en: `a single value (${String(value)})`, "zh-CN": `单个值（${String(value)}）` };
}
