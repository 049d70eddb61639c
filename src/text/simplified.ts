// Standard simplified characters (通用规范汉字表) for text written in traditional or variant forms.
// The conversion table is OpenCC's traditional → mainland simplified one (opencc-js, t2cn: about
// 110 kB, 20–60 ms to load and build its trie), loaded on first use so that a command that never reads
// Chinese wording pays nothing for it.
import { createRequire } from "node:module";
import { textMemo } from "./memo.js";

type Convert = (text: string) => string;

// Words OpenCC's character table changes although they are standard in simplified text: place
// names that keep 乾 (乾县, 乾安县; 乾陵 and 乾隆 OpenCC already keeps).
const KEPT = /乾县|乾安/gu;
const HAS_KEPT = /乾县|乾安/u;

let converter: Convert | undefined;

function convert(): Convert {
  if (converter === undefined) {
    const require = createRequire(import.meta.url);
    const opencc = require("opencc-js/t2cn") as { Converter(options: { from: string; to: string }): Convert };
    converter = opencc.Converter({ from: "t", to: "cn" });
  }
  return converter;
}

// Most guide text is plain simplified Chinese, ASCII and punctuation: only text with a character
// outside ASCII needs the table.
const ASCII_ONLY = /^[\x00-\x7f]*$/u;

const memo = textMemo<string>();

/** The text in standard simplified characters: 高陵區…2層 → 高陵区…2层; other text unchanged. */
export function toSimplified(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  return memo.get(text, simplify);
}

function simplify(text: string): string {
  if (!HAS_KEPT.test(text)) return convert()(text);
  // Convert around the kept words, so that they come back as written.
  let out = "";
  let at = 0;
  for (const match of text.matchAll(KEPT)) {
    out += convert()(text.slice(at, match.index)) + match[0];
    at = match.index + match[0].length;
  }
  return out + convert()(text.slice(at));
}

/** One run of consecutive characters that the standard form writes differently. */
export interface NonStandardRun {
  /** The run as written. */
  text: string;
  /** Its standard simplified form. */
  standard: string;
  /** Offset of the run in the text (UTF-16 code units). */
  offset: number;
}

/**
 * The runs of characters that change when the text is written in standard simplified
 * characters; characters that are the same in both stay out of the runs. t2cn maps one code
 * point to one code point, so the two texts align character by character.
 */
export function nonStandardRuns(text: string): NonStandardRun[] {
  const standard = toSimplified(text);
  if (standard === text) return [];
  const written = Array.from(text);
  const converted = Array.from(standard);
  // Should a conversion ever change the length, report the whole text rather than misalign.
  if (written.length !== converted.length) return [{ text, standard, offset: 0 }];
  const runs: NonStandardRun[] = [];
  let offset = 0;
  let current: NonStandardRun | undefined;
  for (let i = 0; i < written.length; i++) {
    if (written[i] !== converted[i]) {
      if (current === undefined) {
        current = { text: "", standard: "", offset };
        runs.push(current);
      }
      current.text += written[i];
      current.standard += converted[i];
    } else current = undefined;
    offset += written[i].length;
  }
  return runs;
}
