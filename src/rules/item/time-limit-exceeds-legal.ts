import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "time-limit-exceeds-legal",
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "The promised time limit is longer than the legal one.",
    "zh-CN": "承诺办结时限超过法定办结时限。",
  },
  policy: "承诺时限不得超过法定时限",
  messages: {},
  check() {},
});
