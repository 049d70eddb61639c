// The words of the report's comparison with the previous period (与上期比较), both languages.
import type { LocalizedText } from "../i18n/localized.js";

export const REPORT_COMPARE_WORDS = {
  findings: { en: "New and resolved findings by department", "zh-CN": "各实施主体新增与已整改问题" },
  department: { en: "Department", "zh-CN": "实施主体" },
  noDepartment: { en: "(no department stated)", "zh-CN": "（未注明实施主体）" },
  previousCount: { en: "Last period", "zh-CN": "上期问题" },
  currentCount: { en: "This period", "zh-CN": "本期问题" },
  newCount: { en: "New", "zh-CN": "新增" },
  resolvedCount: { en: "Resolved", "zh-CN": "已整改" },
  total: { en: "Total", "zh-CN": "合计" },
  newList: { en: "New findings", "zh-CN": "新增问题" },
  resolvedList: { en: "Resolved findings (place as last period)", "zh-CN": "已整改问题（位置为上期）" },
  findingsSummary: {
    en: "{{new}} new {{new|finding|findings}}, {{resolved}} resolved since the previous period.",
    "zh-CN": "与上期相比新增问题 {{new}} 个，已整改 {{resolved}} 个。",
  },
  figureSentence: { en: "{{figure}}: {{value}}, {{change}}", "zh-CN": "{{figure}}为{{value}}，{{change}}" },
} satisfies Record<string, LocalizedText>;
