import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "phone-format",
  scope: "item",
  defaultSeverity: "warning",
  fixable: true,
  description: {
    en: "A phone number is malformed or uses full-width characters.",
    "zh-CN": "电话号码格式不正确或使用全角字符。",
  },
  policy: "咨询/投诉电话",
  messages: {},
  check() {},
});
