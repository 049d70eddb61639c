import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/materials-e-license.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { baseItem, baseText, itemWith, testRule } from "../support/rule-tester.js";

/** The base item with one more material. */
function withMaterial(name: unknown, fields: Record<string, unknown> = {}) {
  const materials = baseItem().materials as unknown[];
  return itemWith({
    materials: [...materials, { name, form: "copy", media: "paper", copies: 1, necessity: "required", source: "government", eLicense: false, ...fields }],
  });
}
const AT_NEW = ["materials", 4, "media"];

testRule(rule, {
  valid: [
    { name: "the clean base item (营业执照 on paper or electronic)", item: baseItem() },
    { name: "an e-licence that may be electronic", item: withMaterial("营业执照副本", { media: "paper-or-electronic" }) },
    { name: "an e-licence only electronic", item: withMaterial("居民身份证", { media: "electronic" }) },
    { name: "居住证明 is not 居住证", item: withMaterial("居住证明") },
    { name: "身份证明 is not 身份证", item: withMaterial("申请人身份证明") },
    { name: "身份证件 is any identity document", item: withMaterial("身份证件") },
    { name: "a number is not the card", item: withMaterial("身份证号码") },
    { name: "an application form for a licence", item: withMaterial("营业执照申请书") },
    { name: "无房产证明 is not 房产证", item: withMaterial("无房产证明") },
    { name: "a paper material not on the list", item: withMaterial("食品安全管理制度文本") },
    { name: "media absent (schema decides)", item: withMaterial("营业执照", { media: undefined }) },
    { name: "an empty list", item: withMaterial("营业执照"), lists: { eLicenses: [] } },
  ],
  invalid: [
    { name: "营业执照 on paper", item: withMaterial("营业执照"), errors: [{ messageId: "listed", path: AT_NEW }] },
    { name: "containment: 营业执照副本复印件", item: withMaterial("营业执照副本复印件"), errors: [{ messageId: "listed", path: AT_NEW }] },
    { name: "alias: 身份证", item: withMaterial("法定代表人身份证复印件"), errors: [{ messageId: "listed", path: AT_NEW }] },
    { name: "alias: 户口本", item: withMaterial("户口本首页及本人页"), errors: [{ messageId: "listed", path: AT_NEW }] },
    { name: "alias: 房产证", item: withMaterial("房产证"), errors: [{ messageId: "listed", path: AT_NEW }] },
    { name: "结婚证书 is 结婚证", item: withMaterial("结婚证书", { form: "original" }), errors: [{ messageId: "listed", path: AT_NEW }] },
    // Traditional characters are read as their standard forms (text-standard-chars reports the writing).
    { name: "traditional: 營業執照副本", item: withMaterial("營業執照副本"), errors: [{ messageId: "listed", path: AT_NEW }] },
    { name: "traditional: 戶口簿", item: withMaterial("戶口簿"), errors: [{ messageId: "listed", path: AT_NEW }] },
    {
      name: "custom list: 居住证",
      item: withMaterial("居住证复印件"),
      lists: { eLicenses: [{ name: "居住证" }] },
      errors: [{ messageId: "listed", path: AT_NEW }],
    },
    {
      name: "not on the list but marked eLicense: true",
      item: withMaterial("特种设备使用登记证", { eLicense: true }),
      errors: [{ messageId: "marked", path: AT_NEW }],
    },
    {
      name: "on the list and marked: one finding",
      item: withMaterial("营业执照", { eLicense: true }),
      errors: [{ messageId: "listed", path: AT_NEW }],
    },
  ],
});

describe("materials-e-license data", () => {
  it("names the material and the list entry", () => {
    const [finding] = runItemRule(rule, withMaterial("驾驶证复印件"));
    expect(finding.data).toEqual({ name: "驾驶证复印件", entry: "机动车驾驶证" });
  });
});

// paper-or-electronic as a suggestion: the office must be able to fetch the licence first.
testRule(rule, {
  valid: [{ name: "the base item as text", item: baseText() }],
  invalid: [
    {
      name: "suggests paper-or-electronic for a listed e-licence demanded on paper",
      item: baseText({ "  - name: 营业执照\n    form: copy\n    media: paper-or-electronic": "  - name: 营业执照\n    form: copy\n    media: paper  # 纸质" }),
      errors: [
        {
          messageId: "listed",
          path: ["materials", 1, "media"],
          suggestions: [
            {
              output: baseText({
                "  - name: 营业执照\n    form: copy\n    media: paper-or-electronic":
                  "  - name: 营业执照\n    form: copy\n    media: paper-or-electronic  # 纸质",
              }),
            },
          ],
        },
      ],
      output: null,
    },
  ],
});
