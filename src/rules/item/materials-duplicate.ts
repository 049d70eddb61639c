import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "materials-duplicate",
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "The same material is listed twice.",
    "zh-CN": "同一申请材料重复列出。",
  },
  messages: {},
  check() {},
});
