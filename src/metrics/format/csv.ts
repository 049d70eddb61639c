// For spreadsheets: one row per figure (overall, then every group of the report), with value,
// count and total, and the profile's target where there is one. UTF-8 with a BOM and CRLF line
// ends, every field quoted, so that Excel opens it with Chinese intact.
import { renderText } from "../../i18n/render.js";
import { csvDocument } from "../../text/csv.js";
import { METRICS, type MetricFigures } from "../definitions.js";
import type { GroupDimension } from "../facts.js";
import { shownGroups } from "./common.js";
import { formatTarget } from "./numbers.js";
import { DIMENSION_LABELS, groupLabel, WORDS } from "../../i18n/metrics-words.js";
import type { MetricsFormatter } from "./types.js";
import { COMPARE_WORDS } from "../compare-words.js";
import { figureChanges } from "../compare.js";

export const csv: MetricsFormatter = (report, context) => {
  const { lang } = context;
  const w = (text: { en: string; "zh-CN": string }) => renderText(text, {}, lang);
  // Figures go in as numbers: a negative one (a compression of -0.2) is a number, not a formula (text/csv.ts).
  const rows: (string | number)[][] = [
    [
      w(WORDS.dimension),
      w(WORDS.group),
      w(WORDS.metricId),
      w(WORDS.figure),
      w(WORDS.value),
      w(WORDS.count),
      w(WORDS.total),
      w(WORDS.target),
      w(WORDS.metColumn),
      // --compare: the previous period's value and the change, in the same units as the value.
      ...(context.comparison ? [w(COMPARE_WORDS.previous), w(COMPARE_WORDS.change)] : []),
    ],
  ];
  const previous = context.comparison?.previousReport;
  const targetsOf = (metric: string) => report.targets.filter((t) => t.metric === metric);
  const add = (dimension: string, group: string, figures: MetricFigures, withTargets: boolean, before?: MetricFigures) => {
    const changes = previous ? figureChanges(before, figures) : [];
    for (const [index, metric] of METRICS.entries()) {
      const figure = figures[metric.id];
      const targets = withTargets ? targetsOf(metric.id) : [];
      rows.push([
        dimension,
        group,
        metric.id,
        metric.label[lang],
        figure.value === null ? "" : figure.value,
        figure.count,
        figure.total,
        targets.map((t) => formatTarget(metric, t)).join("; "),
        targets.length === 0 ? "" : targets.every((t) => t.met) ? w(WORDS.yes) : w(WORDS.no),
        ...(previous ? [changes[index].previous ?? "", changes[index].change ?? ""] : []),
      ]);
    }
  };
  add(w(WORDS.overall), "", report.overall, true, previous?.overall);
  const dimensions = Object.keys(report.groups) as GroupDimension[];
  for (const { dimension, groups } of shownGroups(report, dimensions, context)) {
    for (const [key, figures] of groups)
      add(DIMENSION_LABELS[dimension][lang], groupLabel(dimension, key, lang), figures, false, previous?.groups[dimension]?.[key]);
  }
  return csvDocument(rows, { quoteAll: true });
};
