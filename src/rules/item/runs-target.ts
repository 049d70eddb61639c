import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "runs-target",
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "More than one run to the service site (at most one run not met).",
    "zh-CN": "到办事现场次数超过1次（未达到“最多跑一次”）。",
  },
  policy: "最多跑一次",
  messages: {},
  check() {},
});
