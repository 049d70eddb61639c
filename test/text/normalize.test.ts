import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/text/normalize.js";

// normalizeText as it was before its fast path (a regex test that skips the width fold when there
// is nothing to fold): the fast path must change no key.
function reference(text: string): string {
  let folded = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) folded += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) folded += " ";
    else folded += ch;
  }
  const out = folded
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, "")
    .replace(/[(（［[【〔〖｛{]/g, "(")
    .replace(/[)）］\]】〕〗｝}]/g, ")");
  let end = out.length;
  while (end > 0 && /[。；;．.，,、\s]/u.test(out[end - 1])) end--;
  return out.slice(0, end);
}

// Every kind of character the normalisation treats, and some it must leave alone.
const POOL = [..."营业执照副本身份证0Aa（）［］｛｝()[]{}【】〔〕〖〗０９ＡＺａｚ－～！＂＃｜．。；;，,、 \u3000\u00a0\u200b\ufeff\t\n"].concat([
  "\u{20000}",
  "\u{1F600}",
  "\uff5f",
  "\uff00",
]);

describe("normalizeText", () => {
  it("gives the keys it always gave, on 20,000 random texts", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 20_000; n++) {
      const length = Math.floor(random() * 12);
      let text = "";
      for (let i = 0; i < length; i++) text += POOL[Math.floor(random() * POOL.length)];
      expect(normalizeText(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it("folds widths, spaces, brackets and trailing stops", () => {
    expect(normalizeText(" 营业执照（副本）。")).toBe("营业执照(副本)");
    expect(normalizeText("ＡＢ１２\u3000营业执照［正本］；")).toBe("AB12营业执照(正本)");
    expect(normalizeText("营业执照")).toBe("营业执照");
  });
});
