import { describe, expect, it } from "vitest";
import {
  LEVEL_DIGITS,
  TYPE_CODES,
  isItemType,
  isLevel,
  levelOfDigit,
  parseBaseCode,
  parseItemCode,
  typeCodeMatches,
  typeCodeMeaning,
} from "../../src/codes/item-code.js";

describe("parseBaseCode", () => {
  it("splits a code without sub-items", () => {
    expect(parseBaseCode("000117600000")).toEqual({
      prefix: "00",
      typeCode: "01",
      mainItem: "17600",
      subItem: "000",
      hasSubItems: false,
      mainItemKey: "000117600",
    });
  });

  it("recognises a main item with sub-items and keys its sub-items alike", () => {
    const main = parseBaseCode("00016421300Y")!;
    const sub = parseBaseCode("000164213001")!;
    expect(main.hasSubItems).toBe(true);
    expect(main.subItem).toBe("00Y");
    expect(sub.hasSubItems).toBe(false);
    expect(sub.mainItemKey).toBe(main.mainItemKey);
  });

  it("takes a province prefix", () => {
    expect(parseBaseCode("512000123000")?.prefix).toBe("51");
    expect(parseBaseCode("512000123000")?.typeCode).toBe("20");
  });

  it.each([
    ["11 characters", "00011760000"],
    ["13 characters", "0001176000000"],
    ["Y not last", "0001176Y0000"],
    ["lower-case y", "00016421300y"],
    ["a letter", "00A117600000"],
    ["full-width digit", "０00117600000"],
    ["empty", ""],
  ])("rejects %s", (_, code) => {
    expect(parseBaseCode(code)).toBeUndefined();
  });
});

describe("parseItemCode", () => {
  it("splits the base fixture's code", () => {
    const parts = parseItemCode("11510921MB1538709A4000117600000")!;
    expect(parts.creditCode).toBe("11510921MB1538709A");
    expect(parts.levelDigit).toBe("4");
    expect(parts.level).toBe("county");
    expect(parts.baseCode).toBe("000117600000");
    expect(parts.base?.typeCode).toBe("01");
  });

  it("parses a code whose credit code has a wrong check character (checked separately)", () => {
    expect(parseItemCode("11510921MB1538709B4000117600000")?.creditCode).toBe("11510921MB1538709B");
  });

  it("leaves level and base undefined when those parts are malformed", () => {
    const parts = parseItemCode("11510921MB1538709A7000117600A00")!;
    expect(parts.level).toBeUndefined();
    expect(parts.base).toBeUndefined();
  });

  it.each([
    ["30 characters", "11510921MB1538709A400011760000"],
    ["32 characters", "11510921MB1538709A40001176000000"],
    ["a space", "11510921MB1538709A 000117600000"],
    ["lower case", "11510921mb1538709A4000117600000"],
  ])("rejects %s", (_, code) => {
    expect(parseItemCode(code)).toBeUndefined();
  });
});

describe("levels", () => {
  it.each(Object.entries(LEVEL_DIGITS))("%s ↔ %s", (level, digit) => {
    expect(levelOfDigit(digit)).toBe(level);
    expect(isLevel(level)).toBe(true);
  });
  it.each(["0", "7", "9", "A", ""])("no level for %j", (digit) => expect(levelOfDigit(digit)).toBeUndefined());
  it.each(["County", "toString", "", 4])("%j is not a level", (value) => expect(isLevel(value)).toBe(false));
});

describe("type codes", () => {
  it.each([
    ["administrative-license", "01"],
    ["administrative-payment", "05"],
    ["administrative-confirmation", "07"],
    ["administrative-reward", "08"],
    ["administrative-adjudication", "09"],
    ["other-administrative-power", "10"],
    ["public-service", "20"],
    ["public-service", "21"],
    ["public-service", "29"],
    ["administrative-filing", "01"],
    ["administrative-filing", "99"],
  ] as const)("%s accepts %s", (type, code) => {
    expect(typeCodeMatches(type, code)).toBe(true);
  });

  it.each([
    ["administrative-license", "05"],
    ["administrative-license", "02"],
    ["public-service", "30"],
    ["public-service", "01"],
    ["other-administrative-power", "01"],
  ] as const)("%s rejects %s", (type, code) => {
    expect(typeCodeMatches(type, code)).toBe(false);
  });

  it("knows every enum type", () => {
    for (const type of Object.keys(TYPE_CODES)) expect(isItemType(type)).toBe(true);
    expect(isItemType("administrative-penalty")).toBe(false);
    expect(isItemType("hasOwnProperty")).toBe(false);
  });

  it("names what a code means", () => {
    expect(typeCodeMeaning("05")?.["zh-CN"]).toBe("行政给付");
    expect(typeCodeMeaning("02")?.["zh-CN"]).toBe("行政处罚");
    expect(typeCodeMeaning("23")?.["zh-CN"]).toBe("地方公共服务");
    expect(typeCodeMeaning("99")).toBeUndefined();
  });
});
