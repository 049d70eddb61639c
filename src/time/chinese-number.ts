/** Digits 1-9; 零/〇 are handled apart because they mark a skipped place, not a value. */
const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZEROS = new Set(["零", "〇"]);

/**
 * Reads a number as written in a service guide: Arabic (half- or full-width, `0.5`, `1/8`),
 * 半 (0.5), or Chinese numerals below ten thousand (`二十`, `一百零五`, `三千零二十`).
 * Returns undefined for anything else rather than guessing (`一百五`, `二三`, `百`).
 */
export function parseChineseNumber(text: string): number | undefined {
  if (typeof text !== "string") return undefined;
  // NFKC folds full-width digits, `．` and `／` to ASCII.
  const s = text.normalize("NFKC").trim();
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const fraction = /^(\d+)\/(\d+)$/.exec(s);
  if (fraction) {
    const denominator = Number(fraction[2]);
    return denominator === 0 ? undefined : Number(fraction[1]) / denominator;
  }
  if (s === "半") return 0.5;
  return parseChineseInteger(s);
}

function parseChineseInteger(s: string): number | undefined {
  if (s.length === 1 && ZEROS.has(s)) return 0;
  if (s === "") return undefined;

  let total = 0;
  let pending: number | undefined; // a digit waiting for its place (十/百/千, or units at the end)
  let lastPlace = 10_000; // places strictly decrease; 10_000 = none yet
  let skipped = false; // a 零 says the next place is lower than the one just below lastPlace

  // Adds digit × place, checking that the place follows the previous one:
  // 一百二十 (no gap, no 零), 一百零五 (gap, 零), but not 一百五 or 一千零五百.
  const place = (digit: number, value: number): boolean => {
    if (lastPlace < 10_000) {
      const next = lastPlace / 10;
      if (skipped ? value >= next : value !== next) return false;
    }
    total += digit * value;
    lastPlace = value;
    skipped = false;
    pending = undefined;
    return true;
  };

  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch in DIGITS) {
      if (pending !== undefined) return undefined; // 二三
      pending = DIGITS[ch];
    } else if (ZEROS.has(ch)) {
      // 零 only between places: not leading, not doubled, not after a bare digit.
      if (i === 0 || skipped || pending !== undefined) return undefined;
      skipped = true;
    } else if (ch in PLACES) {
      // Only a leading 十 may drop its 一 (十五); 百 / 千 need a digit.
      const digit = pending ?? (i === 0 && ch === "十" ? 1 : undefined);
      if (digit === undefined || !place(digit, PLACES[ch])) return undefined;
    } else {
      return undefined;
    }
  }
  if (pending !== undefined && !place(pending, 1)) return undefined;
  if (skipped) return undefined; // trailing 零
  return total;
}
