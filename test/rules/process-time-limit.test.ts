import rule from "../../src/rules/item/process-time-limit.js";
import { itemWith, testRule } from "../support/rule-tester.js";

// The base item promises 5 working days (fixtures/base-item.yaml).
const step = (name: string, value?: number, unit = "working-day") => (value === undefined ? { name } : { name, timeLimit: { value, unit } });
const withSteps = (...steps: unknown[]) => itemWith({ process: steps });

testRule(rule, {
  valid: [
    { name: "no process (optional)", item: itemWith({}) },
    { name: "steps that add up to the promise", item: withSteps(step("受理", 1), step("审查", 3), step("决定", 1)) },
    { name: "steps without limits take none of it", item: withSteps(step("受理"), step("审查", 5), step("送达")) },
    { name: "hours convert at 8 a working day", item: withSteps(step("受理", 4, "hour"), step("审查", 4), step("决定", 4, "hour")) },
    { name: "natural days convert (7 natural = 5 working)", item: withSteps(step("审查", 7, "natural-day")) },
    { name: "a malformed step limit is the schema's", item: withSteps({ name: "审查", timeLimit: "10个工作日" }) },
    { name: "no promised limit to compare with", item: itemWith({ timeLimit: { legal: null }, process: [step("审查", 30)] }) },
    { name: "a step that is not a mapping", item: withSteps("审查") },
  ],
  invalid: [
    {
      name: "the sum passes the promise at 决定",
      item: withSteps(step("受理", 1), step("审查", 3), step("决定", 2), step("送达", 1)),
      errors: [{ messageId: "exceeds", path: ["process", 2, "timeLimit"] }],
    },
    { name: "one step longer than the promise", item: withSteps(step("审查", 6)), errors: [{ messageId: "exceeds", path: ["process", 0, "timeLimit"] }] },
    {
      name: "mixed units",
      item: withSteps(step("受理", 16, "hour"), step("审查", 4)),
      errors: [{ messageId: "exceeds", path: ["process", 1, "timeLimit"] }],
    },
    {
      name: "an immediate item with a step that takes time",
      item: itemWith({ timeLimit: { legal: null, promised: { value: 0, unit: "working-day" } }, process: [step("受理", 1, "hour")] }),
      errors: [{ messageId: "exceeds", path: ["process", 0, "timeLimit"] }],
    },
  ],
});
