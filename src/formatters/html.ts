// `lint --format html`: the findings of a lint run as one self-contained page, the audit report's
// look (its CSS and its finding rows, diffs as <del>/<ins>) without the figures: inline CSS, no
// script, nothing fetched, so it can be mailed, archived and printed as it is.
import type { LocalizedText } from "../i18n/localized.js";
import { MESSAGES } from "../i18n/messages.js";
import { renderText } from "../i18n/render.js";
import { REPORT_WORDS } from "../i18n/report-words.js";
import { escapeHtml as e } from "../report/escape.js";
import { CSS, findingRow, glanceTile, pageHead } from "../report/html.js";
import { reportFinding } from "../report/model.js";
import type { Formatter } from "./types.js";

/** What this page says that the audit report does not. */
const LINT_PAGE_WORDS = {
  title: { en: "guidelint lint results", "zh-CN": "guidelint 检查结果" },
  filesWithFindings: { en: "Files with findings", "zh-CN": "有问题的文件" },
  toolErrors: { en: "The run could not check everything", "zh-CN": "本次检查未能完成的部分" },
  findingsInFile: { en: "{{count}} {{count|finding|findings}}", "zh-CN": "{{count}} 个问题" },
} satisfies Record<string, LocalizedText>;

/**
 * One table per file: fixed column widths keep them aligned. The report starts its findings on a
 * new page (after figures and rankings); here they follow the counts.
 */
const PAGE_CSS =
  "section.file table{table-layout:fixed}section.file th:nth-child(1){width:22%}section.file th:nth-child(2){width:8%}section.file th:nth-child(3){width:20%}" +
  "section.file td{overflow-wrap:anywhere}section.file td.rule{white-space:normal}h3 code{font-size:13px}" +
  "@media print{section.findings{break-before:auto;page-break-before:auto}}";

export const html: Formatter = (result, { lang, version, maxWarnings }) => {
  const w = (text: LocalizedText, data: Record<string, string | number> = {}) => e(renderText(text, data, lang));
  const { errors, warnings, files, suppressed = 0, baselined = 0 } = result.summary;
  const withFindings = result.results.filter((r) => r.findings.length > 0);
  const total = errors + warnings;
  const summary =
    total === 0
      ? renderText(MESSAGES.summaryClean, { checked: files }, lang)
      : renderText(MESSAGES.summaryProblems, { total, errors, warnings, files: withFindings.length }, lang);
  const parts: string[] = [
    ...pageHead(lang, version, renderText(LINT_PAGE_WORDS.title, {}, lang), CSS + PAGE_CSS),
    "<body>",
    `<header><h1>${w(LINT_PAGE_WORDS.title)}</h1><p class="meta summary">${e(summary)}</p></header>`,
    `<section class="glance-section" id="glance"><ul class="glance">`,
    glanceTile("files", w(REPORT_WORDS.files), files),
    glanceTile("with-findings", w(LINT_PAGE_WORDS.filesWithFindings), withFindings.length),
    glanceTile("errors", w(REPORT_WORDS.errors), errors),
    glanceTile("warnings", w(REPORT_WORDS.warnings), warnings),
    suppressed > 0 ? glanceTile("suppressed", w(REPORT_WORDS.suppressed), suppressed) : "",
    baselined > 0 ? glanceTile("baselined", w(REPORT_WORDS.baselined), baselined) : "",
    "</ul>",
  ];
  if (maxWarnings !== undefined && warnings > maxWarnings) parts.push(`<p class="missed">${w(MESSAGES.tooManyWarnings, { max: maxWarnings })}</p>`);
  parts.push("</section>");
  if (result.toolErrors.length > 0) {
    parts.push(
      `<section class="tool-errors"><h2>${w(LINT_PAGE_WORDS.toolErrors)}</h2><ul>`,
      ...result.toolErrors.map((t) => `<li class="error">${t.file ? `<code>${e(t.file)}</code>: ` : ""}${e(t.message)}</li>`),
      "</ul></section>",
    );
  }
  parts.push(`<section class="findings" id="findings"><h2>${w(REPORT_WORDS.findings)}</h2>`);
  if (withFindings.length === 0) parts.push(`<p>${w(REPORT_WORDS.noFindings)}</p>`);
  const head = [REPORT_WORDS.position, REPORT_WORDS.severity, REPORT_WORDS.rule, REPORT_WORDS.message].map((h) => `<th>${w(h)}</th>`).join("");
  for (const file of withFindings) {
    parts.push(
      `<section class="file" data-file="${e(file.file)}"><h3><code>${e(file.file)}</code> <span class="note">${w(LINT_PAGE_WORDS.findingsInFile, { count: file.findings.length })}</span></h3>`,
      `<table><thead><tr>${head}</tr></thead><tbody>`,
      ...file.findings.map((f) => findingRow(reportFinding(file.file, f, lang), w)),
      "</tbody></table></section>",
    );
  }
  parts.push("</section>", `<footer><p>${w(REPORT_WORDS.generatedBy, { version })}</p></footer>`, "</body>", "</html>", "");
  return parts.join("\n");
};
