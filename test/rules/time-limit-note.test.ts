import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/time-limit-note.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { itemWith, testRule } from "../support/rule-tester.js";

type Limit = { value: unknown; unit: unknown; note?: unknown } | null;
const limits = (legal: Limit, promised: Limit) => itemWith({ timeLimit: { legal, promised } });
const wd = (value: number, note?: unknown) => ({ value, unit: "working-day", note });
const promisedNote = ["timeLimit", "promised", "note"];
const legalNote = ["timeLimit", "legal", "note"];

testRule(rule, {
  valid: [
    { name: "the base item: notes agree", item: itemWith({}) },
    { name: "no notes", item: limits(wd(20), wd(5)) },
    { name: "Chinese numerals", item: limits(wd(20, "自受理申请之日起二十个工作日内作出决定"), wd(5, "五个工作日")) },
    { name: "日 in a note means working days", item: limits(wd(20, "自受理之日起20日内作出行政许可决定"), wd(5, "5日")) },
    {
      name: "the first duration is the limit; an extension after it is not compared",
      item: limits(wd(20, "20个工作日内不能作出决定的，经负责人批准可以延长10个工作日"), wd(5)),
    },
    { name: "即办 at 0", item: limits(wd(20), wd(0, "即时办结")) },
    { name: "当日办结 is one working day", item: limits(wd(20), wd(1, "当日办结")) },
    { name: "same length in another unit", item: limits(wd(20), { value: 4, unit: "hour", note: "0.5个工作日" }) },
    { name: "30 natural days stated as such", item: limits({ value: 30, unit: "natural-day", note: "30个自然日" }, wd(5)) },
    { name: "a note stating no duration", item: limits(wd(20, "按法定程序办理"), wd(5, "详见办事流程")) },
    { name: "a note saying 无", item: limits(wd(20, "无"), wd(5)) },
    { name: "an ordinal is not a duration", item: limits(wd(20), wd(5, "每周五下午集中审批，5个工作日")) },
    { name: "no legal limit", item: limits(null, wd(5, "5个工作日")) },
    { name: "a non-text note is the schema's finding", item: limits(wd(20, 20), wd(5)) },
    { name: "a malformed value is the schema's finding", item: limits({ value: "二十", unit: "working-day", note: "10个工作日" }, wd(5)) },
  ],
  invalid: [
    {
      name: "value 66, note 20个工作日",
      item: limits(wd(66, "受理之日起20个工作日"), wd(5)),
      errors: [{ messageId: "differs", path: legalNote }],
    },
    {
      name: "promised 5, note 10个工作日",
      item: limits(wd(20), wd(5, "受理之日起10个工作日")),
      errors: [{ messageId: "differs", path: promisedNote }],
    },
    {
      name: "both notes wrong",
      item: limits(wd(20, "二十五个工作日"), wd(5, "3个工作日")),
      errors: [
        { messageId: "differs", path: legalNote },
        { messageId: "differs", path: promisedNote },
      ],
    },
    {
      name: "a note saying 即办 on a 5-day limit",
      item: limits(wd(20), wd(5, "即办")),
      errors: [{ messageId: "differs", path: promisedNote }],
    },
    {
      name: "units differ: 30 natural days against a note of 30个工作日",
      item: limits({ value: 30, unit: "natural-day", note: "30个工作日" }, wd(5)),
      errors: [{ messageId: "differs", path: legalNote }],
    },
    {
      name: "20日 counts working days, not the 20 natural days of the value",
      item: limits({ value: 20, unit: "natural-day", note: "受理之日起20日内" }, wd(5)),
      errors: [{ messageId: "dayMeansWorkingDay", path: legalNote }],
    },
  ],
});

describe("time-limit-note data", () => {
  it("names the field and shows the note, what it states and the value", () => {
    const [finding] = runItemRule(rule, limits(wd(66, "受理之日起20个工作日"), wd(5)));
    expect(finding.data).toEqual({
      field: { en: "legal time limit", "zh-CN": "法定办结时限" },
      note: "受理之日起20个工作日",
      stated: { en: "20 working days", "zh-CN": "20个工作日" },
      limit: { en: "66 working days", "zh-CN": "66个工作日" },
    });
  });
});
