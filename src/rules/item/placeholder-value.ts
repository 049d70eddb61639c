import { describeField } from "../../i18n/field-labels.js";
import { isPlaceholderValue } from "../../text/placeholder.js";
import type { JsonPath } from "../../vocabulary.js";
import { recordsOf } from "../access.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";

// The exchange tables make most elements NOT NULL, so exported and hand-filled guides fill what
// they do not know with 无, 暂无, 待补充, /, — or send the reader elsewhere (详见附件, 见窗口).
// The self-inspection campaigns (要素规范自查) count such an element as not filled in: the
// applicant learns nothing from it. Only whole values are placeholders (see src/text/placeholder.ts):
// 无犯罪记录证明 names a document.
//
// The legal basis's title and article are legal-basis-citation's (无 there is "no instrument",
// "no article"); a legal time limit of 无 is `legal: null` in the format, not text.

/** The text elements a guide publishes, by path; lists of records and of texts expanded. */
function publishedTexts(item: Record<string, unknown>): Array<[JsonPath, string]> {
  const texts: Array<[JsonPath, string]> = [];
  const add = (path: JsonPath, value: unknown) => {
    if (typeof value === "string") texts.push([path, value]);
  };
  for (const [address, index] of recordsOf(item.address)) {
    for (const key of ["place", "street", "hours"]) add(["address", index, key], address[key]);
  }
  add(["phone"], item.phone);
  add(["complaintPhone"], item.complaintPhone);
  for (const [basis, index] of recordsOf(item.legalBasis)) add(["legalBasis", index, "text"], basis.text);
  for (const [material, index] of recordsOf(item.materials)) add(["materials", index, "name"], material.name);
  // 受理条件, where a catalog carries it: a list of texts.
  if (Array.isArray(item.conditions)) {
    for (let index = 0; index < item.conditions.length; index++) add(["conditions", index], item.conditions[index]);
  }
  return texts;
}

/** A published element says something, never 无 / 待补充 / 详见附件 (要素规范). */
export default defineRule({
  id: "placeholder-value",
  title: { en: "Placeholder instead of content", "zh-CN": "要素填写占位内容" },
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "A published element is filled with a placeholder (无, 暂无, 待补充, /, —, 详见附件, 见窗口).",
    "zh-CN": "办事指南要素以“无”“暂无”“待补充”“/”“—”“详见附件”“见窗口”等占位内容填写。",
  },
  policy: "办事指南要素应填写实际内容，不得以“无”“待补充”“详见附件”等占位",
  messages: {
    placeholder: {
      en: 'The placeholder "{{value}}" in the {{field}} tells the applicant nothing: write the actual content, or remove the entry if it does not apply.',
      "zh-CN": "{{field}}填写的“{{value}}”是占位内容，群众无法从中获得信息；请填写实际内容，不适用的请删除该项。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report }) {
    const capped = cappedReport(report, "more");
    for (const [path, value] of publishedTexts(item)) {
      if (!isPlaceholderValue(value)) continue;
      capped.report({ messageId: "placeholder", path, data: { field: describeField(path), value: value.trim() } });
    }
    capped.flush();
  },
});
