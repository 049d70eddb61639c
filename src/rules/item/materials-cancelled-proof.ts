import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "materials-cancelled-proof",
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "A material is a proof that has been cancelled.",
    "zh-CN": "申请材料含已取消的证明事项。",
  },
  policy: "证明材料取消到位",
  messages: {},
  check() {},
});
