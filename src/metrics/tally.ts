// Running sums for one population (the whole catalog, or one group). Adding an item is a few
// additions, so a 100,000-item catalog needs no per-item storage at all.
import type { ItemMetricFacts } from "./facts.js";

/** Mean compression over a sub-population (all items, or those serving one kind of subject). */
export interface CompressionSum {
  /** Items in the population (with or without a legal limit). */
  items: number;
  /** Items with a legal limit > 0, whose compression is summed. */
  compressed: number;
  sum: number;
}

export interface Tally {
  items: number;
  compression: CompressionSum;
  naturalPerson: CompressionSum;
  legalPerson: CompressionSum;
  /** Items with a volume and a legal limit > 0, and their volume-weighted limits. */
  weighted: number;
  weightedPromised: number;
  weightedLegal: number;
  runsSum: number;
  atMostOneRun: number;
  zeroRuns: number;
  depthAtLeast3: number;
  depth4: number;
  immediate: number;
  zeroMaterial: number;
  eLicenseMaterials: number;
  eLicenseNotOnPaper: number;
}

const compressionSum = (): CompressionSum => ({ items: 0, compressed: 0, sum: 0 });

export function emptyTally(): Tally {
  return {
    items: 0,
    compression: compressionSum(),
    naturalPerson: compressionSum(),
    legalPerson: compressionSum(),
    weighted: 0,
    weightedPromised: 0,
    weightedLegal: 0,
    runsSum: 0,
    atMostOneRun: 0,
    zeroRuns: 0,
    depthAtLeast3: 0,
    depth4: 0,
    immediate: 0,
    zeroMaterial: 0,
    eLicenseMaterials: 0,
    eLicenseNotOnPaper: 0,
  };
}

function addCompression(sum: CompressionSum, compression: number | undefined): void {
  sum.items++;
  if (compression === undefined) return;
  sum.compressed++;
  sum.sum += compression;
}

export function addToTally(tally: Tally, facts: ItemMetricFacts): void {
  tally.items++;
  const compression = facts.legalDays === undefined ? undefined : 1 - facts.promisedDays / facts.legalDays;
  addCompression(tally.compression, compression);
  // An item for both kinds of subject counts in both (metrics.md).
  if (facts.subjects.includes("natural-person")) addCompression(tally.naturalPerson, compression);
  if (facts.subjects.includes("legal-person")) addCompression(tally.legalPerson, compression);
  if (facts.legalDays !== undefined && facts.volume !== undefined) {
    tally.weighted++;
    tally.weightedPromised += facts.promisedDays * facts.volume;
    tally.weightedLegal += facts.legalDays * facts.volume;
  }
  tally.runsSum += facts.runs;
  if (facts.runs <= 1) tally.atMostOneRun++;
  if (facts.runs === 0) tally.zeroRuns++;
  if (facts.onlineDepth >= 3) tally.depthAtLeast3++;
  if (facts.onlineDepth === 4) tally.depth4++;
  if (facts.immediate) tally.immediate++;
  if (facts.materialCount === 0) tally.zeroMaterial++;
  tally.eLicenseMaterials += facts.eLicenseMaterials;
  tally.eLicenseNotOnPaper += facts.eLicenseNotOnPaper;
}
