import rule from "../../src/rules/item/time-limit-processing.js";
import { itemWith, testRule } from "../support/rule-tester.js";

const item = (processing: unknown, promised: unknown) => itemWith({ processing, timeLimit: { legal: { value: 20, unit: "working-day" }, promised } });
const promisedValue = ["timeLimit", "promised", "value"];

testRule(rule, {
  valid: [
    { name: "the base item: a commitment item with 5 working days", item: itemWith({}) },
    { name: "an immediate item at 0", item: item("immediate", { value: 0, unit: "working-day" }) },
    { name: "an immediate item at 0 minutes", item: item("immediate", { value: 0, unit: "minute" }) },
    { name: "a commitment item with half a day", item: item("commitment", { value: 4, unit: "hour" }) },
    { name: "an unknown processing type is the schema's finding", item: item("instant", { value: 3, unit: "working-day" }) },
    { name: "no processing type", item: item(undefined, { value: 0, unit: "working-day" }) },
    { name: "a malformed promised limit", item: item("immediate", { value: "5", unit: "working-day" }) },
    { name: "no promised limit", item: itemWith({ processing: "commitment", timeLimit: { legal: null } }) },
  ],
  invalid: [
    {
      name: "an immediate item with 5 working days",
      item: item("immediate", { value: 5, unit: "working-day" }),
      errors: [{ messageId: "immediateWithLimit", path: ["processing"] }],
    },
    {
      name: "an immediate item with 30 minutes",
      item: item("immediate", { value: 30, unit: "minute" }),
      errors: [{ messageId: "immediateWithLimit", path: ["processing"] }],
    },
    {
      name: "a commitment item at 0",
      item: item("commitment", { value: 0, unit: "working-day" }),
      errors: [{ messageId: "commitmentWithoutLimit", path: promisedValue }],
    },
    {
      name: "a commitment item with no legal limit at 0",
      item: itemWith({ processing: "commitment", timeLimit: { legal: null, promised: { value: 0, unit: "hour" } } }),
      errors: [{ messageId: "commitmentWithoutLimit", path: promisedValue }],
    },
  ],
});
