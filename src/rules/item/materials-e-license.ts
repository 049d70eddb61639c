import { defineRule } from "../types.js";

// STUB: to be implemented (keep id, scope, defaultSeverity and fixable).
export default defineRule({
  id: "materials-e-license",
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "A material available as an e-licence is demanded on paper only.",
    "zh-CN": "可通过电子证照获取的材料仍要求提交纸质材料。",
  },
  policy: "电子证照免提交",
  messages: {},
  check() {},
});
