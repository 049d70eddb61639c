// The few numbers of one item that the metrics need. A run over 100,000 items keeps these (or
// only their sums), never the parsed records.
import { detach } from "../text/detach.js";
import { DEFAULT_UNIT_FACTORS, type Duration, toWorkingDays, type UnitFactors } from "../time/duration.js";

/** The dimensions figures are grouped by (metrics.md: department, region, level, type and subject). */
export type GroupDimension = "department" | "region" | "level" | "type" | "subject";

export interface ItemMetricFacts {
  department: string;
  region: string;
  level: string;
  type: string;
  subjects: readonly string[];
  /** Legal limit in working days; undefined when there is none (`legal: null`) or it is 0. */
  legalDays?: number;
  /** Promised limit in working days. */
  promisedDays: number;
  /** Cases handled (办件量), when the item states it. */
  volume?: number;
  runs: number;
  onlineDepth: number;
  immediate: boolean;
  materialCount: number;
  /** Materials marked `eLicense: true`, and of those, how many are not demanded on paper only. */
  eLicenseMaterials: number;
  eLicenseNotOnPaper: number;
}

/**
 * The facts of a record that passes the schema (the caller makes sure it does: metrics leave out
 * every record that does not, so the shapes below are the schema's).
 */
export function extractMetricFacts(record: Record<string, unknown>, factors: UnitFactors = DEFAULT_UNIT_FACTORS): ItemMetricFacts {
  const timeLimit = record.timeLimit as { legal: Duration | null; promised: Duration };
  const materials = record.materials as Array<{ media: string; eLicense: boolean }>;
  const legalDays = timeLimit.legal ? toWorkingDays(timeLimit.legal, factors) : 0;
  let eLicenseMaterials = 0;
  let eLicenseNotOnPaper = 0;
  for (const material of materials) {
    if (material.eLicense !== true) continue;
    eLicenseMaterials++;
    // `paper-or-electronic` lets the applicant skip the paper copy, so only `paper` demands it.
    if (material.media !== "paper") eLicenseNotOnPaper++;
  }
  const facts: ItemMetricFacts = {
    // Copies: the figures outlive the file's text, which a slice would keep whole.
    department: detach(record.department as string),
    region: detach(record.region as string),
    level: detach(record.level as string),
    type: detach(record.type as string),
    subjects: (record.subjects as string[]).map(detach),
    promisedDays: toWorkingDays(timeLimit.promised, factors),
    runs: record.runs as number,
    onlineDepth: record.onlineDepth as number,
    immediate: record.processing === "immediate",
    materialCount: materials.length,
    eLicenseMaterials,
    eLicenseNotOnPaper,
  };
  // A limit of 0 (即办 by law) leaves nothing to compress: metrics.md leaves it out, like null.
  if (legalDays > 0) facts.legalDays = legalDays;
  if (typeof record.volume === "number") facts.volume = record.volume;
  return facts;
}

/** The group(s) an item belongs to along a dimension: one, except by subject (each subject it serves). */
export function groupKeys(facts: ItemMetricFacts, dimension: GroupDimension): readonly string[] {
  return dimension === "subject" ? facts.subjects : [facts[dimension]];
}
