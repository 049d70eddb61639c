import { MESSAGES } from "../../i18n/messages.js";
import type { LocalizedText } from "../../i18n/localized.js";
import { LINT_REPORTED_IDS } from "../../import/table.js";
import { defineRule } from "../types.js";

// The importer's own words for what it could not read, without their leading place: a finding
// stands at its cell already.
const withoutPlace = (text: LocalizedText): LocalizedText => ({
  en: text.en.replace(/^\{\{place\}\}: /, ""),
  "zh-CN": text["zh-CN"].replace(/^\{\{place\}\}：/, ""),
});

/**
 * Reported while a platform export (XLSX, CSV, JSON) is linted in place: a row or cell the importer
 * could not make part of an item. Values it could read but not decode are written as found and
 * left to the schema rule, so they are not reported twice.
 */
export default defineRule({
  id: "export-data",
  title: { en: "Export row or cell unreadable", "zh-CN": "导出表格行或单元格无法读取" },
  scope: "file",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "A row or cell of a platform export cannot be read as part of an item (no header, a row with no item, a code that lost its digits).",
    "zh-CN": "平台导出表格中的某行或某单元格无法读作事项内容（无表头、无所属事项的行、编码丢失数字等）。",
  },
  messages: {
    ...Object.fromEntries(LINT_REPORTED_IDS.map((id) => [id, withoutPlace(MESSAGES[id])])),
    unreadable: {
      en: "The export cannot be read: {{detail}}.",
      "zh-CN": "无法读取导出文件：{{detail}}。",
    },
  },
});
