// One field's value — a master record's structured value, or what a channel shows, often as text —
// turned into its comparable form. The normalisation is exactly guide-format.md's ("Channel
// snapshots"): full-/half-width forms, spaces and line breaks, trailing 。；, bracket styles,
// Chinese numerals in durations, counts and articles, and list order. Nothing more, so that a real
// change in a number, a material, an article, a phone digit or a floor always survives it.
//
// Everything here is defensive: records reach it whatever their shape, and nothing throws. Every
// scan is a loop or a regex that cannot backtrack on itself (a 100 KB field must return at once).
//
// Per field (a text that should name a number, an enum or a duration but does not keys as
// `text:` + its normalised form, so it differs from every readable value — the channel shows
// something the master does not say):
// - name, department, onSiteReason, baseCode, region: normalizeText. YAML numbers read as digits.
// - phone, complaintPhone: normalizeText (width, spaces); dashes are NOT folded — 0825-5432100 and
//   08255432100 differ, as does any digit. A YAML number cannot keep a leading zero: compare.ts
//   compares it with the other side's leading zeros dropped.
// - type, level, processing: the id (any case) or its Chinese name from ENUM_LABELS → the id.
// - subjects: a set of ids; text split on 、，,;；/ and blanks; Chinese names or ids.
// - runs: a number, or 0次 / 一次 / 1 (Chinese numerals folded).
// - onlineDepth: a number, 4 / 四级 / 4级 / 第四级, 四级 全程网办, or a level's own words alone
//   (全程网办 4, 网上预审/网上申报 3, 表格下载 2, 网上咨询 1); a level with another level's words is text.
// - timeLimit: legal and promised apart; { value, unit } (unit id or Chinese name, value a number or
//   numeral), text through parseDuration (二十个工作日, 5日 = 5 working days, 即办 = 0, 无 = null; a
//   trailing 内/以内/之内 dropped; else the first duration in the text), null = 无. Key = value + unit
//   exactly (20个工作日 ≠ 28个自然日); 0 is immediate in any unit. A bare number has no unit: only
//   its value is compared. A channel text equal to the master's note is the same.
// - legalBasis: a set of normalizeLawTitle(law) + article with numerals folded (第三十五条 = 第35条);
//   records, citation texts 《…》第…条, or one text with several (；/;/line breaks, or 《 after 》).
// - materials: matched by normalised name (a multiset); form, media, copies (1份 = 一份 = 1),
//   necessity, source and eLicense compared where the channel shows them (ids or Chinese names).
// - address: matched by normalised place (a multiset); street and hours where shown. 一楼 ≠ 二楼 ≠ 1楼.
// - fee: { charged, basis?, items? }, a boolean or text: 不收费/免费/无/否 = not charged, 收费/是 =
//   charged; other text says charged and must equal (normalised) the master's basis, an item's
//   standard, an item's name + standard, or all items so.
import { ENUM_LABELS } from "../i18n/enum-labels.js";
import { articleKey, normalizeLawTitle, parseCitation, splitCitations } from "../text/citation.js";
import { normalizeText } from "../text/normalize.js";
import { LIST_SEPARATORS, splitText } from "../text/split.js";
import { findDurationInText, formatDuration, parseChineseNumber, parseDuration, type TimeUnit } from "../time/duration.js";

/** The top-level fields compared between records (same-source, cross-level, base catalog). */
export const COMPARED_FIELDS = [
  "name", "baseCode", "type", "level", "region", "department", "subjects", "legalBasis", "timeLimit",
  "processing", "runs", "onSiteReason", "onlineDepth", "materials", "address", "phone", "complaintPhone", "fee",
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldView {
  /** Comparison key: two values are the same after normalisation iff their keys are equal. */
  key: string;
  /** How the value reads, for messages and the character diff (master: as written; channel: as shown). */
  display: string;
  /**
   * List fields (subjects, legalBasis, materials, address): the normalised keys of the entries and
   * how each reads; also the entry's index in the list (when it is its own node) and the attributes
   * it shows (materials: form, media, copies…; address: street, hours).
   */
  entries?: Entry[];
  /** timeLimit: each limit shown, in comparable form. */
  limits?: Partial<Record<LimitKind, LimitView>>;
  /** fee: what it says, in comparable form. */
  fee?: FeeView;
  /** Written as a YAML number (a code or phone that cannot keep its leading zeros). */
  number?: true;
}

/** A scalar in comparable form: `key` decides sameness, `display` is how it reads. */
export interface Scalar {
  key: string;
  display: string;
}

// Keys are built from normalised texts, which never hold whitespace (normalizeText removes it), so
// tabs and line feeds can join parts and entries without any chance of a collision.
const PART = "\t";
const ENTRY = "\n";
/** Prefix of the key of a text that should have been a number, an enum or a duration but is not one. */
export const TEXT_KEY = "text:";

// ---------------------------------------------------------------------------------------------
// Small readers

type Rec = Record<string, unknown>;

export function isRecord(value: unknown): value is Rec {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Anchored at both ends, one class, no alternative: fails at the first visible character.
const BLANK = /^[\s\u3000\u00a0\u200b\ufeff]*$/;

/** Absent, null or a blank string: the value shows nothing. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && BLANK.test(value));
}

/** A string as shown, trimmed; numbers as their digits; anything else undefined. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Plain text (name, department, onSiteReason, baseCode, region, phone): normalizeText. */
function readText(value: unknown): Scalar | undefined {
  const text = scalarText(value);
  if (text === undefined) return undefined;
  const key = normalizeText(text);
  return key === "" ? undefined : { key, display: text };
}

// Enumerations: the id (any case) or the Chinese name as ENUM_LABELS gives it, compared after
// normalizeText (so 乡镇(街道)级 = 乡镇（街道）级). A few display variants of the same value that
// channels print are listed here explicitly; nothing is guessed.
const ENUM_ALIASES: Record<string, Record<string, string>> = {
  form: { 原件及复印件: "original-and-copy", 原件与复印件: "original-and-copy" },
  media: { 纸质版: "paper", 电子版: "electronic" },
};

const enumTables = new Map<string, Map<string, string>>();

function enumTable(field: string): Map<string, string> {
  let table = enumTables.get(field);
  if (table) return table;
  table = new Map();
  for (const [id, label] of Object.entries(ENUM_LABELS[field] ?? {})) {
    table.set(normalizeText(id).toLowerCase(), id);
    table.set(normalizeText(label["zh-CN"]), id);
  }
  for (const [alias, id] of Object.entries(ENUM_ALIASES[field] ?? {})) table.set(normalizeText(alias), id);
  enumTables.set(field, table);
  return table;
}

function idOf(field: string, norm: string): string | undefined {
  const table = enumTable(field);
  return table.get(norm) ?? table.get(norm.toLowerCase());
}

/** The id a text names, or undefined. */
export function enumId(field: string, text: string): string | undefined {
  return idOf(field, normalizeText(text));
}

/**
 * An enum value: key = its id; an unknown text keys as text (it differs from every id). An id
 * reads as its Chinese name (administrative-license → 行政许可), so a master's id and a channel's
 * Chinese name diff as words a maintainer knows.
 */
function readEnum(field: string, value: unknown): Scalar | undefined {
  const text = scalarText(value);
  if (text === undefined) return undefined;
  const norm = normalizeText(text);
  if (norm === "") return undefined;
  const id = idOf(field, norm);
  const label = id !== undefined && id === text ? ENUM_LABELS[field]?.[id]?.["zh-CN"] : undefined;
  return { key: id ?? TEXT_KEY + norm, display: label ?? text };
}

/** A count: a number, or `0次` / `一次` / `1份` (the suffix optional); other text keys as text. */
function readCount(value: unknown, suffix: string): Scalar | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? { key: String(value), display: String(value) } : undefined;
  if (typeof value !== "string") return undefined;
  const norm = normalizeText(value);
  if (norm === "") return undefined;
  const bare = norm.endsWith(suffix) ? norm.slice(0, -suffix.length) : norm;
  const n = parseChineseNumber(bare);
  return { key: n === undefined ? TEXT_KEY + norm : String(n), display: value.trim() };
}

// ---------------------------------------------------------------------------------------------
// Online depth: 1–4, `4`, `四级`, `4级`, `四级 全程网办`, or a level's own words when only one level
// has them (全程网办 is level 4, 表格下载 level 2…). A level with another level's words is unread.

const DEPTH_WORDS = new Map<string, number>();
for (const [depth, words] of Object.entries({
  1: ["网上咨询（信息公开/办事指南）", "网上咨询"],
  2: ["表格下载"],
  3: ["网上预审/网上申报", "网上预审", "网上申报"],
  4: ["全程网办"],
})) {
  for (const w of words) DEPTH_WORDS.set(normalizeText(w), Number(depth));
}

function readDepth(value: unknown): Scalar | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? { key: String(value), display: String(value) } : undefined;
  if (typeof value !== "string") return undefined;
  const norm = normalizeText(value);
  if (norm === "") return undefined;
  const display = value.trim();
  const level = norm.indexOf("级");
  let depth: number | undefined;
  if (level > 0) {
    const n = parseChineseNumber(norm.slice(norm.startsWith("第") ? 1 : 0, level));
    const rest = norm.slice(level + 1);
    if (n !== undefined && (rest === "" || DEPTH_WORDS.get(rest) === n)) depth = n;
  } else {
    depth = DEPTH_WORDS.get(norm) ?? parseChineseNumber(norm);
  }
  return { key: depth === undefined ? TEXT_KEY + norm : String(depth), display };
}

// ---------------------------------------------------------------------------------------------
// Time limits

// A unit as an id or its Chinese name; 日 / 天 are working days, as parseDuration reads them.
const UNIT_WORDS = new Map<string, TimeUnit>([["日", "working-day"], ["天", "working-day"]]);
for (const [id, label] of Object.entries(ENUM_LABELS.unit)) {
  UNIT_WORDS.set(id, id as TimeUnit);
  UNIT_WORDS.set(label["zh-CN"], id as TimeUnit);
}

function readUnit(text: string): TimeUnit | undefined {
  const norm = normalizeText(text);
  return UNIT_WORDS.get(norm.startsWith("个") ? norm.slice(1) : norm) ?? UNIT_WORDS.get(norm.toLowerCase());
}

/** One of timeLimit.legal / promised, in comparable form. */
export interface LimitView extends Scalar {
  kind: "none" | "duration" | "text";
  /** duration: the value; the unit is undefined when the channel shows a bare number. */
  value?: number;
  unit?: TimeUnit;
  /** text (channel) / note (master): the normalised text, to accept a channel that shows the note. */
  text?: string;
  /** Read from a { value, unit } mapping (so a path can point at its value or unit). */
  mapping?: true;
}

const NO_LIMIT: LimitView = { kind: "none", key: "none", display: "无" };

function durationView(value: number, unit: TimeUnit | undefined, display: string): LimitView {
  // Zero is immediate (即办) whatever the unit.
  const key = value === 0 ? "0" : `${value}${PART}${unit ?? "?"}`;
  return { kind: "duration", key, display, value, unit };
}

// What a channel may add after the duration it shows: 20个工作日内 / 以内 / 之内.
const WITHIN = ["以内", "之内", "内"];

/** A duration text as a channel shows it: parseDuration, then with 内 dropped, then the first duration in the text. */
function readLimitText(text: string): LimitView | undefined {
  const display = text.trim();
  const norm = normalizeText(display);
  if (norm === "") return undefined;
  let parsed = parseDuration(display);
  if (parsed === undefined) {
    const within = WITHIN.find((w) => norm.endsWith(w));
    if (within) parsed = parseDuration(norm.slice(0, -within.length));
  }
  parsed ??= findDurationInText(display);
  if (parsed === "none") return { ...NO_LIMIT, display };
  if (parsed) return durationView(parsed.value, parsed.unit, display);
  return { kind: "text", key: TEXT_KEY + norm, display, text: norm };
}

/**
 * timeLimit.legal / promised: `{ value, unit, note? }` (the unit as id or Chinese name, the value a
 * number or numeral text), text (`二十个工作日`, `即办`, `无`), null (= no limit, 无), or a bare number
 * (unit unknown: compared by value only). Undefined when absent or unreadable.
 */
export function readLimit(value: unknown): LimitView | undefined {
  if (value === null) return { ...NO_LIMIT };
  if (typeof value === "string") return readLimitText(value);
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? durationView(value, undefined, String(value)) : undefined;
  if (!isRecord(value)) return undefined;
  const note = typeof value.note === "string" ? normalizeText(value.note) : undefined;
  const v = typeof value.value === "number" ? value.value : typeof value.value === "string" ? parseChineseNumber(value.value) : undefined;
  const unit = typeof value.unit === "string" ? readUnit(value.unit) : undefined;
  if (v !== undefined && Number.isFinite(v) && v >= 0 && unit) {
    const view: LimitView = { ...durationView(v, unit, formatDuration({ value: v, unit }, "zh-CN")), mapping: true };
    return note ? { ...view, text: note } : view;
  }
  // A value with no unit at all: compared by value only, like a bare number.
  if (v !== undefined && Number.isFinite(v) && v >= 0 && value.unit === undefined) return { ...durationView(v, undefined, String(value.value)), mapping: true };
  if (value.value === undefined && value.unit === undefined && typeof value.note === "string") return readLimitText(value.note);
  return undefined;
}

export type LimitKind = "legal" | "promised";
export const LIMIT_KINDS: readonly LimitKind[] = ["legal", "promised"];
const LIMIT_NAMES: Record<LimitKind, string> = { legal: "法定", promised: "承诺" };

/** Whether a channel's limit says what the master's says. */
export function sameLimit(master: LimitView, channel: LimitView): boolean {
  if (master.key === channel.key) return true;
  // A bare number on the channel: the unit is not shown, so only the value is compared.
  if (channel.kind === "duration" && channel.unit === undefined && master.kind === "duration") return master.value === channel.value;
  // A channel that shows the master's note word for word.
  if (channel.kind === "text" && master.text !== undefined) return master.text === channel.text;
  return false;
}

// ---------------------------------------------------------------------------------------------
// List fields: entries keep the index of the node they come from (undefined when split from a text).

export interface Entry extends Scalar {
  /** Index in the list, when the entry is its own node. */
  index?: number;
  /** Attributes shown with the entry (materials: form, media…; address: street, hours; fee items: standard). */
  attrs?: Record<string, Scalar>;
}

const withIndex = (entry: Scalar, index: number | undefined): Entry => (index === undefined ? entry : { ...entry, index });

const SUBJECT_SEPARATORS = "、，,;；/／ \t\n\r\u3000";

/** subjects: ids or Chinese names, as a list or one text (自然人、法人). Set semantics. */
export function readSubjects(value: unknown): Entry[] | undefined {
  if (typeof value !== "string" && !Array.isArray(value)) return undefined;
  const items: Array<[unknown, number | undefined]> =
    typeof value === "string" ? splitText(value, SUBJECT_SEPARATORS).map((s) => [s, undefined]) : value.map((v, i) => [v, i]);
  const out: Entry[] = [];
  for (const [item, index] of items) {
    const s = readEnum("subjects", item);
    if (s) out.push(index === undefined ? s : { ...s, index });
  }
  return out;
}

// Legal bases: `{ law, article, text? }` (the quotation `text` is not compared) or text as displayed:
// 《中华人民共和国食品安全法》第三十五条, several joined by ；/;/line breaks or simply one after another.
// Key: the title's and the article's comparison keys (text/citation.ts).

function basisKey(law: string, article: string): string {
  return normalizeLawTitle(law) + PART + articleKey(article);
}

function basisDisplay(law: string, article: string): string {
  const title = law.trim();
  const quoted = title === "" || title.includes("《") ? title : `《${title}》`;
  return quoted + article.trim();
}

function citationEntries(text: string, index: number | undefined): Entry[] {
  return splitCitations(text).map((c) => {
    const { law, article } = parseCitation(c);
    return withIndex({ key: basisKey(law, article), display: c }, index);
  });
}

function basisEntry(value: Rec, index: number | undefined): Entry[] {
  const law = scalarText(value.law);
  const article = scalarText(value.article);
  if (law === undefined && article === undefined) return [];
  // `law` holding the whole citation (《…》第…条) with no `article`: read it as text.
  if (article === undefined && law !== undefined && law.includes("》")) return citationEntries(law, index);
  return [withIndex({ key: basisKey(law ?? "", article ?? ""), display: basisDisplay(law ?? "", article ?? "") }, index)];
}

/** legalBasis: a list of records or citation texts, one record, or one text. Set semantics. */
export function readLegalBasis(value: unknown): Entry[] | undefined {
  if (typeof value === "string") return citationEntries(value, undefined);
  if (isRecord(value)) return basisEntry(value, undefined);
  if (!Array.isArray(value)) return undefined;
  const out: Entry[] = [];
  value.forEach((item, i) => {
    if (typeof item === "string") out.push(...citationEntries(item, i));
    else if (isRecord(item)) out.push(...basisEntry(item, i));
  });
  return out;
}

// Materials: `{ name, form?, media?, copies?, necessity?, source?, eLicense? }` or bare names, matched
// by normalised name. The attributes are compared where the channel shows them.

export const MATERIAL_ATTRIBUTES = ["form", "media", "copies", "necessity", "source", "eLicense"] as const;

const YES = new Set(["是", "true", "yes"]);
const NO = new Set(["否", "false", "no"]);

function readBoolean(value: unknown): Scalar | undefined {
  if (typeof value === "boolean") return { key: String(value), display: String(value) };
  const text = scalarText(value);
  if (text === undefined) return undefined;
  const norm = normalizeText(text).toLowerCase();
  if (norm === "") return undefined;
  return { key: YES.has(norm) ? "true" : NO.has(norm) ? "false" : TEXT_KEY + norm, display: text };
}

function readMaterialAttribute(attribute: (typeof MATERIAL_ATTRIBUTES)[number], value: unknown): Scalar | undefined {
  if (attribute === "copies") return readCount(value, "份");
  if (attribute === "eLicense") return readBoolean(value);
  return readEnum(attribute, value);
}

function readNamedList(
  value: unknown,
  nameKey: string,
  attributes: readonly string[],
  readAttribute: (attribute: string, value: unknown) => Scalar | undefined,
): Entry[] | undefined {
  const entry = (item: unknown, index: number | undefined): Entry | undefined => {
    if (typeof item === "string" || typeof item === "number") {
      const name = readText(item);
      return name && withIndex(name, index);
    }
    if (!isRecord(item)) return undefined;
    const name = readText(item[nameKey]);
    if (!name) return undefined;
    const attrs: Record<string, Scalar> = {};
    for (const attribute of attributes) {
      const a = readAttribute(attribute, item[attribute]);
      if (a) attrs[attribute] = a;
    }
    const entry = withIndex(name, index);
    return Object.keys(attrs).length > 0 ? { ...entry, attrs } : entry;
  };
  if (typeof value === "string") {
    return splitText(value, LIST_SEPARATORS).flatMap((s) => entry(s, undefined) ?? []);
  }
  if (isRecord(value)) {
    const one = entry(value, undefined);
    return one ? [one] : undefined;
  }
  if (!Array.isArray(value)) return undefined;
  const out: Entry[] = [];
  value.forEach((item, i) => {
    const e = entry(item, i);
    if (e) out.push(e);
  });
  return out;
}

export function readMaterials(value: unknown): Entry[] | undefined {
  return readNamedList(value, "name", MATERIAL_ATTRIBUTES, (a, v) => readMaterialAttribute(a as (typeof MATERIAL_ATTRIBUTES)[number], v));
}

// Address: `{ place, street?, hours? }` or bare places, matched by normalised place.
export const ADDRESS_ATTRIBUTES = ["street", "hours"] as const;

export function readAddress(value: unknown): Entry[] | undefined {
  return readNamedList(value, "place", ADDRESS_ATTRIBUTES, (_, v) => readText(v));
}

// ---------------------------------------------------------------------------------------------
// Fee: `{ charged, basis?, items? }`, a boolean, or text. 不收费 / 免费 / 无 / 否 mean not charged;
// 收费 / 是 mean charged and say nothing more; any other text says "charged" and is compared with
// what the master states (see compare.ts).

const FREE_WORDS = new Set(["不收费", "免费", "无", "否", "无收费", "不收取费用"].map(normalizeText));
const CHARGED_WORDS = new Set(["收费", "是"].map(normalizeText));

export interface FeeView {
  charged?: boolean;
  /** Where `charged` was read from (false for a text / boolean fee, which is the whole node). */
  chargedNode: boolean;
  chargedDisplay?: string;
  basis?: Scalar;
  items?: Entry[];
  /** A text fee other than the yes/no words: its normalised text and how it reads. */
  text?: Scalar;
}

function readCharged(value: unknown): { charged: boolean; display: string } | undefined {
  if (typeof value === "boolean") return { charged: value, display: String(value) };
  if (typeof value !== "string") return undefined;
  const norm = normalizeText(value);
  if (FREE_WORDS.has(norm) || norm === "false") return { charged: false, display: value.trim() };
  if (CHARGED_WORDS.has(norm) || norm === "true") return { charged: true, display: value.trim() };
  return undefined;
}

export function readFee(value: unknown): FeeView | undefined {
  if (typeof value === "boolean" || typeof value === "string") {
    const c = readCharged(value);
    if (c) return { charged: c.charged, chargedNode: false, chargedDisplay: c.display };
    const text = readText(value);
    return text && { charged: true, chargedNode: false, text };
  }
  if (!isRecord(value)) return undefined;
  const c = readCharged(value.charged);
  const basis = readText(value.basis);
  const items = value.items === undefined ? undefined : readNamedList(value.items, "name", ["standard"], (_, v) => readText(v));
  if (!c && !basis && !items) return undefined;
  return { charged: c?.charged, chargedNode: true, chargedDisplay: c?.display, basis, items };
}

function feeItemDisplay(item: Entry): string {
  const standard = item.attrs?.standard?.display;
  return standard ? `${item.display}：${standard}` : item.display;
}

/** How a fee reads: 不收费, or 收费 with its basis and items. */
export function feeDisplay(fee: FeeView): string {
  if (fee.text) return fee.text.display;
  if (fee.charged === false) return fee.chargedNode ? "不收费" : fee.chargedDisplay ?? "不收费";
  const parts = [fee.charged === true ? "收费" : ""];
  if (fee.basis) parts.push(`收费依据：${fee.basis.display}`);
  if (fee.items && fee.items.length > 0) parts.push(`收费项目：${fee.items.map(feeItemDisplay).join("；")}`);
  return parts.filter((p) => p !== "").join("；");
}

function feeKey(fee: FeeView): string {
  if (fee.text) return TEXT_KEY + fee.text.key;
  const items = (fee.items ?? []).map((i) => i.key + PART + (i.attrs?.standard?.key ?? "")).sort();
  return [fee.charged === undefined ? "?" : String(fee.charged), fee.basis?.key ?? "", ...items].join(ENTRY);
}

// ---------------------------------------------------------------------------------------------
// The contract

/** The key of a list's entries with their attributes, independent of order. */
function listKey(entries: Entry[], unique: boolean): string {
  const keys = entries.map((e) => {
    const attrs = Object.entries(e.attrs ?? {}).map(([a, v]) => `${a}=${v.key}`).sort();
    return [e.key, ...attrs].join(PART);
  });
  const sorted = (unique ? [...new Set(keys)] : keys).sort();
  return sorted.join(ENTRY);
}

function listView(entries: Entry[] | undefined, unique: boolean, display: (entries: Entry[]) => string): FieldView | undefined {
  if (!entries) return undefined;
  return {
    key: listKey(entries, unique),
    display: display(entries),
    entries,
  };
}

const joinDisplays = (separator: string) => (entries: Entry[]) => entries.map((e) => e.display).join(separator);

/** The comparable form of `timeLimit`: { legal, promised } as views; undefined when it is not a mapping. */
export function readTimeLimit(value: unknown): Partial<Record<LimitKind, LimitView>> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Partial<Record<LimitKind, LimitView>> = {};
  for (const kind of LIMIT_KINDS) {
    if (!Object.hasOwn(value, kind)) continue;
    const v = value[kind];
    // A blank text shows nothing; null is "no limit" (the master's way of writing 无).
    if (typeof v === "string" && normalizeText(v) === "") continue;
    const view = readLimit(v);
    if (view) out[kind] = view;
  }
  return out;
}

function viewFieldUnsafe(field: ComparedField, value: unknown): FieldView | undefined {
  switch (field) {
    case "name":
    case "department":
    case "onSiteReason":
    case "baseCode":
    case "region":
    case "phone":
    case "complaintPhone": {
      // Phones too: width-folded and spaces removed like any text; a dash or a digit more or less is
      // a difference (guide-format.md does not fold dashes; phone-format reports their style).
      // A YAML number reads as its digits, flagged: it cannot keep a leading zero.
      const text = readText(value);
      return text && typeof value === "number" ? { ...text, number: true } : text;
    }
    case "type":
    case "level":
    case "processing":
      return readEnum(field, value);
    case "runs":
      return readCount(value, "次");
    case "onlineDepth":
      return readDepth(value);
    case "subjects":
      return listView(readSubjects(value), true, joinDisplays("、"));
    case "legalBasis":
      return listView(readLegalBasis(value), true, joinDisplays("；"));
    case "materials":
      return listView(readMaterials(value), false, joinDisplays("；"));
    case "address":
      return listView(readAddress(value), false, joinDisplays("；"));
    case "timeLimit": {
      const limit = readTimeLimit(value);
      if (!limit) return undefined;
      const shown = LIMIT_KINDS.filter((k) => limit[k]);
      return {
        key: LIMIT_KINDS.map((k) => limit[k]?.key ?? "-").join(ENTRY),
        display: shown.map((k) => `${LIMIT_NAMES[k]}：${limit[k]!.display}`).join("；"),
        limits: limit,
      };
    }
    case "fee": {
      const fee = readFee(value);
      return fee && { key: feeKey(fee), display: feeDisplay(fee), fee };
    }
    default:
      return undefined;
  }
}

/** undefined when the value is absent or cannot be read at all (the caller reports nothing for it). */
export function viewField(field: ComparedField, value: unknown): FieldView | undefined {
  if (value === undefined || value === null) return undefined;
  try {
    return viewFieldUnsafe(field, value);
  } catch {
    return undefined;
  }
}
