import { describe, expect, it } from "vitest";
import {
  CREDIT_CODE_CHARS,
  CREDIT_CODE_CHARSET,
  CREDIT_CODE_WEIGHTS,
  creditCodeCheckChar,
  creditCodeProblem,
  isCreditCodeChar,
  isValidCreditCode,
} from "../../src/codes/credit-code.js";

// Published codes of well-known registrants (their registration certificates), the example in
// GB 32100-2015, and the base fixture's implementing body.
const REAL_CODES = ["91350100M000100Y43", "9144030071526726XG", "91330100799655058B", "914403001922038216", "91110108551385082Q", "11510921MB1538709A"];

describe("credit code tables", () => {
  it("has the 31 characters of GB 32100-2015, without I, O, S, V and Z", () => {
    expect(CREDIT_CODE_CHARSET).toHaveLength(31);
    expect(new Set(CREDIT_CODE_CHARSET).size).toBe(31);
    for (const ch of "IOSVZ") expect(CREDIT_CODE_CHARSET).not.toContain(ch);
  });

  it("weights are 3^i mod 31", () => {
    expect(CREDIT_CODE_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
  });
});

describe("creditCodeCheckChar", () => {
  it.each(REAL_CODES)("%s", (code) => {
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it("maps a remainder of 31 to 0", () => {
    // Σ = 0 (all zeros) → r = 31 → "0"
    expect(creditCodeCheckChar("00000000000000000")).toBe("0");
  });

  it.each([
    ["16 characters", "1151092MB1538709"],
    ["18 characters", "11510921MB1538709A"],
    ["a letter outside the set", "11510921MI1538709"],
    ["lower case", "11510921mb1538709"],
  ])("undefined for %s", (_, body) => {
    expect(creditCodeCheckChar(body)).toBeUndefined();
  });
});

describe("creditCodeProblem", () => {
  it.each(REAL_CODES)("%s is valid", (code) => {
    expect(creditCodeProblem(code)).toBeUndefined();
    expect(isValidCreditCode(code)).toBe(true);
  });

  it("names the expected check character", () => {
    expect(creditCodeProblem("11510921MB1538709B")).toEqual({ kind: "check", expected: "A", actual: "B" });
  });

  it("catches a single mistyped character as a check failure", () => {
    expect(creditCodeProblem("11510921MB1538790A")?.kind).toBe("check");
  });

  it("reports characters before length", () => {
    expect(creditCodeProblem("11510921mb1538709")).toEqual({ kind: "characters", invalid: ["m", "b"] });
    expect(creditCodeProblem("11510921MB15387O9A")).toEqual({ kind: "characters", invalid: ["O"] });
    expect(creditCodeProblem("１1510921MB1538709A")).toEqual({ kind: "characters", invalid: ["１"] });
  });

  it("reports the length", () => {
    expect(creditCodeProblem("11510921MB153870")).toEqual({ kind: "length", length: 16 });
    expect(creditCodeProblem("11510921MB1538709A0")).toEqual({ kind: "length", length: 19 });
  });

  it.each(["0", "9", "A", "Y", "H", "N"])("%s is in the set", (ch) => expect(isCreditCodeChar(ch)).toBe(true));
  it.each(["I", "O", "S", "V", "Z", "a", "", "AB", "０"])("%j is not in the set", (ch) => expect(isCreditCodeChar(ch)).toBe(false));
});

describe("CREDIT_CODE_CHARS", () => {
  it("accepts exactly the characters isCreditCodeChar accepts (every UTF-16 unit, and a text of them)", () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      expect(CREDIT_CODE_CHARS.test(ch), `U+${code.toString(16)}`).toBe(isCreditCodeChar(ch));
    }
    expect(CREDIT_CODE_CHARS.test(CREDIT_CODE_CHARSET)).toBe(true);
    expect(CREDIT_CODE_CHARS.test("11510921MB1538709A\u{20000}")).toBe(false);
  });
});
