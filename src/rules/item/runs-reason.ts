import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "runs-reason",
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "Runs above 0 without a reason for on-site handling.",
    "zh-CN": "到现场次数大于0但未说明必须现场办理的原因。",
  },
  policy: "到现场次数",
  messages: {},
  check() {},
});
