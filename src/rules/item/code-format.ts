import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "code-format",
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "The implementation code or basic code breaks the coding structure.",
    "zh-CN": "实施编码或基本编码不符合编码规则。",
  },
  policy: "事项编码",
  messages: {},
  check() {},
});
