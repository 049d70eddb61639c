import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "fee-basis",
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "A charged item gives no fee basis or no fee item with a standard.",
    "zh-CN": "收费事项未写明收费依据或收费项目及标准。",
  },
  policy: "收费依据",
  messages: {},
  check() {},
});
