import { forEachText } from "../../text/item-texts.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";

// Text copied out of a workbook or a web page carries characters that show as a space or as
// nothing: the no-break space (U+00A0, U+202F) and the zero-width ones (U+200B–D, U+2060, a
// U+FEFF inside the text). Two names that differ only by one of them are different strings to every
// system the catalog feeds: a search misses the item, a comparison reports a change nobody sees.
const INVISIBLE = /[\u00a0\u202f\u200b-\u200d\u2060\ufeff]/u;
const NO_BREAK = /[\u00a0\u202f]/gu;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/gu;

/** No value holds a no-break or zero-width space (不可见字符). */
export default defineRule({
  id: "invisible-spaces",
  title: { en: "Invisible or no-break space in a value", "zh-CN": "取值含不可见字符或不换行空格" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: true,
  description: {
    en: "A value holds a no-break space (U+00A0) or a zero-width character (U+200B…), usually pasted from a workbook or web page.",
    "zh-CN": "取值中含有不换行空格（U+00A0）或零宽字符（U+200B 等），多为从表格或网页复制时带入。",
  },
  policy: "要素规范：取值不得含多余字符",
  messages: {
    invisible: {
      en: 'The value "{{value}}" holds a no-break space or a zero-width character, which looks like a space or nothing but is neither; write it as "{{fixed}}".',
      "zh-CN": "取值“{{value}}”含有不换行空格或零宽字符，看似空格或不可见，实际不同；应写作“{{fixed}}”。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report }) {
    const capped = cappedReport(report, "more");
    // Every value, codes and x- keys too: an invisible character breaks a code's match as much as a name's.
    forEachText(
      item,
      (text, pathOf) => {
        if (!INVISIBLE.test(text)) return;
        const fixed = text.replace(NO_BREAK, " ").replace(ZERO_WIDTH, "");
        const path = pathOf();
        // A value of nothing but such characters has no text to keep: the schema or the field's rule says what is missing.
        if (fixed.trim() === "") {
          capped.report({ messageId: "invisible", path, data: { value: text, fixed } });
          return;
        }
        // The engine names the invisible characters in `value` when it quotes it (visibleData).
        capped.report({ messageId: "invisible", path, data: { value: text, fixed }, fix: { value: fixed } });
      },
      { everyValue: true },
    );
    capped.flush();
  },
});
