// What the editor offers on a finding: its safe fix, each of its suggestions (applied one at a time,
// by the user's choice), and a suppression comment on the line above. Every edit is computed by the
// fixer (fix/apply-fixes.ts) on the buffer's text, so it keeps comments, order and quoting as `fix` does.
import { type CodeAction, CodeActionKind, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Finding } from "../engine/result.js";
import { applyFixes, type PlannedFix } from "../fix/apply-fixes.js";
import type { Lang } from "../i18n/localized.js";
import { isLocalizedText } from "../i18n/localized.js";
import { t } from "../i18n/t.js";
import { type FixEdit, isRemoveFix, type JsonPath } from "../vocabulary.js";
import { ruleTitle } from "./diagnostics.js";

// The directive rule's findings and broken files cannot be silenced (engine/suppressions.ts).
const UNSUPPRESSIBLE = new Set(["disable-directive", "yaml-syntax"]);

export const FIX_ALL_COMMAND = "guidelint.fixAll";

export function codeActionsFor(document: TextDocument, finding: Finding, diagnostic: Diagnostic, lang: Lang): CodeAction[] {
  const actions: CodeAction[] = [];
  const title = ruleTitle(finding.ruleId, lang) ?? finding.ruleId;
  if (finding.fix) {
    const edit = fixEdit(document, [{ path: finding.fix.path ?? finding.path, value: finding.fix.value }]);
    if (edit) actions.push(action(t("lspFix", { title }, lang), CodeActionKind.QuickFix, document, [edit], diagnostic, true));
  }
  for (const suggestion of finding.suggestions ?? []) {
    const edit = fixEdit(document, [plannedFix(suggestion.fix, finding.path)]);
    if (edit) actions.push(action(describe(suggestion.desc, lang, title), CodeActionKind.QuickFix, document, [edit], diagnostic, false));
  }
  if (!UNSUPPRESSIBLE.has(finding.ruleId)) {
    actions.push(
      action(t("lspDisableLine", { rule: finding.ruleId }, lang), CodeActionKind.QuickFix, document, [disableEdit(document, finding)], diagnostic, false),
    );
  }
  return actions;
}

/** Every safe fix of the document as one edit (the `fix all` command and source action), or none. */
export function fixAllEdit(document: TextDocument, findings: readonly Finding[]): TextEdit | undefined {
  const fixes = findings.flatMap((f) => (f.fix ? [{ path: f.fix.path ?? f.path, value: f.fix.value }] : []));
  return fixes.length > 0 ? fixEdit(document, fixes) : undefined;
}

/** The fixer's new text as the smallest one edit: what differs between the common start and end. */
function fixEdit(document: TextDocument, fixes: PlannedFix[]): TextEdit | undefined {
  const before = document.getText();
  const outcome = applyFixes(before, fixes);
  if (outcome.applied === 0 || outcome.text === before) return undefined;
  const after = outcome.text;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return {
    range: { start: document.positionAt(start), end: document.positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
}

/**
 * `# guidelint-disable-next-line <rule> -- 原因` above the finding's line, indented as that line is
 * (the directive applies to the next line that is not a comment: the finding's).
 */
function disableEdit(document: TextDocument, finding: Finding): TextEdit {
  const line = Math.max(0, finding.line - 1);
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? "";
  // A list entry's line (`  - name: …`) is indented to its dash: the comment goes there too.
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}# guidelint-disable-next-line ${finding.ruleId} -- 原因\n`,
  };
}

function action(title: string, kind: string, document: TextDocument, edits: TextEdit[], diagnostic: Diagnostic, preferred: boolean): CodeAction {
  const codeAction: CodeAction = { title, kind, diagnostics: [diagnostic], edit: { changes: { [document.uri]: edits } } };
  if (preferred) codeAction.isPreferred = true;
  return codeAction;
}

/** A suggestion's edit as the fixer plans it: a value at its path (default: the finding's), or a list entry removed. */
function plannedFix(edit: FixEdit, path: JsonPath): PlannedFix {
  return isRemoveFix(edit) ? edit : { path: edit.path ?? path, value: edit.value };
}

function describe(desc: unknown, lang: Lang, title: string): string {
  if (typeof desc === "string" && desc !== "") return desc;
  if (isLocalizedText(desc)) return desc[lang];
  return t("lspSuggestion", { title }, lang);
}
