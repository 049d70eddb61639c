// The normalisation guide-format.md defines for comparing two texts: full-/half-width forms,
// spaces and line breaks, bracket styles, trailing 。；. Nothing more, so that a real change in a
// number, a material, an article, a phone digit or a floor always survives it.

const FULL_WIDTH_START = 0xff01; // ！
const FULL_WIDTH_END = 0xff5e; // ～
const FULL_TO_HALF_OFFSET = 0xfee0;

// What foldWidth changes, less the full-width brackets （）［］｛｝ (the bracket step below makes
// them "(" and ")" whether folded or not). Most texts have none of it — Chinese text with ASCII
// digits and full-width brackets — and one regex test is far cheaper than rebuilding the string a
// character at a time.
const WIDE = /[\uff01-\uff07\uff0a-\uff3a\uff3c\uff3e-\uff5a\uff5c\uff5e\u3000]/;

/** Full-width ASCII forms (０-９, Ａ-Ｚ, （）, －…) and the ideographic space to their half-width forms. */
function foldWidth(text: string): string {
  if (!WIDE.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCodePoint(code - FULL_TO_HALF_OFFSET);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

const OPENING_BRACKETS = /[(（［[【〔〖｛{]/g;
const CLOSING_BRACKETS = /[)）］\]】〕〗｝}]/g;
// The spaces and line breaks of guide-format.md: every JavaScript whitespace (\s already takes in
// U+3000 and NBSP; they are named for the reader) and the invisible characters that text pasted
// from web pages and word processors carries: zero-width space, non-joiner and joiner (U+200B–D),
// word joiner (U+2060), zero-width no-break space (U+FEFF). Chinese text never needs them, so two
// names differing only by one are the same name. One class, so that "blank" (onlySpaces) and
// "what normalizeText removes" cannot drift apart.
const SPACE = "[\\s\\u3000\\u00a0\\u200b-\\u200d\\u2060\\ufeff]";
const WHITESPACE = new RegExp(`${SPACE}+`, "g");
// Anchored at both ends, one class, no alternative: fails at the first visible character.
const ONLY_SPACES = new RegExp(`^${SPACE}*$`);
const TRAILING_STOP = /[。；;．.，,、\s]/u;

/** The comparison key of a text: equal keys mean "the same after normalisation". */
export function normalizeText(text: string): string {
  const folded = foldWidth(text).replace(WHITESPACE, "").replace(OPENING_BRACKETS, "(").replace(CLOSING_BRACKETS, ")");
  return trimTrailing(folded, TRAILING_STOP);
}

/** True when the text is nothing but spaces (those normalizeText removes): it shows nothing. */
export function onlySpaces(text: string): boolean {
  return ONLY_SPACES.test(text);
}

/**
 * The text without trailing characters that match `char` (a one-character class). A loop, not
 * /[…]+$/: that regex is retried at every start position, quadratic on a long run that does not
 * reach the end (20,000 。 then a letter took 27 s).
 */
export function trimTrailing(text: string, char: RegExp): string {
  let end = text.length;
  while (end > 0 && char.test(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** True when the text contains a CJK ideograph (the typographic rules of Chinese text apply). */
export function hasCjk(text: string): boolean {
  return /[\u3400-\u9fff]/u.test(text);
}
