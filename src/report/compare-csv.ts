// The report CSV's comparison (--compare): two more columns, and rows for each department's new
// and resolved findings. A change is a number (percentage points for a share, with one decimal;
// a plain difference for mean runs), so a spreadsheet sorts and sums it.
import { renderText } from "../i18n/render.js";
import { COMPARE_WORDS } from "../metrics/compare-words.js";
import type { ReportFigureChange } from "./compare.js";
import { REPORT_COMPARE_WORDS } from "./compare-words.js";
import { type AuditReport, placeText } from "./model.js";

export const COMPARE_COLUMNS = [COMPARE_WORDS.previous, COMPARE_WORDS.change] as const;

/** Previous value and change of a figure, as numbers in the value's own column units. */
export function changeCsvCells(change: ReportFigureChange | undefined, unit: "percent" | "number"): Record<string, string | number> {
  if (!change) return {};
  const scale = (v: number | null, places: number) => (v === null ? "" : unit === "percent" ? Math.round(v * 10 ** (places + 2)) / 10 ** places : v);
  return { Previous: scale(change.previous, 1), Change: scale(change.change, 1) };
}

type Cells = Record<string, string | number>;

export function comparisonCsvRows(report: AuditReport): Cells[] {
  const c = report.comparison;
  if (!c) return [];
  const w = (text: { en: string; "zh-CN": string }) => renderText(text, {}, report.lang);
  const rows: Cells[] = [{ Section: c.heading, Message: c.previousShown }];
  if (!c.findings) return [...rows, { Section: c.heading, Message: c.findingsNote ?? "" }];
  const section = w(REPORT_COMPARE_WORDS.findings);
  for (const d of c.findings.departments) {
    rows.push({
      Section: section,
      "Place or group": d.label,
      Message: `${w(REPORT_COMPARE_WORDS.newCount)} ${d.added.length}, ${w(REPORT_COMPARE_WORDS.resolvedCount)} ${d.resolved.length}`,
      Value: d.current,
      Previous: d.previous,
      Change: d.current - d.previous,
    });
  }
  for (const [title, pick] of [
    [REPORT_COMPARE_WORDS.newList, (d: (typeof c.findings.departments)[number]) => d.added],
    [REPORT_COMPARE_WORDS.resolvedList, (d: (typeof c.findings.departments)[number]) => d.resolved],
  ] as const) {
    for (const d of c.findings.departments) {
      for (const f of pick(d)) {
        rows.push({
          Section: `${w(title)}: ${d.label}`,
          "Place or group": placeText(f),
          "Rule or figure": f.ruleId,
          Severity: f.severityLabel,
          Message: f.message,
          "Item code": f.itemCode ?? "",
        });
      }
    }
  }
  return rows;
}
