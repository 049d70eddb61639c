import rule from "../../src/rules/item/materials-vague.js";
import { baseItem, itemWith, testRule } from "../support/rule-tester.js";

/** The base item with one more material of this name. */
function withMaterial(name: unknown) {
  const materials = baseItem().materials as unknown[];
  return itemWith({
    materials: [...materials, { name, form: "original", media: "paper-or-electronic", copies: 1, necessity: "required", source: "applicant", eLicense: false }],
  });
}

const AT_NEW = ["materials", 4, "name"];

const catchAlls = [
  "其他材料",
  "其它材料",
  "相关材料",
  "有关材料",
  "其他相关材料",
  "其他证明材料",
  "相关证明",
  "证明材料",
  "要求的其他材料",
  "法律法规规定的其他材料",
  "法律、法规、规章规定的其他材料",
  "审批机关认为需要的其他材料",
  "其他需要提交的材料",
  "与申请事项有关的证明材料",
  "申请人身份证明及其他相关材料",
  "营业执照等材料",
  "身份证、户口簿等相关材料",
  "房产证明等证明材料",
  "设计图纸等相关文件",
  "其他材料（如有）",
  "（七）其他材料",
  "7. 其他材料",
  "其他",
  "其 他 材 料。",
  // in traditional characters
  "其他證明材料",
  "相關資料",
];

const specific = [
  // the base item's own: 等 lists what the document covers (食品经营许可管理办法 wording)
  "与食品经营相适应的主要设备设施布局、操作流程等文件",
  "建设项目环境影响评价相关文件",
  "其他股东的身份证明",
  "其他出资人的出资证明",
  "营业执照或其他主体资格证明文件",
  "身份证、护照等身份证件",
  "申请人身份证明",
  "相关人员名单",
  "相关资质证书",
  "能够证明亲属关系的相关材料",
  "食品安全管理制度文本",
  "申请书",
  "审批文件",
  "申请人证件",
  "附件1：平面布局图",
];

testRule(rule, {
  valid: [
    { name: "the clean base item", item: baseItem() },
    ...specific.map((name) => ({ name: `specific: ${name}`, item: withMaterial(name) })),
    { name: "zero-material item", item: itemWith({ materials: [] }) },
    { name: "materials not a list (schema's finding)", item: itemWith({ materials: "其他材料" }) },
    { name: "a name that is not text (schema's finding)", item: withMaterial(42) },
    { name: "a material that is not a mapping", item: itemWith({ materials: ["其他材料"] }) },
  ],
  invalid: [
    ...catchAlls.map((name) => ({
      name: `catch-all: ${name}`,
      item: withMaterial(name),
      errors: [{ messageId: "catchAll", path: AT_NEW }],
    })),
    {
      name: "every catch-all is reported at its own name",
      item: itemWith({ materials: [{ name: "其他材料" }, { name: "营业执照" }, { name: "相关材料" }] }),
      errors: [
        { messageId: "catchAll", path: ["materials", 0, "name"] },
        { messageId: "catchAll", path: ["materials", 2, "name"] },
      ],
    },
  ],
});
