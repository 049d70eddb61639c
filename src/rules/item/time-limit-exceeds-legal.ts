import { asNumber, asRecord } from "../access.js";
import { defineRule } from "../types.js";
import type { LocalizedText } from "../../i18n/localized.js";
import { formatDuration, toWorkingDays, type Duration, type TimeUnit } from "../../time/duration.js";

export type LimitKind = "legal" | "promised";

const TIME_UNITS: Record<TimeUnit, true> = { "working-day": true, "natural-day": true, hour: true, minute: true };

/**
 * `timeLimit.legal` / `timeLimit.promised` as a duration, or undefined when it is absent, null
 * (no legal limit) or malformed — the schema reports a malformed one, and the time-limit rules
 * stay silent rather than guess.
 */
export function readLimit(item: Record<string, unknown>, kind: LimitKind): Duration | undefined {
  const limit = asRecord(asRecord(item.timeLimit)?.[kind]);
  const value = asNumber(limit?.value);
  const unit = limit?.unit;
  if (value === undefined || value < 0 || typeof unit !== "string" || !Object.hasOwn(TIME_UNITS, unit)) return undefined;
  return { value, unit: unit as TimeUnit };
}

/** A duration in words, in both languages: `20个工作日` / `20 working days`. */
export function durationText(d: Duration): LocalizedText {
  return { en: formatDuration(d, "en"), "zh-CN": formatDuration(d, "zh-CN") };
}

// Converted lengths in floating point (7 natural days × 5/7) may miss by an ulp; equal is not longer.
export const EPSILON = 1e-9;

/** Promised time must not exceed the legal time (承诺时限不得超过法定时限). */
export default defineRule({
  id: "time-limit-exceeds-legal",
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
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
    if (legal.value === 0) report({ messageId: "exceedsImmediate", path, data: { promised: durationText(promised) } });
    else report({ messageId: "exceeds", path, data: { promised: durationText(promised), legal: durationText(legal) } });
  },
});
