// The words of the lint output formats (column names, notes) and of `guidelint sources`.
import type { LocalizedText } from "./localized.js";

export const OUTPUT_WORDS = {
  columnFile: { en: "file", "zh-CN": "文件" },
  columnFileLine: { en: "file:line", "zh-CN": "位置" },
  columnLine: { en: "line", "zh-CN": "行" },
  columnColumn: { en: "column", "zh-CN": "列" },
  columnSeverity: { en: "severity", "zh-CN": "级别" },
  columnRule: { en: "rule", "zh-CN": "规则" },
  columnItemCode: { en: "item code", "zh-CN": "实施编码" },
  columnPath: { en: "path", "zh-CN": "字段路径" },
  columnMessage: { en: "message", "zh-CN": "说明" },
  columnCell: { en: "cell", "zh-CN": "单元格" },
  githubMore: {
    en: "{{more}} more {{more|finding|findings}}: see the job summary",
    "zh-CN": "另有 {{more}} 个问题未显示：请查看作业摘要（job summary）",
  },
  githubMoreNoSummary: {
    en: "{{more}} more {{more|finding|findings}} not shown here (GitHub shows 10 per level): --format markdown or json lists them all",
    "zh-CN": "另有 {{more}} 个问题未在此显示（GitHub 每级仅显示 10 条）：使用 --format markdown 或 json 可列出全部",
  },
  sarifCapped: {
    en: "{{total}} findings; only {{max}} are in this SARIF run, errors first (GitHub code scanning's limit per run).",
    "zh-CN": "共 {{total}} 个问题，SARIF 仅收录 {{max}} 个，错误优先（GitHub 代码扫描每次运行的上限）。",
  },
  // `guidelint sources`: the three labels are padded to one width in each language.
  sourcesMaster: { en: "master ", "zh-CN": "主记录" },
  sourcesChannel: { en: "channel", "zh-CN": "渠道  " },
  sourcesDiff: { en: "diff   ", "zh-CN": "差异  " },
  sourcesClean: { en: "Every channel shows what the master records say.", "zh-CN": "各渠道展示内容与主记录一致。" },
  sourcesSummary: {
    en: "{{count}} {{count|difference|differences}} across channels in {{items}} {{items|item|items}}",
    "zh-CN": "共 {{count}} 处渠道差异，涉及 {{items}} 个事项",
  },
} satisfies Record<string, LocalizedText>;
