// The one translator of Ajv's errors into the tool's words, for every file guidelint validates
// against a schema of its own (config, profile, mapping files): "{{key}} {{problem}}" messages
// take its text as their `problem`.
import type { ErrorObject } from "ajv";
import type { LocalizedText } from "./localized.js";
import { renderBoth } from "./render.js";

export const AJV_WORDS = {
  type: { en: "must be {{types}}", "zh-CN": "类型应为 {{types}}" },
  enum: { en: "must be one of {{values}}", "zh-CN": "应为以下之一：{{values}}" },
  required: { en: 'is missing "{{property}}"', "zh-CN": "缺少“{{property}}”" },
  minLength: { en: "must not be empty", "zh-CN": "不能为空" },
  pattern: { en: "must match {{pattern}}", "zh-CN": "应符合 {{pattern}}" },
  formatRegex: { en: "is not a valid regular expression", "zh-CN": "不是有效的正则表达式" },
  format: { en: "must be a {{format}}", "zh-CN": "格式应为 {{format}}" },
  minimum: { en: "must be at least {{limit}}", "zh-CN": "应不小于{{limit}}" },
  maximum: { en: "must be at most {{limit}}", "zh-CN": "应不大于{{limit}}" },
  uniqueItems: { en: "lists an entry twice", "zh-CN": "含重复项" },
  ruleEntry: { en: "must be [level, { options }]", "zh-CN": "应为 [级别, { 选项 }]" },
  unknownOption: { en: 'has an unknown option "{{option}}"', "zh-CN": "含未知选项“{{option}}”" },
} satisfies Record<string, LocalizedText>;

/** What a profile's schema means by its keywords: targets are shares and name a bound. */
export const PROFILE_AJV_WORDS = {
  noMetric: { en: "must name at least one metric", "zh-CN": "应至少列出一个指标" },
  noBound: { en: "must give min or max", "zh-CN": "应给出 min 或 max" },
  shareMaximum: { en: "must be at most {{limit}} (a share: write 60 % as 0.6)", "zh-CN": "应不大于{{limit}}（比例以小数表示：60% 写作 0.6）" },
} satisfies Record<string, LocalizedText>;

/** What an import mapping's schema means by its keywords: a skip or subjects list names values. */
export const MAPPING_AJV_WORDS = {
  minItems: { en: "must list at least one value", "zh-CN": "应至少列出一个值" },
} satisfies Record<string, LocalizedText>;

const both = renderBoth;

/**
 * What is wrong, in both languages. `overrides` lets a file word a keyword for what its schema
 * means by it (a profile's `maximum` is a share: 60 % is 0.6).
 */
export function ajvProblem(error: ErrorObject, overrides: Partial<Record<string, LocalizedText>> = {}): LocalizedText {
  const own = overrides[error.keyword];
  if (own) return own;
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type": {
      const types = String(p.type).split(",");
      return both(AJV_WORDS.type, { types: { en: types.join(" or "), "zh-CN": types.join(" 或 ") } });
    }
    case "enum": {
      const values = (p.allowedValues as unknown[]).map(String);
      return both(AJV_WORDS.enum, { values: { en: values.join(", "), "zh-CN": values.join("、") } });
    }
    case "required":
      return both(AJV_WORDS.required, { property: String(p.missingProperty) });
    case "minLength":
      return AJV_WORDS.minLength;
    case "pattern":
      return both(AJV_WORDS.pattern, { pattern: String(p.pattern) });
    case "format":
      return p.format === "regex" ? AJV_WORDS.formatRegex : both(AJV_WORDS.format, { format: String(p.format) });
    case "minimum":
    case "maximum":
      return both(AJV_WORDS[error.keyword], { limit: String(p.limit) });
    case "uniqueItems":
      return AJV_WORDS.uniqueItems;
    case "minItems":
    case "maxItems":
      return AJV_WORDS.ruleEntry;
    case "additionalProperties":
      return both(AJV_WORDS.unknownOption, { option: String(p.additionalProperty) });
    default:
      return { en: error.message ?? error.keyword, "zh-CN": error.message ?? error.keyword };
  }
}
