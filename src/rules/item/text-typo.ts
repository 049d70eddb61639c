import { describeField } from "../../i18n/field-labels.js";
import { forEachText } from "../../text/item-texts.js";
import { textMemo } from "../../text/memo.js";
import { BUILT_IN_TYPOS, corrected, findDoubledSuffixes, findTypos, type Typo, type TypoHit } from "../../text/typos.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";

// A misspelt guide misleads (户口薄 is no document anyone holds) and is what the provinces'
// self-inspections (要素规范自查) and the platforms' reviewers send back. Only misspellings with
// one certain correction are listed (src/text/typos.ts), so each finding carries its fix; a
// catalog adds its own with the option `extra`.

interface TextTypoOptions {
  extra?: Record<string, string>;
}

/** The hits in one text: listed misspellings and doubled suffixes, left to right, not overlapping. */
function hitsIn(text: string, typos: readonly Typo[]): TypoHit[] {
  const all = [...findTypos(text, typos), ...findDoubledSuffixes(text)].sort((a, b) => a.offset - b.offset);
  const kept: TypoHit[] = [];
  let end = 0;
  for (const hit of all) {
    if (hit.offset < end) continue;
    kept.push(hit);
    end = hit.offset + hit.wrong.length;
  }
  return kept;
}

// Most runs use the built-in list alone: its verdicts are memoised per text.
const builtInHits = textMemo<TypoHit[]>();
// The option's lists, built once per options object.
const listsByOptions = new WeakMap<Record<string, string>, readonly Typo[]>();

function typosFor(extra: Record<string, string> | undefined): readonly Typo[] | undefined {
  if (extra === undefined || Object.keys(extra).length === 0) return undefined;
  let list = listsByOptions.get(extra);
  if (list === undefined) {
    // A correction that contains its misspelling (A → AB) would be found again in its own fix.
    const own = Object.entries(extra).filter(([wrong, right]) => !right.includes(wrong));
    list = [...own.map(([wrong, right]) => ({ wrong, right })), ...BUILT_IN_TYPOS];
    listsByOptions.set(extra, list);
  }
  return list;
}

/** Guide text is spelt right (户口簿, not 户口薄; 呈贡区, not 呈贡区区). */
export default defineRule<"typo" | "more", TextTypoOptions>({
  id: "text-typo",
  title: { en: "Misspelling", "zh-CN": "错别字" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: true,
  description: {
    en: "A text has a known misspelling (户口薄 → 户口簿, 攻务 → 政务) or a doubled administrative suffix (呈贡区区).",
    "zh-CN": "文字含常见错别字（户口薄→户口簿、攻务→政务）或行政区划后缀重复（呈贡区区）。",
  },
  policy: "办事指南文字准确规范，无错别字",
  messages: {
    typo: {
      en: 'The {{field}} "{{value}}" is misspelt: {{corrections}}. Correct it to "{{fixed}}".',
      "zh-CN": "{{field}}“{{value}}”有错别字：{{corrections}}；请改为“{{fixed}}”。",
    },
    more: MORE_FINDINGS,
  },
  optionsSchema: {
    type: "object",
    properties: {
      extra: {
        type: "object",
        description: "more misspellings, each `wrong: right` (e.g. `营业执照付本: 营业执照副本`); checked before the built-in list",
        propertyNames: { minLength: 1 },
        additionalProperties: { type: "string" },
      },
    },
    additionalProperties: false,
  },
  defaultOptions: {},
  check({ item, options, report }) {
    const capped = cappedReport(report, "more");
    const typos = typosFor(options.extra);
    forEachText(item, (text, pathOf) => {
      const hits = typos === undefined ? builtInHits.get(text, (t) => hitsIn(t, BUILT_IN_TYPOS)) : hitsIn(text, typos);
      if (hits.length === 0) return;
      const fixed = corrected(text, hits);
      const path = pathOf();
      capped.report({
        messageId: "typo",
        path,
        data: {
          field: describeField(path),
          value: text,
          fixed,
          corrections: {
            en: hits.map((hit) => `"${hit.wrong}" → "${hit.right}"`).join(", "),
            "zh-CN": hits.map((hit) => `“${hit.wrong}”应为“${hit.right}”`).join("，"),
          },
        },
        fix: { value: fixed },
      });
    });
    capped.flush();
  },
});
