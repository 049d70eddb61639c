// A finding as the editor shows it: 0-based range, severity, the rule id as code with its docs page,
// the message in the editor's language prefixed by the rule's title, the other places it names.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Diagnostic, DiagnosticSeverity, type DiagnosticRelatedInformation, type Range } from "vscode-languageserver";
import { PACKAGE_ROOT } from "../catalog/target.js";
import type { Finding, Position } from "../engine/result.js";
import { findingMessage } from "../i18n/finding-message.js";
import type { Lang } from "../i18n/localized.js";
import { t } from "../i18n/t.js";
import { findRule } from "../rules/registry.js";

export const SOURCE = "guidelint";

/** 1-based line/column, end exclusive (engine) → 0-based (LSP); never negative. */
function toRange(position: Position): Range {
  const start = { line: Math.max(0, position.line - 1), character: Math.max(0, position.column - 1) };
  const end = { line: Math.max(0, position.endLine - 1), character: Math.max(0, position.endColumn - 1) };
  return { start, end: end.line < start.line || (end.line === start.line && end.character < start.character) ? start : end };
}

/**
 * The docs page of a rule: `docsUrl` with `{id}` replaced when the editor configured one (a
 * company's intranet copy), else the page shipped in the package.
 */
function docsHref(ruleId: string, docsUrl?: string): string {
  if (docsUrl) return docsUrl.replaceAll("{id}", encodeURIComponent(ruleId));
  return pathToFileURL(path.join(PACKAGE_ROOT, "docs", "rules", `${ruleId}.md`)).href;
}

export function ruleTitle(ruleId: string, lang: Lang): string | undefined {
  return findRule(ruleId)?.title?.[lang];
}

export function toDiagnostic(finding: Finding, index: number, lang: Lang, cwd: string, docsUrl?: string): Diagnostic {
  const title = ruleTitle(finding.ruleId, lang);
  const message = findingMessage(finding, lang);
  const diagnostic: Diagnostic = {
    range: toRange(finding),
    severity: finding.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    codeDescription: { href: docsHref(finding.ruleId, docsUrl) },
    source: SOURCE,
    message: title ? t("lspDiagnostic", { title, message }, lang) : message,
    // The index into the findings the server keeps for the document: a code action finds its fix by it.
    data: { index },
  };
  if (finding.related?.length) diagnostic.relatedInformation = finding.related.map((r) => related(r, cwd, lang));
  return diagnostic;
}

function related(location: NonNullable<Finding["related"]>[number], cwd: string, lang: Lang): DiagnosticRelatedInformation {
  const uri = pathToFileURL(path.resolve(cwd, location.file)).href;
  const code = location.itemCode ? t("lspRelatedItem", { code: location.itemCode }, lang) : location.file;
  return { location: { uri, range: toRange(location) }, message: code };
}
