import { FIELD_LABELS } from "../../i18n/field-labels.js";
import type { LocalizedText } from "../../i18n/localized.js";
import { textMemo } from "../../text/memo.js";
import { defineRule } from "../types.js";

const FIELDS = ["phone", "complaintPhone"] as const;

// Area codes: 010 and 02x are three digits and their local numbers eight; every other area code
// is four digits (0xxx) with seven- or eight-digit local numbers. Local numbers never start with
// 0 or 1 (those are the trunk and the special-service prefixes).
const AREA_3 = String.raw`0(?:10|2\d)`;
const AREA_4 = String.raw`0[3-9]\d{2}`;
const OPEN = "[(（]";
const CLOSE = "[)）]";
const EXTENSION = String.raw`(?:(?:-|转)\d{1,6})?`;
const LANDLINE = new RegExp(
  String.raw`^(?:(?:${AREA_3}|${OPEN}${AREA_3}${CLOSE})-?[2-9]\d{7}|(?:${AREA_4}|${OPEN}${AREA_4}${CLOSE})-?[2-9]\d{6,7})${EXTENSION}$`,
  "u",
);
const MOBILE = /^1[3-9]\d-?\d{4}-?\d{4}$/u;
// 12345 (government service), 12315, 12333, 12348, 12366…: 1 + four digits; also dialled behind an area code.
const HOTLINE = new RegExp(String.raw`^(?:(?:0\d{2,3}|${OPEN}0\d{2,3}${CLOSE})-?)?1\d{4}$`, "u");
// 95xxx national service numbers (5–8 digits) and 96xxx local public-service numbers (5–6 digits).
const SERVICE = /^(?:95\d{3,6}|96\d{3,4})$/u;
const FREEPHONE = /^[48]00-?\d{3}-?\d{4}$/u;
const INTERNATIONAL_PREFIX = /^\+86-?/u;

// Between numbers: 、 , ， ; ； / ／ 或 (and whitespace, resolved per segment below).
const SEPARATORS = /[、,，;；/／]|或/u;

// Full-width digits, plus and hyphen, and the dashes a Chinese input method types for "-".
const WIDE_TO_NARROW: ReadonlyMap<string, string> = new Map([
  ...Array.from({ length: 10 }, (_, d): [string, string] => [String.fromCodePoint(0xff10 + d), String(d)]),
  ["＋", "+"],
  ...["－", "‐", "‑", "‒", "–", "—", "―", "−", "﹣", "﹘"].map((dash): [string, string] => [dash, "-"]),
]);

/** Phone numbers are complete and dialable as written (咨询/投诉电话). */
export default defineRule({
  id: "phone-format",
  title: { en: "Phone number malformed", "zh-CN": "电话号码格式错误" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: true,
  description: {
    en: "A phone number is malformed or uses full-width characters.",
    "zh-CN": "电话号码格式不正确或使用全角字符。",
  },
  policy: "咨询/投诉电话",
  messages: {
    empty: {
      en: "The {{field}} is empty; fill in a complete number (e.g. 0825-5432100 or 12345).",
      "zh-CN": "{{field}}为空，请填写完整的电话号码（如0825-5432100或12345）。",
    },
    invalid: {
      en: 'The {{field}} "{{value}}" is not a valid phone number: write a landline with its area code (e.g. 0825-5432100), an 11-digit mobile number, a hotline such as 12345, or a 400/800 number.',
      "zh-CN": "{{field}}“{{value}}”不是有效的电话号码：应为带区号的固定电话（如0825-5432100）、11位手机号码、12345等服务热线或400/800号码。",
    },
    invalidPart: {
      en: 'In the {{field}} "{{value}}", {{numbers}} is not a valid phone number: write each number in full (a landline with its area code, an 11-digit mobile number, a hotline such as 12345, or a 400/800 number), separated by 、, and leave explanations out of the field.',
      "zh-CN":
        "{{field}}“{{value}}”中的{{numbers}}不是有效的电话号码：每个号码都应完整（带区号的固定电话、11位手机号码、12345等服务热线或400/800号码），多个号码用“、”分隔，不要写说明文字。",
    },
    unquotedNumber: {
      en: 'The {{field}} is written as a bare number, which YAML reads as {{value}} and so loses the leading 0; put it in quotes: "{{suggestion}}".',
      "zh-CN": '{{field}}写成了不加引号的数字，YAML 会把它读成数值{{value}}，丢掉开头的0；请加英文引号写作"{{suggestion}}"。',
    },
    fullWidth: {
      en: 'The {{field}} "{{value}}" uses full-width digits or dashes; write it with half-width characters: "{{fixed}}".',
      "zh-CN": "{{field}}“{{value}}”使用了全角数字或全角、中文连接号，请改为半角：“{{fixed}}”。",
    },
  },
  check({ item, report }) {
    for (const field of FIELDS) {
      const title = FIELD_LABELS[field];
      const value = item[field];
      if (typeof value === "number") {
        // An unquoted number: YAML has already dropped any leading 0, so judge the digits as read.
        const digits = Number.isInteger(value) && value >= 0 ? value.toFixed(0) : String(value);
        if (analyse(digits).bad.length === 0) continue;
        if (analyse(`0${digits}`).bad.length === 0) {
          report({ messageId: "unquotedNumber", path: [field], data: { field: title, value: digits, suggestion: `0${digits}` } });
        } else {
          report({ messageId: "invalid", path: [field], data: { field: title, value: digits } });
        }
        continue;
      }
      // Absent and non-text values are the schema's finding; a blank string passes the schema.
      if (typeof value !== "string") continue;
      if (value.trim() === "") {
        report({ messageId: "empty", path: [field], data: { field: title } });
        continue;
      }
      const { bad, segments, folded } = analyse(value);
      if (bad.length > 0) {
        if (segments === 1) report({ messageId: "invalid", path: [field], data: { field: title, value } });
        else {
          const numbers: LocalizedText = {
            en: bad.map((n) => `"${n}"`).join(", "),
            "zh-CN": bad.map((n) => `“${n}”`).join("、"),
          };
          report({ messageId: "invalidPart", path: [field], data: { field: title, value, numbers } });
        }
      } else if (folded !== value) {
        report({ messageId: "fullWidth", path: [field], data: { field: title, value, fixed: folded }, fix: { value: folded } });
      }
    }
  },
});

interface Analysis {
  readonly bad: readonly string[];
  readonly segments: number;
  readonly folded: string;
}

// A department's numbers (and 12345) come back in every item it publishes.
const analyses = textMemo<Analysis>();

/** The segments (as written) that are not valid numbers once width-folded, and the folded text. */
function analyse(text: string): Analysis {
  return analyses.get(text, analyseText);
}

function analyseText(text: string): Analysis {
  const folded = foldPhoneWidth(text);
  const parts = text
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const bad = parts.filter((part) => !isPhoneSegment(foldPhoneWidth(part)));
  return { bad, segments: parts.length, folded };
}

/**
 * A segment between separators is valid when its space-separated pieces group into valid numbers:
 * spaces may separate numbers ("12345 12315") or sit inside one ("0825 5432100", "139 1234 5678").
 */
function isPhoneSegment(segment: string): boolean {
  const pieces = segment.split(/\s+/u).filter((piece) => piece !== "");
  // reachable[i]: the first i pieces group into valid numbers
  const reachable: boolean[] = [true];
  for (let end = 1; end <= pieces.length; end++) {
    reachable[end] = false;
    for (let start = end - 1; start >= 0 && !reachable[end]; start--) {
      if (reachable[start] && isPhoneNumber(pieces.slice(start, end).join(""))) reachable[end] = true;
    }
  }
  return pieces.length > 0 && reachable[pieces.length];
}

function isPhoneNumber(text: string): boolean {
  if (INTERNATIONAL_PREFIX.test(text)) {
    const national = text.replace(INTERNATIONAL_PREFIX, "");
    return MOBILE.test(national) || LANDLINE.test(`0${national}`);
  }
  return [LANDLINE, MOBILE, HOTLINE, SERVICE, FREEPHONE].some((pattern) => pattern.test(text));
}

/** Full-width digits and plus, and dash look-alikes, to their half-width forms; nothing else changes. */
function foldPhoneWidth(text: string): string {
  let out = "";
  for (const ch of text) out += WIDE_TO_NARROW.get(ch) ?? ch;
  return out;
}
