import rule from "../../src/rules/item/invisible-spaces.js";
import { baseText, itemWith, testRule } from "../support/rule-tester.js";

testRule(rule, {
  valid: [
    { name: "the clean base item", item: baseText() },
    { name: "an ordinary and an ideographic space", item: itemWith({ department: "蓬溪县 行政审批局\u3000" }) },
  ],
  invalid: [
    {
      name: "a no-break space in the department (plain value)",
      item: baseText({ "department: 蓬溪县行政审批局": "department: 蓬溪县\u00a0行政审批局" }),
      errors: [{ messageId: "invisible", path: ["department"], fix: "蓬溪县 行政审批局", line: 9, column: 13 }],
      output: baseText({ "department: 蓬溪县行政审批局": "department: 蓬溪县 行政审批局" }),
    },
    {
      name: "a zero-width space in a material's name, and one in a list of channels",
      item: baseText({ "  - name: 营业执照": "  - name: 营业\u200b执照", "publishedOn: [pc, mobile": "publishedOn: [pc\u200b, mobile" }),
      errors: [
        { messageId: "invisible", path: ["materials", 1, "name"], fix: "营业执照" },
        { messageId: "invisible", path: ["publishedOn", 0], fix: "pc" },
      ],
      output: baseText(),
    },
    {
      name: "a narrow no-break space in a double-quoted value keeps its quotes",
      item: baseText({ 'region: "510921"': 'region: "510921\u202f"' }),
      errors: [{ messageId: "invisible", path: ["region"], fix: "510921 " }],
      output: baseText({ 'region: "510921"': 'region: "510921 "' }),
    },
    {
      name: "nothing but a zero-width space: no fix",
      item: baseText({ "department: 蓬溪县行政审批局": 'department: "\u200b"' }),
      errors: [{ messageId: "invisible", path: ["department"] }],
      output: null,
    },
  ],
});
