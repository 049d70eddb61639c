// The two helpers the hostile values go through: how a value is quoted into a message
// (visibleText: what shows nothing is named) and how two names are compared (normalizeText:
// the zero-width characters are dropped, nothing else that is visible).
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/text/normalize.js";
import { visibleData, visibleText } from "../../src/text/visible.js";

describe("visibleText", () => {
  it.each([
    ["营业执照", "营业执照"],
    ["营业\u200b执照", "营业<U+200B (zero-width space)>执照"],
    ["\u200c", "<U+200C (zero-width non-joiner)>"],
    ["a\u200db", "a<U+200D (zero-width joiner)>b"],
    ["a\u2060b", "a<U+2060 (word joiner)>b"],
    ["\ufeffcode", "<U+FEFF (zero-width no-break space)>code"],
    ["abc\u202edef", "abc<U+202E (right-to-left override)>def"],
    ["\u2066x\u2069", "<U+2066 (left-to-right isolate)>x<U+2069 (pop directional isolate)>"],
    ["soft\u00adhyphen", "soft<U+00AD (soft hyphen)>hyphen"],
    ["a\u0000b", "a<U+0000 (control character)>b"],
    ["a\u001bb", "a<U+001B (control character)>b"],
    ["a\u0085b", "a<U+0085 (control character)>b"],
    // Visible ones stay: tab, line break, the ideographic space, full-width punctuation.
    ["a\tb\nc", "a\tb\nc"],
    ["周一\u3000至周五：9:00", "周一\u3000至周五：9:00"],
  ])("%j → %j", (input, shown) => {
    expect(visibleText(input)).toBe(shown);
    // Named once: showing a shown text again changes nothing.
    expect(visibleText(shown)).toBe(shown);
  });

  it("visibleData names them in texts and both languages of a localized text, and keeps numbers", () => {
    const data = { value: "5\u200b1", count: 3, field: { en: "x\u202e", "zh-CN": "字段\u200b" } };
    expect(visibleData(data)).toEqual({
      value: "5<U+200B (zero-width space)>1",
      count: 3,
      field: { en: "x<U+202E (right-to-left override)>", "zh-CN": "字段<U+200B (zero-width space)>" },
    });
    const clean = { value: "51", count: 3 };
    expect(visibleData(clean)).toBe(clean);
  });
});

describe("normalizeText and zero-width characters", () => {
  it.each(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])("drops %j from the comparison key", (char) => {
    expect(normalizeText(`营业${char}执照`)).toBe(normalizeText("营业执照"));
  });

  it.each([
    ["a right-to-left override", "营业\u202e执照"],
    ["a soft hyphen", "营业\u00ad执照"],
    ["another character", "营业执照副本"],
  ])("keeps %s (it is not one of the zero-width spaces)", (_, text) => {
    expect(normalizeText(text)).not.toBe(normalizeText("营业执照"));
  });
});
