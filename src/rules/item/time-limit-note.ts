import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "time-limit-note",
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "A time limit's note states a different duration than its value.",
    "zh-CN": "时限说明所述时长与时限数值不一致。",
  },
  policy: "时限与说明不一致",
  messages: {},
  check() {},
});
