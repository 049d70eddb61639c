import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "name-format",
  scope: "item",
  defaultSeverity: "warning",
  fixable: true,
  description: {
    en: "The item name has stray spaces, half-width or mixed brackets, or trailing punctuation.",
    "zh-CN": "事项名称含多余空格、半角或全半角混用括号、或末尾标点。",
  },
  policy: "事项名称规范",
  messages: {},
  check() {},
});
