import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "legal-basis-citation",
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "A legal basis names no instrument or no article, or is a catch-all.",
    "zh-CN": "法定依据未写明法律法规名称或条款，或使用兜底表述。",
  },
  policy: "法定依据",
  messages: {},
  check() {},
});
