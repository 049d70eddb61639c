// The figures of metrics.md, one entry each: id (also the key of a profile's targets), labels,
// and how value, count and total come out of a tally. The order is metrics.md's JSON order.
import type { LocalizedText } from "../i18n/localized.js";
import type { CompressionSum, Tally } from "./tally.js";

/** One figure: for a share, count = numerator and total = denominator; for a mean, count = items averaged. */
export interface MetricFigure {
  /** null when there is nothing to divide by (no items, no legal limits, no e-licence materials). */
  value: number | null;
  count: number;
  total: number;
}

export interface MetricDefinition {
  id: string;
  label: LocalizedText;
  /** Column heading in group tables. */
  short: LocalizedText;
  /** What `count` and `total` count, for the docs and the Markdown report. */
  count: LocalizedText;
  total: LocalizedText;
  /** Shares and compression print as percentages; mean runs as a number. */
  unit: "percent" | "number";
  /** Rankings put the best first: highest, except for mean runs where fewer is better. */
  better: "higher" | "lower";
  figure(tally: Tally): MetricFigure;
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);
const share = (count: number, total: number): MetricFigure => ({ value: ratio(count, total), count, total });
// total is the population the mean is over; count the items in it that have a legal limit > 0.
const meanCompression = (sum: CompressionSum): MetricFigure => ({ value: ratio(sum.sum, sum.compressed), count: sum.compressed, total: sum.items });

const ITEMS: LocalizedText = { en: "items", "zh-CN": "事项数" };
const WITH_LEGAL_LIMIT: LocalizedText = { en: "items with a legal limit > 0 (averaged)", "zh-CN": "有法定时限（大于0）的事项数（参与平均）" };

export const METRICS = [
  {
    // Σ(1 − promised/legal) / count, over items whose legal limit (working days) is > 0.
    id: "meanCompression",
    label: { en: "Mean compression of the promised vs the legal time limit", "zh-CN": "承诺时限比法定时限平均压缩率" },
    short: { en: "mean compr.", "zh-CN": "平均压缩" },
    count: WITH_LEGAL_LIMIT,
    total: ITEMS,
    unit: "percent",
    better: "higher",
    figure: (t) => meanCompression(t.compression),
  },
  {
    // 1 − Σ promised·volume / Σ legal·volume, over items with a volume and a legal limit > 0.
    id: "weightedCompression",
    label: { en: "Volume-weighted compression", "zh-CN": "按办件量加权的承诺提速率" },
    short: { en: "weighted compr.", "zh-CN": "加权压缩" },
    count: { en: "items with a volume and a legal limit > 0", "zh-CN": "有办件量且有法定时限（大于0）的事项数" },
    total: ITEMS,
    unit: "percent",
    better: "higher",
    figure: (t) => {
      const weighted = ratio(t.weightedPromised, t.weightedLegal);
      return { value: weighted === null ? null : 1 - weighted, count: t.weighted, total: t.items };
    },
  },
  {
    // Mean compression over items whose subjects include natural-person; total = those items.
    id: "compressionNaturalPerson",
    label: { en: "Mean compression, natural-person items", "zh-CN": "自然人事项平均压缩率" },
    short: { en: "compr. natural p.", "zh-CN": "自然人压缩" },
    count: { en: "natural-person items with a legal limit > 0 (averaged)", "zh-CN": "有法定时限（大于0）的自然人事项数（参与平均）" },
    total: { en: "natural-person items", "zh-CN": "自然人事项数" },
    unit: "percent",
    better: "higher",
    figure: (t) => meanCompression(t.naturalPerson),
  },
  {
    // Mean compression over items whose subjects include legal-person; total = those items.
    id: "compressionLegalPerson",
    label: { en: "Mean compression, legal-person items", "zh-CN": "法人事项平均压缩率" },
    short: { en: "compr. legal p.", "zh-CN": "法人压缩" },
    count: { en: "legal-person items with a legal limit > 0 (averaged)", "zh-CN": "有法定时限（大于0）的法人事项数（参与平均）" },
    total: { en: "legal-person items", "zh-CN": "法人事项数" },
    unit: "percent",
    better: "higher",
    figure: (t) => meanCompression(t.legalPerson),
  },
  {
    // Σ runs / items.
    id: "meanRuns",
    label: { en: "Mean runs to the service site", "zh-CN": "平均跑动次数" },
    short: { en: "mean runs", "zh-CN": "平均跑动" },
    count: { en: "items (averaged)", "zh-CN": "事项数（参与平均）" },
    total: ITEMS,
    unit: "number",
    better: "lower",
    figure: (t) => ({ value: ratio(t.runsSum, t.items), count: t.items, total: t.items }),
  },
  {
    // items with runs ≤ 1 / items.
    id: "atMostOneRun",
    label: { en: "At most one run", "zh-CN": "“最多跑一次”事项占比" },
    short: { en: "≤ 1 run", "zh-CN": "最多跑一次" },
    count: { en: "items with runs ≤ 1", "zh-CN": "到现场次数不超过1次的事项数" },
    total: ITEMS,
    unit: "percent",
    better: "higher",
    figure: (t) => share(t.atMostOneRun, t.items),
  },
  {
    // items with runs = 0 / items.
    id: "zeroRuns",
    label: { en: "Zero runs", "zh-CN": "零跑动事项占比" },
    short: { en: "0 runs", "zh-CN": "零跑动" },
    count: { en: "items with runs = 0", "zh-CN": "到现场次数为0的事项数" },
    total: ITEMS,
    unit: "percent",
    better: "higher",
    figure: (t) => share(t.zeroRuns, t.items),
  },
  {
    // items with onlineDepth ≥ 3 / items; metrics.md's "depth ≥ 3 share" is this same figure.
    id: "onlineAvailable",
    label: { en: "Online available (depth ≥ 3)", "zh-CN": "网上可办率（三级及以上办理深度事项占比）" },
    short: { en: "online", "zh-CN": "网上可办" },
    count: { en: "items with online depth ≥ 3", "zh-CN": "网上办理深度三级及以上的事项数" },
    total: ITEMS,
    unit: "percent",
    better: "higher",
    figure: (t) => share(t.depthAtLeast3, t.items),
  },
  {
    // items with onlineDepth = 4 / items; metrics.md's "depth 4 share" is this same figure.
    id: "fullyOnline",
    label: { en: "Fully online (depth 4)", "zh-CN": "全程网办占比（四级办理深度事项占比）" },
    short: { en: "fully online", "zh-CN": "全程网办" },
    count: { en: "items with online depth 4", "zh-CN": "网上办理深度四级的事项数" },
    total: ITEMS,
    unit: "percent",
    better: "higher",
    figure: (t) => share(t.depth4, t.items),
  },
  {
    // items with processing: immediate / items.
    id: "immediate",
    label: { en: "Immediate items", "zh-CN": "即办件占比" },
    short: { en: "immediate", "zh-CN": "即办件" },
    count: { en: "items with processing: immediate", "zh-CN": "即办件数" },
    total: ITEMS,
    unit: "percent",
    better: "higher",
    figure: (t) => share(t.immediate, t.items),
  },
  {
    // items with materials: [] / items.
    id: "zeroMaterial",
    label: { en: "Zero-material items", "zh-CN": "零材料事项占比" },
    short: { en: "0 material", "zh-CN": "零材料" },
    count: { en: "items with no materials", "zh-CN": "零材料事项数" },
    total: ITEMS,
    unit: "percent",
    better: "higher",
    figure: (t) => share(t.zeroMaterial, t.items),
  },
  {
    // materials with eLicense: true and media ≠ paper / materials with eLicense: true (materials, not items).
    id: "eLicenseExempt",
    label: { en: "E-licence materials not demanded on paper", "zh-CN": "电子证照免提交纸质材料占比" },
    short: { en: "e-licence exempt", "zh-CN": "电子证照免交" },
    count: { en: "e-licence materials not demanded on paper", "zh-CN": "未要求提交纸质件的电子证照材料数" },
    total: { en: "materials marked eLicense: true", "zh-CN": "标注可用电子证照的材料数" },
    unit: "percent",
    better: "higher",
    figure: (t) => share(t.eLicenseNotOnPaper, t.eLicenseMaterials),
  },
] as const satisfies readonly MetricDefinition[];

/** One of the figures above, with its id typed. */
export type Metric = (typeof METRICS)[number];
export type MetricId = Metric["id"];
export const METRIC_IDS: readonly MetricId[] = METRICS.map((m) => m.id);
export type MetricFigures = Record<MetricId, MetricFigure>;

const byId = new Map<string, Metric>(METRICS.map((m) => [m.id, m]));

export function findMetric(id: string): Metric | undefined {
  return byId.get(id);
}

export function isMetricId(id: string): id is MetricId {
  return byId.has(id);
}

/** Every figure of a tally, in metrics.md's order. */
export function figuresOf(tally: Tally): MetricFigures {
  const out = {} as MetricFigures;
  for (const metric of METRICS) out[metric.id] = metric.figure(tally);
  return out;
}
