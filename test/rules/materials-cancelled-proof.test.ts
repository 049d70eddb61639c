import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/materials-cancelled-proof.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { baseItem, baseText, itemWith, testRule } from "../support/rule-tester.js";

/** The base item with one more material of this name. */
function withMaterial(name: unknown) {
  const materials = baseItem().materials as unknown[];
  return itemWith({
    materials: [...materials, { name, form: "original", media: "paper-or-electronic", copies: 1, necessity: "required", source: "other", eLicense: false }],
  });
}
const AT_NEW = ["materials", 4, "name"];

// How a county modelled 居住证明 (not on the national list): cancelled only as a committee proof.
const residenceByCommittee = {
  cancelledProofs: [{ name: "村（居）委会出具的居住证明", aliases: ["村委会出具的居住证明", "社区出具的居住证明"] }],
};

testRule(rule, {
  valid: [
    { name: "the clean base item", item: baseItem() },
    // Real documents issued by the body that keeps the record.
    { name: "无犯罪记录证明 from the police", item: withMaterial("公安机关出具的无犯罪记录证明") },
    { name: "无犯罪记录证明, issuer not named", item: withMaterial("无犯罪记录证明") },
    { name: "出生医学证明 (contains neither 出生证明 nor a committee)", item: withMaterial("出生医学证明") },
    { name: "婚姻登记记录证明 from 民政", item: withMaterial("婚姻登记记录证明") },
    { name: "收入证明 from an employer", item: withMaterial("所在单位出具的收入证明") },
    { name: "生存证明 from an embassy", item: withMaterial("驻外使领馆出具的生存证明") },
    { name: "户籍证明 from the police", item: withMaterial("户籍证明") },
    { name: "custom list: 居住证 is not 居住证明", item: withMaterial("居住证"), lists: residenceByCommittee },
    { name: "custom list: 居住证明 without a committee", item: withMaterial("居住证明"), lists: residenceByCommittee },
    { name: "an empty list finds nothing", item: withMaterial("亲属关系证明"), lists: { cancelledProofs: [] } },
    { name: "a name that is not text", item: withMaterial(["亲属关系证明"]) },
  ],
  invalid: [
    { name: "亲属关系证明", item: withMaterial("亲属关系证明"), errors: [{ messageId: "cancelled", path: AT_NEW }] },
    {
      name: "contains the entry: 村委会出具的亲属关系证明",
      item: withMaterial("村委会出具的亲属关系证明"),
      errors: [{ messageId: "cancelled", path: AT_NEW }],
    },
    { name: "健在证明", item: withMaterial("健在证明（每年一次）"), errors: [{ messageId: "cancelled", path: AT_NEW }] },
    {
      name: "committee-issued 无犯罪记录证明",
      item: withMaterial("户籍所在地村（居）委会出具的无犯罪记录证明"),
      errors: [{ messageId: "cancelled", path: AT_NEW }],
    },
    {
      name: "committee-issued 婚姻状况证明, issuer after the name",
      item: withMaterial("婚姻状况证明（社区出具）"),
      errors: [{ messageId: "cancelled", path: AT_NEW }],
    },
    {
      name: "committee-issued 收入证明 (居民财产证明)",
      item: withMaterial("社区居委会开具的收入证明"),
      errors: [{ messageId: "cancelled", path: AT_NEW }],
    },
    {
      name: "normalised equality: width and spaces",
      item: withMaterial(" 亲属关系 证明。"),
      errors: [{ messageId: "cancelled", path: AT_NEW }],
    },
    {
      name: "custom list: committee-issued 居住证明",
      item: withMaterial("社区出具的居住证明原件"),
      lists: residenceByCommittee,
      errors: [{ messageId: "cancelled", path: AT_NEW }],
    },
    {
      name: "one finding per material",
      item: itemWith({ materials: [{ name: "亲属关系证明" }, { name: "营业执照" }, { name: "村委会出具的出生证明" }] }),
      errors: [
        { messageId: "cancelled", path: ["materials", 0, "name"] },
        { messageId: "cancelled", path: ["materials", 2, "name"] },
      ],
    },
  ],
});

describe("materials-cancelled-proof data", () => {
  it("names the list entry", () => {
    const [finding] = runItemRule(rule, withMaterial("社区出具的死亡证明"));
    expect(finding.data).toEqual({ name: "社区出具的死亡证明", entry: "村（居）民委员会出具的死亡证明" });
  });
});

const LAST_MATERIAL =
  "  - name: 食品安全管理制度文本\n    form: original\n    media: paper-or-electronic\n    copies: 1\n    necessity: required\n    source: applicant\n    eLicense: false\n";

// Removing the material is a suggestion: its lines go, the comments around them stay.
testRule(rule, {
  valid: [{ name: "the base item as text", item: baseText() }],
  invalid: [
    {
      name: "suggests removing the material's entry",
      item: baseText({ "  - name: 食品安全管理制度文本": "  # 村委会开具\n  - name: 亲属关系证明" }),
      errors: [{ messageId: "cancelled", path: ["materials", 3, "name"], suggestions: [{ output: baseText({ [LAST_MATERIAL]: "  # 村委会开具\n" }) }] }],
      output: null,
    },
    {
      name: "an entry in the middle of the list",
      item: baseText({ "  - name: 营业执照": "  - name: 亲属关系证明" }),
      errors: [
        {
          messageId: "cancelled",
          path: ["materials", 1, "name"],
          suggestions: [
            {
              output: baseText({
                "  - name: 营业执照\n    form: copy\n    media: paper-or-electronic\n    copies: 1\n    necessity: required\n    source: government\n    eLicense: true\n":
                  "",
              }),
            },
          ],
        },
      ],
    },
  ],
});
