import { recordsOf } from "../access.js";
import { toWorkingDays, type Duration } from "../../time/duration.js";
import { durationText, EPSILON, readDurationNode, readLimit } from "../time-limits.js";
import { defineRule } from "../types.js";

// The promised limit (承诺办结时限) is what the applicant is told the whole item takes; the process
// (办理流程) says how that time is spent. Steps whose limits add up to more than the promise make
// one of the two untrue. Steps without a limit take none of it; units are converted as the other
// time-limit rules convert them (natural days, hours and minutes through the unit factors).

/** The sum of some durations: in their unit when they share one (3 + 2 个工作日), else in working days. */
function total(durations: readonly Duration[], workingDays: number): Duration {
  const unit = durations[0]?.unit;
  if (unit !== undefined && durations.every((d) => d.unit === unit)) return { value: durations.reduce((sum, d) => sum + d.value, 0), unit };
  return { value: Math.round(workingDays * 100) / 100, unit: "working-day" };
}

/** The steps of the process fit within the promised time limit (各环节时限之和不超过承诺时限). */
export default defineRule({
  id: "process-time-limit",
  title: { en: "Process steps exceed the promised limit", "zh-CN": "办理环节时限超过承诺时限" },
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "The time limits of the process steps add up to more than the promised time limit.",
    "zh-CN": "办理流程各环节时限之和超过承诺办结时限。",
  },
  policy: "办理流程各环节时限之和不得超过承诺办结时限",
  messages: {
    exceeds: {
      en: 'The process steps up to "{{step}}" take {{steps}}, more than the promised time limit ({{promised}}): the steps must fit within what is promised. Shorten the steps\' limits, or correct the promised time limit.',
      "zh-CN":
        "办理流程截至“{{step}}”环节的时限之和为{{steps}}，已超过承诺办结时限（{{promised}}）；各环节时限之和不得超过承诺时限，请压缩环节时限或更正承诺办结时限。",
    },
  },
  check({ item, report, unitFactors }) {
    const promised = readLimit(item, "promised");
    if (!promised) return;
    const allowed = toWorkingDays(promised, unitFactors);
    const durations: Duration[] = [];
    let days = 0;
    for (const [step, index] of recordsOf(item.process)) {
      const limit = readDurationNode(step.timeLimit);
      if (!limit) continue;
      durations.push(limit);
      days += toWorkingDays(limit, unitFactors);
      if (days <= allowed + EPSILON) continue;
      // At the step where the sum first passes the promise: the one to look at.
      const name = typeof step.name === "string" && step.name.trim() !== "" ? step.name.trim() : `#${index + 1}`;
      report({
        messageId: "exceeds",
        path: ["process", index, "timeLimit"],
        data: { step: name, steps: durationText(total(durations, days)), promised: durationText(promised) },
      });
      return;
    }
  },
});
