import { asNumber } from "../access.js";
import { defineRule } from "../types.js";

/** "最多跑一次": an applicant comes to the service site at most once. */
export default defineRule({
  id: "runs-target",
  title: { en: "More runs than the target", "zh-CN": "到办事现场次数超过目标" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: 'More than one run to the service site ("at most one run" not met).',
    "zh-CN": "到办事现场次数超过1次（未达到“最多跑一次”）。",
  },
  policy: "最多跑一次",
  messages: {
    tooManyRuns: {
      en: 'The applicant must come to the service site {{runs}} times, so "at most one run" is not met: merge the visits (e.g. online pre-check, accepting missing materials later, sending the result by post) until one visit at most is left.',
      "zh-CN":
        "到办事现场次数为{{runs}}次，未达到“最多跑一次”要求；请通过网上预审、容缺受理、结果寄递等方式合并或减少到现场环节，将到办事现场次数压减到1次以内。",
    },
  },
  check({ item, report }) {
    const runs = asNumber(item.runs);
    if (runs !== undefined && runs > 1) report({ messageId: "tooManyRuns", path: ["runs"], data: { runs } });
  },
});
