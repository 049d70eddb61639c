// The words of the metrics reports, in both languages (metric labels live with the metrics).
import type { GroupDimension } from "../metrics/facts.js";
import { COMMON_WORDS } from "./common-words.js";
import { ENUM_LABELS } from "./enum-labels.js";
import type { Lang, LocalizedText } from "./localized.js";

export const WORDS = {
  title: { en: "guidelint metrics: {{items}} {{items|item|items}}", "zh-CN": "政务服务事项指标：共 {{items}} 个事项" },
  titleSkipped: { en: ", {{skipped}} {{skipped|file|files}} skipped", "zh-CN": "，{{skipped}} 个文件未计入" },
  figure: COMMON_WORDS.figure,
  value: COMMON_WORDS.value,
  countTotal: COMMON_WORDS.countTotal,
  count: { en: "Count", "zh-CN": "计数" },
  total: { en: "Total", "zh-CN": "总数" },
  items: COMMON_WORDS.items,
  rank: COMMON_WORDS.rank,
  compressionLeftOut: {
    en: "Compression figures leave out {{count}} {{count|item|items}} with no legal time limit or a legal limit of 0.",
    "zh-CN": "压缩率指标未计入 {{count}} 个无法定办结时限或法定办结时限为0的事项。",
  },
  skippedFiles: {
    en: "{{count}} {{count|file is|files are}} left out of every figure: they do not parse or fail the schema (`guidelint lint` shows why):",
    "zh-CN": "{{count}} 个文件无法解析或不符合 JSON Schema，未计入任何指标（运行 `guidelint lint` 查看原因）：",
  },
  noValue: {
    en: "— : nothing to divide by (no items, no legal limits or no e-licence materials).",
    "zh-CN": "—：无可计算的分母（无事项、无法定时限或无电子证照材料）。",
  },
  profile: COMMON_WORDS.profile,
  profileChannels: { en: "Channels it expects: {{channels}}", "zh-CN": "要求的发布渠道：{{channels}}" },
  target: COMMON_WORDS.target,
  result: COMMON_WORDS.result,
  met: { en: "✔ met", "zh-CN": "✔ 达标" },
  missed: { en: "✘ missed", "zh-CN": "✘ 未达标" },
  noData: { en: "✘ no data", "zh-CN": "✘ 无数据" },
  allMet: { en: "✔ {{total}} of {{total}} targets met.", "zh-CN": "✔ {{total}} 项目标全部达标。" },
  someMissed: { en: "✖ {{missed}} of {{total}} targets missed.", "zh-CN": "✖ {{total}} 项目标中有 {{missed}} 项未达标。" },
  by: { en: "By {{dimension}}", "zh-CN": "按{{dimension}}" },
  rankedBy: COMMON_WORDS.rankedBy,
  overall: COMMON_WORDS.overall,
  dimension: COMMON_WORDS.dimension,
  group: COMMON_WORDS.group,
  metricId: { en: "Metric", "zh-CN": "指标ID" },
  yes: COMMON_WORDS.yes,
  no: COMMON_WORDS.no,
  metColumn: { en: "Met", "zh-CN": "是否达标" },
  code: { en: "Code", "zh-CN": "代码" },
} satisfies Record<string, LocalizedText>;

export const DIMENSION_LABELS: Record<GroupDimension, LocalizedText> = {
  department: { en: "department", "zh-CN": "实施主体" },
  region: { en: "region", "zh-CN": "行政区划" },
  level: { en: "level", "zh-CN": "行使层级" },
  type: { en: "item type", "zh-CN": "事项类型" },
  subject: { en: "service object", "zh-CN": "服务对象" },
};

const ENUM_OF: Partial<Record<GroupDimension, string>> = { level: "level", type: "type", subject: "subjects" };

/**
 * A group's name as shown: enumerated values by their label (县级, 行政许可), regions by their
 * name when `regions` has one (report/regions.ts: 510903 → 船山区), names and codes as they are.
 */
export function groupLabel(dimension: GroupDimension, key: string, lang: Lang, regions?: ReadonlyMap<string, string>): string {
  if (dimension === "region") return regions?.get(key) ?? key;
  const labels = ENUM_OF[dimension] ? ENUM_LABELS[ENUM_OF[dimension]!] : undefined;
  return labels?.[key]?.[lang] ?? key;
}
