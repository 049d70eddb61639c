// The 与上期比较 section of the Markdown report (the HTML's, as tables); the change and movement
// columns are added by markdown.ts from the figures' and rows' own comparison fields.
import { renderText } from "../i18n/render.js";
import { REPORT_WORDS } from "../i18n/report-words.js";
import { REPORT_COMPARE_WORDS } from "./compare-words.js";
import { type AuditReport, placeText, type ReportFinding } from "./model.js";

export function comparisonMarkdown(report: AuditReport, cell: (text: string) => string): string[] {
  const c = report.comparison;
  if (!c) return [];
  const w = (text: { en: string; "zh-CN": string }) => renderText(text, {}, report.lang);
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const out = [`## ${cell(c.heading)}`, "", cell(c.previousShown), "", ...c.sentences.map((s) => `- ${cell(s)}`), ""];
  for (const g of c.gone) out.push(cell(g.shown), "");
  if (!c.findings) return [...out, cell(c.findingsNote ?? ""), ""];
  const f = c.findings;
  out.push(
    `### ${cell(w(REPORT_COMPARE_WORDS.findings))}`,
    "",
    cell(f.summary),
    "",
    row(
      [
        REPORT_COMPARE_WORDS.department,
        REPORT_COMPARE_WORDS.previousCount,
        REPORT_COMPARE_WORDS.currentCount,
        REPORT_COMPARE_WORDS.newCount,
        REPORT_COMPARE_WORDS.resolvedCount,
      ].map((h) => cell(w(h))),
    ),
    row(["---", "---:", "---:", "---:", "---:"]),
    ...f.departments.map((d) => row([cell(d.label), String(d.previous), String(d.current), String(d.added.length), String(d.resolved.length)])),
    "",
  );
  const list = (title: { en: string; "zh-CN": string }, pick: (d: (typeof f.departments)[number]) => ReportFinding[]) => {
    const rows = f.departments.flatMap((d) =>
      pick(d).map((x) => row([cell(d.label), cell(placeText(x)), `${x.ruleTitle ? `${cell(x.ruleTitle)} ` : ""}\`${x.ruleId}\``, cell(x.message)])),
    );
    if (rows.length === 0) return;
    out.push(
      `### ${cell(w(title))}`,
      "",
      row([REPORT_COMPARE_WORDS.department, REPORT_WORDS.position, REPORT_WORDS.rule, REPORT_WORDS.message].map((h) => cell(w(h)))),
      row(["---", "---", "---", "---"]),
      ...rows,
      "",
    );
  };
  list(REPORT_COMPARE_WORDS.newList, (d) => d.added);
  list(REPORT_COMPARE_WORDS.resolvedList, (d) => d.resolved);
  return out;
}
