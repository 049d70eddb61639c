import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/text-typo.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { BUILT_IN_TYPOS, findDoubledSuffixes } from "../../src/text/typos.js";
import { baseText, itemWith, testRule } from "../support/rule-tester.js";

const HOURS = "周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）";
const withPlace = (place: string) => itemWith({ address: [{ place, hours: HOURS }] });
const withMaterial = (name: string) => itemWith({ materials: [{ name, copies: 1 }] });

// Real names and words that hold a listed form or a doubled suffix without being a typo.
const LOOK_ALIKES = [
  "遂宁市市场监督管理局",
  "遂宁市市民中心",
  "遂宁市市区",
  "遂宁市市直机关",
  "蓬溪县县城",
  "蓬溪县县级医院",
  "某某区区域规划",
  "某某区区长办公室",
  "某某村村民委员会",
  "某某乡乡村振兴办公室",
  "某某社区社区卫生服务中心",
  "区区小事",
  "核对申请人身份正确",
  "驾驶正常车辆",
  "复印间",
  "四川省省直机关",
];

testRule(rule, {
  valid: [
    { name: "the base item", item: itemWith({}) },
    ...LOOK_ALIKES.map((place) => ({ name: `look-alike: ${place}`, item: withPlace(place) })),
    { name: "x- extensions are the catalog's own data, not published text", item: itemWith({ "x-raw": "户口薄" }) },
  ],
  invalid: [
    {
      name: "the fix rewrites the text in place, comment and quoting kept",
      item: baseText({ "  - name: 食品安全管理制度文本": '  - name: "食品安全管理制度文本及户口薄复印件"  # 按原件' }),
      errors: [{ messageId: "typo", path: ["materials", 3, "name"], fix: "食品安全管理制度文本及户口簿复印件" }],
      output: baseText({ "  - name: 食品安全管理制度文本": '  - name: "食品安全管理制度文本及户口簿复印件"  # 按原件' }),
    },
    {
      name: "a doubled suffix in the place, fixed",
      item: baseText({ "  - place: 蓬溪县政务服务中心一楼综合窗口": "  - place: 蓬溪县县政务服务中心一楼综合窗口" }),
      errors: [{ messageId: "typo", path: ["address", 0, "place"] }],
      output: baseText(),
    },
    ...BUILT_IN_TYPOS.map(({ wrong, right }) => ({
      name: `${wrong} → ${right}`,
      item: withMaterial(`申请人${wrong}材料`),
      errors: [{ messageId: "typo", path: ["materials", 0, "name"], fix: `申请人${right}材料` }],
    })),
    ...[
      ["昆明市呈贡区区政务服务中心一楼", "昆明市呈贡区政务服务中心一楼"],
      ["蓬溪县县人民政府", "蓬溪县人民政府"],
      ["蓬溪县县", "蓬溪县"],
      ["赤城街道街道办事处", "赤城街道办事处"],
      ["四川省省人民政府", "四川省人民政府"],
      ["遂宁市市民政局", "遂宁市民政局"],
      ["某某镇镇，一楼", "某某镇，一楼"],
    ].map(([wrong, right]) => ({
      name: `doubled suffix: ${wrong}`,
      item: withPlace(wrong),
      errors: [{ messageId: "typo", path: ["address", 0, "place"], fix: right }],
    })),
    {
      name: "two typos in one text: one finding, one fix",
      item: withMaterial("居民户口薄及身份正复印键"),
      errors: [{ messageId: "typo", path: ["materials", 0, "name"], fix: "居民户口簿及身份证复印件" }],
    },
    {
      name: "any text of the item: the department, a note, the quoted legal text",
      item: itemWith({
        department: "蓬溪县攻务服务管理局",
        timeLimit: { legal: null, promised: { value: 5, unit: "working-day", note: "受理之日起5个工作曰" } },
      }),
      errors: [
        { messageId: "typo", path: ["department"], fix: "蓬溪县政务服务管理局" },
        { messageId: "typo", path: ["timeLimit", "promised", "note"], fix: "受理之日起5个工作日" },
      ],
    },
    {
      name: "the catalog's own misspellings (option extra), with the built-in list",
      item: withMaterial("营业执照付本和户口薄"),
      options: { extra: { 营业执照付本: "营业执照副本", 执照: "执照副本" } },
      errors: [{ messageId: "typo", path: ["materials", 0, "name"], fix: "营业执照副本和户口簿" }],
    },
  ],
});

describe("text-typo details", () => {
  it("lists each correction in the message data", () => {
    const [finding] = runItemRule(rule, withMaterial("户口薄和身份正"));
    expect(finding.data?.corrections).toEqual({ en: '"户口薄" → "户口簿", "身份正" → "身份证"', "zh-CN": "“户口薄”应为“户口簿”，“身份正”应为“身份证”" });
  });

  it("finds a doubled suffix only where the second one begins nothing", () => {
    expect(findDoubledSuffixes("遂宁市市场监督管理局")).toEqual([]);
    expect(findDoubledSuffixes("遂宁市市政务服务中心")).toEqual([{ offset: 2, wrong: "市市", right: "市" }]);
  });
});
