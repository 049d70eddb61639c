import rule from "../../src/rules/item/hours-format.js";
import { baseText, itemWith, testRule } from "../support/rule-tester.js";

const HOURS = "hours: 周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）";
const hours = (value: unknown) => itemWith({ address: [{ place: "蓬溪县政务服务中心一楼综合窗口", hours: value }] });

testRule(rule, {
  valid: [
    { name: "half-width times, Chinese punctuation around them", item: baseText() },
    { name: "a full-width dash that is not between digits", item: hours("周一至周五（节假日—除外）") },
    { name: "～ between times (a Chinese 'to', left alone)", item: hours("9:00～17:00") },
    { name: "hours absent (schema)", item: itemWith({ address: [{ place: "蓬溪县政务服务中心" }] }) },
    { name: "hours not text (schema)", item: hours(9) },
  ],
  invalid: [
    {
      name: "full-width digits, colons and dash",
      item: baseText({ [HOURS]: "hours: 周一至周五 ９：００－１２：００，13:30-17:00（法定节假日除外）" }),
      errors: [{ messageId: "fullWidth", path: ["address", 0, "hours"], fix: "周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）", line: 56, column: 12 }],
      output: baseText(),
    },
    {
      name: "an em dash between times, in a quoted value",
      item: baseText({ [HOURS]: 'hours: "周一至周五 9:00—12:00，13:30—17:00（法定节假日除外）"  # 冬季' }),
      errors: [{ messageId: "fullWidth", path: ["address", 0, "hours"] }],
      output: baseText({ [HOURS]: 'hours: "周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）"  # 冬季' }),
    },
    {
      name: "full-width colons only",
      item: hours("9：00-17：00"),
      errors: [{ messageId: "fullWidth", path: ["address", 0, "hours"], fix: "9:00-17:00" }],
    },
  ],
});
