// Inline suppressions: `# guidelint-disable-next-line <id>[, <id>] -- reason` (the next line that
// is not a comment) and `# guidelint-disable <id>[, <id>] -- reason` in the file's leading comment
// block (the whole file). Only files with findings and the directive text are parsed.
import { rules } from "../rules/registry.js";
import { didYouMean } from "../text/similar.js";
import { type Directive, type FileResult, type Finding, sortFindings, type SuppressedFinding } from "./result.js";
import type { FileSettings } from "./settings.js";

export type { Directive, SuppressedFinding };

const MARKER = "guidelint-disable";
const DIRECTIVE = /^(\s*)#\s*guidelint-disable(-next-line)?(?=\s|$)(.*)$/;

/** Cheap check first: most files carry no directive. */
export function hasDirectives(text: string): boolean {
  return text.includes(MARKER);
}

export function parseDirectives(text: string): Directive[] {
  if (!hasDirectives(text)) return [];
  const lines = text.split(/\r\n|\r|\n/);
  const isContent = (line: string) => line.trim() !== "" && !line.trimStart().startsWith("#");
  const firstContent = lines.findIndex(isContent);
  const directives: Directive[] = [];
  lines.forEach((line, index) => {
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    const nextLine = match[2] !== undefined;
    // A file-wide directive counts only in the leading comment block (before the first key); one
    // further down suppresses nothing, and is reported so the author does not think it does.
    const misplaced = !nextLine && firstContent >= 0 && index > firstContent;
    // A trailing ` # …` is another comment (a fixture's `# expect:` marker), not part of the directive.
    const body = match[3].split(/\s#/)[0];
    const [idsText, ...reasonParts] = body.split(/\s--(?:\s|$)/);
    const reason = reasonParts.join(" -- ").trim();
    let targetLine = 0;
    if (nextLine) {
      for (let j = index + 1; j < lines.length; j++) {
        if (isContent(lines[j])) {
          targetLine = j + 1;
          break;
        }
      }
    }
    directives.push({
      kind: nextLine ? "next-line" : misplaced ? "misplaced" : "file",
      ruleIds: idsText.split(/[\s,]+/).filter((id) => id !== ""),
      ...(reason ? { reason } : {}),
      line: index + 1,
      column: match[1].length + 1,
      targetLine,
      used: false,
    });
  });
  return directives;
}

function covers(directive: Directive, finding: Finding): boolean {
  if (directive.kind === "misplaced") return false;
  if (directive.ruleIds.length > 0 && !directive.ruleIds.includes(finding.ruleId)) return false;
  return directive.kind === "file" || directive.targetLine === finding.line;
}

// The directive rule's own findings and broken files cannot be silenced.
const UNSUPPRESSIBLE = new Set(["disable-directive", "yaml-syntax"]);

/** Splits findings into kept and suppressed, marking the directives that were used. */
export function applySuppressions(findings: readonly Finding[], directives: readonly Directive[]): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const directive = UNSUPPRESSIBLE.has(finding.ruleId) ? undefined : directives.find((d) => covers(d, finding));
    if (!directive) {
      kept.push(finding);
      continue;
    }
    directive.used = true;
    suppressed.push(directive.reason ? { ...finding, reason: directive.reason } : { ...finding });
  }
  return { kept, suppressed };
}

function directiveFinding(d: Directive, severity: Finding["severity"], messageId: string, data: Finding["data"]): Finding {
  return { ruleId: "disable-directive", severity, messageId, data, path: [], line: d.line, column: d.column, endLine: d.line, endColumn: d.column + 1 };
}

const namedRules = (d: Directive) => (d.ruleIds.length > 0 ? d.ruleIds.join(", ") : "*");

/** Directives without a reason or naming an unknown rule (they still suppress). */
export function directiveProblems(directives: readonly Directive[], severity: Finding["severity"], isRule: (id: string) => boolean): Finding[] {
  const out: Finding[] = [];
  for (const d of directives) {
    if (d.kind === "misplaced") out.push(directiveFinding(d, severity, "misplaced", { rules: namedRules(d) }));
    if (!d.reason) out.push(directiveFinding(d, severity, "missingReason", { rules: namedRules(d) }));
    for (const id of d.ruleIds)
      if (!isRule(id))
        out.push(
          directiveFinding(d, severity, "unknownRule", {
            rule: id,
            suggestion: didYouMean(
              id,
              rules.map((r) => r.id),
            ),
          }),
        );
  }
  return out;
}

/** Directives that suppressed nothing (`--report-unused-disables`). */
export function unusedDirectives(directives: readonly Directive[], severity: Finding["severity"]): Finding[] {
  return directives.filter((d) => !d.used && d.kind !== "misplaced").map((d) => directiveFinding(d, severity, "unused", { rules: namedRules(d) }));
}

/**
 * A file's suppression comments applied to all its findings, its own and the catalog-wide ones,
 * once. Only then is it known which comments suppressed nothing (`--report-unused-disables`).
 */
export function applyFileDirectives(result: FileResult, settings: FileSettings, reportUnused: boolean): FileResult {
  if (!result.directives) return result;
  const { kept, suppressed } = applySuppressions(result.findings, result.directives);
  const directiveRule = settings.rules.get("disable-directive");
  const unused = reportUnused && directiveRule ? unusedDirectives(result.directives, directiveRule.severity) : [];
  return { ...result, findings: sortFindings([...kept, ...unused]), suppressed: [...(result.suppressed ?? []), ...suppressed] };
}
