// A legal-basis citation — an instrument's title and an article, 《中华人民共和国食品安全法》第三十五条 —
// read from text and turned into comparison keys. The legal-basis rules judge the title a record
// gives; the channel views read citations as channels display them and compare them by these keys.
import { parseChineseNumber } from "../time/chinese-number.js";
import { textMemo } from "./memo.js";
import { normalizeText, trimTrailing } from "./normalize.js";
import { LIST_SEPARATORS, splitText } from "./split.js";

/** The characters Chinese numerals are written with (第三十五条, 第一百零五条). */
export const CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千";

const NUMERAL_CHARS = new Set([...CHINESE_NUMERALS]);

// Every item cites a few of the same titles and articles; the keys are made once per text for the
// rules and for the channel views (catalog facts) alike.
const titleKeys = textMemo<string>();
const articleKeys = textMemo<string>();

/** An instrument's title as a comparison key: normalised, without 《》 or the 中华人民共和国 prefix. */
export function normalizeLawTitle(title: string): string {
  return titleKeys.get(title, lawTitleKey);
}

function lawTitleKey(title: string): string {
  return normalizeText(title.replace(/[《》〈〉<>]/g, "")).replace(/^中华人民共和国/, "");
}

/** Folds every run of Chinese numerals that reads as a number to its digits: 第三十五条第二款 → 第35条第2款. */
function foldNumerals(text: string): string {
  let out = "";
  let run = "";
  const flush = () => {
    if (run === "") return;
    const n = parseChineseNumber(run);
    out += n === undefined ? run : String(n);
    run = "";
  };
  for (const ch of text) {
    if (NUMERAL_CHARS.has(ch)) run += ch;
    else {
      flush();
      out += ch;
    }
  }
  flush();
  return out;
}

/** An article as a comparison key: normalised, numerals as digits (第三十五条 = 第35条 = 第３５条). */
export function articleKey(article: string): string {
  return articleKeys.get(article, (text) => foldNumerals(normalizeText(text)));
}

// What may trail a citation and is not part of its article: punctuation, a colon before a quotation, spaces.
const CITATION_TRIM = /[。；;，,、：:\s]/u;

/** Where the article of an unquoted citation starts: the first 第 followed by a numeral or digit. */
function articleStart(text: string): number {
  for (let at = text.indexOf("第"); at !== -1; at = text.indexOf("第", at + 1)) {
    const next = text[at + 1];
    if (next !== undefined && (NUMERAL_CHARS.has(next) || /[0-9０-９]/.test(next))) return at;
  }
  return -1;
}

/**
 * One citation text → its title (without 《》) and its article, both as written. Prose before 《
 * (依据, 根据) is part of neither; a text with no 《》 and no 第… article is all title.
 */
export function parseCitation(text: string): { law: string; article: string } {
  const open = text.indexOf("《");
  if (open !== -1) {
    const close = text.indexOf("》", open + 1);
    if (close !== -1) return { law: text.slice(open + 1, close), article: trimTrailing(text.slice(close + 1), CITATION_TRIM) };
  }
  const at = articleStart(text);
  if (at <= 0) return { law: trimTrailing(text, CITATION_TRIM), article: "" };
  return { law: text.slice(0, at), article: trimTrailing(text.slice(at), CITATION_TRIM) };
}

/**
 * A text holding one or more citations, split at ；/;/line breaks and before a 《 that opens a new
 * title once the current citation's title has closed (《A》第一条《B》第二条 is two citations).
 */
export function splitCitations(text: string): string[] {
  const out: string[] = [];
  const push = (part: string) => {
    const trimmed = trimTrailing(part.trim(), CITATION_TRIM);
    if (trimmed !== "") out.push(trimmed);
  };
  for (const piece of splitText(text, LIST_SEPARATORS)) {
    let start = 0;
    let depth = 0; // inside 《…》
    let titled = false; // the current citation has a closed title
    for (let i = 0; i < piece.length; i++) {
      const ch = piece[i];
      if (ch === "《") {
        if (depth === 0 && titled) {
          push(piece.slice(start, i));
          start = i;
          titled = false;
        }
        depth++;
      } else if (ch === "》" && depth > 0) {
        depth--;
        if (depth === 0) titled = true;
      }
    }
    push(piece.slice(start));
  }
  return out;
}
