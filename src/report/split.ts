// `report --split-by department|region`: one rectification list (整改清单) per unit, built from the
// one lint run — each unit's findings, its own figures against the profile's targets, and its rank
// in the ranking of all units (并列 as the whole report ranks them). Pure: the CLI writes the files.
import type { LintRun } from "../api.js";
import { summarize } from "../engine/result.js";
import type { Lang } from "../i18n/localized.js";
import { renderText } from "../i18n/render.js";
import { createMetricsAggregator } from "../metrics/aggregate.js";
import { evaluateTargets } from "../metrics/targets.js";
import type { Profile } from "../config/profiles/builtin.js";
import type { MetricsReport } from "../metrics/aggregate.js";
import { type AuditReport, type AuditReportOptions, buildAuditReport } from "./model.js";
import { regionNames } from "./regions.js";
import { type RecordUnits, resultsByUnit, type SplitDimension, UNASSIGNED } from "./split-units.js";
import { SPLIT_WORDS } from "./split-words.js";

interface UnitList {
  /** The department's name or the region's code; UNASSIGNED for findings no item claims. */
  key: string;
  /** How the unit reads (船山区, 未归属). */
  label: string;
  /** Competition rank in the ranking of all units (并列2 / 2 (tied)); undefined for 未归属. */
  rankShown?: string;
  rank?: number;
  items: number;
  errors: number;
  warnings: number;
  report: AuditReport;
}

export interface SplitReports {
  dimension: SplitDimension;
  dimensionLabel: string;
  /** Units in ranking order, then any unit without figures, then 未归属. */
  units: UnitList[];
  /** How many units the ranking ranks. */
  ranked: number;
}

/** The figures of no item: every share and mean is — (nothing to divide by). */
function emptyFigures(version: string): MetricsReport["overall"] {
  return createMetricsAggregator([], version).report().overall;
}

export function buildSplitReports(run: LintRun, units: RecordUnits, dimension: SplitDimension, lang: Lang, options: AuditReportOptions = {}): SplitReports {
  const w = (text: { en: string; "zh-CN": string }, data: Record<string, string | number> = {}) => renderText(text, data, lang);
  const metrics = run.metrics!;
  const profile: Profile | undefined = run.profile;
  // The whole catalog's ranking: every unit's rank, and the figure all the lists rank by.
  const overall = buildAuditReport(run, { report: metrics, profile }, lang, { ...options, groupBy: [dimension] });
  const ranking = overall.rankings.find((r) => r.dimension === dimension);
  const byUnit = resultsByUnit(run.results, units, dimension);
  const filesOf = units.filesOf(dimension);
  const groups = metrics.groups[dimension] ?? {};

  const keys = [...(ranking?.rows.map((r) => r.key) ?? [])];
  for (const key of [...byUnit.keys()].sort()) if (!keys.includes(key) && key !== UNASSIGNED) keys.push(key);
  if (byUnit.has(UNASSIGNED)) keys.push(UNASSIGNED);
  const names =
    dimension === "region"
      ? regionNames(
          keys.filter((k) => k !== UNASSIGNED),
          options.regions,
        )
      : undefined;

  const lists = keys.map((key): UnitList => {
    const label = key === UNASSIGNED ? w(SPLIT_WORDS.unassigned) : (names?.get(key) ?? key);
    const results = byUnit.get(key) ?? [];
    const summary = { ...summarize(results), files: filesOf.get(key) ?? results.length };
    const figures = key === UNASSIGNED ? undefined : groups[key];
    const unitMetrics: MetricsReport = {
      ...metrics,
      items: figures?.meanRuns.total ?? 0,
      skipped: { count: 0, files: [] },
      overall: figures ?? emptyFigures(metrics.version),
      // 未归属 is no unit: it has no figures to hold against a target.
      targets: figures ? evaluateTargets(profile, figures) : [],
    };
    const report = buildAuditReport({ ...run, results, summary }, { report: unitMetrics, profile }, lang, {
      ...options,
      groupBy: [dimension],
      // The figure the whole catalog ranks by, not the unit's own first missed target.
      sort: ranking?.metric ?? options.sort,
    });
    const row = ranking?.rows.find((r) => r.key === key);
    let title = w(SPLIT_WORDS.title, { unit: label });
    if (row && ranking) title += w(SPLIT_WORDS.rank, { rank: row.rankShown, total: ranking.rows.length, metric: ranking.metricLabel });
    return {
      key,
      label,
      ...(row ? { rank: row.rank, rankShown: row.rankShown } : {}),
      items: unitMetrics.items,
      errors: summary.errors,
      warnings: summary.warnings,
      report: { ...report, title },
    };
  });
  return { dimension, dimensionLabel: ranking?.dimensionLabel ?? dimension, units: lists, ranked: ranking?.rows.length ?? 0 };
}

/** Characters Windows refuses in a file name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A unit's name as a file name every system accepts: no \ / : * ? " < > |, no control characters,
 * no trailing dot or space, no device name (CON, NUL…), at most 80 characters; Chinese kept.
 */
export function safeFileName(name: string): string {
  let safe = name.normalize("NFC").replace(/\s+/g, " ").replace(UNSAFE, "_").trim();
  safe = Array.from(safe)
    .slice(0, 80)
    .join("")
    .replace(/[. ]+$/, "");
  if (safe === "") safe = "_";
  return RESERVED.test(safe) ? `_${safe}` : safe;
}

const EXTENSIONS: Record<string, string> = { html: ".html", markdown: ".md", csv: ".csv", docx: ".docx", pdf: ".pdf" };

export function formatExtension(format: string): string {
  return EXTENSIONS[format] ?? `.${format}`;
}

/**
 * The file of each list (`整改清单-船山区.html`, `rectification-船山区.html`): names that differ only
 * in case or in characters made safe get -2, -3 (Windows and macOS fold case).
 */
export function listFileNames(split: SplitReports, format: string, lang: Lang): Map<string, string> {
  const taken = new Set<string>([`${renderText(SPLIT_WORDS.indexName, {}, lang)}${formatExtension(format)}`.toLowerCase()]);
  const names = new Map<string, string>();
  for (const unit of split.units) {
    const stem = safeFileName(renderText(SPLIT_WORDS.fileName, { unit: unit.label }, lang));
    let name = `${stem}${formatExtension(format)}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${formatExtension(format)}`;
    taken.add(name.toLowerCase());
    names.set(unit.key, name);
  }
  return names;
}
