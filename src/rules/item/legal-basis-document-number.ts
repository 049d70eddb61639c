import { describeField } from "../../i18n/field-labels.js";
import { type DocumentNumberHit, nonStandardDocumentNumbers } from "../../text/document-number.js";
import { forEachText } from "../../text/item-texts.js";
import { textMemo } from "../../text/memo.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";

// A normative document is found by its 文号, and GB/T 9704-2012 (7.2.4 发文字号) fixes how it is
// written: the year in full in 六角括号 〔〕, the serial number without 第 or leading zeros —
// 国发〔2015〕52号. 国发[2015]52号, 国发(2015)52号 or 湘政发2005]36号 are the same number
// mistyped, so the fix is certain; 国发〔15〕52号 leaves the century to a guess, so it is only suggested.

const verdicts = textMemo<DocumentNumberHit[]>();

/** 文号 written as GB/T 9704 writes them (国发〔2015〕52号). */
export default defineRule({
  id: "legal-basis-document-number",
  title: { en: "Document number malformed", "zh-CN": "文号格式不规范" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: true,
  description: {
    en: "A document number (文号) uses the wrong brackets, a two-digit year, 第 or leading zeros (国发[2015]52号 → 国发〔2015〕52号).",
    "zh-CN": "文号使用了错误的括号、两位年份、“第”字或序号前加“0”（国发[2015]52号→国发〔2015〕52号）。",
  },
  policy: "GB/T 9704-2012 党政机关公文格式：发文字号年份用六角括号〔〕，序号不编虚位、不加“第”",
  messages: {
    malformed: {
      en: 'In the {{field}}, the document number "{{written}}" is not in the standard form; write it "{{standard}}" (the year in full in 〔〕, the serial number without 第 or leading zeros, GB/T 9704).',
      "zh-CN": "{{field}}中的文号“{{written}}”格式不规范，应写作“{{standard}}”（年份写全称并用六角括号〔〕，序号不加“第”、不编虚位，见GB/T 9704）。",
    },
    shortYear: {
      en: 'In the {{field}}, the document number "{{written}}" gives the year in two digits; write it in full, probably "{{suggestion}}" (check the year against the document).',
      "zh-CN": "{{field}}中的文号“{{written}}”年份只写了两位，应写全称，可能为“{{suggestion}}”（请对照原文件核实年份）。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report }) {
    const capped = cappedReport(report, "more");
    forEachText(item, (text, pathOf) => {
      // Most texts hold no 号 at all: that test is cheaper than the memo's lookup of a long text.
      const hits = text.includes("号") ? verdicts.get(text, nonStandardDocumentNumbers) : [];
      if (hits.length === 0) return;
      const path = pathOf();
      const field = describeField(path);
      // One fix for the whole text: every certain correction at once.
      let fixed = "";
      let at = 0;
      for (const hit of hits) {
        fixed += text.slice(at, hit.offset) + (hit.standard ?? hit.written);
        at = hit.offset + hit.written.length;
      }
      fixed += text.slice(at);
      let fixGiven = false;
      for (const hit of hits) {
        if (hit.standard !== undefined) {
          capped.report({
            messageId: "malformed",
            path,
            data: { field, written: hit.issuer + hit.written, standard: hit.issuer + hit.standard },
            ...(fixGiven ? {} : { fix: { value: fixed } }),
          });
          fixGiven = true;
        } else if (hit.suggestion !== undefined) {
          capped.report({ messageId: "shortYear", path, data: { field, written: hit.issuer + hit.written, suggestion: hit.issuer + hit.suggestion } });
        }
      }
    });
    capped.flush();
  },
});
