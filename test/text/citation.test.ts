import { describe, expect, it } from "vitest";
import { articleKey, normalizeLawTitle, parseCitation, splitCitations } from "../../src/text/citation.js";

describe("parseCitation", () => {
  it.each<[string, { law: string; article: string }]>([
    ["《中华人民共和国食品安全法》第三十五条", { law: "中华人民共和国食品安全法", article: "第三十五条" }],
    ["依据《食品经营许可管理办法》第四条。", { law: "食品经营许可管理办法", article: "第四条" }],
    ["《中华人民共和国行政许可法》：", { law: "中华人民共和国行政许可法", article: "" }],
    ["中华人民共和国食品安全法第35条", { law: "中华人民共和国食品安全法", article: "第35条" }],
    ["中华人民共和国食品安全法第３５条；", { law: "中华人民共和国食品安全法", article: "第３５条" }],
    // An article follows a title: a 第 at the very start opens none.
    ["第三方机构管理办法", { law: "第三方机构管理办法", article: "" }],
    // 第 before something other than a number is part of the title.
    ["食品经营许可管理办法第某条", { law: "食品经营许可管理办法第某条", article: "" }],
    ["食品安全法。", { law: "食品安全法", article: "" }],
    ["《未闭合的标题第三条", { law: "《未闭合的标题", article: "第三条" }],
  ])("%s", (text, expected) => {
    expect(parseCitation(text)).toEqual(expected);
  });
});

describe("splitCitations", () => {
  it.each<[string, string[]]>([
    ["《A法》第一条", ["《A法》第一条"]],
    ["《A法》第一条；《B法》第二条。", ["《A法》第一条", "《B法》第二条"]],
    ["《A法》第一条\n《B法》第二条", ["《A法》第一条", "《B法》第二条"]],
    ["《A法》第一条《B法》第二条", ["《A法》第一条", "《B法》第二条"]],
    // A 《 inside an open title does not start a citation.
    ["《关于《A法》的决定》第二条", ["《关于《A法》的决定》第二条"]],
    ["；；\n", []],
  ])("%s", (text, expected) => {
    expect(splitCitations(text)).toEqual(expected);
  });
});

describe("comparison keys", () => {
  it("a title without 《》 and the 中华人民共和国 prefix, normalised", () => {
    expect(normalizeLawTitle("《中华人民共和国食品安全法》")).toBe("食品安全法");
    expect(normalizeLawTitle(" 食品安全法 ")).toBe("食品安全法");
    expect(normalizeLawTitle("食品安全法（2021年修正）")).toBe("食品安全法(2021年修正)");
  });

  it("an article with its numerals as digits", () => {
    expect(articleKey("第三十五条第二款")).toBe("第35条第2款");
    expect(articleKey("第３５条 第２款。")).toBe("第35条第2款");
    expect(articleKey("第一百零五条")).toBe("第105条");
    // A run that is not a number stays as written: a real difference survives.
    expect(articleKey("第二三条")).toBe("第二三条");
  });
});
