import { describe, expect, it } from "vitest";
import { isBlank } from "../../src/rules/access.js";
import { normalizeText } from "../../src/text/normalize.js";

// One isBlank for the rules (runs-reason, address-specific) and the channel comparison. Blank means
// "shows nothing": only the spaces guide-format.md's normalisation removes. U+200B is blank although
// String.prototype.trim keeps it — it is invisible, arrives with text pasted from web pages, and a
// reason or office hours made of it tell the applicant nothing. A word is never blank, even one
// that means "none": 无 says there is no limit, or no fee, and is compared as such.
describe("isBlank", () => {
  it.each<[string, unknown]>([
    ["absent", undefined],
    ["null", null],
    ["empty", ""],
    ["ordinary spaces", "   "],
    ["tab", "\t"],
    ["line breaks", "\r\n"],
    ["full-width space U+3000", "\u3000\u3000"],
    ["no-break space U+00A0", "\u00a0"],
    ["zero-width space U+200B", "\u200b"],
    ["byte-order mark U+FEFF", "\ufeff"],
    ["a mix of them", " \u200b\t\u3000\u00a0\n"],
  ])("%s is blank", (_, value) => {
    expect(isBlank(value)).toBe(true);
  });

  it.each<[string, unknown]>([
    ["无 (a word: no limit, no fee)", "无"],
    ["a full stop", "。"],
    ["a dash", "-"],
    ["zero as text", "0"],
    ["a word among zero-width spaces", "\u200b无\u200b"],
    ["zero", 0],
    ["false", false],
    ["an empty list (the schema's to judge)", []],
    ["an empty mapping", {}],
  ])("%s is not blank", (_, value) => {
    expect(isBlank(value)).toBe(false);
  });

  it("every blank text normalises to nothing: blank and normalizeText agree on what a space is", () => {
    for (const text of ["   ", "\t", "\r\n", "\u3000", "\u00a0", "\u200b", "\ufeff", " \u200b\t\u3000\u00a0\n"]) {
      expect(normalizeText(text), JSON.stringify(text)).toBe("");
    }
  });
});
