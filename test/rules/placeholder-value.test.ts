import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/placeholder-value.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { isPlaceholderValue } from "../../src/text/placeholder.js";
import { itemWith, testRule } from "../support/rule-tester.js";

const HOURS = "周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）";
const PLACE = "蓬溪县政务服务中心一楼综合窗口";
const withHours = (hours: string) => itemWith({ address: [{ place: PLACE, hours }] });

const PLACEHOLDERS = [
  "无",
  "暂无",
  "待补充",
  "/",
  "—",
  "——",
  "-",
  "详见附件",
  "见窗口",
  "空",
  "略",
  "待定",
  "N/A",
  "n/a",
  "见附件",
  "咨询窗口",
  " 无。",
  "（无）",
  "“暂无”",
  "／",
  "…",
];
const CONTENT = [
  "无犯罪记录证明",
  "无违法违规证明",
  "详见附件1《申请表》",
  "法定节假日无休",
  "周一至周五（无午休）",
  "见窗口公示的收费标准表",
  "空气质量检测报告",
  "A/B栋",
];

describe("isPlaceholderValue", () => {
  it.each(PLACEHOLDERS)("%s is a placeholder", (text) => expect(isPlaceholderValue(text)).toBe(true));
  it.each(CONTENT)("%s is content", (text) => expect(isPlaceholderValue(text)).toBe(false));
  it("takes nothing but spaces for a blank, not a placeholder (the element's own rule says it is empty)", () => {
    expect(isPlaceholderValue("  ")).toBe(false);
  });
});

testRule(rule, {
  valid: [
    { name: "the base item", item: itemWith({}) },
    ...CONTENT.map((hours) => ({ name: `content: ${hours}`, item: withHours(hours) })),
    { name: "a material named 无犯罪记录证明", item: itemWith({ materials: [{ name: "无犯罪记录证明", copies: 1 }] }) },
    {
      name: "a legal limit of null (no legal limit) is the format's, not a placeholder",
      item: itemWith({ timeLimit: { legal: null, promised: { value: 5, unit: "working-day" } } }),
    },
    { name: "the legal basis's title and article are legal-basis-citation's", item: itemWith({ legalBasis: [{ law: "无", article: "无" }] }) },
    { name: "real conditions", item: itemWith({ conditions: ["申请人具有完全民事行为能力", "无犯罪记录"] }) },
    // Shapes the schema reports.
    { name: "address not a list", item: itemWith({ address: "无" }) },
    { name: "phone as a number", item: itemWith({ phone: 12345 }) },
    { name: "conditions not a list", item: itemWith({ conditions: "无" }) },
  ],
  invalid: [
    ...PLACEHOLDERS.map((hours) => ({
      name: `hours: ${JSON.stringify(hours)}`,
      item: withHours(hours),
      errors: [{ messageId: "placeholder", path: ["address", 0, "hours"] }],
    })),
    {
      name: "place and street",
      item: itemWith({ address: [{ place: "见窗口", street: "/", hours: HOURS }] }),
      errors: [
        { messageId: "placeholder", path: ["address", 0, "place"] },
        { messageId: "placeholder", path: ["address", 0, "street"] },
      ],
    },
    {
      name: "phones",
      item: itemWith({ phone: "暂无", complaintPhone: "—" }),
      errors: [
        { messageId: "placeholder", path: ["phone"] },
        { messageId: "placeholder", path: ["complaintPhone"] },
      ],
    },
    {
      name: "a material name and a quoted legal text",
      item: itemWith({
        legalBasis: [{ law: "中华人民共和国食品安全法", article: "第三十五条", text: "详见附件" }],
        materials: [{ name: "营业执照", copies: 1 }, { name: "待补充" }],
      }),
      errors: [
        { messageId: "placeholder", path: ["legalBasis", 0, "text"] },
        { messageId: "placeholder", path: ["materials", 1, "name"] },
      ],
    },
    {
      name: "a condition, when the catalog has conditions",
      item: itemWith({ conditions: ["申请人具有完全民事行为能力", "无"] }),
      errors: [{ messageId: "placeholder", path: ["conditions", 1] }],
    },
  ],
});

describe("placeholder-value messages", () => {
  it("names the field in Chinese and quotes the value", () => {
    const [finding] = runItemRule(rule, withHours(" 暂无 "));
    expect(finding.data?.value).toBe("暂无");
    expect(finding.data?.field).toEqual({ en: "office hours (address[0].hours)", "zh-CN": "办理地点第1项的办公时间" });
  });
});
