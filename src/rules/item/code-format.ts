import { FIELD_LABELS } from "../../i18n/field-labels.js";
import { sameInBoth, type LocalizedText } from "../../i18n/localized.js";
import { renderText } from "../../i18n/render.js";
import { CREDIT_CODE_CHARS, creditCodeProblem, isCreditCodeChar, uniqueInvalid } from "../../codes/credit-code.js";
import {
  BASE_CODE_LENGTH,
  BASE_CODE_PATTERN,
  ITEM_CODE_LENGTH,
  LEVEL_DIGITS,
  LEVEL_TITLES,
  TYPE_CODES,
  TYPE_TITLES,
  isBaseCodeChar,
  isItemType,
  isLevel,
  parseBaseCode,
  parseItemCode,
  typeCodeMatches,
  typeCodeMeaning,
} from "../../codes/item-code.js";
import { textMemo } from "../../text/memo.js";
import { normalizeText } from "../../text/normalize.js";
import { defineRule, type ReportDescriptor } from "../types.js";

interface CodeFormatOptions {
  /** national: the full GB/T 39554.1 structure; local: a province's own codes (only non-empty, and `pattern`). */
  format: "national" | "local";
  /** A regular expression the whole `code` must match (in either format). */
  pattern?: string;
}

const FIELD_TITLES = { code: FIELD_LABELS.code, baseCode: FIELD_LABELS.baseCode };

/** Item codes follow the national coding structure (事项编码, GB/T 39554.1-2020; GB 32100-2015). */
export default defineRule({
  id: "code-format",
  title: { en: "Code malformed", "zh-CN": "编码格式错误" },
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "The implementation code or basic code breaks the coding structure.",
    "zh-CN": "实施编码或基本编码不符合编码规则。",
  },
  policy: "事项编码",
  messages: {
    empty: {
      en: "The {{field}} is empty; fill in the code the integrated platform assigned to this item.",
      "zh-CN": "{{field}}为空，请填写一体化平台为该事项赋予的编码。",
    },
    codeCharacters: {
      en: 'The implementation code (code) "{{value}}" contains {{chars}}, which a code cannot hold: use only half-width digits and capital letters (never I, O, S, V or Z), with no lower-case letters, full-width characters or spaces.',
      "zh-CN":
        "实施编码“{{value}}”含有不允许的字符{{chars}}：实施编码只能由半角数字和大写字母组成（不用I、O、S、V、Z），不能有小写字母、全角字符或空格，请改正。",
    },
    codeLength: {
      en: 'The implementation code (code) "{{value}}" has {{length}} characters but must have 31 (18-character unified social credit code + 1 level digit + 12-character basic code); check for a missing or extra character.',
      "zh-CN": "实施编码“{{value}}”为{{length}}位，应为31位（18位统一社会信用代码＋1位层级代码＋12位基本编码），请检查是否漏位或多位。",
    },
    creditCheck: {
      en: 'The first 18 characters of the implementation code (code) are the implementing body\'s unified social credit code "{{creditCode}}", but its check character (the 18th) is "{{actual}}" where the first 17 require "{{expected}}"; compare the code with the body\'s registration certificate — usually one character was copied wrong.',
      "zh-CN":
        "实施编码前18位是实施主体的统一社会信用代码“{{creditCode}}”，按前17位计算第18位校验码应为“{{expected}}”，实为“{{actual}}”；请对照实施主体的登记证书核对该代码（多为抄录错误）。",
    },
    levelDigitInvalid: {
      en: 'The 19th character of the implementation code (code) is "{{digit}}", which is no level digit: use 1 (national), 2 (province), 3 (city), 4 (county), 5 (township) or 6 (village).',
      "zh-CN": "实施编码第19位“{{digit}}”不是层级代码：应为1（国家级）、2（省级）、3（市级）、4（县级）、5（乡镇（街道）级）或6（村（社区）级）。",
    },
    levelMismatch: {
      en: "The 19th character of the implementation code (code) is the level digit {{digit}} ({{codeLevel}}), but the item's level is {{level}}, whose digit is {{expected}}; correct either the level or the code.",
      "zh-CN": "实施编码第19位层级代码为{{digit}}（{{codeLevel}}），与行使层级“{{level}}”不符，该层级的层级代码应为{{expected}}；请核对行使层级或实施编码。",
    },
    tailMismatch: {
      en: 'The last 12 characters of the implementation code (code), "{{tail}}", differ from the basic code (baseCode) "{{baseCode}}"; the implementation code must end with the item\'s basic code, so correct one of them.',
      "zh-CN": "实施编码后12位“{{tail}}”与基本编码“{{baseCode}}”不一致；实施编码应以本事项的基本编码结尾，请核对两者。",
    },
    tailForm: {
      en: 'The last 12 characters of the implementation code (code), "{{tail}}", are not a basic code: they must be 11 digits followed by a digit or Y.',
      "zh-CN": "实施编码后12位“{{tail}}”不是有效的基本编码：应为11位数字，末位为数字或Y。",
    },
    baseCodeCharacters: {
      en: 'The basic code (baseCode) "{{value}}" contains {{chars}}, which it cannot hold: it is 12 half-width digits, and only a main item that has sub-items ends in a capital Y.',
      "zh-CN": "基本编码“{{value}}”含有不允许的字符{{chars}}：基本编码由12位半角数字组成，只有含子项的主项末位为大写Y。",
    },
    baseCodeLength: {
      en: 'The basic code (baseCode) "{{value}}" has {{length}} characters but must have 12 (2-character prefix + 2-digit type code + 5-digit main item + 3-digit sub-item).',
      "zh-CN": "基本编码“{{value}}”为{{length}}位，应为12位（2位前缀＋2位事项类型代码＋5位主项编码＋3位子项编码）。",
    },
    typeMismatch: {
      en: "Characters 3–4 of the basic code (baseCode) are the type code {{typeCode}} ({{codeType}}), but the item type is {{type}}, whose type code is {{expected}}; correct either the item type or the code.",
      "zh-CN":
        "基本编码第3–4位事项类型代码为{{typeCode}}（{{codeType}}），与事项类型“{{type}}”不符，该类型的类型代码应为{{expected}}；请核对事项类型或基本编码。",
    },
    implementerCreditCode: {
      en: 'The implementing body\'s credit code (implementer.creditCode) "{{creditCode}}" is not the first 18 characters of the implementation code, "{{expected}}": the code is built from the body\'s unified social credit code. Correct whichever of the two was copied wrong.',
      "zh-CN":
        "实施主体统一社会信用代码“{{creditCode}}”与实施编码前18位“{{expected}}”不一致，实施编码由实施主体的统一社会信用代码生成；请核对并更正抄录有误的一方。",
    },
    implementerName: {
      en: 'The implementing body\'s name (implementer.name) "{{name}}" is not the implementing body (department) "{{department}}": both name the body that carries out the item. Write the same name in both.',
      "zh-CN": "实施主体名称“{{name}}”与实施主体（department）“{{department}}”不一致，二者应为同一实施机关；请统一为同一名称。",
    },
    patternMismatch: {
      en: 'The implementation code (code) "{{value}}" does not match the code format configured for this catalog ({{pattern}}); check it against the province\'s coding rules.',
      "zh-CN": "实施编码“{{value}}”不符合本目录配置的编码格式（{{pattern}}），请按本省编码规则核对。",
    },
  },
  optionsSchema: {
    type: "object",
    properties: {
      format: { enum: ["national", "local"], description: "`local`: the province uses its own codes; only blank codes are reported (and `pattern`, if set)" },
      pattern: {
        type: "string",
        minLength: 1,
        format: "regex",
        description: "the whole `code` must match it (it is anchored for you); in `national` format it is checked after the structure",
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { format: "national" } as CodeFormatOptions,
  // The config's top-level `codeFormat` (guide-format.md) is this rule's option.
  optionsFromConfig: ({ codeFormat }) =>
    codeFormat === undefined ? undefined : typeof codeFormat === "string" ? { format: codeFormat } : { format: "local" as const, pattern: codeFormat.pattern },
  check({ item, options, report }) {
    // A number (an unquoted code that YAML read as digits), a missing field and "" are the
    // schema's findings (type, required, minLength); a code of only spaces passes the schema.
    const code = typeof item.code === "string" && item.code !== "" ? item.code : undefined;
    const baseCode = typeof item.baseCode === "string" && item.baseCode !== "" ? item.baseCode : undefined;
    const codeBlank = code !== undefined && code.trim() === "";
    const baseBlank = baseCode !== undefined && baseCode.trim() === "";

    if (codeBlank) report({ messageId: "empty", path: ["code"], data: { field: FIELD_TITLES.code } });
    checkImplementer(item, options.format === "national" && !codeBlank ? code : undefined, report);

    if (options.format === "local") {
      if (code !== undefined && !codeBlank) checkPattern(code, options.pattern, report);
      if (baseBlank) report({ messageId: "empty", path: ["baseCode"], data: { field: FIELD_TITLES.baseCode } });
      return;
    }

    const baseWellFormed = baseCode !== undefined && BASE_CODE_PATTERN.test(baseCode);
    if (code !== undefined && !codeBlank) {
      const findings = codeFindings(code, item.level, baseWellFormed ? baseCode : undefined, baseCode !== undefined);
      for (const finding of findings) report(finding);
      const structural = findings.some((f) => f.messageId === "codeCharacters" || f.messageId === "codeLength");
      if (!structural) checkPattern(code, options.pattern, report);
    }
    if (baseBlank) report({ messageId: "empty", path: ["baseCode"], data: { field: FIELD_TITLES.baseCode } });
    else if (baseCode !== undefined) for (const finding of baseCodeFindings(baseCode, item.type)) report(finding);
  },
});

/**
 * The optional `implementer`: its credit code is the code's first 18 characters (a national code
 * is built from it), and its name is the department's (normalised: a bracket width is not a
 * different body). Absent or malformed parts are the schema's.
 */
function checkImplementer(
  item: Record<string, unknown>,
  code: string | undefined,
  report: (d: ReportDescriptor<"implementerCreditCode" | "implementerName">) => void,
): void {
  const implementer = item.implementer;
  if (typeof implementer !== "object" || implementer === null || Array.isArray(implementer)) return;
  const { creditCode, name } = implementer as Record<string, unknown>;
  if (code !== undefined && code.length >= 18 && typeof creditCode === "string" && creditCode.trim() !== "" && creditCode.trim() !== code.slice(0, 18)) {
    report({ messageId: "implementerCreditCode", path: ["implementer", "creditCode"], data: { creditCode, expected: code.slice(0, 18) } });
  }
  const department = item.department;
  if (
    typeof name === "string" &&
    typeof department === "string" &&
    normalizeText(name) !== "" &&
    normalizeText(department) !== "" &&
    normalizeText(name) !== normalizeText(department)
  ) {
    report({ messageId: "implementerName", path: ["implementer", "name"], data: { name, department } });
  }
}

const creditProblems = textMemo<ReturnType<typeof creditCodeProblem>>();

type Finding = ReportDescriptor<
  | "codeCharacters"
  | "codeLength"
  | "creditCheck"
  | "levelDigitInvalid"
  | "levelMismatch"
  | "tailMismatch"
  | "tailForm"
  | "baseCodeCharacters"
  | "baseCodeLength"
  | "typeMismatch"
>;

/**
 * Root cause first: a code with a foreign character or the wrong length gets that one finding,
 * since every position-based check after it would only echo the same slip.
 */
function codeFindings(code: string, level: unknown, baseCode: string | undefined, hasBaseCode: boolean): Finding[] {
  // Nearly every code is made of code characters only: one regex test instead of a character array.
  if (!CREDIT_CODE_CHARS.test(code)) {
    const invalid = uniqueInvalid([...code], isCreditCodeChar);
    if (invalid.length > 0) {
      return [{ messageId: "codeCharacters", path: ["code"], data: { value: code, chars: quoteChars(invalid) } }];
    }
  }
  // Only code characters (ASCII) are left: the length in UTF-16 units is the length in characters.
  if (code.length !== ITEM_CODE_LENGTH) {
    return [{ messageId: "codeLength", path: ["code"], data: { value: code, length: code.length } }];
  }
  const parts = parseItemCode(code)!;
  const out: Finding[] = [];

  // A body's credit code begins every code of every item it implements: checked once per body.
  const credit = creditProblems.get(parts.creditCode, creditCodeProblem);
  if (credit?.kind === "check") {
    out.push({
      messageId: "creditCheck",
      path: ["code"],
      data: { creditCode: parts.creditCode, expected: credit.expected, actual: credit.actual },
    });
  }

  if (parts.level === undefined) {
    out.push({ messageId: "levelDigitInvalid", path: ["code"], data: { digit: parts.levelDigit } });
  } else if (isLevel(level) && LEVEL_DIGITS[level] !== parts.levelDigit) {
    out.push({
      messageId: "levelMismatch",
      path: ["code"],
      data: {
        digit: parts.levelDigit,
        codeLevel: LEVEL_TITLES[parts.level],
        level: LEVEL_TITLES[level],
        expected: LEVEL_DIGITS[level],
      },
    });
  }

  // A malformed baseCode is reported on its own field; comparing the tail with it would say the same twice.
  if (baseCode !== undefined) {
    if (parts.baseCode !== baseCode) {
      out.push({ messageId: "tailMismatch", path: ["code"], data: { tail: parts.baseCode, baseCode } });
    }
  } else if (!hasBaseCode && parts.base === undefined) {
    out.push({ messageId: "tailForm", path: ["code"], data: { tail: parts.baseCode } });
  }
  return out;
}

function baseCodeFindings(baseCode: string, type: unknown): Finding[] {
  // A well-formed code (nearly all of them) has no foreign character and the right length: one
  // regex test instead of a character array. A malformed one always gets one of these two findings.
  if (!BASE_CODE_PATTERN.test(baseCode)) {
    const chars = [...baseCode];
    const invalid = uniqueInvalid(chars, isBaseCodeChar);
    // Y is a basic-code character only in the last place (a main item that has sub-items).
    if (chars.slice(0, -1).includes("Y") && !invalid.includes("Y")) invalid.push("Y");
    if (invalid.length > 0) {
      return [{ messageId: "baseCodeCharacters", path: ["baseCode"], data: { value: baseCode, chars: quoteChars(invalid) } }];
    }
    if (chars.length !== BASE_CODE_LENGTH) {
      return [{ messageId: "baseCodeLength", path: ["baseCode"], data: { value: baseCode, length: chars.length } }];
    }
  }
  const parts = parseBaseCode(baseCode)!;
  if (isItemType(type) && !typeCodeMatches(type, parts.typeCode)) {
    return [
      {
        messageId: "typeMismatch",
        path: ["baseCode"],
        data: {
          typeCode: parts.typeCode,
          codeType: typeCodeMeaning(parts.typeCode) ?? { en: "not a defined type code", "zh-CN": "未定义的类型代码" },
          type: TYPE_TITLES[type],
          expected: expectedTypeCodes(TYPE_CODES[type]!),
        },
      },
    ];
  }
  return [];
}

function expectedTypeCodes(codes: readonly string[]): LocalizedText {
  if (codes.length === 1) return sameInBoth(codes[0]);
  // public-service: 20 nationally, 21–29 for a province's own kinds of public service
  return { en: `${codes[0]} (${codes[1]}–${codes.at(-1)} for local kinds)`, "zh-CN": `${codes[0]}（地方扩展的可用${codes[1]}–${codes.at(-1)}）` };
}

// How a stray character is named in a message (a space is invisible inside quotes).
const BLANK_NAMES = {
  space: { en: "a space", "zh-CN": "空格" },
  fullWidthSpace: { en: "a full-width space", "zh-CN": "全角空格" },
  blank: { en: "a blank character", "zh-CN": "空白字符" },
  quoted: { en: '"{{ch}}"', "zh-CN": "“{{ch}}”" },
} satisfies Record<string, LocalizedText>;

/** "“a”、“b”" / "\"a\", \"b\"", with spaces named, since a stray space is invisible inside quotes. */
function quoteChars(chars: readonly string[]): LocalizedText {
  const name = (ch: string, lang: "en" | "zh-CN"): string => {
    if (ch === " ") return BLANK_NAMES.space[lang];
    if (ch === "\u3000") return BLANK_NAMES.fullWidthSpace[lang];
    if (/\s/.test(ch)) return BLANK_NAMES.blank[lang];
    return renderText(BLANK_NAMES.quoted, { ch }, lang);
  };
  return {
    en: chars.map((ch) => name(ch, "en")).join(", "),
    "zh-CN": chars.map((ch) => name(ch, "zh-CN")).join("、"),
  };
}

/**
 * No code is longer than 33 characters (31 national; a province's own a little more): a longer one
 * fails the pattern without running it, so a pattern that backtracks meets only short input.
 */
const MAX_CODE_LENGTH = 33;

function checkPattern(code: string, pattern: string | undefined, report: (finding: ReportDescriptor<"patternMismatch">) => void): void {
  if (pattern !== undefined && (code.length > MAX_CODE_LENGTH || !fullMatch(pattern).test(code))) {
    report({ messageId: "patternMismatch", path: ["code"], data: { value: code, pattern } });
  }
}

const compiled = new Map<string, RegExp>();

/** The configured pattern, anchored so that it must match the whole code. */
function fullMatch(pattern: string): RegExp {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    try {
      // With the `u` flag, as the config's schema validated it: `\p{Lu}` means a capital letter.
      regex = new RegExp(`^(?:${pattern})$`, "u");
    } catch (error) {
      throw new Error(`code-format: option "pattern" is not a valid regular expression: ${(error as Error).message}`);
    }
    compiled.set(pattern, regex);
  }
  return regex;
}
