import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/legal-basis-document-number.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { baseText, itemWith, testRule } from "../support/rule-tester.js";

const DECISION = "国务院关于取消一批行政许可事项的决定";
const withLaw = (law: string) => itemWith({ legalBasis: [{ law, article: "附件第12项" }] });

const STANDARD = [
  `${DECISION}（国发〔2017〕46号）`,
  "财税〔2016〕36号",
  "中华人民共和国食品安全法（2015年修订）",
  "（2015）川01民初52号民事判决",
  "2015年第52号公告",
  "某某条例(2015)",
  "第(2015)52号",
];

testRule(rule, {
  valid: [{ name: "the base item", item: itemWith({}) }, ...STANDARD.map((law) => ({ name: `standard or no 文号: ${law}`, item: withLaw(law) }))],
  invalid: [
    {
      name: "the fix rewrites the number in the quotation, the rest of the file as it was",
      item: baseText({
        "    text: 国家对食品生产经营实行许可制度。": "    text: 国家对食品生产经营实行许可制度（国发[2015]52号）。",
      }),
      errors: [{ messageId: "malformed", path: ["legalBasis", 0, "text"] }],
      output: baseText({
        "    text: 国家对食品生产经营实行许可制度。": "    text: 国家对食品生产经营实行许可制度（国发〔2015〕52号）。",
      }),
    },
    ...[
      ["国发[2015]52号", "国发〔2015〕52号"],
      ["国发(2015)52号", "国发〔2015〕52号"],
      ["国发（2015）52号", "国发〔2015〕52号"],
      ["国发［2015］52号", "国发〔2015〕52号"],
      ["国发【2015】52号", "国发〔2015〕52号"],
      ["国发﹝2015﹞52号", "国发〔2015〕52号"],
      ["湘政发2005]36号", "湘政发〔2005〕36号"],
      ["国发〔2015〕第52号", "国发〔2015〕52号"],
      ["国发〔2015〕052号", "国发〔2015〕52号"],
      ["国发[2015] 52 号", "国发〔2015〕52号"],
      [`${DECISION}（国办发[2019]33号）`, `${DECISION}（国办发〔2019〕33号）`],
    ].map(([written, fixed]) => ({
      name: `${written} → ${fixed}`,
      item: withLaw(written),
      errors: [{ messageId: "malformed", path: ["legalBasis", 0, "law"], fix: fixed }],
    })),
    {
      name: "a two-digit year: suggested, not fixed",
      item: withLaw("国发〔15〕52号"),
      errors: [{ messageId: "shortYear", path: ["legalBasis", 0, "law"] }],
    },
    {
      name: "two numbers in one text: one finding each, the first carries the fix of both",
      item: itemWith({ fee: { charged: true, basis: "川价发[2013]12号、川财综(2014)5号", items: [{ name: "工本费", standard: "10元/本" }] } }),
      errors: [
        { messageId: "malformed", path: ["fee", "basis"], fix: "川价发〔2013〕12号、川财综〔2014〕5号" },
        { messageId: "malformed", path: ["fee", "basis"] },
      ],
    },
  ],
});

describe("legal-basis-document-number details", () => {
  it("names the issuer in the message and suggests a full year", () => {
    const [malformed] = runItemRule(rule, withLaw("国发[2015]52号"));
    expect(malformed.data).toMatchObject({ written: "国发[2015]52号", standard: "国发〔2015〕52号" });
    const [short] = runItemRule(rule, withLaw("国发〔98〕3号"));
    expect(short.data).toMatchObject({ written: "国发〔98〕3号", suggestion: "国发〔1998〕3号" });
    expect(short.fix).toBeUndefined();
  });
});
