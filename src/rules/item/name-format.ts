import type { LocalizedText } from "../../i18n/localized.js";
import { hasCjk, trimTrailing } from "../../text/normalize.js";
import { defineRule } from "../types.js";

type Problem = "edgeSpace" | "repeatedSpace" | "halfWidthBracket" | "trailingPunctuation";

const PROBLEM_TEXT: Readonly<Record<Problem, LocalizedText>> = {
  edgeSpace: { en: "leading or trailing spaces", "zh-CN": "首尾有空格" },
  repeatedSpace: { en: "repeated spaces", "zh-CN": "有连续空格" },
  halfWidthBracket: { en: "half-width brackets () in Chinese text", "zh-CN": "中文名称中使用了半角括号()" },
  trailingPunctuation: { en: "punctuation at the end", "zh-CN": "末尾有标点" },
};

// \s covers the ideographic space (U+3000) and the no-break space as well.
const EDGE_SPACE = /^\s|\s$/u;
const REPEATED_SPACE = /\s{2,}/u;
const HALF_WIDTH_BRACKET = /[()]/u;
// An item name is a title, not a sentence: it never ends in a stop, comma, semicolon, 、 or colon.
const TRAILING_PUNCTUATION = /[。．.，,；;、：:]$/u;
const TRAILING_PUNCTUATION_OR_SPACE = /[\s。．.，,；;、：:]/u;

/** Item names are written as the basic catalog writes them (事项名称规范). */
export default defineRule({
  id: "name-format",
  title: { en: "Item name badly formatted", "zh-CN": "事项名称格式不规范" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: true,
  description: {
    en: "The item name has stray spaces, half-width or mixed brackets, or trailing punctuation.",
    "zh-CN": "事项名称含多余空格、半角或全半角混用括号、或末尾标点。",
  },
  policy: "事项名称规范",
  messages: {
    format: {
      en: 'The item name "{{name}}" has {{problems}}; write it as "{{fixed}}" (Chinese names use full-width brackets （） and end without punctuation).',
      "zh-CN": "事项名称“{{name}}”{{problems}}，应写作“{{fixed}}”（中文名称用全角括号（），末尾不加标点）。",
    },
  },
  check({ item, report }) {
    const name = item.name;
    // A missing, non-text or blank name is the schema's finding.
    if (typeof name !== "string" || name.trim() === "") return;
    const problems = problemsOf(name);
    if (problems.length === 0) return;
    const fixed = fixName(name);
    report({
      messageId: "format",
      path: ["name"],
      data: {
        name,
        fixed,
        problems: {
          en: problems.map((p) => PROBLEM_TEXT[p].en).join(", "),
          "zh-CN": problems.map((p) => PROBLEM_TEXT[p]["zh-CN"]).join("、"),
        },
      },
      // A name that is nothing but punctuation has no safe correction.
      ...(fixed === "" ? {} : { fix: { value: fixed } }),
    });
  },
});

function problemsOf(name: string): Problem[] {
  const out: Problem[] = [];
  if (EDGE_SPACE.test(name)) out.push("edgeSpace");
  if (REPEATED_SPACE.test(name.trim())) out.push("repeatedSpace");
  // Brackets in a name without Chinese (e.g. a product code) follow that text's own conventions.
  if (hasCjk(name) && HALF_WIDTH_BRACKET.test(name)) out.push("halfWidthBracket");
  if (TRAILING_PUNCTUATION.test(name.trim())) out.push("trailingPunctuation");
  return out;
}

/** The name with every problemsOf() problem corrected, and nothing else changed. */
function fixName(name: string): string {
  let fixed = name;
  if (hasCjk(fixed)) fixed = fixed.replace(/\(/gu, "（").replace(/\)/gu, "）");
  fixed = trimTrailing(fixed, TRAILING_PUNCTUATION_OR_SPACE);
  return fixed.trim().replace(/\s{2,}/gu, " ");
}
