import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "address-specific",
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "An address has no concrete place or no office hours.",
    "zh-CN": "办理地点不具体或缺少办公时间。",
  },
  policy: "办理地址",
  messages: {},
  check() {},
});
