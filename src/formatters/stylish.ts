import { findingMessage, severityLabel } from "../i18n/finding-message.js";
import { MESSAGES } from "../i18n/messages.js";
import { renderText } from "../i18n/render.js";
import { terminalSafe } from "../text/visible-controls.js";
import { whereOf } from "../engine/cell-label.js";
import { ruleLabel } from "./rule-names.js";
import type { Formatter } from "./types.js";

/**
 * For people: grouped by file, `line:col  severity  message  [title] rule-id`, then a summary. File names
 * and messages (they quote the catalog's values) are shown with control characters escaped
 * before the colours are added, so only guidelint's own escape codes reach the terminal.
 */
export const stylish: Formatter = (result, { lang, style, maxWarnings }) => {
  const lines: string[] = [];
  for (const file of result.results) {
    if (file.findings.length === 0) continue;
    lines.push("", style.underline(terminalSafe(file.file)));
    const rows = file.findings.map((f) => ({
      where: terminalSafe(whereOf(f)),
      severity: severityLabel(f.severity, lang),
      isError: f.severity === "error",
      message: terminalSafe(findingMessage(f, lang).replace(/\s*\n\s*/g, " ")) + (f.suggestions?.length ? style.dim(SUGGESTION_AVAILABLE[lang]) : ""),
      // On a workbook the row's item code is what a clerk searches for; a YAML file names its item.
      // The rule last and dim, as ESLint has it; under zh-CN its title first (申请材料含兜底表述 materials-vague).
      rule: terminalSafe(
        f.cell && f.itemCode
          ? `${ruleLabel(f.ruleId, lang)}  ${f.itemCode}`
          : f.origin
            ? `${ruleLabel(f.ruleId, lang)}  ← ${f.origin.file} ${f.origin.place}`
            : ruleLabel(f.ruleId, lang),
      ),
    }));
    const whereWidth = Math.max(...rows.map((r) => displayWidth(r.where)));
    const severityWidth = Math.max(...rows.map((r) => displayWidth(r.severity)));
    for (const row of rows) {
      const severity = row.severity + " ".repeat(severityWidth - displayWidth(row.severity));
      lines.push(
        `  ${style.dim(row.where + " ".repeat(whereWidth - displayWidth(row.where)))}  ${row.isError ? style.error(severity) : style.warning(severity)}  ${row.message}  ${style.dim(row.rule)}`,
      );
    }
  }
  const { errors, warnings, files } = result.summary;
  const total = errors + warnings;
  lines.push("");
  if (total === 0) {
    lines.push(renderText(MESSAGES.summaryClean, { checked: files }, lang));
  } else {
    const filesWithFindings = result.results.filter((r) => r.findings.length > 0).length;
    const summary = `✖ ${renderText(MESSAGES.summaryProblems, { total, errors, warnings, files: filesWithFindings }, lang)}`;
    lines.push(errors > 0 ? style.error(style.bold(summary)) : style.warning(style.bold(summary)));
  }
  // Suppressed and baselined findings leave the exit code but must not vanish from view.
  const { suppressed = 0, baselined = 0 } = result.summary;
  if (suppressed + baselined > 0) lines.push(style.dim(renderText(MESSAGES.summaryHidden, { suppressed, baselined }, lang)));
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    lines.push(style.error(renderText(MESSAGES.tooManyWarnings, { max: maxWarnings }, lang)));
  }
  return `${lines.join("\n")}\n`;
};

// `fix --unsafe` (or the editor) applies it; the JSON format carries the suggestion itself.
const SUGGESTION_AVAILABLE = { en: " (suggestion available)", "zh-CN": "（有修改建议）" } as const;

/** Terminal columns: CJK characters take two, so columns line up in a Chinese locale. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}
