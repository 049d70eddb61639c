import { asRecord, asString } from "../access.js";
import { defineRule } from "../types.js";
import type { LocalizedText } from "../../i18n/localized.js";
import { findDurationInText, sameDuration } from "../../time/duration.js";
import { durationText, readLimit, type LimitKind } from "../time-limits.js";

const FIELD: Record<LimitKind, LocalizedText> = {
  legal: { en: "legal time limit", "zh-CN": "法定办结时限" },
  promised: { en: "promised time limit", "zh-CN": "承诺办结时限" },
};

// A note (说明) is what the applicant reads; the value is what metrics and the other rules use.
// When they disagree (value 66, note 受理之日起20个工作日) one of them is wrong, and the guide
// promises two different things. A note stating no duration (无, 法律未规定) or one we cannot read
// says nothing to compare; when a note states several, the first is the limit itself (later ones
// are extensions or sub-steps: 20个工作日内不能作出决定的，可以延长10个工作日).
export default defineRule({
  id: "time-limit-note",
  title: { en: "Time limit note contradicts the limit", "zh-CN": "办结时限说明与时限不符" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "A time limit's note states a different duration than its value, e.g. value 66 with note 受理之日起20个工作日.",
    "zh-CN": "时限说明所述时长与时限数值不一致，如数值为66而说明为“受理之日起20个工作日”。",
  },
  policy: "时限与说明不一致",
  messages: {
    differs: {
      en: 'The note of the {{field}} says "{{note}}" ({{stated}}), but the {{field}} is {{limit}}: correct the value or the note so that they agree.',
      "zh-CN": "{{field}}的时限说明“{{note}}”为{{stated}}，与{{field}}{{limit}}不一致，请修改时限数值或时限说明，使二者一致。",
    },
    dayMeansWorkingDay: {
      en: 'The note of the {{field}} says "{{note}}", and a bare 日 or 天 in a time limit counts working days (Administrative Licensing Law, art. 82), but the {{field}} is {{limit}}: write 个自然日 in the note if natural days are meant, or change the unit to working days.',
      "zh-CN":
        "{{field}}的时限说明“{{note}}”中的“日”“天”按工作日计算（《中华人民共和国行政许可法》第八十二条），与{{field}}{{limit}}不一致；如指自然日，请在说明中写明“个自然日”，否则请将时限单位改为工作日。",
    },
  },
  check({ item, report, unitFactors }) {
    for (const kind of ["legal", "promised"] as const) {
      const limit = readLimit(item, kind);
      const note = asString(asRecord(asRecord(item.timeLimit)?.[kind])?.note);
      if (!limit || note === undefined) continue;
      const stated = findDurationInText(note);
      if (stated === undefined || stated === "none" || sameDuration(stated, limit, unitFactors)) continue;

      const path = ["timeLimit", kind, "note"];
      const data = { field: FIELD[kind], note: note.trim(), limit: durationText(limit) };
      // 20日 against 20 natural days: the number agrees, the unit is the 行政许可法 trap.
      const bareDay = stated.unit === "working-day" && limit.unit === "natural-day" && stated.value === limit.value;
      if (bareDay && !note.normalize("NFKC").includes("工作日")) report({ messageId: "dayMeansWorkingDay", path, data });
      else report({ messageId: "differs", path, data: { ...data, stated: durationText(stated) } });
    }
  },
});
