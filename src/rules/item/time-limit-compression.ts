import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "time-limit-compression",
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "The promised limit is not compressed enough against the legal one.",
    "zh-CN": "承诺时限比法定时限压缩不足。",
  },
  policy: "承诺时限比法定时限压缩",
  messages: {},
  check() {},
});
