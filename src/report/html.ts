// The auditor's report as one self-contained HTML file: inline CSS, charts as inline SVG, no
// script and nothing fetched, so it can be mailed, archived and printed as it is.
import { renderText } from "../i18n/render.js";
import type { DiffPart } from "../text/char-diff.js";
import { escapeHtml as e } from "./escape.js";
import { type AuditReport, periodText, placeText, type ReportFinding } from "./model.js";
import { metricBar, rankingChart } from "./svg.js";
import { REPORT_WORDS } from "../i18n/report-words.js";
import { changeCells, changeHeadings, comparisonNav, comparisonSection, movementCell, movementHeading } from "./compare-html.js";

const FONTS =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Noto Sans SC", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const MONO = 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", "WenQuanYi Zen Hei Mono", monospace';

export const CSS = `
*{box-sizing:border-box}
html{color-scheme:light}
body{margin:0 auto;max-width:1100px;padding:24px 32px;font-family:${FONTS};font-size:14px;line-height:1.55;color:#212121;background:#fff}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:19px;margin:32px 0 10px;padding-bottom:4px;border-bottom:2px solid #1565c0}
h3{font-size:16px;margin:20px 0 8px}
p.meta{color:#555;margin:0 0 16px}
nav ol{margin:0;padding-left:20px}
.glance{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:10px;margin:0;padding:0;list-style:none}
.glance li{border:1px solid #cfd8dc;border-radius:6px;padding:10px 12px}
.glance .n{display:block;font-size:26px;font-weight:700}
.glance .errors .n{color:#c62828}.glance .warnings .n{color:#b26a00}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid #cfd8dc;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eceff1}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.chart{width:250px;padding:2px 4px}
tr{break-inside:avoid;page-break-inside:avoid}
.met{color:#2e7d32;font-weight:700}.missed{color:#c62828;font-weight:700}.none{color:#555}
.error{color:#c62828;font-weight:700}.warning{color:#b26a00;font-weight:700}
code,.pos{font-family:${MONO};font-size:12px;overflow-wrap:anywhere}
td.pos{width:24%}
td.error,td.warning,td.rule{white-space:nowrap}
td.diff{font-family:${FONTS}}
del{background:#ffebee;color:#b71c1c;text-decoration:line-through}
ins{background:#e8f5e9;color:#1b5e20;text-decoration:underline}
.legend,.note{color:#555;font-size:12px}
figure{margin:8px 0 16px;overflow-x:auto}
figcaption{font-weight:700;margin-bottom:4px}
svg text{font-family:${FONTS}}
dl.values{margin:4px 0 0;display:grid;grid-template-columns:max-content 1fr;gap:2px 10px}
dl.values dt{color:#555}dl.values dd{margin:0}
footer{margin-top:32px;color:#777;font-size:12px}
footer p{margin:2px 0}
@page{size:A4 portrait;margin:18mm 15mm 16mm}
@media print{
  body{max-width:none;padding:0;font-size:10.5pt}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  nav{display:none}
  /* Sections flow on from each other: a forced break before each left pages nearly empty. */
  h2,h3,figcaption{break-after:avoid;page-break-after:avoid}
  h2{margin-top:18px}
  figure,.glance li,dl.values{break-inside:avoid;page-break-inside:avoid}
  thead{display:table-header-group}
  .glance{grid-template-columns:repeat(auto-fit,minmax(30mm,1fr))}
  /* Fixed layout with widths in %: no column grows past the page for a long path or code. */
  table{table-layout:fixed;width:100%}
  th,td{overflow-wrap:anywhere;word-break:break-word;padding:3px 5px}
  td.num,td.error,td.warning,td.rule{white-space:normal}
  td.chart,td.pos{width:auto}
  figure{overflow:visible}
  svg{max-width:100%;height:auto}
  /* A long ranking chart is scaled down to fit beside the content above it, not pushed to a page of its own. */
  svg.ranking{max-height:150mm;width:auto}
  dl.values{grid-template-columns:auto minmax(0,1fr)}
  section.metrics th:nth-child(1){width:30%}
  section.metrics th:nth-child(2){width:10%}
  section.metrics th:nth-child(3){width:11%}
  section.metrics th:nth-child(4){width:27%}
  section.metrics th:nth-child(5){width:10%}
  section.metrics th:nth-child(6){width:12%}
  section.rankings th:nth-child(1){width:14%}
  section.rankings th:nth-child(2){width:46%}
  section.rankings th:nth-child(3){width:14%}
  section.rankings th:nth-child(4){width:26%}
  section.findings th:nth-child(1){width:26%}
  section.findings th:nth-child(2){width:9%}
  section.findings th:nth-child(3){width:20%}
  section.findings th:nth-child(4){width:45%}
}
`;

/** The page's start up to its <body>: the report's and the lint page's (formatters/html.ts) alike. */
export function pageHead(lang: string, version: string, title: string, css: string): string[] {
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="guidelint ${e(version)}">`,
    `<title>${e(title)}</title>`,
    `<style>${css}</style>`,
    "</head>",
  ];
}

/** One count of the "at a glance" tiles (its label already escaped). */
export const glanceTile = (cls: string, label: string, n: number): string => `<li class="${cls}"><span class="n">${n}</span>${label}</li>`;

export function renderHtml(report: AuditReport): string {
  const w = (text: { en: string; "zh-CN": string }, data: Record<string, string | number> = {}) => e(renderText(text, data, report.lang));
  const parts: string[] = [];
  parts.push(
    ...pageHead(report.lang, report.version, report.title, CSS),
    "<body>",
    "<header>",
    `<h1>${e(report.title)}</h1>`,
    ...(report.period ? [`<p class="meta period">${e(periodText(report.period, report.lang))}</p>`] : []),
    `<p class="meta">${report.profile ? w(REPORT_WORDS.profile, { name: report.profile.name, document: report.profile.document }) : w(REPORT_WORDS.noProfile)}</p>`,
    "</header>",
    `<nav><strong>${w(REPORT_WORDS.contents)}</strong><ol>` +
      `<li><a href="#glance">${w(REPORT_WORDS.glance)}</a></li>` +
      comparisonNav(report) +
      `<li><a href="#metrics">${w(REPORT_WORDS.metrics)}</a></li>` +
      (report.rankings.length > 0 ? `<li><a href="#rankings">${w(REPORT_WORDS.rankings)}</a></li>` : "") +
      `<li><a href="#findings">${w(REPORT_WORDS.findings)} (${report.findings.length})</a></li>` +
      "</ol></nav>",
  );

  // At a glance.
  const g = report.glance;
  parts.push(
    `<section class="glance-section" id="glance"><h2>${w(REPORT_WORDS.glance)}</h2><ul class="glance">`,
    glanceTile("items", w(REPORT_WORDS.items), g.items),
    glanceTile("files", w(REPORT_WORDS.files), g.files),
    glanceTile("errors", w(REPORT_WORDS.errors), g.errors),
    glanceTile("warnings", w(REPORT_WORDS.warnings), g.warnings),
    glanceTile("skipped", w(REPORT_WORDS.skipped), g.skipped),
    g.suppressed > 0 ? glanceTile("suppressed", w(REPORT_WORDS.suppressed), g.suppressed) : "",
    g.baselined > 0 ? glanceTile("baselined", w(REPORT_WORDS.baselined), g.baselined) : "",
    "</ul>",
  );
  if (report.skippedFiles.length > 0) {
    parts.push(`<p class="note">${w(REPORT_WORDS.skippedFiles)}</p><ul>${report.skippedFiles.map((f) => `<li><code>${e(f)}</code></li>`).join("")}</ul>`);
  }
  parts.push("</section>");

  // Compared with the previous period (--compare).
  parts.push(...comparisonSection(report, w));

  // Figures against targets.
  parts.push(`<section class="metrics" id="metrics"><h2>${w(REPORT_WORDS.metrics)}</h2>`);
  if (report.targetsTotal > 0) {
    const cls = report.targetsMet === report.targetsTotal ? "met" : "missed";
    parts.push(`<p class="${cls}">${w(REPORT_WORDS.targetsMet, { met: report.targetsMet, total: report.targetsTotal })}</p>`);
  }
  parts.push(
    "<table><thead><tr>" +
      [REPORT_WORDS.figure, REPORT_WORDS.value].map((h) => `<th>${w(h)}</th>`).join("") +
      changeHeadings(report, w) +
      [REPORT_WORDS.countTotal, REPORT_WORDS.chart, REPORT_WORDS.target, REPORT_WORDS.result].map((h) => `<th>${w(h)}</th>`).join("") +
      "</tr></thead><tbody>",
  );
  for (const m of report.metrics) {
    const result = m.status === "none" ? w(REPORT_WORDS.noTarget) : m.status === "met" ? `✔ ${w(REPORT_WORDS.met)}` : `✘ ${w(REPORT_WORDS.missed)}`;
    parts.push(
      `<tr class="metric" data-metric="${e(m.id)}" data-status="${m.status}">` +
        `<td>${e(m.label)}<br><code>${e(m.id)}</code></td>` +
        `<td class="num">${e(m.shown)}</td>` +
        changeCells(m.change) +
        `<td class="num">${m.count} / ${m.total}</td>` +
        `<td class="chart">${metricBar({ value: m.value, unit: m.unit, targets: m.targets, status: m.status, label: `${m.label}: ${m.shown}` })}</td>` +
        `<td class="num">${e(m.targets.map((t) => t.shownTarget).join("; ")) || "—"}</td>` +
        `<td class="${m.status}">${result}</td>` +
        "</tr>",
    );
  }
  parts.push(`</tbody></table><p class="legend">${w(REPORT_WORDS.legend)}</p></section>`);

  // Rankings.
  if (report.rankings.length > 0) {
    parts.push(`<section class="rankings" id="rankings"><h2>${w(REPORT_WORDS.rankings)}</h2>`);
    for (const r of report.rankings) {
      const target = r.targets.map((t) => t.shownTarget).join("; ");
      const title = `${r.title}${target ? ` (${renderText(REPORT_WORDS.target, {}, report.lang)} ${target})` : ""}`;
      parts.push(
        `<figure data-dimension="${e(r.dimension)}"><figcaption>${e(title)}</figcaption>`,
        rankingChart({
          title,
          unit: r.unit,
          targets: r.targets,
          bars: r.rows.map((row) => ({
            label: row.label,
            value: row.value,
            shown: row.shown,
            status: row.met === undefined ? "none" : row.met ? "met" : "missed",
          })),
        }),
        "</figure>",
        `<table><thead><tr><th>${w(REPORT_WORDS.rank)}</th>${movementHeading(report, w)}<th>${e(r.dimensionLabel)}</th><th>${w(REPORT_WORDS.groupItems)}</th><th>${e(r.metricLabel)}</th></tr></thead><tbody>`,
        ...r.rows.map(
          (row) =>
            `<tr><td class="num">${e(row.rankShown)}</td>${movementCell(row.movement, report.comparison !== undefined)}<td>${e(row.label)}</td><td class="num">${row.items}</td>` +
            `<td class="num${row.met === undefined ? "" : row.met ? " met" : " missed"}">${e(row.shown)}</td></tr>`,
        ),
        "</tbody></table>",
      );
    }
    parts.push("</section>");
  }

  // Findings.
  parts.push(`<section class="findings" id="findings"><h2>${w(REPORT_WORDS.findings)}</h2>`);
  if (report.findings.length === 0) {
    parts.push(`<p>${w(REPORT_WORDS.noFindings)}</p>`);
  } else {
    parts.push(
      "<table><thead><tr>" +
        [REPORT_WORDS.position, REPORT_WORDS.severity, REPORT_WORDS.rule, REPORT_WORDS.message].map((h) => `<th>${w(h)}</th>`).join("") +
        "</tr></thead><tbody>",
      ...report.findings.map((f) => findingRow(f, w)),
      "</tbody></table>",
    );
  }
  parts.push("</section>");
  // What a reader checks the document against: the tool and version, the date and revision the
  // figures stand at, the policy document whose targets they are measured by.
  const footer = [
    w(REPORT_WORDS.generatedBy, { version: report.version }),
    ...(report.period ? [e(periodText(report.period, report.lang))] : []),
    report.profile ? w(REPORT_WORDS.profile, { name: report.profile.name, document: report.profile.document }) : w(REPORT_WORDS.noProfile),
  ];
  parts.push(`<footer>${footer.map((line) => `<p>${line}</p>`).join("")}</footer>`, "</body>", "</html>", "");
  return parts.join("\n");
}

export function findingRow(f: ReportFinding, w: (text: { en: string; "zh-CN": string }) => string): string {
  const details: string[] = [];
  const facts: Array<[string, string]> = [];
  if (f.itemCode) facts.push([w(REPORT_WORDS.item), `<code>${e(f.itemCode)}</code>`]);
  if (f.channel) facts.push([w(REPORT_WORDS.channel), e(f.channel)]);
  if (f.field) facts.push([w(REPORT_WORDS.field), `<code>${e(f.field)}</code>`]);
  if (f.master) facts.push([w(REPORT_WORDS.masterAt), `<span class="pos">${e(placeText(f.master))}</span>`]);
  if (f.masterValue !== undefined) facts.push([w(REPORT_WORDS.masterValue), e(f.masterValue)]);
  if (f.shownValue !== undefined) facts.push([w(REPORT_WORDS.shownValue), e(f.shownValue)]);
  if (f.diff) facts.push([w(REPORT_WORDS.diff), `<span class="diff">${diffHtml(f.diff)}</span>`]);
  if (facts.length > 0) details.push(`<dl class="values">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`);
  return (
    `<tr class="finding" data-rule="${e(f.ruleId)}">` +
    `<td class="pos">${e(placeText(f))}</td>` +
    `<td class="${f.severity}">${e(f.severityLabel)}</td>` +
    `<td class="rule">${f.ruleTitle ? `${e(f.ruleTitle)}<br>` : ""}<code>${e(f.ruleId)}</code></td>` +
    `<td>${e(f.message)}${details.join("")}</td>` +
    "</tr>"
  );
}

/** A character diff with the removed text in <del> and the added text in <ins>. */
export function diffHtml(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.kind === "removed" ? `<del>${e(p.text)}</del>` : p.kind === "added" ? `<ins>${e(p.text)}</ins>` : e(p.text))).join("");
}
