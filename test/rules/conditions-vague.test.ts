import rule from "../../src/rules/item/conditions-vague.js";
import { itemWith, testRule } from "../support/rule-tester.js";

const STATED = "申请人取得合法有效的营业执照";
/** The base item with its conditions: a stated one, then `condition`. */
const withCondition = (condition: unknown) => itemWith({ conditions: [STATED, condition] });
const AT_NEW = ["conditions", 1];

const catchAlls = [
  "法律法规规定的其他条件",
  "法律、法规规定的其他条件",
  "（三）法律、行政法规规定的其他条件。",
  "5. 其他应当具备的条件",
  "申请人应当具备的其他条件",
  "符合法律法规规定的其他情形",
  "以及其他有关要求",
  "符合法律法规规定的条件",
  "具备相关条件",
  "满足有关部门规定的要求",
  "有健全的安全管理制度和其他条件",
  "其 他 条 件",
];

const stated = [
  STATED,
  "申请人具有完全民事行为能力",
  "具有与经营的食品品种、数量相适应的场所、设备等条件",
  "有符合规定的检验检测设备",
  "申请人为本县户籍居民",
  "具有与所从事的生产经营活动相适应的卫生条件",
  "其他股东同意转让的书面决议",
  "年满18周岁",
];

testRule(rule, {
  valid: [
    { name: "no conditions (the element is optional)", item: itemWith({}) },
    { name: "empty list", item: itemWith({ conditions: [] }) },
    ...stated.map((condition) => ({ name: `stated: ${condition}`, item: withCondition(condition) })),
    { name: "not a list (schema's finding)", item: itemWith({ conditions: "法律法规规定的其他条件" }) },
    { name: "a condition that is not text (schema's finding)", item: withCondition(42) },
  ],
  invalid: [
    ...catchAlls.map((condition) => ({ name: `catch-all: ${condition}`, item: withCondition(condition), errors: [{ messageId: "catchAll", path: AT_NEW }] })),
    {
      name: "every catch-all at its own entry",
      item: itemWith({ conditions: ["其他应当具备的条件", STATED, "法律法规规定的其他条件"] }),
      errors: [
        { messageId: "catchAll", path: ["conditions", 0] },
        { messageId: "catchAll", path: ["conditions", 2] },
      ],
    },
  ],
});
