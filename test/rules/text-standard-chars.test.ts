import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/text-standard-chars.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { nonStandardRuns, toSimplified } from "../../src/text/simplified.js";
import { itemWith, testRule } from "../support/rule-tester.js";

const HOURS = "周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）";
const withPlace = (place: string) => itemWith({ address: [{ place, hours: HOURS }] });
const withMaterial = (name: string) => itemWith({ materials: [{ name, copies: 1 }] });

// Standard simplified text, including characters that exist in both forms and words OpenCC keeps.
const STANDARD = [
  "蓬溪县政务服务中心一楼综合窗口",
  "著作权登记证明",
  "乾县人民政府",
  "乾安县政务服务中心",
  "乾隆年间房屋契约",
  "瞭望塔施工许可",
  "慰藉金发放",
  "覆盖范围说明",
  "周一至周五",
  "ABC-123",
];

testRule(rule, {
  valid: [
    { name: "the base item", item: itemWith({}) },
    ...STANDARD.map((name) => ({ name: `standard: ${name}`, item: withMaterial(name) })),
    { name: "a name kept as registered (option keep)", item: withMaterial("香港匯豐銀行出具的資信證明"), options: { keep: ["香港匯豐銀行出具的資信證明"] } },
  ],
  invalid: [
    {
      name: "the address of the known false finding: reported as traditional text",
      item: withPlace("高陵區一中路政務服務中心2層"),
      errors: [{ messageId: "nonStandard", path: ["address", 0, "place"] }],
    },
    { name: "a material", item: withMaterial("營業執照"), errors: [{ messageId: "nonStandard", path: ["materials", 0, "name"] }] },
    {
      name: "variant forms (異體字): 峯, 綫",
      item: withMaterial("峯峦线路图（綫路）"),
      errors: [{ messageId: "nonStandard", path: ["materials", 0, "name"] }],
    },
    {
      name: "the department and a note",
      item: itemWith({ department: "蓬溪縣行政審批局", timeLimit: { legal: null, promised: { value: 5, unit: "working-day", note: "受理之日起5個工作日" } } }),
      errors: [
        { messageId: "nonStandard", path: ["department"] },
        { messageId: "nonStandard", path: ["timeLimit", "promised", "note"] },
      ],
    },
    {
      name: "keep covers only its own word",
      item: withMaterial("匯豐銀行證明和戶口簿"),
      options: { keep: ["匯豐銀行"] },
      errors: [{ messageId: "nonStandard", path: ["materials", 0, "name"] }],
    },
  ],
});

describe("text-standard-chars details", () => {
  it("reports only the runs of characters that change (政 and 服 are the same in both), with the standard form of the whole text", () => {
    expect(nonStandardRuns("高陵區一中路政務服務中心2層")).toEqual([
      { text: "區", standard: "区", offset: 2 },
      { text: "務", standard: "务", offset: 7 },
      { text: "務", standard: "务", offset: 9 },
      { text: "層", standard: "层", offset: 13 },
    ]);
    const [finding] = runItemRule(rule, withPlace("高陵區一中路政務服務中心2層"));
    expect(finding.data?.standard).toBe("高陵区一中路政务服务中心2层");
    expect(finding.data?.runs).toEqual({
      en: '"區" → "区", "務" → "务", "層" → "层"',
      "zh-CN": "“區”应为“区”，“務”应为“务”，“層”应为“层”",
    });
    expect(finding.fix).toBeUndefined();
  });

  it("keeps 乾县 and 乾安 as written, converting around them", () => {
    expect(toSimplified("乾县與乾安縣")).toBe("乾县与乾安县");
  });

  it("leaves the runs of kept words out, not the rest", () => {
    const [finding] = runItemRule(rule, withMaterial("匯豐銀行證明"), { options: { keep: ["匯豐銀行"] } });
    expect(finding.data?.standard).toBe("匯豐銀行证明");
  });
});
