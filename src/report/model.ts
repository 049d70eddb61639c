// The auditor's report as data: one lint run and one metrics run, rendered in one language.
// Pure: the renderers (HTML, Markdown, CSV) read only this model.
import { findRule } from "../rules/registry.js";
import { cellLabel } from "../engine/cell-label.js";
import type { LintRun } from "../api.js";
import type { Finding } from "../engine/result.js";
import { findingMessage, severityLabel } from "../i18n/finding-message.js";
import { isLocalizedText, type Lang } from "../i18n/localized.js";
import { renderText } from "../i18n/render.js";
import type { MetricsRun } from "../metrics/compute.js";
import { findMetric, type Metric, METRICS, type MetricId } from "../metrics/definitions.js";
import type { GroupDimension } from "../metrics/facts.js";
import { formatTarget, formatValue, formatValueAgainst } from "../metrics/format/numbers.js";
import { DIMENSION_LABELS, groupLabel } from "../i18n/metrics-words.js";
import { orderedGroups } from "../metrics/ranking.js";
import { charDiff, type DiffPart } from "../text/char-diff.js";
import { REPORT_WORDS } from "../i18n/report-words.js";
import { regionNames } from "./regions.js";
import {
  comparisonHeader,
  findingChanges,
  findingsNote,
  type PreviousPeriodInput,
  previousRanks,
  rankMovement,
  type ReportComparison,
  type ReportFigureChange,
  type ReportRankMovement,
  reportFigureChange,
} from "./compare.js";
import { REPORT_COMPARE_WORDS } from "./compare-words.js";
import { COMPARE_WORDS } from "../metrics/compare-words.js";

export interface ReportTarget {
  op: ">=" | "<=";
  target: number;
  /** `≥ 60%` */
  shownTarget: string;
  met: boolean;
}

interface ReportMetric {
  id: MetricId;
  label: string;
  unit: "percent" | "number";
  value: number | null;
  /** The value as people read it (next to its target, with the decimals that show the side). */
  shown: string;
  count: number;
  total: number;
  targets: ReportTarget[];
  status: "met" | "missed" | "none";
  /** With `--compare`: the figure against last period. */
  change?: ReportFigureChange;
}

interface RankingRow {
  /** Competition ranking: groups with the same figure share a rank, the next one skips (1, 2, 2, 4). */
  rank: number;
  tied: boolean;
  /** The rank as a bulletin writes it: `2`, or `并列2` / `2 (tied)`. */
  rankShown: string;
  key: string;
  label: string;
  items: number;
  value: number | null;
  shown: string;
  /** Against the profile's targets for the ranking figure; undefined when it has none. */
  met?: boolean;
  /** With `--compare`: the rank against last period's (↑2, ↓1, —, 新). */
  movement?: ReportRankMovement;
}

interface Ranking {
  dimension: GroupDimension;
  dimensionLabel: string;
  metric: MetricId;
  metricLabel: string;
  unit: "percent" | "number";
  title: string;
  /** The profile's bounds on the ranking figure (a line on the chart). */
  targets: ReportTarget[];
  rows: RankingRow[];
}

export interface ReportPlace {
  file: string;
  line: number;
  column: number;
  /** On a platform export: the cell (`事项!F12`), shown instead of line and column. */
  cell?: string;
}

export interface ReportFinding extends ReportPlace {
  severity: "error" | "warning";
  severityLabel: string;
  ruleId: string;
  /** The rule's short name in the report's language (申请材料含兜底表述). */
  ruleTitle?: string;
  message: string;
  itemCode?: string;
  channel?: string;
  field?: string;
  /** Where the master record says it (same-source findings). */
  master?: ReportPlace;
  /** Same-source mismatches: both values and the character diff between them. */
  masterValue?: string;
  shownValue?: string;
  diff?: DiffPart[];
}

/** When the figures were taken: what a bulletin states first (统计截至), and where the catalog stood. */
export interface ReportPeriod {
  /** YYYY-MM-DD: the catalog's last commit, `--as-of`, or the day the report was made. */
  asOf: string;
  /** Where asOf came from. */
  source: "git" | "option" | "today";
  /** The catalog's revision (a git checkout's short commit), when known. */
  revision?: string;
  /** When the report was generated (ISO 8601, UTC). */
  generatedAt: string;
}

export interface AuditReport {
  lang: Lang;
  version: string;
  title: string;
  period?: ReportPeriod;
  profile?: { name: string; document: string };
  glance: { items: number; files: number; errors: number; warnings: number; skipped: number; suppressed: number; baselined: number };
  skippedFiles: string[];
  metrics: ReportMetric[];
  targetsMet: number;
  targetsTotal: number;
  rankings: Ranking[];
  findings: ReportFinding[];
  /** With `--compare`: what the 与上期比较 section says (figures' changes and rank movements are on their rows). */
  comparison?: ReportComparison<ReportFinding>;
}

export interface AuditReportOptions {
  /** Dimensions to rank; default: department and region (those the metrics run has). */
  groupBy?: readonly GroupDimension[];
  /** The figure to rank by; default: the first missed target's, else the first target's, else meanCompression. */
  sort?: MetricId;
  /** Only errors among the findings (--quiet). */
  quiet?: boolean;
  period?: ReportPeriod;
  /** The config's `regions:` (code → name), winning over the shipped GB/T 2260 names. */
  regions?: Readonly<Record<string, string>>;
  /** `--compare`: the previous period, and the department of each file of this run (for new/resolved findings). */
  compare?: { previous: PreviousPeriodInput; departments?: ReadonlyMap<string, string> };
}

export const DEFAULT_REPORT_DIMENSIONS: readonly GroupDimension[] = ["department", "region"];

export function buildAuditReport(
  lintRun: LintRun,
  metricsRun: Pick<MetricsRun, "report" | "profile">,
  lang: Lang,
  options: AuditReportOptions = {},
): AuditReport {
  const w = (text: { en: string; "zh-CN": string }, data: Record<string, string | number> = {}) => renderText(text, data, lang);
  const { report, profile } = metricsRun;
  const previous = options.compare?.previous;

  const metrics = METRICS.map((metric): ReportMetric => {
    const figure = report.overall[metric.id];
    const results = report.targets.filter((t) => t.metric === metric.id);
    const shown = results.length > 0 ? formatValueAgainst(metric, results[0]) : formatValue(metric, figure.value);
    return {
      id: metric.id,
      label: metric.label[lang],
      unit: metric.unit,
      value: figure.value,
      shown,
      count: figure.count,
      total: figure.total,
      targets: results.map((t) => ({ op: t.op, target: t.target, shownTarget: formatTarget(metric, t), met: t.met })),
      status: results.length === 0 ? "none" : results.every((t) => t.met) ? "met" : "missed",
      ...(previous ? { change: reportFigureChange(metric.id, metric.unit, previous.metrics.overall[metric.id].value, figure.value, lang) } : {}),
    };
  });

  const sort = options.sort ?? report.targets.find((t) => !t.met)?.metric ?? report.targets[0]?.metric ?? "meanCompression";
  const sortMetric = findMetric(sort) as Metric;
  const sortBounds = profile?.targets[sort];
  const rankingTargets: ReportTarget[] = [];
  if (sortBounds?.min !== undefined)
    rankingTargets.push({ op: ">=", target: sortBounds.min, shownTarget: formatTarget(sortMetric, { op: ">=", target: sortBounds.min }), met: true });
  if (sortBounds?.max !== undefined)
    rankingTargets.push({ op: "<=", target: sortBounds.max, shownTarget: formatTarget(sortMetric, { op: "<=", target: sortBounds.max }), met: true });
  const meets = (value: number | null) =>
    rankingTargets.length === 0
      ? undefined
      : value !== null && rankingTargets.every((t) => (t.op === ">=" ? value >= t.target - 1e-9 : value <= t.target + 1e-9));

  const rankings = (options.groupBy ?? DEFAULT_REPORT_DIMENSIONS)
    .filter((dimension) => report.groups[dimension])
    .map((dimension): Ranking => {
      const dimensionLabel = DIMENSION_LABELS[dimension][lang];
      const names = dimension === "region" ? regionNames(Object.keys(report.groups.region!), options.regions) : undefined;
      const before = previous ? previousRanks(previous.metrics, dimension, sort) : undefined;
      return {
        dimension,
        dimensionLabel,
        metric: sort,
        metricLabel: sortMetric.label[lang],
        unit: sortMetric.unit,
        title: w(REPORT_WORDS.rankedBy, { dimension: dimensionLabel, metric: sortMetric.label[lang] }),
        targets: rankingTargets,
        rows: rankedRows(orderedGroups(dimension, report.groups[dimension]!, sort), sort).map(({ key, figures, rank, tied }) => ({
          rank,
          tied,
          rankShown: tied ? w(REPORT_WORDS.tiedRank, { rank }) : String(rank),
          key,
          label: groupLabel(dimension, key, lang, names),
          // meanRuns averages over every item of the group: its total is the group's size.
          items: figures.meanRuns.total,
          value: figures[sort].value,
          shown: formatValue(sortMetric, figures[sort].value),
          met: meets(figures[sort].value),
          ...(before ? { movement: rankMovement(rank, before.get(key), lang) } : {}),
        })),
      };
    });

  const findings: ReportFinding[] = [];
  for (const result of lintRun.results) {
    for (const finding of result.findings) {
      if (options.quiet && finding.severity !== "error") continue;
      findings.push(reportFinding(result.file, finding, lang));
    }
  }

  return {
    lang,
    version: report.version,
    title: w(REPORT_WORDS.title),
    ...(options.period ? { period: options.period } : {}),
    profile: profile ? { name: profile.name, document: profile.document } : undefined,
    glance: {
      items: report.items,
      files: lintRun.summary.files,
      errors: lintRun.summary.errors,
      warnings: lintRun.summary.warnings,
      skipped: report.skipped.count,
      suppressed: lintRun.summary.suppressed,
      baselined: lintRun.summary.baselined,
    },
    skippedFiles: report.skipped.files,
    metrics,
    targetsMet: report.targets.filter((t) => t.met).length,
    targetsTotal: report.targets.length,
    rankings,
    findings,
    ...(previous ? { comparison: buildComparison(lintRun, previous, metrics, rankings, lang, options) } : {}),
  };
}

function buildComparison(
  lintRun: LintRun,
  previous: PreviousPeriodInput,
  metrics: readonly ReportMetric[],
  rankings: readonly Ranking[],
  lang: Lang,
  options: AuditReportOptions,
): ReportComparison<ReportFinding> {
  const sentences = metrics.map((m) =>
    renderText(REPORT_COMPARE_WORDS.figureSentence, { figure: m.label, value: m.shown, change: m.change?.changeShown ?? "" }, lang),
  );
  const gone = rankings.flatMap((r) => {
    const groups = Object.keys(previous.metrics.groups[r.dimension] ?? {}).filter((g) => !r.rows.some((row) => row.key === g));
    const names = groups.map((g) => groupLabel(r.dimension, g, lang));
    return groups.length === 0 ? [] : [{ dimension: r.dimension, groups, shown: renderText(COMPARE_WORDS.gone, { groups: names.join("、") }, lang) }];
  });
  const findings = previous.findings
    ? findingChanges({ results: lintRun.results, departments: options.compare?.departments ?? new Map() }, previous.findings, {
        lang,
        quiet: options.quiet,
        toFinding: (file, index) => reportFinding(file.file, file.findings[index], lang),
      })
    : undefined;
  return {
    ...comparisonHeader(previous.source, previous.metrics, lang),
    sentences,
    gone,
    ...(findings ? { findings } : { findingsNote: findingsNote(lang) }),
  };
}

/**
 * Competition ranking over groups already in order: a group with the same figure as the one above
 * shares its rank (并列), and the next figure's rank counts every group above it (1, 2, 2, 4). A
 * group without the figure (—) ranks after all that have one, tied with the others without.
 */
function rankedRows<G>(ordered: readonly [string, G][], sort: MetricId): { key: string; figures: G; rank: number; tied: boolean }[] {
  const value = (figures: G) => (figures as Record<MetricId, { value: number | null }>)[sort].value;
  const same = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && Math.abs(a - b) < 1e-9);
  const rows = ordered.map(([key, figures], index) => ({ key, figures, rank: index + 1, tied: false }));
  for (let i = 1; i < rows.length; i++) {
    if (!same(value(rows[i].figures), value(rows[i - 1].figures))) continue;
    rows[i].rank = rows[i - 1].rank;
    rows[i].tied = true;
    rows[i - 1].tied = true;
  }
  return rows;
}

function valueText(value: unknown, lang: Lang): string {
  return isLocalizedText(value) ? value[lang] : value === undefined || value === null ? "" : String(value);
}

export function reportFinding(file: string, finding: Finding, lang: Lang): ReportFinding {
  const out: ReportFinding = {
    file,
    line: finding.line,
    column: finding.column,
    ...(finding.cell ? { cell: cellLabel(finding.cell) } : {}),
    severity: finding.severity,
    severityLabel: severityLabel(finding.severity, lang),
    ruleId: finding.ruleId,
    ...(findRule(finding.ruleId)?.title ? { ruleTitle: findRule(finding.ruleId)!.title![lang] } : {}),
    message: findingMessage(finding, lang),
    itemCode: finding.itemCode,
    channel: finding.channel,
    field: finding.field,
  };
  const master = finding.ruleId.startsWith("same-source-") ? finding.related?.[0] : undefined;
  if (master) out.master = { file: master.file, line: master.line, column: master.column, ...(master.cell ? { cell: cellLabel(master.cell) } : {}) };
  if (finding.ruleId === "same-source-mismatch" && finding.data.master !== undefined && finding.data.shown !== undefined) {
    out.masterValue = valueText(finding.data.master, lang);
    out.shownValue = valueText(finding.data.shown, lang);
    out.diff = charDiff(out.masterValue, out.shownValue);
  }
  return out;
}

/** 统计截至 2026-11-30 · 目录版本 3f2a9c1 · 生成时间 2026-12-01 08:00 UTC: the line under a report's title. */
export function periodText(period: ReportPeriod, lang: Lang): string {
  const parts = [renderText(REPORT_WORDS.asOf, { date: period.asOf }, lang)];
  if (period.revision) parts.push(renderText(REPORT_WORDS.revision, { revision: period.revision }, lang));
  parts.push(renderText(REPORT_WORDS.generatedAt, { time: `${period.generatedAt.slice(0, 16).replace("T", " ")} UTC` }, lang));
  return parts.join(" · ");
}

/** `file:line:column`, or `清单.xlsx 事项!F12` on a platform export. */
export function placeText(place: ReportPlace): string {
  return place.cell !== undefined ? `${place.file} ${place.cell}` : `${place.file}:${place.line}:${place.column}`;
}
