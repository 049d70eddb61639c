// The words of the metrics reports, in both languages (metric labels live with the metrics).
import { ENUM_LABELS } from "../../i18n/enum-labels.js";
import type { Lang, LocalizedText } from "../../i18n/localized.js";
import type { GroupDimension } from "../facts.js";

export const WORDS = {
  title: { en: "guidelint metrics: {{items}} items", "zh-CN": "政务服务事项指标：共 {{items}} 个事项" },
  titleSkipped: { en: ", {{skipped}} files skipped", "zh-CN": "，{{skipped}} 个文件未计入" },
  figure: { en: "Figure", "zh-CN": "指标" },
  value: { en: "Value", "zh-CN": "值" },
  countTotal: { en: "Count / total", "zh-CN": "计数 / 总数" },
  count: { en: "Count", "zh-CN": "计数" },
  total: { en: "Total", "zh-CN": "总数" },
  items: { en: "Items", "zh-CN": "事项数" },
  rank: { en: "#", "zh-CN": "名次" },
  compressionLeftOut: {
    en: "Compression figures leave out {{count}} items with no legal time limit or a legal limit of 0.",
    "zh-CN": "压缩率指标未计入 {{count}} 个无法定办结时限或法定办结时限为0的事项。",
  },
  skippedFiles: {
    en: "{{count}} files are left out of every figure: they do not parse or fail the schema (`guidelint lint` shows why):",
    "zh-CN": "{{count}} 个文件无法解析或不符合 JSON Schema，未计入任何指标（运行 `guidelint lint` 查看原因）：",
  },
  noValue: {
    en: "— : nothing to divide by (no items, no legal limits or no e-licence materials).",
    "zh-CN": "—：无可计算的分母（无事项、无法定时限或无电子证照材料）。",
  },
  profile: { en: "Profile {{name}}: {{document}}", "zh-CN": "政策目标方案 {{name}}：{{document}}" },
  profileChannels: { en: "Channels it expects: {{channels}}", "zh-CN": "要求的发布渠道：{{channels}}" },
  target: { en: "Target", "zh-CN": "目标" },
  result: { en: "Result", "zh-CN": "结果" },
  met: { en: "✔ met", "zh-CN": "✔ 达标" },
  missed: { en: "✘ missed", "zh-CN": "✘ 未达标" },
  noData: { en: "✘ no data", "zh-CN": "✘ 无数据" },
  allMet: { en: "✔ {{total}} of {{total}} targets met.", "zh-CN": "✔ {{total}} 项目标全部达标。" },
  someMissed: { en: "✖ {{missed}} of {{total}} targets missed.", "zh-CN": "✖ {{total}} 项目标中有 {{missed}} 项未达标。" },
  by: { en: "By {{dimension}}", "zh-CN": "按{{dimension}}" },
  rankedBy: { en: "By {{dimension}}, ranked by {{metric}}", "zh-CN": "按{{dimension}}，以{{metric}}排名" },
  overall: { en: "overall", "zh-CN": "总体" },
  dimension: { en: "Dimension", "zh-CN": "维度" },
  group: { en: "Group", "zh-CN": "分组" },
  metricId: { en: "Metric", "zh-CN": "指标ID" },
  yes: { en: "yes", "zh-CN": "是" },
  no: { en: "no", "zh-CN": "否" },
  metColumn: { en: "Met", "zh-CN": "是否达标" },
} satisfies Record<string, LocalizedText>;

export const DIMENSION_LABELS: Record<GroupDimension, LocalizedText> = {
  department: { en: "department", "zh-CN": "实施主体" },
  region: { en: "region", "zh-CN": "行政区划" },
  level: { en: "level", "zh-CN": "行使层级" },
  type: { en: "item type", "zh-CN": "事项类型" },
  subject: { en: "service object", "zh-CN": "服务对象" },
};

const ENUM_OF: Partial<Record<GroupDimension, string>> = { level: "level", type: "type", subject: "subjects" };

/** A group's name as shown: enumerated values by their label (县级, 行政许可), names and codes as they are. */
export function groupLabel(dimension: GroupDimension, key: string, lang: Lang): string {
  const labels = ENUM_OF[dimension] ? ENUM_LABELS[ENUM_OF[dimension]!] : undefined;
  return labels?.[key]?.[lang] ?? key;
}
