// This period against the previous one (周通报: 比上期提升 x 个百分点, 排名上升 2 位): every overall
// figure's change and every ranked group's movement, as numbers. Pure over two metrics reports;
// the words are in compare-words.ts, the reading of the previous period in cli/compare-previous.ts.
import type { MetricsReport } from "./aggregate.js";
import { findMetric, METRICS, type MetricFigures, type MetricId } from "./definitions.js";
import type { GroupDimension } from "./facts.js";
import { orderedGroups } from "./ranking.js";

/** Where the previous figures came from. */
export type PreviousSource = { source: "git"; ref: string; revision: string; asOf?: string } | { source: "file"; file: string; version: string };

export interface FigureChange {
  id: MetricId;
  previous: number | null;
  current: number | null;
  /** current − previous, in the figure's own unit (a share's 0.023 is 2.3 percentage points); null when either is missing. */
  change: number | null;
  direction: "up" | "down" | "same" | "unknown";
  /** Whether the change is for the better (mean runs: down is better); undefined when unchanged or unknown. */
  improved?: boolean;
}

export interface RankMove {
  group: string;
  rank: number;
  /** Absent: the group was not in the previous period's ranking. */
  previousRank?: number;
  /** previousRank − rank: 2 is up two places; absent for a new group. */
  movement?: number;
}

export interface RankingMoves {
  dimension: GroupDimension;
  metric: MetricId;
  rows: RankMove[];
  /** Groups ranked last period that have no items now. */
  gone: string[];
}

export interface MetricsComparison {
  previous: PreviousSource & { items: number };
  overall: FigureChange[];
  /** One per dimension ranked (empty without a ranking figure) whose groups the previous period has too. */
  rankings: RankingMoves[];
  /** The previous report itself, for per-group figures (CSV); not written to JSON. */
  previousReport: MetricsReport;
}

// Below this, two figures are the same number computed along different paths.
const EPSILON = 1e-12;

export function figureChange(id: MetricId, previous: number | null, current: number | null): FigureChange {
  if (previous === null || current === null) return { id, previous, current, change: null, direction: "unknown" };
  const change = current - previous;
  if (Math.abs(change) < EPSILON) return { id, previous, current, change: 0, direction: "same" };
  const direction = change > 0 ? "up" : "down";
  const better = findMetric(id)?.better ?? "higher";
  return { id, previous, current, change, direction, improved: (direction === "up") === (better === "higher") };
}

/** Every figure of a group (or overall) against the same figure last period. */
export function figureChanges(previous: MetricFigures | undefined, current: MetricFigures): FigureChange[] {
  return METRICS.map((m) => figureChange(m.id, previous?.[m.id].value ?? null, current[m.id].value));
}

/**
 * Competition ranks (1, 2, 2, 4) of one dimension's groups by one figure, best first: the order of
 * ranking.ts, ties sharing a rank, as the report's rankings number them. Groups without the figure
 * share the rank after the last that has one.
 */
export function competitionRanks(dimension: GroupDimension, groups: Record<string, MetricFigures>, sort: MetricId): Map<string, number> {
  const ordered = orderedGroups(dimension, groups, sort);
  const ranks = new Map<string, number>();
  const same = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && Math.abs(a - b) < 1e-9);
  ordered.forEach(([key, figures], index) => {
    const above = ordered[index - 1];
    ranks.set(key, above && same(above[1][sort].value, figures[sort].value) ? ranks.get(above[0])! : index + 1);
  });
  return ranks;
}

export function rankMoves(dimension: GroupDimension, previous: MetricsReport, current: MetricsReport, sort: MetricId): RankingMoves | undefined {
  const before = previous.groups[dimension];
  const now = current.groups[dimension];
  if (!before || !now) return undefined;
  const previousRanks = competitionRanks(dimension, before, sort);
  const rows = [...competitionRanks(dimension, now, sort)].map(([group, rank]): RankMove => {
    const previousRank = previousRanks.get(group);
    return previousRank === undefined ? { group, rank } : { group, rank, previousRank, movement: previousRank - rank };
  });
  const gone = [...previousRanks.keys()].filter((g) => !Object.hasOwn(now, g));
  return { dimension, metric: sort, rows, gone };
}

/** The comparison `metrics --compare` shows: overall changes, and movements in each ranked dimension. */
export function compareMetrics(
  previous: MetricsReport,
  source: PreviousSource,
  current: MetricsReport,
  ranking: { dimensions: readonly GroupDimension[]; sort?: MetricId },
): MetricsComparison {
  const sort = ranking.sort;
  return {
    previous: { ...source, items: previous.items },
    overall: figureChanges(previous.overall, current.overall),
    rankings: sort ? ranking.dimensions.flatMap((d) => rankMoves(d, previous, current, sort) ?? []) : [],
    previousReport: previous,
  };
}
