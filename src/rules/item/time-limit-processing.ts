import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "time-limit-processing",
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "The promised limit does not fit the processing type (即办件 / 承诺件).",
    "zh-CN": "承诺时限与办件类型（即办件/承诺件）不符。",
  },
  policy: "即办件/承诺件",
  messages: {},
  check() {},
});
