// Markdown for PR comments, reports and the GitHub job summary: a summary line and one table row
// per finding (file:line, severity, rule, message).
import type { Lang } from "../i18n/localized.js";
import { findingMessage, severityLabel } from "../i18n/finding-message.js";
import { MESSAGES } from "../i18n/messages.js";
import { OUTPUT_WORDS } from "../i18n/output-words.js";
import { renderText } from "../i18n/render.js";
import { markdownInert } from "../text/markdown-text.js";
import { cellLabel } from "../engine/cell-label.js";
import { shownTitle } from "./rule-names.js";
import type { Formatter } from "./types.js";

const HEADERS = ["columnFileLine", "columnSeverity", "columnRule", "columnMessage"] as const;

/**
 * A table cell: HTML inert (`<`, `>`, `&` as entities), pipes escaped, line breaks (a lone CR is
 * one too, it would end the row) as <br>, no leading/trailing blanks: one finding, one row.
 */
export function cell(text: string): string {
  return markdownInert(text)
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\r\n|\r|\n/g, "<br>")
    .trim();
}

/** The rule cell: `` `materials-vague` ``, under zh-CN its title first (申请材料含兜底表述 `materials-vague`). */
function mdRule(ruleId: string, lang: Lang): string {
  const title = shownTitle(ruleId, lang);
  return `${title ? `${cell(title)} ` : ""}\`${cell(ruleId)}\``;
}

export const markdown: Formatter = (result, { lang, maxWarnings }) => {
  const { errors, warnings, files } = result.summary;
  const total = errors + warnings;
  const filesWithFindings = result.results.filter((r) => r.findings.length > 0).length;
  const lines: string[] = [];
  lines.push(
    total === 0
      ? `**guidelint**: ${renderText(MESSAGES.summaryClean, { checked: files }, lang)}`
      : `**guidelint**: ${renderText(MESSAGES.summaryProblems, { total, errors, warnings, files: filesWithFindings }, lang)}`,
  );
  if (maxWarnings !== undefined && warnings > maxWarnings) lines.push("", renderText(MESSAGES.tooManyWarnings, { max: maxWarnings }, lang));
  if (total > 0) {
    const h = HEADERS.map((id) => OUTPUT_WORDS[id][lang]);
    lines.push("", `| ${h.join(" | ")} |`, "|---|---|---|---|");
    for (const file of result.results) {
      for (const f of file.findings) {
        lines.push(
          `| ${cell(f.cell ? `${file.file} ${cellLabel(f.cell)}` : `${file.file}:${f.line}`)} | ${severityLabel(f.severity, lang)} | ${mdRule(f.ruleId, lang)} | ${cell(findingMessage(f, lang))} |`,
        );
      }
    }
  }
  return `${lines.join("\n")}\n`;
};
