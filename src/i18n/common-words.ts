// Words more than one output shares: severity words and the column names of the metrics tables
// and the audit report, so the terminal, Markdown, CSV and HTML never name one thing two ways.
import type { LocalizedText } from "./localized.js";

export const SEVERITY_WORDS = {
  severityError: { en: "error", "zh-CN": "错误" },
  severityWarning: { en: "warning", "zh-CN": "警告" },
  severityOff: { en: "off", "zh-CN": "关闭" },
} satisfies Record<string, LocalizedText>;

export const COMMON_WORDS = {
  ...SEVERITY_WORDS,
  yes: { en: "yes", "zh-CN": "是" },
  no: { en: "no", "zh-CN": "否" },
  figure: { en: "Figure", "zh-CN": "指标" },
  value: { en: "Value", "zh-CN": "值" },
  countTotal: { en: "Count / total", "zh-CN": "计数 / 总数" },
  target: { en: "Target", "zh-CN": "目标" },
  result: { en: "Result", "zh-CN": "结果" },
  rank: { en: "#", "zh-CN": "名次" },
  group: { en: "Group", "zh-CN": "分组" },
  items: { en: "Items", "zh-CN": "事项数" },
  dimension: { en: "Dimension", "zh-CN": "维度" },
  overall: { en: "overall", "zh-CN": "总体" },
  rankedBy: { en: "By {{dimension}}, ranked by {{metric}}", "zh-CN": "按{{dimension}}，以{{metric}}排名" },
  profile: { en: "Profile {{name}}: {{document}}", "zh-CN": "政策目标方案 {{name}}：{{document}}" },
} satisfies Record<string, LocalizedText>;

/** Severity words in every language → the severity a user meant (`--rule id:警告` → warning). */
export function severityAliases(): Record<string, string> {
  const out: Record<string, string> = {};
  const names = { severityError: "error", severityWarning: "warning", severityOff: "off" } as const;
  for (const [id, name] of Object.entries(names)) {
    for (const word of Object.values(SEVERITY_WORDS[id as keyof typeof names])) out[word] = name;
  }
  return out;
}
