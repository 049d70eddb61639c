import { describe, expect, it } from "vitest";
import { REPEALED_LAWS } from "../../src/lists/builtin/repealed-laws.js";
import rule from "../../src/rules/item/legal-basis-repealed.js";
import { normalizeLawTitle } from "../../src/text/citation.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { baseText, itemWith, testRule } from "../support/rule-tester.js";

const citing = (...laws: string[]) => itemWith({ legalBasis: laws.map((law) => ({ law, article: "第一条" })) });
const at = (i: number) => ["legalBasis", i, "law"];

testRule(rule, {
  valid: [
    { name: "the base item: laws in force", item: itemWith({}) },
    { name: "劳动合同法 is not 合同法", item: citing("中华人民共和国劳动合同法") },
    { name: "the successor itself", item: citing("中华人民共和国民法典", "促进个体工商户发展条例") },
    { name: "食品安全法实施条例 is not 食品安全法, nor 食品卫生法", item: citing("中华人民共和国食品安全法实施条例") },
    { name: "a title that merely contains a repealed one", item: citing("最高人民法院关于适用《中华人民共和国合同法》若干问题的解释（一）") },
    { name: "市场主体登记管理条例 is not a registration regulation it replaced", item: citing("中华人民共和国市场主体登记管理条例") },
    { name: "the 试行 edition is another instrument", item: citing("中华人民共和国企业破产法（试行）") },
    { name: "an empty repealed list", item: citing("中华人民共和国物权法"), lists: { repealedLaws: [] } },
    { name: "a non-text title", item: itemWith({ legalBasis: [{ law: 7, article: "第一条" }] }) },
  ],
  invalid: [
    {
      name: "the nine laws the Civil Code replaced, with and without the 中华人民共和国 prefix",
      item: citing("中华人民共和国物权法", "合同法", "婚姻法", "中华人民共和国继承法", "民法通则", "收养法", "担保法", "侵权责任法", "民法总则"),
      errors: Array.from({ length: 9 }, (_, i) => ({ messageId: "replaced", path: at(i) })),
    },
    {
      name: "《》, full-width brackets and spaces do not matter",
      item: citing("《中华人民共和国合同法》", " 个体工商户条例 "),
      errors: [
        { messageId: "replaced", path: at(0) },
        { messageId: "replaced", path: at(1) },
      ],
    },
    {
      name: "a trailing edition or order number is the same instrument",
      item: citing("中华人民共和国公司登记管理条例（2016年修订）", "城市房屋拆迁管理条例（国务院令第305号）"),
      errors: [
        { messageId: "replaced", path: at(0) },
        { messageId: "replaced", path: at(1) },
      ],
    },
    {
      name: "only the repealed basis is reported",
      item: citing("中华人民共和国食品安全法", "中华人民共和国食品卫生法"),
      errors: [{ messageId: "replaced", path: at(1) }],
    },
    {
      name: "a configured entry matched by alias, with no successor and no date",
      item: citing("某某市城市管理暂行办法"),
      lists: { repealedLaws: [{ name: "某某市城市管理办法", aliases: ["某某市城市管理暂行办法"] }] },
      errors: [{ messageId: "repealedUndated", path: at(0) }],
    },
    {
      name: "configured entries: successor without date, date without successor",
      item: citing("甲条例", "乙办法"),
      lists: {
        repealedLaws: [
          { name: "甲条例", successor: "甲法" },
          { name: "乙办法", repealedOn: "2020-05-01" },
        ],
      },
      errors: [
        { messageId: "replacedUndated", path: at(0) },
        { messageId: "repealed", path: at(1) },
      ],
    },
  ],
});

describe("legal-basis-repealed data", () => {
  it("names the law as written, the successor and the date in both languages", () => {
    const [finding] = runItemRule(rule, citing("《中华人民共和国物权法》"));
    expect(finding.data).toEqual({
      law: "中华人民共和国物权法",
      successor: "中华人民共和国民法典",
      repealedOn: { en: "2021-01-01", "zh-CN": "2021年1月1日" },
    });
  });
});

describe("built-in repealed list", () => {
  it("has no title twice and no entry whose successor is itself repealed", () => {
    const keys = REPEALED_LAWS.flatMap((law) => [law.name, ...(law.aliases ?? [])]).map(normalizeLawTitle);
    expect(new Set(keys).size).toBe(keys.length);
    for (const law of REPEALED_LAWS) {
      expect(law.successor, law.name).toBeDefined();
      expect(keys, law.name).not.toContain(normalizeLawTitle(law.successor!));
      expect(law.repealedOn, law.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

// The successor as a suggestion (never a safe fix: the article must be reviewed), as YAML text.
testRule(rule, {
  valid: [{ name: "the base item as text", item: baseText() }],
  invalid: [
    {
      name: "suggests the successor's title, comments kept",
      item: baseText({ "  - law: 食品经营许可管理办法": "  - law: 中华人民共和国合同法  # 旧依据" }),
      errors: [
        {
          messageId: "replaced",
          path: ["legalBasis", 1, "law"],
          suggestions: [{ output: baseText({ "  - law: 食品经营许可管理办法": "  - law: 中华人民共和国民法典  # 旧依据" }) }],
        },
      ],
      output: null,
    },
    {
      name: "no successor: no suggestion",
      item: baseText({ "  - law: 食品经营许可管理办法": "  - law: 旧办法" }),
      lists: { repealedLaws: [{ name: "旧办法" }] },
      errors: [{ messageId: "repealedUndated", path: ["legalBasis", 1, "law"], suggestions: [] }],
      output: null,
    },
  ],
});

describe("legal-basis-repealed suggestion", () => {
  it("says the article must be reviewed, in both languages", () => {
    const [finding] = runItemRule(rule, citing("中华人民共和国物权法"));
    expect(finding.suggestions?.[0].desc["zh-CN"]).toContain("核对条款号");
    expect(finding.suggestions?.[0].desc.en).toContain("review the article");
    expect(finding.fix).toBeUndefined();
  });
});
