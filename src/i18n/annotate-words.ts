// The words of the annotated workbook (`report --annotate`): the findings sheet and the cell notes a
// county clerk reads in Excel, without guidelint at hand.
import { SEVERITY_WORDS } from "./common-words.js";
import type { LocalizedText } from "./localized.js";

export const ANNOTATE_WORDS = {
  findingsSheet: { en: "Findings", "zh-CN": "问题清单" },
  sheet: { en: "Sheet", "zh-CN": "工作表" },
  cell: { en: "Cell", "zh-CN": "单元格" },
  itemCode: { en: "Item code", "zh-CN": "事项编码" },
  severity: { en: "Severity", "zh-CN": "级别" },
  rule: { en: "Rule", "zh-CN": "规则" },
  message: { en: "Problem", "zh-CN": "问题" },
  fix: { en: "Suggested fix", "zh-CN": "修改建议" },
  severityError: SEVERITY_WORDS.severityError,
  severityWarning: SEVERITY_WORDS.severityWarning,
  severityInfo: { en: "info", "zh-CN": "提示" },
  /** A note's line for one finding: `[错误] time-limit-exceeds-legal（承诺时限不得超过法定时限）`. */
  noteHeading: { en: "[{{severity}}] {{rule}}", "zh-CN": "【{{severity}}】{{rule}}" },
  ruleWithTitle: { en: "{{rule}} ({{title}})", "zh-CN": "{{rule}}（{{title}}）" },
  noteFix: { en: "Fix: {{fix}}", "zh-CN": "修改建议：{{fix}}" },
  /** A finding's fix as text: the value the fixer would write. */
  changeTo: { en: 'Change to "{{value}}"', "zh-CN": "改为“{{value}}”" },
  clearValue: { en: "Clear the value", "zh-CN": "清空该值" },
  /** A finding on a sheet the workbook does not have: listed, not linked. */
  noSuchSheet: { en: "(not in this workbook)", "zh-CN": "（工作簿中无此工作表）" },
} satisfies Record<string, LocalizedText>;
