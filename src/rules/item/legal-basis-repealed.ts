import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "legal-basis-repealed",
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "A legal basis cites a repealed instrument.",
    "zh-CN": "法定依据引用已废止的法律法规。",
  },
  policy: "依据过时",
  messages: {},
  check() {},
});
