import { DURATION_WORDS } from "../i18n/duration-words.js";
import type { TimeUnit } from "../vocabulary.js";
import { renderText } from "../i18n/render.js";
import { textMemo } from "../text/memo.js";
import { trimTrailing } from "../text/normalize.js";
import { parseChineseNumber } from "./chinese-number.js";

export { parseChineseNumber };

/** A time limit as a number of units, e.g. { value: 20, unit: "working-day" }. */
export interface Duration {
  value: number;
  unit: TimeUnit;
}

/**
 * What a duration text says: a duration, `"none"` for 无 / 无法定时限 (no limit set),
 * or `undefined` when the text states no duration we can read.
 */
export type ParsedDuration = Duration | "none" | undefined;

/** Factors to convert to working days; metrics.md defaults, a config may set its own. */
export interface UnitFactors {
  workingDaysPerNaturalDay: number;
  hoursPerWorkingDay: number;
  minutesPerWorkingDay: number;
}

export const DEFAULT_UNIT_FACTORS: UnitFactors = {
  workingDaysPerNaturalDay: 5 / 7,
  hoursPerWorkingDay: 8,
  minutesPerWorkingDay: 480,
};

const UNITS: Record<string, TimeUnit> = {
  工作日: "working-day",
  自然日: "natural-day",
  // A bare 日 / 天 in a legal text counts working days: the Administrative Licensing Law
  // (行政许可法) art. 82 says its time limits are counted in working days, holidays excluded.
  日: "working-day",
  天: "working-day",
  小时: "hour",
  分钟: "minute",
};

const IMMEDIATE: Duration = { value: 0, unit: "working-day" };
// 当日办结 still takes the day, so it is one working day, not zero.
const SAME_DAY: Duration = { value: 1, unit: "working-day" };

const KEYWORDS: Record<string, Duration | "none"> = {
  即办: IMMEDIATE,
  即时: IMMEDIATE,
  即时办结: IMMEDIATE,
  立即办理: IMMEDIATE,
  当场办结: IMMEDIATE,
  当场办理: IMMEDIATE,
  当日办结: SAME_DAY,
  当天办结: SAME_DAY,
  无: "none",
  无时限: "none",
  无法定时限: "none",
  法律未规定: "none",
};

const NUMBER = String.raw`\d+(?:\.\d+)?(?:\/\d+)?|[零〇一二两三四五六七八九十百千半]+`;
// `\s*(?:个\s*)?` rather than `\s*个?\s*`: two adjacent \s* would backtrack quadratically on long blanks.
const UNIT = String.raw`\s*(?:个\s*)?(工作日|自然日|小时|分钟|日|天)`;

const WHOLE_DURATION = new RegExp(`^(${NUMBER})${UNIT}$`);
const LEADING = /^(?:自?受理(?:申请)?之日起|受理后|承诺|法定)\s*/;
const TRAILING = /[\s。；;,，]/;

/** Reads a text that IS a duration, as a channel displays it (`20个工作日`, `即办`, `无`). */
export function parseDuration(text: string): ParsedDuration {
  if (typeof text !== "string") return undefined;
  // Channels display the same few limits (20个工作日, 即办) for many items; each caller gets its own object.
  const parsed = wholeDurations.get(text, readDuration);
  return parsed === undefined ? undefined : copy(parsed);
}

const wholeDurations = textMemo<ParsedDuration>();

function readDuration(text: string): ParsedDuration {
  // NFKC folds full-width digits, spaces and punctuation (２０, ；, ，) to ASCII.
  let s = text.normalize("NFKC").trim();
  s = trimTrailing(s, TRAILING);
  for (let m = LEADING.exec(s); m; m = LEADING.exec(s)) s = s.slice(m[0].length);

  if (Object.hasOwn(KEYWORDS, s)) return copy(KEYWORDS[s]);
  const m = WHOLE_DURATION.exec(s);
  return m ? toDuration(m[1], m[2]) : undefined;
}

// Keywords that may appear mid-sentence; bare 即时 / 无 are too common in prose to count.
const PROSE_KEYWORDS: [RegExp, Duration | "none"][] = [
  [/即办|即时办结|立即办理|当场办结|当场办理/, IMMEDIATE],
  [/当日办结|当天办结/, SAME_DAY],
  [/无(?:法定)?(?:办理)?时限|未规定(?:办理)?(?:时限|期限)|法律未规定/, "none"],
];
// One alternation so the matches come in text order; every branch starts with a fixed
// character class and NUMBER is never followed by anything mandatory, so a scan is linear.
const PROSE = new RegExp(`(${PROSE_KEYWORDS.map(([re]) => re.source).join("|")})|(${NUMBER})`, "g");
// Before these a number is an ordinal or a date (第五日, 周五, 3月5日), not a count.
const ORDINAL_BEFORE = /[第周月期拜]$/;
// 不能当场办结的 says the opposite of 当场办结.
const NEGATED = /(?:不|未|无法)(?:能|予|可)?$/;

/**
 * Finds the duration stated in free prose such as a limit's note (说明):
 * `自受理申请之日起二十个工作日内作出决定`. Returns the first one when there are several.
 */
export function findDurationInText(text: string): ParsedDuration {
  if (typeof text !== "string") return undefined;
  // Notes repeat across a catalog (受理之日起20个工作日); each caller still gets its own object.
  const found = proseDurations.get(text, scanProse);
  return found === undefined ? undefined : copy(found);
}

const proseDurations = textMemo<ParsedDuration>();

function scanProse(text: string): ParsedDuration {
  const s = text.normalize("NFKC");
  // Fresh regexes per call: their lastIndex is state.
  const prose = new RegExp(PROSE);
  const unitAfter = new RegExp(UNIT, "y");
  for (let m = prose.exec(s); m; m = prose.exec(s)) {
    const [, keyword, number] = m;
    const before = s.slice(Math.max(0, m.index - 3), m.index);
    if (keyword !== undefined) {
      const found = PROSE_KEYWORDS.find(([re]) => re.test(keyword));
      if (found && !NEGATED.test(before)) return copy(found[1]);
    } else if (!ORDINAL_BEFORE.test(before)) {
      unitAfter.lastIndex = prose.lastIndex;
      const u = unitAfter.exec(s);
      const d = u ? toDuration(number, u[1]) : undefined;
      if (d) return d;
    }
  }
  return undefined;
}

function toDuration(number: string, unitText: string): Duration | undefined {
  const value = parseChineseNumber(number);
  const unit = UNITS[unitText];
  return value === undefined || !Number.isFinite(value) || !unit ? undefined : { value, unit };
}

// Callers get their own object, so mutating a result cannot change the shared constants.
function copy(d: Duration | "none"): Duration | "none" {
  return d === "none" ? d : { ...d };
}

/** Converts to working days: natural days, hours and minutes through `factors`. */
export function toWorkingDays(duration: Duration, factors: UnitFactors = DEFAULT_UNIT_FACTORS): number {
  switch (duration.unit) {
    case "working-day":
      return duration.value;
    case "natural-day":
      return duration.value * factors.workingDaysPerNaturalDay;
    case "hour":
      return duration.value / factors.hoursPerWorkingDay;
    case "minute":
      return duration.value / factors.minutesPerWorkingDay;
  }
}

/** Same value and unit, or the same length once converted (8 hours = 1 working day). */
export function sameDuration(a: Duration, b: Duration, factors: UnitFactors = DEFAULT_UNIT_FACTORS): boolean {
  if (a.value === b.value && a.unit === b.unit) return true;
  return Math.abs(toWorkingDays(a, factors) - toWorkingDays(b, factors)) <= 1e-9;
}

/** `20个工作日` / `20 working days`; zero reads as 即办 / immediate, whatever the unit. */
export function formatDuration(d: Duration, lang: "en" | "zh-CN"): string {
  if (d.value === 0) return DURATION_WORDS.immediate[lang];
  // Up to 3 decimals, trailing zeros dropped: 0.125, 0.5, 0.714.
  const n = String(Number(d.value.toFixed(3)));
  return renderText(DURATION_WORDS[d.unit], { n }, lang);
}
