// For PR comments and reports: the same content as the table, as Markdown tables; group cells
// carry count and total too, since a page has the width a terminal lacks.
import { renderText } from "../../i18n/render.js";
import { findMetric, METRICS, type MetricFigure } from "../definitions.js";
import { compressionLeftOut, metricColumns, shownGroups } from "./common.js";
import { formatTarget, formatValue, formatValueAgainst } from "./numbers.js";
import { DIMENSION_LABELS, groupLabel, WORDS } from "../../i18n/metrics-words.js";
import { markdownCode, markdownInert } from "../../text/markdown-text.js";
import type { MetricsFormatter } from "./types.js";
import { movements, overallChange } from "./compare-cells.js";
import { COMPARE_WORDS, previousText } from "../compare-words.js";

export const markdown: MetricsFormatter = (report, context) => {
  const { lang, profile } = context;
  const w = (text: { en: string; "zh-CN": string }, data = {}) => renderText(text, data, lang);
  const lines: string[] = [];
  let title = w(WORDS.title, { items: report.items });
  if (report.skipped.count > 0) title += w(WORDS.titleSkipped, { skipped: report.skipped.count });
  lines.push(`## ${title}`, "");

  const { comparison } = context;
  if (comparison) lines.push(escapeMarkdown(previousText(comparison.previous, lang)), "");
  const compared = comparison ? [w(COMPARE_WORDS.previous), w(COMPARE_WORDS.change)] : [];
  lines.push(
    row([w(WORDS.figure), w(WORDS.value), w(WORDS.count), w(WORDS.total), ...compared]),
    row(["---", "---:", "---:", "---:", ...compared.map((_, i) => (i === 0 ? "---:" : "---"))]),
  );
  for (const metric of METRICS) {
    const figure = report.overall[metric.id];
    const change = overallChange(comparison, metric.id, lang);
    lines.push(
      row([
        metric.label[lang],
        formatValue(metric, figure.value),
        String(figure.count),
        String(figure.total),
        ...(change ? [change.previous, change.change] : []),
      ]),
    );
  }
  lines.push("");
  const leftOut = compressionLeftOut(report);
  if (leftOut > 0) lines.push(w(WORDS.compressionLeftOut, { count: leftOut }), "");
  if (Object.values(report.overall).some((f) => f.value === null)) lines.push(w(WORDS.noValue), "");
  if (report.skipped.count > 0) {
    lines.push(w(WORDS.skippedFiles, { count: report.skipped.count }), "");
    for (const file of report.skipped.files) lines.push(`- ${markdownCode(file)}`);
    lines.push("");
  }

  if (profile) {
    lines.push(`### ${escapeMarkdown(w(WORDS.profile, { name: profile.name, document: profile.document }))}`, "");
    if (profile.channels?.length) lines.push(escapeMarkdown(w(WORDS.profileChannels, { channels: profile.channels.join(", ") })), "");
    lines.push(row([w(WORDS.figure), w(WORDS.target), w(WORDS.value), w(WORDS.result)]), row(["---", "---", "---:", "---"]));
    for (const target of report.targets) {
      const metric = findMetric(target.metric)!;
      const result = target.met ? w(WORDS.met) : target.value === null ? w(WORDS.noData) : w(WORDS.missed);
      lines.push(row([metric.label[lang], formatTarget(metric, target), formatValueAgainst(metric, target), result]));
    }
    const missed = report.targets.filter((t) => !t.met).length;
    const total = report.targets.length;
    lines.push("", missed === 0 ? w(WORDS.allMet, { total }) : `**${w(WORDS.someMissed, { missed, total })}**`, "");
  }

  const sortMetric = context.sort ? findMetric(context.sort) : undefined;
  for (const { dimension, groups } of shownGroups(report, context.groupBy, context)) {
    const dimensionLabel = DIMENSION_LABELS[dimension][lang];
    const heading = sortMetric ? w(WORDS.rankedBy, { dimension: dimensionLabel, metric: sortMetric.short[lang] }) : w(WORDS.by, { dimension: dimensionLabel });
    lines.push(`### ${heading}`, "");
    const columns = metricColumns(context.sort);
    const moved = movements(comparison, dimension, lang);
    lines.push(
      row([
        ...(sortMetric ? [w(WORDS.rank)] : []),
        ...(moved ? [w(COMPARE_WORDS.movement)] : []),
        dimensionLabel,
        w(WORDS.items),
        ...columns.map((m) => m.short[lang]),
      ]),
      row([...(sortMetric ? ["---:"] : []), ...(moved ? ["---:"] : []), "---", "---:", ...columns.map(() => "---:")]),
    );
    groups.forEach(([key, figures], index) => {
      const cell = (metric: (typeof columns)[number], figure: MetricFigure) => `${formatValue(metric, figure.value)} (${figure.count}/${figure.total})`;
      lines.push(
        row([
          ...(sortMetric ? [String(moved?.get(key)?.rank ?? index + 1)] : []),
          ...(moved ? [moved.get(key)?.shown ?? ""] : []),
          escapeMarkdown(groupLabel(dimension, key, lang, context.regionNames)),
          String(figures.meanRuns.total),
          ...columns.map((m) => cell(m, figures[m.id])),
        ]),
      );
    });
    lines.push("");
    const gone = comparison?.rankings.find((r) => r.dimension === dimension)?.gone ?? [];
    if (gone.length > 0) lines.push(escapeMarkdown(w(COMPARE_WORDS.gone, { groups: gone.map((g) => groupLabel(dimension, g, lang)).join(", ") })), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
};

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/**
 * Table cells and headings may hold a `|`, other Markdown or HTML (`</td>`, `<img …>`) in a
 * department's name: HTML inert, Markdown escaped, on one line so a row stays one row.
 */
function escapeMarkdown(text: string): string {
  return markdownInert(text.replace(/\r?\n|\r/g, " ")).replace(/([\\|*_`[\]#])/g, "\\$1");
}
