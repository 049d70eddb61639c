import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "materials-vague",
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "A material is a catch-all (其他材料, 相关材料…).",
    "zh-CN": "申请材料含兜底条款（其他材料、相关材料等）。",
  },
  policy: "不得设兜底条款",
  messages: {},
  check() {},
});
