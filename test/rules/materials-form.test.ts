import rule from "../../src/rules/item/materials-form.js";
import { itemWith, testRule } from "../support/rule-tester.js";

const material = (fields: Record<string, unknown>) => ({ name: "营业执照", necessity: "required", ...fields });
const withMaterials = (...materials: unknown[]) => itemWith({ materials });

testRule(rule, {
  valid: [
    { name: "the base item", item: itemWith({}) },
    { name: "one original of an issued licence", item: withMaterials(material({ form: "original", source: "government", copies: 1 })) },
    { name: "several copies (复印件) of an issued licence", item: withMaterials(material({ form: "copy", source: "government", copies: 3 })) },
    { name: "original and copies of an issued licence", item: withMaterials(material({ form: "original-and-copy", eLicense: true, copies: 2 })) },
    {
      name: "two originals of a form the applicant writes",
      item: withMaterials(material({ name: "申请书", form: "original", source: "applicant", copies: 2 })),
    },
    { name: "one electronic file", item: withMaterials(material({ media: "electronic", copies: 1 })) },
    { name: "an electronic material without copies", item: withMaterials(material({ media: "electronic" })) },
    { name: "a required paper material without copies (copies is optional)", item: withMaterials(material({ media: "paper" })) },
    { name: "paper or electronic without copies", item: withMaterials(material({ media: "paper-or-electronic" })) },
    // The schema's findings.
    { name: "copies 0 (份数 is at least 1)", item: withMaterials(material({ media: "paper", copies: 0 })) },
    { name: "copies not a number", item: withMaterials(material({ form: "original", source: "government", copies: "3" })) },
    { name: "a material without a name", item: withMaterials({ form: "original", source: "government", copies: 3 }) },
    { name: "materials not a list", item: itemWith({ materials: "营业执照" }) },
  ],
  invalid: [
    {
      name: "several originals of a document issued by a government body",
      item: withMaterials(material({ form: "original", source: "government", copies: 3 })),
      errors: [{ messageId: "severalOriginals", path: ["materials", 0, "copies"] }],
    },
    {
      name: "several originals of an e-licence",
      item: withMaterials(material({ name: "居民身份证", form: "original", eLicense: true, copies: 2 })),
      errors: [{ messageId: "severalOriginals", path: ["materials", 0, "copies"] }],
    },
    {
      name: "paper copies of an electronic-only material",
      item: withMaterials(material({ name: "设计图纸", media: "electronic", copies: 2 })),
      errors: [{ messageId: "electronicCopies", path: ["materials", 0, "copies"] }],
    },
    {
      name: "both contradictions on one material, and the second material",
      item: withMaterials(
        material({ form: "original", source: "government", media: "electronic", copies: 2 }),
        material({ name: "申请书", media: "electronic", copies: 3 }),
      ),
      errors: [
        { messageId: "severalOriginals", path: ["materials", 0, "copies"] },
        { messageId: "electronicCopies", path: ["materials", 0, "copies"] },
        { messageId: "electronicCopies", path: ["materials", 1, "copies"] },
      ],
    },
  ],
});
