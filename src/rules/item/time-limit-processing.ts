import { defineRule } from "../types.js";
import { durationText, readLimit } from "../time-limits.js";

// 即办件 are done on the spot when the application is complete, so their promised limit is 0;
// 承诺件 are decided later, within a promised number of days, so theirs is above 0. A mismatch
// means either the limit or the processing type (办件类型) is wrong, and the guide misleads.
export default defineRule({
  id: "time-limit-processing",
  title: { en: "Processing type contradicts the limit", "zh-CN": "办件类型与办结时限矛盾" },
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "The promised limit does not fit the processing type: an immediate item (即办件) above 0, or a commitment item (承诺件) at 0.",
    "zh-CN": "承诺办结时限与办件类型不符：即办件承诺时限大于0，或承诺件承诺时限为0。",
  },
  policy: "即办件/承诺件",
  messages: {
    immediateWithLimit: {
      en: "This is an immediate item (即办件) but its promised time limit is {{promised}}: an immediate item must be done on the spot, so set the promised time limit to 0, or make it a commitment item (承诺件).",
      "zh-CN": "办件类型为即办件，但承诺办结时限为{{promised}}。即办件须当场办结，请将承诺办结时限改为0，或将办件类型改为承诺件。",
    },
    commitmentWithoutLimit: {
      en: "This is a commitment item (承诺件) but its promised time limit is 0: give the time limit you commit to, or make it an immediate item (即办件) if it is done on the spot.",
      "zh-CN": "办件类型为承诺件，但承诺办结时限为0。请填写承诺办结的具体时限；如当场即可办结，请将办件类型改为即办件。",
    },
  },
  check({ item, report }) {
    const promised = readLimit(item, "promised");
    if (!promised) return;
    // Each finding points at what contradicts the item's usual state: most items are commitment
    // items with a promised limit, so an immediate one with a limit is usually a wrong processing
    // type, and a commitment item at 0 a wrong promised limit.
    if (item.processing === "immediate" && promised.value > 0) {
      report({ messageId: "immediateWithLimit", path: ["processing"], data: { promised: durationText(promised) } });
    } else if (item.processing === "commitment" && promised.value === 0) {
      report({ messageId: "commitmentWithoutLimit", path: ["timeLimit", "promised", "value"] });
    }
  },
});
