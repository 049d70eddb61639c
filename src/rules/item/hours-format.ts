import { recordsOf } from "../access.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";

// Office hours pasted from a Chinese word processor or workbook come with full-width digits
// (９：００－１２：００) and dashes an input method types (9:00—12:00). They read the same to a
// person but not to the channels that parse the hours into a timetable, nor to a search.
const WIDE_DIGIT = /[\uff10-\uff19]/gu;
// A colon or dash between two digits (a time, a range of times): only those are touched, so the
// full-width ，（） of the Chinese text around them stay.
const WIDE_COLON = /(?<=\d)：(?=\d)/gu;
const DASH = /(?<=\d)[－—–―‐‑‒−﹣﹘](?=\d)/gu;

/** The hours with full-width digits, and colons and dashes between digits, written half-width. */
function foldHours(text: string): string {
  return text
    .replace(WIDE_DIGIT, (d) => String.fromCodePoint(d.codePointAt(0)! - 0xfee0))
    .replace(WIDE_COLON, ":")
    .replace(DASH, "-");
}

/** Office hours use half-width digits, colons and hyphens (办公时间). */
export default defineRule({
  id: "hours-format",
  title: { en: "Office hours in full-width characters", "zh-CN": "办公时间使用全角字符" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: true,
  description: {
    en: "Office hours are written with full-width digits, colons or dashes (９：００—１２：００).",
    "zh-CN": "办公时间使用了全角数字、全角冒号或中文连接号（如９：００—１２：００）。",
  },
  policy: "办理地址与办公时间",
  messages: {
    fullWidth: {
      en: 'The office hours "{{value}}" use full-width digits, colons or dashes; write them half-width: "{{fixed}}".',
      "zh-CN": "办公时间“{{value}}”使用了全角数字、全角冒号或中文连接号，请改为半角：“{{fixed}}”。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report }) {
    const capped = cappedReport(report, "more");
    for (const [address, i] of recordsOf(item.address)) {
      const hours = address.hours;
      // Absent and non-text hours are the schema's finding.
      if (typeof hours !== "string") continue;
      const fixed = foldHours(hours);
      if (fixed !== hours) capped.report({ messageId: "fullWidth", path: ["address", i, "hours"], data: { value: hours, fixed }, fix: { value: fixed } });
    }
    capped.flush();
  },
});
