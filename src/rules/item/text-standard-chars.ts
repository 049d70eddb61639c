import { describeField } from "../../i18n/field-labels.js";
import { forEachText } from "../../text/item-texts.js";
import { nonStandardRuns } from "../../text/simplified.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";

// 国家通用语言文字法 (第三、九条) and the 通用规范汉字表 ask official publications for standard
// simplified characters. Guides pasted from traditional-character sources (a Hong Kong or Taiwan
// template, an old scan) keep 區, 層, 證, 號… which search, comparison and the applicant all read
// badly. The standard form comes from OpenCC's traditional → mainland table (src/text/simplified.ts);
// only characters it changes are reported, so text that is the same in both forms is never
// flagged. Not fixed automatically: a name registered in traditional characters (a Hong Kong
// company) is kept as registered; the option `keep` lists such words.

interface StandardCharsOptions {
  keep?: string[];
}

/** Guide text in standard simplified characters (规范汉字). */
export default defineRule<"nonStandard" | "more", StandardCharsOptions>({
  id: "text-standard-chars",
  title: { en: "Non-standard characters", "zh-CN": "使用非规范汉字" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "A text is written in traditional characters or variant forms (區, 層, 證…) instead of standard simplified ones.",
    "zh-CN": "文字使用繁体字或异体字（區、層、證等），未使用规范简化字。",
  },
  policy: "国家通用语言文字法、通用规范汉字表：公文及政务公开使用规范汉字",
  messages: {
    nonStandard: {
      en: 'The {{field}} "{{value}}" uses traditional or variant characters ({{runs}}); write it in standard simplified characters: "{{standard}}".',
      "zh-CN": "{{field}}“{{value}}”使用了繁体字或异体字（{{runs}}），请使用规范汉字：“{{standard}}”。",
    },
    more: MORE_FINDINGS,
  },
  optionsSchema: {
    type: "object",
    properties: {
      keep: {
        type: "array",
        items: { type: "string", minLength: 1 },
        description: "words kept as written (names registered in traditional characters, e.g. a Hong Kong company's name)",
      },
    },
    additionalProperties: false,
  },
  defaultOptions: {},
  check({ item, options, report }) {
    const capped = cappedReport(report, "more");
    const keep = options.keep ?? [];
    forEachText(item, (text, pathOf) => {
      let runs = nonStandardRuns(text);
      if (runs.length === 0) return;
      if (keep.length > 0) runs = runs.filter((run) => !keep.some((word) => insideKeptWord(text, run.offset, run.text.length, word)));
      if (runs.length === 0) return;
      let standard = "";
      let at = 0;
      for (const run of runs) {
        standard += text.slice(at, run.offset) + run.standard;
        at = run.offset + run.text.length;
      }
      standard += text.slice(at);
      // Each change named once: 政務服務 changes 務 twice.
      const changes = [...new Map(runs.map((run) => [run.text, run.standard])).entries()];
      const path = pathOf();
      capped.report({
        messageId: "nonStandard",
        path,
        data: {
          field: describeField(path),
          value: text,
          standard,
          runs: {
            en: changes.map(([from, to]) => `"${from}" → "${to}"`).join(", "),
            "zh-CN": changes.map(([from, to]) => `“${from}”应为“${to}”`).join("，"),
          },
        },
      });
    });
    capped.flush();
  },
});

/** True when the run [offset, offset + length) lies inside an occurrence of `word` in the text. */
function insideKeptWord(text: string, offset: number, length: number, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at <= offset && offset + length <= at + word.length) return true;
  }
  return false;
}
