// The auditor's report as Markdown: the same sections as the HTML, tables instead of charts.
import { renderText } from "../i18n/render.js";
import { readableDiff } from "../text/char-diff.js";
import { markdownCode, markdownInert } from "../text/markdown-text.js";
import { type AuditReport, periodText, placeText } from "./model.js";
import { REPORT_WORDS } from "../i18n/report-words.js";
import { COMPARE_WORDS } from "../metrics/compare-words.js";
import { comparisonMarkdown } from "./compare-markdown.js";

/** Text in a Markdown table cell: no line breaks, pipes escaped, HTML and emphasis inert. */
function mdCell(text: string): string {
  return markdownInert(text.replace(/\r?\n|\r/g, " ")).replace(/[\\`*_|]/g, (ch) => `\\${ch}`);
}

export function renderMarkdown(report: AuditReport): string {
  const w = (text: { en: string; "zh-CN": string }, data: Record<string, string | number> = {}) => renderText(text, data, report.lang);
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const head = (cells: string[], align?: string[]) => [row(cells), row(align ?? cells.map(() => "---"))];
  const out: string[] = [`# ${mdCell(report.title)}`, ""];
  if (report.period) out.push(mdCell(periodText(report.period, report.lang)), "");
  out.push(mdCell(report.profile ? w(REPORT_WORDS.profile, { name: report.profile.name, document: report.profile.document }) : w(REPORT_WORDS.noProfile)), "");

  const g = report.glance;
  out.push(`## ${w(REPORT_WORDS.glance)}`, "", ...head([w(REPORT_WORDS.figure), w(REPORT_WORDS.value)], ["---", "---:"]));
  out.push(
    row([w(REPORT_WORDS.items), String(g.items)]),
    row([w(REPORT_WORDS.files), String(g.files)]),
    row([w(REPORT_WORDS.errors), String(g.errors)]),
    row([w(REPORT_WORDS.warnings), String(g.warnings)]),
    row([w(REPORT_WORDS.skipped), String(g.skipped)]),
  );
  if (g.suppressed > 0) out.push(row([w(REPORT_WORDS.suppressed), String(g.suppressed)]));
  if (g.baselined > 0) out.push(row([w(REPORT_WORDS.baselined), String(g.baselined)]));
  out.push("");
  if (report.skippedFiles.length > 0) out.push(w(REPORT_WORDS.skippedFiles), "", ...report.skippedFiles.map((f) => `- ${markdownCode(f)}`), "");

  out.push(...comparisonMarkdown(report, mdCell));

  out.push(`## ${w(REPORT_WORDS.metrics)}`, "");
  const compared = report.comparison !== undefined;
  if (report.targetsTotal > 0) out.push(w(REPORT_WORDS.targetsMet, { met: report.targetsMet, total: report.targetsTotal }), "");
  out.push(
    ...head(
      [
        w(REPORT_WORDS.figure),
        w(REPORT_WORDS.value),
        ...(compared ? [w(COMPARE_WORDS.previous), w(COMPARE_WORDS.change)] : []),
        w(REPORT_WORDS.countTotal),
        w(REPORT_WORDS.target),
        w(REPORT_WORDS.result),
      ],
      ["---", "---:", ...(compared ? ["---:", "---"] : []), "---:", "---:", "---"],
    ),
  );
  for (const m of report.metrics) {
    const result = m.status === "none" ? "" : m.status === "met" ? `✔ ${w(REPORT_WORDS.met)}` : `✘ ${w(REPORT_WORDS.missed)}`;
    const change = m.change ? [mdCell(m.change.previousShown), mdCell(m.change.changeShown)] : [];
    out.push(
      row([`${mdCell(m.label)} (\`${m.id}\`)`, mdCell(m.shown), ...change, `${m.count} / ${m.total}`, m.targets.map((t) => t.shownTarget).join("; "), result]),
    );
  }
  out.push("");

  for (const r of report.rankings) {
    const target = r.targets.map((t) => t.shownTarget).join("; ");
    out.push(`## ${mdCell(r.title)}${target ? ` (${w(REPORT_WORDS.target)} ${target})` : ""}`, "");
    out.push(
      ...head(
        [w(REPORT_WORDS.rank), ...(compared ? [w(COMPARE_WORDS.movement)] : []), mdCell(r.dimensionLabel), w(REPORT_WORDS.groupItems), mdCell(r.metricLabel)],
        ["---:", ...(compared ? ["---:"] : []), "---", "---:", "---:"],
      ),
    );
    for (const x of r.rows) {
      const mark = x.met === undefined ? "" : x.met ? " ✔" : " ✘";
      out.push(
        row([mdCell(x.rankShown), ...(compared ? [mdCell(x.movement?.shown ?? "")] : []), mdCell(x.label), String(x.items), `${mdCell(x.shown)}${mark}`]),
      );
    }
    out.push("");
  }

  out.push(`## ${w(REPORT_WORDS.findings)}`, "");
  if (report.findings.length === 0) {
    out.push(w(REPORT_WORDS.noFindings), "");
  } else {
    out.push(...head([w(REPORT_WORDS.position), w(REPORT_WORDS.severity), w(REPORT_WORDS.rule), w(REPORT_WORDS.message), w(REPORT_WORDS.diff)]));
    for (const f of report.findings) {
      const master = f.master ? ` ⟷ ${mdCell(placeText(f.master))}` : "";
      const diff = f.masterValue !== undefined && f.shownValue !== undefined ? mdCell(readableDiff(f.masterValue, f.shownValue)[report.lang]) : "";
      out.push(
        row([
          `${mdCell(placeText(f))}${master}`,
          mdCell(f.severityLabel),
          `${f.ruleTitle ? `${mdCell(f.ruleTitle)} ` : ""}\`${f.ruleId}\``,
          mdCell(f.message),
          diff,
        ]),
      );
    }
    out.push("");
  }
  out.push(`_${mdCell(w(REPORT_WORDS.generatedBy, { version: report.version }))}_`, "");
  return out.join("\n");
}
