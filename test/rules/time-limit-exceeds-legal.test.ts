import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/time-limit-exceeds-legal.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { baseText, itemWith, testRule } from "../support/rule-tester.js";

const limits = (legal: unknown, promised: unknown) => itemWith({ timeLimit: { legal, promised } });
const wd = (value: number) => ({ value, unit: "working-day" });
const promisedValue = ["timeLimit", "promised", "value"];

testRule(rule, {
  valid: [
    { name: "the base item: 5 of 20 working days", item: itemWith({}) },
    { name: "equal limits", item: limits(wd(20), wd(20)) },
    { name: "28 natural days are exactly 20 working days", item: limits(wd(20), { value: 28, unit: "natural-day" }) },
    { name: "7 natural days are exactly 5 working days", item: limits(wd(5), { value: 7, unit: "natural-day" }) },
    { name: "hours within a working day", item: limits(wd(1), { value: 8, unit: "hour" }) },
    { name: "minutes within an hour", item: limits({ value: 1, unit: "hour" }, { value: 30, unit: "minute" }) },
    { name: "immediate against immediate", item: limits(wd(0), wd(0)) },
    { name: "no legal limit (null)", item: limits(null, wd(60)) },
    { name: "no legal limit (absent)", item: itemWith({ timeLimit: { promised: wd(60) } }) },
    { name: "a malformed legal limit is the schema's finding", item: limits({ value: "20个工作日", unit: "working-day" }, wd(60)) },
    { name: "an unknown unit is the schema's finding", item: limits({ value: 1, unit: "week" }, wd(60)) },
    { name: "a legal limit as text is the schema's finding", item: limits("20个工作日", wd(60)) },
    { name: "no promised value", item: limits(wd(20), { unit: "working-day" }) },
    { name: "no timeLimit at all", item: itemWith({ timeLimit: undefined }) },
  ],
  invalid: [
    { name: "30 of 20 working days", item: limits(wd(20), wd(30)), errors: [{ messageId: "exceeds", path: promisedValue }] },
    {
      name: "30 natural days (21.4 working days) against 20 working days",
      item: limits(wd(20), { value: 30, unit: "natural-day" }),
      errors: [{ messageId: "exceeds", path: promisedValue }],
    },
    {
      name: "29 natural days against 20 working days",
      item: limits(wd(20), { value: 29, unit: "natural-day" }),
      errors: [{ messageId: "exceeds", path: promisedValue }],
    },
    {
      name: "9 hours against 1 working day",
      item: limits(wd(1), { value: 9, unit: "hour" }),
      errors: [{ messageId: "exceeds", path: promisedValue }],
    },
    {
      name: "15 working days against 20 natural days (14.3 working days)",
      item: limits({ value: 20, unit: "natural-day" }, wd(15)),
      errors: [{ messageId: "exceeds", path: promisedValue }],
    },
    {
      name: "anything above an immediate legal limit",
      item: limits(wd(0), { value: 2, unit: "hour" }),
      errors: [{ messageId: "exceedsImmediate", path: promisedValue }],
    },
  ],
});

describe("time-limit-exceeds-legal data", () => {
  it("shows both limits in words in both languages", () => {
    const [finding] = runItemRule(rule, limits(wd(20), { value: 30, unit: "natural-day" }));
    expect(finding.data).toEqual({
      promised: { en: "30 natural days", "zh-CN": "30个自然日" },
      legal: { en: "20 working days", "zh-CN": "20个工作日" },
    });
  });
});

const PROMISED = "  promised: { value: 5,  unit: working-day, note: 受理之日起5个工作日 }";

// The legal limit as a suggestion, in the promised limit's own unit.
testRule(rule, {
  valid: [{ name: "the base item as text", item: baseText() }],
  invalid: [
    {
      name: "same unit: the legal value",
      item: baseText({ [PROMISED]: "  promised: { value: 30, unit: working-day, note: 受理之日起5个工作日 }" }),
      errors: [
        {
          messageId: "exceeds",
          path: ["timeLimit", "promised", "value"],
          suggestions: [{ output: baseText({ [PROMISED]: "  promised: { value: 20, unit: working-day, note: 受理之日起5个工作日 }" }) }],
        },
      ],
      output: null,
    },
    {
      name: "natural days: the most that stay within 20 working days (28)",
      item: baseText({ [PROMISED]: "  promised:\n    value: 30\n    unit: natural-day" }),
      errors: [
        {
          messageId: "exceeds",
          path: ["timeLimit", "promised", "value"],
          suggestions: [{ output: baseText({ [PROMISED]: "  promised:\n    value: 28\n    unit: natural-day" }) }],
        },
      ],
    },
  ],
});
