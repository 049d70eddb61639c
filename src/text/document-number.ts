// 发文字号 (文号) as GB/T 9704-2012 (党政机关公文格式, 7.2.4) writes them: the issuer's code, the
// year in full in 六角括号 〔〕, the serial number without leading zeros or 第, then 号:
// 国发〔2015〕52号. Guides copy them with square or round brackets, a two-digit year or a 第.

const OPEN = "[\\[［(（〔【〖﹝<〈]";
const CLOSE = "[\\]］)）〕】〗﹞>〉]";
// The issuer's code ends right before the year's bracket, in a Chinese character (国发, 川府发,
// 财税); not 第 or 于, which make the bracket something else. At least one bracket must be
// there: "2015年52号" or "2015 52号" is no 文号 we can tell.
const DOCUMENT_NUMBER = new RegExp(
  `(?<=[\\u4e00-\\u9fff])(?<![第于至年])(?<open>${OPEN}?)[ \\u3000]*(?<year>(?:19|20)[0-9]{2}|[0-9]{2})[ \\u3000]*(?<close>${CLOSE}?)[ \\u3000]*(?<nth>第?)[ \\u3000]*(?<serial>[0-9]{1,5})[ \\u3000]*号`,
  "gu",
);

export interface DocumentNumberHit {
  offset: number;
  /** The year, brackets and number as written: "[2015]52号". */
  written: string;
  /** The standard form when it is certain (a four-digit year); else undefined. */
  standard?: string;
  /** The issuer's code as far as it can be told (the Chinese characters before, at most 5): for messages only. */
  issuer: string;
  /** For a two-digit year: the standard form it most likely stands for, to be checked. */
  suggestion?: string;
}

/** The 文号 in the text that are not written as GB/T 9704 writes them. */
export function nonStandardDocumentNumbers(text: string): DocumentNumberHit[] {
  if (!text.includes("号")) return [];
  const hits: DocumentNumberHit[] = [];
  for (const match of text.matchAll(DOCUMENT_NUMBER)) {
    const { open, year, close, serial } = match.groups as Record<string, string>;
    if (open === "" && close === "") continue;
    const number = String(Number(serial));
    const issuer = /[\u4e00-\u9fff]{1,5}$/u.exec(text.slice(Math.max(0, match.index - 5), match.index))?.[0] ?? "";
    if (year.length === 4) {
      const standard = `〔${year}〕${number}号`;
      if (standard !== match[0]) hits.push({ offset: match.index, written: match[0], standard, issuer });
      continue;
    }
    // A two-digit year needs both brackets to be read as a year at all; the century is a guess.
    if (open === "" || close === "") continue;
    // Without a clock (a rule's verdict must not change with the day it runs): 00–49 → 20xx.
    const yy = Number(year);
    const full = yy < 50 ? 2000 + yy : 1900 + yy;
    hits.push({ offset: match.index, written: match[0], suggestion: `〔${full}〕${number}号`, issuer });
  }
  return hits;
}
