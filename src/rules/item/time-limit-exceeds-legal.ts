import { type Duration, toWorkingDays, type UnitFactors } from "../../time/duration.js";
import type { Suggestion } from "../../vocabulary.js";
import { durationText, EPSILON, readLimit } from "../time-limits.js";
import { defineRule } from "../types.js";

/**
 * The promised value that equals the legal limit, in the promised limit's own unit: the legal value
 * when the units agree, else the most whole units that stay within it (20 working days: 28 natural days).
 */
function legalSuggestion(legal: Duration, promised: Duration, factors: UnitFactors): Suggestion[] | undefined {
  const value =
    legal.unit === promised.unit
      ? legal.value
      : Math.floor((toWorkingDays(legal, factors) + EPSILON) / toWorkingDays({ value: 1, unit: promised.unit }, factors));
  if (!Number.isFinite(value) || value < 0 || value >= promised.value) return undefined;
  const text = durationText({ value, unit: promised.unit });
  return [
    {
      desc: { en: `Promise the legal limit: ${text.en}.`, "zh-CN": `将承诺办结时限改为法定时限：${text["zh-CN"]}。` },
      fix: { value },
    },
  ];
}

/** Promised time must not exceed the legal time (承诺时限不得超过法定时限). */
export default defineRule({
  id: "time-limit-exceeds-legal",
  title: { en: "Promised limit longer than legal", "zh-CN": "承诺时限超过法定时限" },
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  // Not safe: the office may not manage the legal limit; the person decides whether it can promise that.
  hasSuggestions: true,
  description: {
    en: "The promised time limit is longer than the legal one, after converting units.",
    "zh-CN": "承诺办结时限超过法定办结时限（换算为工作日后比较）。",
  },
  policy: "承诺时限不得超过法定时限",
  messages: {
    exceeds: {
      en: "The promised time limit ({{promised}}) is longer than the legal time limit ({{legal}}): a promise may not exceed what the law allows, so shorten the promised time limit to {{legal}} or less.",
      "zh-CN": "承诺办结时限（{{promised}}）超过法定办结时限（{{legal}}），承诺时限不得超过法定时限，请将承诺办结时限缩短至{{legal}}以内。",
    },
    exceedsImmediate: {
      en: "The legal time limit is 0 (the law requires the item to be done on the spot), but the promised time limit is {{promised}}: set the promised time limit to 0.",
      "zh-CN": "法定办结时限为0（即办，须当场办结），但承诺办结时限为{{promised}}，请将承诺办结时限改为0。",
    },
  },
  check({ item, report, unitFactors }) {
    // legal: null means no law sets a limit: nothing to exceed.
    const legal = readLimit(item, "legal");
    const promised = readLimit(item, "promised");
    if (!legal || !promised) return;
    if (toWorkingDays(promised, unitFactors) <= toWorkingDays(legal, unitFactors) + EPSILON) return;
    const path = ["timeLimit", "promised", "value"];
    const suggestions = legalSuggestion(legal, promised, unitFactors);
    if (legal.value === 0) report({ messageId: "exceedsImmediate", path, data: { promised: durationText(promised) }, suggestions });
    else report({ messageId: "exceeds", path, data: { promised: durationText(promised), legal: durationText(legal) }, suggestions });
  },
});
