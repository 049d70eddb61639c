// Item codes as the national platform builds them (GB/T 39554.1-2020; guide-format.md "Codes"):
//   baseCode (基本编码), 12:  prefix(2) + type code(2) + main item(5) + sub-item(3, "00Y" on a main
//                             item that has sub-items)
//   code (实施编码), 31:      credit code of the implementing body(18) + level digit(1) + baseCode(12)
//   handleCode (业务办理项编码), 33: code + serial(2)
import { ENUM_LABELS } from "../i18n/enum-labels.js";
import type { LocalizedText } from "../i18n/localized.js";
import { CREDIT_CODE_CHARS, CREDIT_CODE_LENGTH } from "./credit-code.js";

export const BASE_CODE_LENGTH = 12;
export const ITEM_CODE_LENGTH = CREDIT_CODE_LENGTH + 1 + BASE_CODE_LENGTH; // 31

/** A well-formed basic code: 11 digits, then a digit or the Y of a main item with sub-items. */
export const BASE_CODE_PATTERN = /^\d{11}[\dY]$/;

export type Level = "national" | "province" | "city" | "county" | "township" | "village";
export type ItemType =
  | "administrative-license"
  | "administrative-payment"
  | "administrative-confirmation"
  | "administrative-adjudication"
  | "administrative-reward"
  | "administrative-filing"
  | "other-administrative-power"
  | "public-service";

/** The level digit (19th character of `code`) of each level (行使层级). */
export const LEVEL_DIGITS: Readonly<Record<Level, string>> = {
  national: "1",
  province: "2",
  city: "3",
  county: "4",
  township: "5",
  village: "6",
};

export const LEVEL_TITLES = ENUM_LABELS.level as Readonly<Record<Level, LocalizedText>>;

export function isLevel(value: unknown): value is Level {
  return typeof value === "string" && Object.hasOwn(LEVEL_DIGITS, value);
}

export function levelOfDigit(digit: string): Level | undefined {
  return (Object.keys(LEVEL_DIGITS) as Level[]).find((level) => LEVEL_DIGITS[level] === digit);
}

/**
 * The type codes (characters 3–4 of `baseCode`) each item type may carry; `undefined` for
 * administrative-filing, which has no national code yet and so accepts any.
 */
export const TYPE_CODES: Readonly<Record<ItemType, readonly string[] | undefined>> = {
  "administrative-license": ["01"],
  "administrative-payment": ["05"],
  "administrative-confirmation": ["07"],
  "administrative-reward": ["08"],
  "administrative-adjudication": ["09"],
  "other-administrative-power": ["10"],
  // 20 is the national public-service code; 21–29 are left to provinces for their own kinds.
  "public-service": ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29"],
  "administrative-filing": undefined,
};

export const TYPE_TITLES = ENUM_LABELS.type as Readonly<Record<ItemType, LocalizedText>>;

/**
 * What a type code stands for in the national power-list coding, including the kinds of power
 * that are not service items (02 penalty, 03 enforcement, 04 levy, 06 inspection), so that a
 * message can say what a wrong code means.
 */
const TYPE_CODE_MEANINGS: Readonly<Record<string, LocalizedText>> = {
  "01": TYPE_TITLES["administrative-license"],
  "02": { en: "administrative penalty", "zh-CN": "行政处罚" },
  "03": { en: "administrative enforcement", "zh-CN": "行政强制" },
  "04": { en: "administrative levy", "zh-CN": "行政征收" },
  "05": TYPE_TITLES["administrative-payment"],
  "06": { en: "administrative inspection", "zh-CN": "行政检查" },
  "07": TYPE_TITLES["administrative-confirmation"],
  "08": TYPE_TITLES["administrative-reward"],
  "09": TYPE_TITLES["administrative-adjudication"],
  "10": TYPE_TITLES["other-administrative-power"],
  "20": TYPE_TITLES["public-service"],
};

export function isItemType(value: unknown): value is ItemType {
  return typeof value === "string" && Object.hasOwn(TYPE_CODES, value);
}

/** What a type code means, including 21–29 (local public service); undefined for a code with no meaning. */
export function typeCodeMeaning(typeCode: string): LocalizedText | undefined {
  if (/^2[1-9]$/.test(typeCode)) return { en: "local public service", "zh-CN": "地方公共服务" };
  return TYPE_CODE_MEANINGS[typeCode];
}

/** True when `typeCode` may be used for `type` (always true for administrative-filing). */
export function typeCodeMatches(type: ItemType, typeCode: string): boolean {
  const allowed = TYPE_CODES[type];
  return allowed === undefined || allowed.includes(typeCode);
}

export interface BaseCodeParts {
  /** "00" for the national basic catalog, else the province code (e.g. "51"). */
  prefix: string;
  typeCode: string;
  /** The 5-digit main item number. */
  mainItem: string;
  /** The 3-character sub-item: "000" for an item without sub-items, "00Y" for a main item with them. */
  subItem: string;
  /** True when the code ends in Y: a main item that has sub-items. */
  hasSubItems: boolean;
  /** The first 9 characters, shared by a main item and all its sub-items. */
  mainItemKey: string;
}

/** The parts of a well-formed basic code, or undefined when it does not match BASE_CODE_PATTERN. */
export function parseBaseCode(baseCode: string): BaseCodeParts | undefined {
  if (!BASE_CODE_PATTERN.test(baseCode)) return undefined;
  return {
    prefix: baseCode.slice(0, 2),
    typeCode: baseCode.slice(2, 4),
    mainItem: baseCode.slice(4, 9),
    subItem: baseCode.slice(9, 12),
    hasSubItems: baseCode.endsWith("Y"),
    mainItemKey: baseCode.slice(0, 9),
  };
}

export interface ItemCodeParts {
  /** Characters 1–18: the implementing body's unified social credit code (not checked here). */
  creditCode: string;
  /** Character 19. */
  levelDigit: string;
  /** The level the digit stands for; undefined for a digit outside 1–6. */
  level: Level | undefined;
  /** Characters 20–31, which must equal the item's `baseCode`. */
  baseCode: string;
  /** The parts of that tail when it is a well-formed basic code. */
  base: BaseCodeParts | undefined;
}

/**
 * Splits a 31-character implementation code into its parts, or returns undefined when its length
 * or characters are wrong. The credit code's check character is left to the caller
 * (creditCodeProblem), so that a catalog-wide rule can still group items by a mistyped code.
 */
export function parseItemCode(code: string): ItemCodeParts | undefined {
  if (code.length !== ITEM_CODE_LENGTH || !CREDIT_CODE_CHARS.test(code)) return undefined;
  const levelDigit = code[CREDIT_CODE_LENGTH];
  const baseCode = code.slice(CREDIT_CODE_LENGTH + 1);
  return {
    creditCode: code.slice(0, CREDIT_CODE_LENGTH),
    levelDigit,
    level: levelOfDigit(levelDigit),
    baseCode,
    base: parseBaseCode(baseCode),
  };
}

/** True for a character that may appear in a basic code at all (Y only as the last one). */
export function isBaseCodeChar(ch: string): boolean {
  return /^[0-9Y]$/.test(ch);
}
