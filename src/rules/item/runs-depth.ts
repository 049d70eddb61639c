import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "runs-depth",
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "The run count contradicts the online depth or the paper originals required.",
    "zh-CN": "到现场次数与网上办理深度或纸质原件要求矛盾。",
  },
  policy: "全程网办 / 零跑动",
  messages: {},
  check() {},
});
