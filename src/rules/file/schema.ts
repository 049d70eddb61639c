import { MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";

/** Reported by the engine from the JSON Schema; see src/schema/ for how ajv errors become these messages. */
export default defineRule({
  id: "schema",
  title: { en: "Element missing or malformed", "zh-CN": "要素缺失或格式不符" },
  scope: "file",
  defaultSeverity: "error",
  // Safe fixes for what exports write: labels for enum ids, durations as text, unquoted codes (src/fix/schema-fixes.ts).
  fixable: true,
  description: {
    en: "The record breaks the service-guide JSON Schema.",
    "zh-CN": "办事指南不符合 JSON Schema 要素规范。",
  },
  policy: "要素规范整改：事项名称、法定依据、办理时限、申请材料、服务对象、办理地址",
  messages: {
    required: {
      en: "{{parent}} is missing the required element {{field}}.",
      "zh-CN": "{{parent}}缺少必填要素{{field}}。",
    },
    unknownKey: {
      en: 'Unknown element "{{key}}" in {{parent}}{{suggestion}}; local extensions must start with "x-".',
      "zh-CN": "{{parent}}中有未知要素“{{key}}”{{suggestion}}；本地扩展字段须以“x-”开头。",
    },
    type: {
      en: "{{field}} must be {{expected}}, not {{actual}}{{hint}}.",
      "zh-CN": "{{field}}应为{{expected}}，实为{{actual}}{{hint}}。",
    },
    enum: {
      en: '{{field}} "{{value}}" is not an allowed value; use one of: {{allowed}}.',
      "zh-CN": "{{field}}“{{value}}”不是允许的取值；可选：{{allowed}}。",
    },
    pattern: {
      en: '{{field}} "{{value}}" has the wrong form: {{expected}}.',
      "zh-CN": "{{field}}“{{value}}”格式不正确：{{expected}}。",
    },
    minItems: {
      en: "{{field}} must list at least {{limit}} entry.",
      "zh-CN": "{{field}}至少应有{{limit}}项。",
    },
    minLength: {
      en: "{{field}} must not be empty.",
      "zh-CN": "{{field}}不能为空。",
    },
    range: {
      en: "{{field}} is {{value}}, but must be {{comparison}} {{limit}}.",
      "zh-CN": "{{field}}为{{value}}，应{{comparison}}{{limit}}。",
    },
    uniqueItems: {
      en: "{{field}} lists the same value twice.",
      "zh-CN": "{{field}}中有重复取值。",
    },
    invalid: {
      en: "{{field}} is not valid: {{detail}}.",
      "zh-CN": "{{field}}不符合要求：{{detail}}。",
    },
    // Past MAX_FINDINGS_PER_KIND findings of one kind in a record (src/schema/schema-findings.ts).
    more: MORE_FINDINGS,
  },
});
