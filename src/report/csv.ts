// The auditor's report as one spreadsheet table: a row per glance figure, per metric, per ranked
// group and per finding, told apart by the first column. UTF-8 with a BOM, CRLF line ends and
// every field quoted, so Excel opens it with Chinese intact (ci-formats.md "Spreadsheets").
import { csvDocument } from "../text/csv.js";
import { renderText } from "../i18n/render.js";
import { readableDiff } from "../text/char-diff.js";
import { type AuditReport, placeText } from "./model.js";
import { REPORT_WORDS } from "../i18n/report-words.js";
import { WORDS as METRICS_WORDS } from "../i18n/metrics-words.js";
import { changeCsvCells, COMPARE_COLUMNS, comparisonCsvRows } from "./compare-csv.js";

const COLUMNS = [
  REPORT_WORDS.section,
  REPORT_WORDS.subject,
  REPORT_WORDS.id,
  REPORT_WORDS.severity,
  REPORT_WORDS.message,
  REPORT_WORDS.value,
  REPORT_WORDS.countTotal,
  REPORT_WORDS.target,
  REPORT_WORDS.result,
  REPORT_WORDS.item,
  REPORT_WORDS.channel,
  REPORT_WORDS.field,
  REPORT_WORDS.masterAt,
  REPORT_WORDS.masterValue,
  REPORT_WORDS.shownValue,
  REPORT_WORDS.diff,
  // A region's code beside its name: what a spreadsheet joins other tables on.
  METRICS_WORDS.code,
] as const;

export function renderCsv(report: AuditReport): string {
  const w = (text: { en: string; "zh-CN": string }, data: Record<string, string | number> = {}) => renderText(text, data, report.lang);
  // Figures go in as numbers: a negative one is a number, not a formula (text/csv.ts).
  // --compare adds its two columns at the end: the columns of a report without it stay as they are.
  const columns: ReadonlyArray<{ en: string; "zh-CN": string }> = report.comparison ? [...COLUMNS, ...COMPARE_COLUMNS] : COLUMNS;
  const rows: (string | number)[][] = [columns.map((c) => w(c))];
  const add = (cells: Partial<Record<string, string | number>>) => rows.push(columns.map((c) => cells[c.en] ?? ""));

  const glance = w(REPORT_WORDS.glance);
  const g = report.glance;
  for (const [label, n] of [
    [REPORT_WORDS.items, g.items],
    [REPORT_WORDS.files, g.files],
    [REPORT_WORDS.errors, g.errors],
    [REPORT_WORDS.warnings, g.warnings],
    [REPORT_WORDS.skipped, g.skipped],
    [REPORT_WORDS.suppressed, g.suppressed],
    [REPORT_WORDS.baselined, g.baselined],
  ] as const) {
    add({ Section: glance, Message: w(label), Value: n });
  }

  if (report.period) {
    add({ Section: glance, Message: w(REPORT_WORDS.asOf, { date: "" }).trim(), Value: report.period.asOf });
    if (report.period.revision) add({ Section: glance, Message: w(REPORT_WORDS.revision, { revision: "" }).trim(), Value: report.period.revision });
  }

  const metrics = w(REPORT_WORDS.metrics);
  for (const m of report.metrics) {
    add({
      Section: metrics,
      "Place or group": w(REPORT_WORDS.overall),
      "Rule or figure": m.id,
      Message: m.label,
      Value: figureCell(m.value, m.unit),
      "Count / total": `${m.count} / ${m.total}`,
      Target: m.targets.map((t) => t.shownTarget).join("; "),
      Result: m.status === "none" ? "" : w(m.status === "met" ? REPORT_WORDS.met : REPORT_WORDS.missed),
      ...changeCsvCells(m.change, m.unit),
    });
  }

  for (const r of report.rankings) {
    for (const x of r.rows) {
      add({
        Section: `${w(REPORT_WORDS.rankings)}: ${r.dimensionLabel}`,
        "Place or group": x.label,
        "Rule or figure": r.metric,
        Message: `${w(REPORT_WORDS.rank)} ${x.rankShown}`,
        Value: figureCell(x.value, r.unit),
        "Count / total": x.items,
        Target: r.targets.map((t) => t.shownTarget).join("; "),
        Result: x.met === undefined ? "" : w(x.met ? REPORT_WORDS.met : REPORT_WORDS.missed),
        Code: r.dimension === "region" ? x.key : "",
        ...(x.movement ? { Previous: x.movement.previousRank ?? "", Change: x.movement.shown } : {}),
      });
    }
  }

  for (const cells of comparisonCsvRows(report)) add(cells);

  const findings = w(REPORT_WORDS.findings);
  for (const f of report.findings) {
    add({
      Section: findings,
      "Place or group": placeText(f),
      "Rule or figure": f.ruleId,
      Severity: f.severityLabel,
      Message: f.message,
      "Item code": f.itemCode ?? "",
      Channel: f.channel ?? "",
      Field: f.field ?? "",
      "Master record": f.master ? placeText(f.master) : "",
      "Master record says": f.masterValue ?? "",
      "Channel shows": f.shownValue ?? "",
      Difference: f.masterValue !== undefined && f.shownValue !== undefined ? readableDiff(f.masterValue, f.shownValue)[report.lang] : "",
    });
  }
  return csvDocument(rows, { quoteAll: true });
}

/**
 * A figure as the bulletin states it: a share in percent with one decimal (61.2 for 61.2 %, as the
 * target beside it reads), a mean as it is; none, empty. A number, not `61.2%` text: a spreadsheet
 * sums and sorts it, and a negative one (a promised limit longer than the legal) is no formula.
 */
function figureCell(value: number | null, unit: "percent" | "number"): string | number {
  if (value === null) return "";
  return unit === "percent" ? Math.round(value * 1000) / 10 : value;
}
