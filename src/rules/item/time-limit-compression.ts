import { defineRule } from "../types.js";
import { toWorkingDays } from "../../time/duration.js";
import { durationText, EPSILON, readLimit } from "../time-limits.js";

interface CompressionOptions {
  /** The least compression (1 − promised / legal) an item should reach, 0–1. */
  min: number;
}

/** A share as a percentage, rounded down so a figure just below the target never reads as the target. */
function percent(share: number): string {
  return `${Math.floor(share * 1000 + 1e-6) / 10}%`;
}

// Provinces and counties set a target for how much shorter the promised limit is than the legal
// one (承诺时限比法定时限压缩X%). Profiles state it as a catalog mean; this rule applies it to
// each item, so a maintainer sees which items pull the mean down.
export default defineRule<"belowTarget" | "notCompressed", CompressionOptions>({
  id: "time-limit-compression",
  title: { en: "Promised limit not compressed enough", "zh-CN": "承诺时限压缩不足" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "The item's compression (1 − promised / legal, in working days) is below the target (option min).",
    "zh-CN": "承诺办结时限比法定办结时限的压缩比例（按工作日计算）低于目标值（选项 min）。",
  },
  policy: "承诺时限比法定时限压缩",
  messages: {
    belowTarget: {
      en: "The promised time limit ({{promised}}) is only {{compression}} shorter than the legal time limit ({{legal}}); the target is at least {{target}}: shorten the promised time limit to {{maxPromised}} or less.",
      "zh-CN":
        "承诺办结时限（{{promised}}）比法定办结时限（{{legal}}）仅压缩{{compression}}，未达到压缩{{target}}以上的目标，请将承诺办结时限压缩至{{maxPromised}}以内。",
    },
    notCompressed: {
      en: "The promised time limit ({{promised}}) is the same as the legal time limit ({{legal}}), with no compression; the target is at least {{target}}: shorten the promised time limit to {{maxPromised}} or less.",
      "zh-CN":
        "承诺办结时限（{{promised}}）与法定办结时限（{{legal}}）相同，未作压缩，未达到压缩{{target}}以上的目标，请将承诺办结时限压缩至{{maxPromised}}以内。",
    },
  },
  optionsSchema: {
    type: "object",
    properties: {
      min: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "the least compression an item should reach (0.6 is 60 %); the active profile's meanCompression target, if any, is the default",
      },
    },
    additionalProperties: false,
  },
  // The active profile's meanCompression target replaces this (config/rule-settings.ts); with no
  // profile: 0.6, the sichuan-pengxi-2021 target (蓬府办函〔2021〕6号: 承诺时限比法定时限平均压缩60%).
  defaultOptions: { min: 0.6 },
  // The active profile's mean-compression target is the least each item should reach; a `rules`
  // entry in the profile or the config still wins.
  optionsFromConfig: ({ profileTargets }) => {
    const min = profileTargets.meanCompression?.min;
    return min === undefined ? undefined : { min };
  },
  check({ item, report, options, unitFactors }) {
    const legal = readLimit(item, "legal");
    const promised = readLimit(item, "promised");
    if (!legal || !promised) return;
    const legalDays = toWorkingDays(legal, unitFactors);
    // No legal limit to compress (metrics.md leaves these items out of compression too).
    if (legalDays <= 0) return;
    const promisedDays = toWorkingDays(promised, unitFactors);
    // Longer than the legal limit is time-limit-exceeds-legal's finding, and a worse one.
    if (promisedDays > legalDays + EPSILON) return;

    const compression = 1 - promisedDays / legalDays;
    if (compression >= options.min - EPSILON) return;
    // The longest promise that meets the target, in the legal limit's unit, rounded down.
    const maxValue = Math.floor(legal.value * (1 - options.min) * 1000 + 1e-6) / 1000;
    const data = {
      promised: durationText(promised),
      legal: durationText(legal),
      target: percent(options.min),
      maxPromised: durationText({ value: maxValue, unit: legal.unit }),
    };
    const path = ["timeLimit", "promised", "value"];
    if (compression <= EPSILON) report({ messageId: "notCompressed", path, data });
    else report({ messageId: "belowTarget", path, data: { ...data, compression: percent(compression) } });
  },
});
