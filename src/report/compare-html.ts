// The 与上期比较 section of the HTML report: what the figures are compared with, one sentence per
// figure, and the new and resolved findings of each department. Changes beside the figures and
// movements in the rankings are cells of html.ts's tables (changeCells, movementCell).
import { COMPARE_WORDS } from "../metrics/compare-words.js";
import type { ReportFigureChange, ReportRankMovement } from "./compare.js";
import { REPORT_COMPARE_WORDS } from "./compare-words.js";
import { escapeHtml as e } from "./escape.js";
import { type AuditReport, placeText, type ReportFinding } from "./model.js";
import { REPORT_WORDS } from "../i18n/report-words.js";

type Words = (text: { en: string; "zh-CN": string }, data?: Record<string, string | number>) => string;

/** Better is green, worse is red (the classes of met and missed targets). */
const tone = (change: ReportFigureChange) => (change.improved === undefined ? "" : change.improved ? " met" : " missed");

export function changeHeadings(report: AuditReport, w: Words): string {
  return report.comparison ? `<th>${w(COMPARE_WORDS.previous)}</th><th>${w(COMPARE_WORDS.change)}</th>` : "";
}

export function changeCells(change: ReportFigureChange | undefined): string {
  if (!change) return "";
  return `<td class="num">${e(change.previousShown)}</td><td class="change${tone(change)}" data-direction="${change.direction}">${e(change.changeShown)}</td>`;
}

export function movementHeading(report: AuditReport, w: Words): string {
  return report.comparison ? `<th>${w(COMPARE_WORDS.movement)}</th>` : "";
}

export function movementCell(movement: ReportRankMovement | undefined, present: boolean): string {
  if (!present) return "";
  const cls = movement?.movement === undefined || movement.movement === 0 ? "" : movement.movement > 0 ? " met" : " missed";
  return `<td class="num movement${cls}">${e(movement?.shown ?? "")}</td>`;
}

export function comparisonSection(report: AuditReport, w: Words): string[] {
  const c = report.comparison;
  if (!c) return [];
  const parts = [
    `<section class="comparison" id="compare"><h2>${e(c.heading)}</h2>`,
    `<p class="meta">${e(c.previousShown)}</p>`,
    `<ul class="changes">${c.sentences.map((s) => `<li>${e(s)}</li>`).join("")}</ul>`,
    ...c.gone.map((g) => `<p class="note">${e(g.shown)}</p>`),
  ];
  if (!c.findings) {
    parts.push(`<p class="note">${e(c.findingsNote ?? "")}</p></section>`);
    return parts;
  }
  const f = c.findings;
  parts.push(
    `<h3>${w(REPORT_COMPARE_WORDS.findings)}</h3>`,
    `<p>${e(f.summary)}</p>`,
    "<table><thead><tr>" +
      [
        REPORT_COMPARE_WORDS.department,
        REPORT_COMPARE_WORDS.previousCount,
        REPORT_COMPARE_WORDS.currentCount,
        REPORT_COMPARE_WORDS.newCount,
        REPORT_COMPARE_WORDS.resolvedCount,
      ]
        .map((h) => `<th>${w(h)}</th>`)
        .join("") +
      "</tr></thead><tbody>",
    ...f.departments.map(
      (d) =>
        `<tr class="department-change"><td>${e(d.label)}</td><td class="num">${d.previous}</td><td class="num">${d.current}</td>` +
        `<td class="num${d.added.length > 0 ? " missed" : ""}">${d.added.length}</td><td class="num${d.resolved.length > 0 ? " met" : ""}">${d.resolved.length}</td></tr>`,
    ),
    "</tbody></table>",
  );
  const list = (title: { en: string; "zh-CN": string }, cls: string, pick: (d: (typeof f.departments)[number]) => ReportFinding[]) => {
    const rows = f.departments.flatMap((d) => pick(d).map((finding) => findingChangeRow(d.label, finding)));
    if (rows.length === 0) return;
    parts.push(
      `<h3>${w(title)}</h3>`,
      `<table class="${cls}"><thead><tr>` +
        [REPORT_COMPARE_WORDS.department, REPORT_WORDS.position, REPORT_WORDS.rule, REPORT_WORDS.message].map((h) => `<th>${w(h)}</th>`).join("") +
        "</tr></thead><tbody>",
      ...rows,
      "</tbody></table>",
    );
  };
  list(REPORT_COMPARE_WORDS.newList, "new-findings", (d) => d.added);
  list(REPORT_COMPARE_WORDS.resolvedList, "resolved-findings", (d) => d.resolved);
  parts.push("</section>");
  return parts;
}

function findingChangeRow(department: string, f: ReportFinding): string {
  return (
    `<tr class="finding-change" data-rule="${e(f.ruleId)}"><td>${e(department)}</td><td class="pos">${e(placeText(f))}</td>` +
    `<td class="rule">${f.ruleTitle ? `${e(f.ruleTitle)}<br>` : ""}<code>${e(f.ruleId)}</code></td><td>${e(f.message)}</td></tr>`
  );
}

/** The contents entry of the section, when there is one. */
export function comparisonNav(report: AuditReport): string {
  return report.comparison ? `<li><a href="#compare">${e(report.comparison.heading)}</a></li>` : "";
}
