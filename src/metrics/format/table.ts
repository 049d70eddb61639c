// For people at a terminal: every figure with its count and total, the profile's targets, and
// one table per --group-by dimension (ranked with --sort).
import type { TextStyle } from "../../formatters/types.js";
import { renderText } from "../../i18n/render.js";
import { findMetric, METRICS } from "../definitions.js";
import { groupLabel, DIMENSION_LABELS, WORDS } from "../../i18n/metrics-words.js";
import { compressionLeftOut, metricColumns, missedMetrics, shownGroups } from "./common.js";
import { formatTarget, formatValue, formatValueAgainst } from "./numbers.js";
import { terminalSafe } from "../../text/visible-controls.js";
import { type Cell, renderTable } from "./text-table.js";
import { changeTone, movements, overallChange } from "./compare-cells.js";
import { COMPARE_WORDS, previousText } from "../compare-words.js";
import type { MetricsFormatter } from "./types.js";

export const table: MetricsFormatter = (report, context) => {
  const { lang, style, profile } = context;
  const w = (text: { en: string; "zh-CN": string }, data = {}) => renderText(text, data, lang);
  const lines: string[] = [];

  let title = w(WORDS.title, { items: report.items });
  if (report.skipped.count > 0) title += w(WORDS.titleSkipped, { skipped: report.skipped.count });
  lines.push(style.bold(title), "");

  const { comparison } = context;
  if (comparison) lines.push(terminalSafe(previousText(comparison.previous, lang)), "");
  const overallRows: Cell[][] = [
    headings(style, [
      { text: w(WORDS.figure) },
      { text: w(WORDS.value), align: "right" },
      { text: w(WORDS.countTotal), align: "right" },
      ...(comparison ? [{ text: w(COMPARE_WORDS.previous), align: "right" as const }, { text: w(COMPARE_WORDS.change) }] : []),
    ]),
  ];
  for (const metric of METRICS) {
    const figure = report.overall[metric.id];
    const change = overallChange(comparison, metric.id, lang);
    const tone = changeTone(comparison?.overall.find((c) => c.id === metric.id));
    overallRows.push([
      { text: metric.label[lang] },
      { text: formatValue(metric, figure.value), align: "right" },
      { text: `${figure.count} / ${figure.total}`, align: "right", paint: style.dim },
      ...(change
        ? [
            { text: change.previous, align: "right" as const, paint: style.dim },
            { text: change.change, paint: tone === "worse" ? style.error : tone === "better" ? style.bold : undefined },
          ]
        : []),
    ]);
  }
  lines.push(...renderTable(overallRows), "");
  const leftOut = compressionLeftOut(report);
  if (leftOut > 0) lines.push(w(WORDS.compressionLeftOut, { count: leftOut }));
  if (Object.values(report.overall).some((f) => f.value === null)) lines.push(w(WORDS.noValue));
  if (report.skipped.count > 0) {
    lines.push(style.warning(w(WORDS.skippedFiles, { count: report.skipped.count })));
    for (const file of report.skipped.files) lines.push(`  ${terminalSafe(file)}`);
  }

  if (profile) {
    // The profile's name, document and channels may come from a user's profile file.
    lines.push("", style.bold(terminalSafe(w(WORDS.profile, { name: profile.name, document: profile.document }))));
    if (profile.channels?.length) lines.push(terminalSafe(w(WORDS.profileChannels, { channels: profile.channels.join(", ") })));
    const rows: Cell[][] = [
      headings(style, [{ text: w(WORDS.figure) }, { text: w(WORDS.target) }, { text: w(WORDS.value), align: "right" }, { text: w(WORDS.result) }]),
    ];
    for (const target of report.targets) {
      const metric = findMetric(target.metric)!;
      const result = target.met ? w(WORDS.met) : target.value === null ? w(WORDS.noData) : w(WORDS.missed);
      rows.push([
        { text: metric.label[lang] },
        { text: formatTarget(metric, target) },
        { text: formatValueAgainst(metric, target), align: "right" },
        { text: result, paint: target.met ? undefined : style.error },
      ]);
    }
    lines.push(...renderTable(rows), "");
    const missed = report.targets.filter((t) => !t.met).length;
    const total = report.targets.length;
    lines.push(missed === 0 ? style.bold(w(WORDS.allMet, { total })) : style.error(style.bold(w(WORDS.someMissed, { missed, total }))));
  }

  const sortMetric = context.sort ? findMetric(context.sort) : undefined;
  for (const { dimension, groups } of shownGroups(report, context.groupBy, context)) {
    const dimensionLabel = DIMENSION_LABELS[dimension][lang];
    const groupTitle = sortMetric
      ? w(WORDS.rankedBy, { dimension: dimensionLabel, metric: sortMetric.short[lang] })
      : w(WORDS.by, { dimension: dimensionLabel });
    lines.push("", style.bold(groupTitle));
    const columns = metricColumns(context.sort);
    const moved = movements(comparison, dimension, lang);
    const head: Cell[] = [
      ...(sortMetric ? [{ text: w(WORDS.rank), align: "right" as const }] : []),
      ...(moved ? [{ text: w(COMPARE_WORDS.movement), align: "right" as const }] : []),
      { text: dimensionLabel },
      { text: w(WORDS.items), align: "right" },
      ...columns.flatMap((m, i): Cell[] => [
        { text: m.short[lang], align: "right" },
        ...(sortMetric && i === 0 ? [{ text: w(WORDS.countTotal), align: "right" as const }] : []),
      ]),
    ];
    const rows: Cell[][] = [headings(style, head)];
    groups.forEach(([key, figures], index) => {
      const missed = missedMetrics(profile, figures);
      rows.push([
        ...(sortMetric ? [{ text: String(moved?.get(key)?.rank ?? index + 1), align: "right" as const }] : []),
        ...(moved ? [{ text: moved.get(key)?.shown ?? "", align: "right" as const }] : []),
        { text: groupLabel(dimension, key, lang, context.regionNames) },
        // Every item of a group counts in mean runs' total: it is the group's size.
        { text: String(figures.meanRuns.total), align: "right" },
        ...columns.flatMap((m, i): Cell[] => [
          { text: formatValue(m, figures[m.id].value), align: "right", paint: missed.has(m.id) ? style.error : undefined },
          ...(sortMetric && i === 0 ? [{ text: `${figures[m.id].count} / ${figures[m.id].total}`, align: "right" as const, paint: style.dim }] : []),
        ]),
      ]);
    });
    lines.push(...renderTable(rows));
    const gone = comparison?.rankings.find((r) => r.dimension === dimension)?.gone ?? [];
    if (gone.length > 0) lines.push(terminalSafe(w(COMPARE_WORDS.gone, { groups: gone.map((g) => groupLabel(dimension, g, lang)).join(", ") })));
  }
  return `${lines.join("\n")}\n`;
};

function headings(style: TextStyle, cells: Cell[]): Cell[] {
  return cells.map((cell) => ({ ...cell, paint: style.bold }));
}
