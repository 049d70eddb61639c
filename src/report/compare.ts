// The report's comparison with the previous period, as data every renderer reads the same way
// (numbers, and the strings shown in the report's language): each figure's change, each ranking
// row's movement, and — when the previous period is a git ref, so its findings are known — the
// new and resolved findings of each department, matched by the baseline's key (a finding that
// only moved lines is neither new nor resolved).
import { findingKey } from "../engine/baseline.js";
import type { FileResult } from "../engine/result.js";
import type { Lang } from "../i18n/localized.js";
import { MESSAGES } from "../i18n/messages.js";
import { renderText } from "../i18n/render.js";
import type { MetricsReport } from "../metrics/aggregate.js";
import { competitionRanks, type FigureChange, figureChange, type PreviousSource } from "../metrics/compare.js";
import { changeText, COMPARE_WORDS, movementText, previousText } from "../metrics/compare-words.js";
import type { MetricId } from "../metrics/definitions.js";
import { formatValue } from "../metrics/format/numbers.js";
import { defaultOrder } from "../metrics/ranking.js";
import { REPORT_COMPARE_WORDS } from "./compare-words.js";

/** A figure against last period: the numbers of metrics/compare.ts and how they read. */
export interface ReportFigureChange extends FigureChange {
  /** Last period's value as shown (`60.1%`, `—`). */
  previousShown: string;
  /** `比上期提升 2.3 个百分点` / `+2.3 pp`, `与上期持平`, `无可比数据`. */
  changeShown: string;
}

/** A ranking row's place against last period. */
export interface ReportRankMovement {
  /** Absent: not ranked last period (新). */
  previousRank?: number;
  /** Places gained (2) or lost (-1); absent when new. */
  movement?: number;
  /** `↑2`, `↓1`, `—`, `新` / `new`. */
  shown: string;
}

interface DepartmentFindingChanges<F> {
  /** The department as records name it; "" when a file states none (or cannot be read). */
  department: string;
  label: string;
  previous: number;
  current: number;
  /** Findings now that last period did not have (by the baseline's key, counted). */
  added: F[];
  /** Findings last period had that are gone now, at their place then. */
  resolved: F[];
}

/** `F`: how a finding is shown (the model's ReportFinding; generic so this module needs no model). */
export interface ReportFindingChanges<F> {
  added: number;
  resolved: number;
  /** `与上期相比新增问题 3 个，已整改 5 个。` */
  summary: string;
  /** Every department with findings in either period, in code-point order of its name. */
  departments: DepartmentFindingChanges<F>[];
}

/**
 * The comparison section (与上期比较). The figures' changes and the rankings' movements are on
 * the figures and ranking rows themselves (ReportMetric.change, RankingRow.movement); this holds
 * what the section says on its own.
 */
export interface ReportComparison<F> {
  previous: PreviousSource & { items: number };
  heading: string;
  /** What the figures are compared with (`上期：目录 HEAD~1（版本 3f2a9c1，统计截至 …），40 个事项`). */
  previousShown: string;
  /** One sentence per figure that changed or not: `承诺时限比法定时限平均压缩率62.3%，比上期提升 2.3 个百分点`. */
  sentences: string[];
  /** Per ranking (by dimension): groups ranked last period that have no items now, named. */
  gone: Array<{ dimension: string; groups: string[]; shown: string }>;
  /** From a git ref only. */
  findings?: ReportFindingChanges<F>;
  /** Why the findings are not compared (saved figures hold none). */
  findingsNote?: string;
}

/** The previous period as `report --compare` hands it over: its figures, and from a git ref its findings. */
export interface PreviousPeriodInput {
  source: PreviousSource;
  metrics: MetricsReport;
  /** The previous run's files (with findings), and each file's department; absent for saved figures. */
  findings?: { results: readonly FileResult[]; departments: ReadonlyMap<string, string> };
}

export function reportFigureChange(id: MetricId, unit: "percent" | "number", previous: number | null, current: number | null, lang: Lang): ReportFigureChange {
  const change = figureChange(id, previous, current);
  return { ...change, previousShown: formatValue({ unit }, previous), changeShown: changeText(change, lang) };
}

export function previousRanks(previous: MetricsReport, dimension: Parameters<typeof competitionRanks>[0], sort: MetricId): Map<string, number> | undefined {
  const groups = previous.groups[dimension];
  return groups ? competitionRanks(dimension, groups, sort) : undefined;
}

export function rankMovement(rank: number, previousRank: number | undefined, lang: Lang): ReportRankMovement {
  if (previousRank === undefined) return { shown: movementText({}, lang) };
  const movement = previousRank - rank;
  return { previousRank, movement, shown: movementText({ movement }, lang) };
}

export function comparisonHeader(
  source: PreviousSource,
  previous: MetricsReport,
  lang: Lang,
): Pick<ReportComparison<unknown>, "previous" | "heading" | "previousShown"> {
  const withItems = { ...source, items: previous.items };
  return { previous: withItems, heading: renderText(COMPARE_WORDS.heading, {}, lang), previousShown: previousText(withItems, lang) };
}

export function findingsNote(lang: Lang): string {
  return renderText(MESSAGES.compareFindingsNeedRef, {}, lang);
}

interface Keyed {
  file: FileResult;
  index: number;
  key: string;
}

/**
 * The findings of one run that the other has no match for, counting equal keys: a second copy of
 * a finding is new even when the first was there last period (as applyBaseline counts).
 */
function unmatched(these: readonly Keyed[], others: readonly Keyed[]): Keyed[] {
  const remaining = new Map<string, number>();
  for (const other of others) remaining.set(other.key, (remaining.get(other.key) ?? 0) + 1);
  return these.filter((k) => {
    const left = remaining.get(k.key) ?? 0;
    if (left > 0) remaining.set(k.key, left - 1);
    return left === 0;
  });
}

export function findingChanges<F>(
  current: { results: readonly FileResult[]; departments: ReadonlyMap<string, string> },
  previous: { results: readonly FileResult[]; departments: ReadonlyMap<string, string> },
  options: { lang: Lang; quiet?: boolean; toFinding: (file: FileResult, index: number) => F },
): ReportFindingChanges<F> {
  const keyed = (results: readonly FileResult[]) =>
    results.flatMap((file) =>
      file.findings.flatMap((finding, index) => (options.quiet && finding.severity !== "error" ? [] : [{ file, index, key: findingKey(file, finding) }])),
    );
  const now = keyed(current.results);
  const before = keyed(previous.results);
  const added = unmatched(now, before);
  const resolved = unmatched(before, now);

  const byDepartment = new Map<string, DepartmentFindingChanges<F>>();
  const row = (department: string) => {
    let entry = byDepartment.get(department);
    if (!entry) {
      const label = department === "" ? renderText(REPORT_COMPARE_WORDS.noDepartment, {}, options.lang) : department;
      entry = { department, label, previous: 0, current: 0, added: [], resolved: [] };
      byDepartment.set(department, entry);
    }
    return entry;
  };
  const departmentOf = (departments: ReadonlyMap<string, string>, k: Keyed) => departments.get(k.file.file) ?? "";
  for (const k of now) row(departmentOf(current.departments, k)).current++;
  for (const k of before) row(departmentOf(previous.departments, k)).previous++;
  for (const k of added) row(departmentOf(current.departments, k)).added.push(options.toFinding(k.file, k.index));
  for (const k of resolved) row(departmentOf(previous.departments, k)).resolved.push(options.toFinding(k.file, k.index));

  const departments = defaultOrder("department", [...byDepartment.keys()]).map((d) => byDepartment.get(d)!);
  return {
    added: added.length,
    resolved: resolved.length,
    summary: renderText(REPORT_COMPARE_WORDS.findingsSummary, { new: added.length, resolved: resolved.length }, options.lang),
    departments,
  };
}
