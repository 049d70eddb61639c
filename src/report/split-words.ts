// The words of the rectification lists (整改清单) that `report --split-by` writes.
import type { LocalizedText } from "../i18n/localized.js";

export const SPLIT_WORDS = {
  title: { en: "Rectification list: {{unit}}", "zh-CN": "{{unit}}整改清单" },
  rank: { en: " (rank {{rank}} of {{total}} by {{metric}})", "zh-CN": "（按{{metric}}排名 {{rank}}，共 {{total}} 个）" },
  unassigned: { en: "unassigned", "zh-CN": "未归属" },
  fileName: { en: "rectification-{{unit}}", "zh-CN": "整改清单-{{unit}}" },
  indexName: { en: "rectification-index", "zh-CN": "整改清单索引" },
  indexTitle: { en: "Rectification lists by {{dimension}}", "zh-CN": "整改清单索引（按{{dimension}}）" },
  unit: { en: "Unit", "zh-CN": "单位" },
  rankColumn: { en: "Rank", "zh-CN": "排名" },
  items: { en: "Items", "zh-CN": "事项数" },
  errors: { en: "Errors", "zh-CN": "错误" },
  warnings: { en: "Warnings", "zh-CN": "警告" },
  file: { en: "File", "zh-CN": "文件" },
  unassignedNote: {
    en: "Findings no item claims (a file that does not parse, with no department or region) are in the list “unassigned”.",
    "zh-CN": "无法归属到事项的问题（如无法解析、无实施主体或行政区划的文件）列入“未归属”清单。",
  },
} satisfies Record<string, LocalizedText>;
