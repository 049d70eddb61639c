// ajv errors → `schema` findings in words a maintainer understands, pointing at the node at
// fault: an unknown key → that key; a missing element → its parent; a wrong value → the value.
import { describeField, fieldLabel } from "../i18n/field-labels.js";
import { ENUM_LABELS } from "../i18n/enum-labels.js";
import { type LocalizedText, sameInBoth } from "../i18n/localized.js";
import type { ReportDescriptor } from "../rules/types.js";
import { closest, suggestionOf } from "../text/similar.js";
import { visibleText } from "../text/visible.js";
import type { JsonPath } from "../vocabulary.js";
import { enumFix, typeFix } from "../fix/schema-fixes.js";
import { pointerToPath } from "./json-pointer.js";
import { type ErrorObject, validateServiceGuide } from "./ajv.js";
import { resolveAlternatives } from "./alternatives.js";

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { en: "text", "zh-CN": "文本" },
  number: { en: "a number", "zh-CN": "数字" },
  integer: { en: "a whole number", "zh-CN": "整数" },
  boolean: { en: "true or false", "zh-CN": "布尔值（true/false）" },
  array: { en: "a list", "zh-CN": "列表" },
  object: { en: "a mapping of keys", "zh-CN": "键值映射" },
  null: { en: "empty (null)", "zh-CN": "空值（null）" },
};

const PATTERN_EXPECTATIONS: Record<string, LocalizedText> = {
  "^[0-9]{6}$": { en: 'six digits in quotes, e.g. "510921"', "zh-CN": '应为加引号的6位数字，如 "510921"' },
  "^[a-z][a-z0-9-]*$": {
    en: "a channel id in lower case, e.g. pc, mobile, window, kiosk",
    "zh-CN": "应为小写渠道标识，如 pc、mobile、window、kiosk",
  },
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typeName(type: string): LocalizedText {
  return TYPE_NAMES[type] ?? sameInBoth(type);
}

function joinTypes(types: string[]): LocalizedText {
  const names = types.map(typeName);
  return { en: names.map((n) => n.en).join(" or "), "zh-CN": names.map((n) => n["zh-CN"]).join("或") };
}

/** The value as quoted in a message: cut at 40 characters, its invisible characters named. */
function shortValue(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return visibleText(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

/** The enum an error's field uses, to name its values in Chinese: the last key in the path. */
function enumKind(path: JsonPath): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === "string") return segment === "subjects" ? "subjects" : segment;
  }
  return undefined;
}

function allowedValues(values: unknown[], path: JsonPath): LocalizedText {
  const labels = ENUM_LABELS[enumKind(path) ?? ""] ?? {};
  const en = values.map((v) => (labels[String(v)] ? `${v} (${labels[String(v)].en})` : String(v))).join(", ");
  const zh = values.map((v) => (labels[String(v)] ? `${v}（${labels[String(v)]["zh-CN"]}）` : String(v))).join("、");
  return { en, "zh-CN": zh };
}

function knownKeys(error: ErrorObject): string[] {
  return Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
}

/** A missing child named on its own: the parent is already in the message. */
function childLabel(path: JsonPath, key: string): LocalizedText {
  const label = fieldLabel(path);
  return label ? { en: `${label.en} (${key})`, "zh-CN": `“${label["zh-CN"]}”（${key}）` } : sameInBoth(key);
}

function describe(error: ErrorObject, record: unknown): ReportDescriptor | undefined {
  const path = pointerToPath(error.instancePath);
  const field = describeField(path);
  const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], record);
  switch (error.keyword) {
    case "required": {
      const missing = String(error.params.missingProperty);
      return {
        messageId: "required",
        path,
        anchor: "key",
        // `missing` is no placeholder: it places the finding at the element's own (empty) cell when a workbook is linted.
        data: { parent: field, field: childLabel([...path, missing], missing), missing },
      };
    }
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const guess = closest(key, knownKeys(error));
      return {
        messageId: "unknownKey",
        path: [...path, key],
        anchor: "key",
        data: {
          key: shortValue(key),
          parent: field,
          suggestion: suggestionOf(guess),
        },
      };
    }
    case "type": {
      const expected = String(error.params.type).split(",");
      const actual = typeOf(value);
      const quoteHint =
        expected.includes("string") && (actual === "integer" || actual === "number")
          ? { en: ': put it in quotes, e.g. "0825", so leading zeros are kept', "zh-CN": '：请加引号，如 "0825"，以免丢失开头的0' }
          : "";
      const fix = typeFix(path, value, expected);
      return {
        messageId: "type",
        path,
        data: { field, expected: joinTypes(expected), actual: typeName(actual), hint: quoteHint },
        ...(fix ? { fix } : {}),
      };
    }
    case "enum": {
      const fix = enumFix(path, value, error.params.allowedValues as unknown[]);
      return {
        messageId: "enum",
        path,
        data: { field, value: shortValue(value), allowed: allowedValues(error.params.allowedValues as unknown[], path) },
        ...(fix ? { fix } : {}),
      };
    }
    case "pattern": {
      const pattern = String(error.params.pattern);
      return {
        messageId: "pattern",
        path,
        data: {
          field,
          value: shortValue(value),
          expected: PATTERN_EXPECTATIONS[pattern] ?? sameInBoth(`/${pattern}/`),
        },
      };
    }
    case "minItems":
      return { messageId: "minItems", path, anchor: path.length ? "value" : "key", data: { field, limit: Number(error.params.limit) } };
    case "minLength":
      return { messageId: "minLength", path, data: { field } };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        messageId: "range",
        path,
        data: {
          field,
          value: shortValue(value),
          comparison: COMPARISONS[error.keyword],
          limit: Number(error.params.limit),
        },
      };
    case "uniqueItems":
      return { messageId: "uniqueItems", path, data: { field } };
    default:
      return { messageId: "invalid", path, data: { field, detail: sameInBoth(error.message ?? error.keyword) } };
  }
}

const COMPARISONS: Record<string, LocalizedText> = {
  minimum: { en: "at least", "zh-CN": "不小于" },
  maximum: { en: "at most", "zh-CN": "不大于" },
  exclusiveMinimum: { en: "more than", "zh-CN": "大于" },
  exclusiveMaximum: { en: "less than", "zh-CN": "小于" },
};

/**
 * Findings of one kind (message) per record before the rest are only counted. A spreadsheet
 * exported with a column per day can put 100,000 unknown keys in one record: listing each would
 * bury every other finding, and locating each costs a walk of the document.
 */
export const MAX_FINDINGS_PER_KIND = 100;

// The message describe() gives each keyword, known before describing (the cap is applied first).
const MESSAGE_OF_KEYWORD: Record<string, string> = {
  required: "required",
  additionalProperties: "unknownKey",
  type: "type",
  enum: "enum",
  pattern: "pattern",
  minItems: "minItems",
  minLength: "minLength",
  minimum: "range",
  maximum: "range",
  exclusiveMinimum: "range",
  exclusiveMaximum: "range",
  uniqueItems: "uniqueItems",
};

/**
 * The record's schema violations, one per violation, as findings of the `schema` rule: at most
 * MAX_FINDINGS_PER_KIND of each message, then one `more` finding counting the rest, at the first
 * one left out. Linear in the number of errors.
 */
export function schemaFindings(record: unknown): ReportDescriptor[] {
  const validate = validateServiceGuide();
  if (validate(record)) return [];
  const resolved = resolveAlternatives(validate.errors ?? []);
  // A value of the wrong type also fails its enum/pattern/range: the type is the root cause.
  const wrongType = new Set(resolved.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  // A misspelt key (`phon:`) is one mistake: the unknown-key finding suggests the right name,
  // so the "missing phone" it causes is not reported again. Only unknown keys beside a missing
  // element can be its misspelling, so only those are compared with the known keys.
  const missingAt = new Set(resolved.filter((e) => e.keyword === "required").map((e) => e.instancePath));
  const misspelt = new Set(
    resolved
      .filter((e) => e.keyword === "additionalProperties" && missingAt.has(e.instancePath))
      .map((e) => `${e.instancePath}|${closest(String(e.params.additionalProperty), knownKeys(e))}`),
  );
  const errors = resolved.filter(
    (e) =>
      (e.keyword === "type" || !wrongType.has(e.instancePath)) && !(e.keyword === "required" && misspelt.has(`${e.instancePath}|${e.params.missingProperty}`)),
  );
  const out: ReportDescriptor[] = [];
  const seen = new Set<string>();
  const left = new Map<string, { count: number; first: ErrorObject }>();
  const listed = new Map<string, number>();
  for (const error of errors) {
    const messageId = MESSAGE_OF_KEYWORD[error.keyword] ?? "invalid";
    if ((listed.get(messageId) ?? 0) >= MAX_FINDINGS_PER_KIND) {
      // Past the cap nothing is described, only counted: the same node, keyword and parameters
      // are the same finding (what the described findings' key below amounts to).
      const key = `${messageId}|${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const rest = left.get(messageId);
      if (rest) rest.count++;
      else left.set(messageId, { count: 1, first: error });
      continue;
    }
    const descriptor = describe(error, record);
    if (!descriptor) continue;
    // Two keywords can fail on one node (an enum value that is also the wrong type): say it once.
    const key = `${descriptor.messageId}|${descriptor.path.join("/")}|${JSON.stringify(descriptor.data)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    listed.set(messageId, (listed.get(messageId) ?? 0) + 1);
    out.push(descriptor);
  }
  for (const { count, first } of left.values()) {
    const at = describe(first, record);
    if (at) out.push({ messageId: "more", path: at.path, ...(at.anchor ? { anchor: at.anchor } : {}), data: { count, limit: MAX_FINDINGS_PER_KIND } });
  }
  return out;
}
