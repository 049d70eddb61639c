import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/fee-basis.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { baseItem, itemWith, testRule } from "../support/rule-tester.js";

const BASIS = "国家发展改革委 财政部关于不动产登记收费有关政策问题的通知（发改价格规〔2016〕2559号）";

testRule(rule, {
  valid: [
    { name: "the clean base item: not charged", item: baseItem() },
    {
      name: "charged with basis and standards",
      item: itemWith({ fee: { charged: true, basis: BASIS, items: [{ name: "不动产登记费", standard: "住宅类每件80元" }] } }),
    },
    { name: "not charged: nothing else needed", item: itemWith({ fee: { charged: false, basis: "" } }) },
    { name: "fee absent", item: itemWith({ fee: undefined }) },
    { name: "charged written as text (schema's finding)", item: itemWith({ fee: { charged: "是" } }) },
    { name: "fee not a mapping", item: itemWith({ fee: "免费" }) },
    {
      name: "basis or items of the wrong type are the schema's findings",
      item: itemWith({ fee: { charged: true, basis: null, items: "工本费10元" } }),
    },
  ],
  invalid: [
    {
      name: "charged, nothing else: one omission, one finding, at charged",
      item: itemWith({ fee: { charged: true } }),
      errors: [{ messageId: "noBasisNorItems", path: ["fee", "charged"] }],
    },
    {
      name: "blank basis, empty items: point at them",
      item: itemWith({ fee: { charged: true, basis: "  ", items: [] } }),
      errors: [
        { messageId: "noBasis", path: ["fee", "basis"] },
        { messageId: "noItems", path: ["fee", "items"] },
      ],
    },
    {
      name: "items without a standard",
      item: itemWith({
        fee: {
          charged: true,
          basis: BASIS,
          items: [{ name: "不动产登记费", standard: "每件80元" }, { name: "证书工本费" }, { name: "", standard: "" }],
        },
      }),
      errors: [
        { messageId: "noStandard", path: ["fee", "items", 1] },
        { messageId: "noStandard", path: ["fee", "items", 2] },
      ],
    },
  ],
});

describe("fee-basis data", () => {
  it("names the fee item, or its number when it has no name", () => {
    const found = runItemRule(rule, itemWith({ fee: { charged: true, basis: BASIS, items: [{ name: "工本费" }, {}] } }));
    expect(found.map((f) => f.data)).toEqual([{ item: { en: '"工本费"', "zh-CN": "“工本费”" } }, { item: { en: "#2", "zh-CN": "第2项" } }]);
  });
});
