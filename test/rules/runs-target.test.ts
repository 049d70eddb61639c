import rule from "../../src/rules/item/runs-target.js";
import { baseItem, itemWith, testRule } from "../support/rule-tester.js";

testRule(rule, {
  valid: [
    { name: "the clean base item: zero runs", item: baseItem() },
    { name: "one run meets the target", item: itemWith({ runs: 1, onlineDepth: 3, onSiteReason: "现场核验原件" }) },
    { name: "runs not a number (schema's finding)", item: itemWith({ runs: "两次" }) },
    { name: "runs absent (schema's finding)", item: itemWith({ runs: undefined }) },
  ],
  invalid: [
    { name: "two runs", item: itemWith({ runs: 2, onlineDepth: 3, onSiteReason: "受理、领证各一次" }), errors: [{ messageId: "tooManyRuns", path: ["runs"] }] },
    { name: "five runs", item: itemWith({ runs: 5 }), errors: [{ messageId: "tooManyRuns", path: ["runs"] }] },
  ],
});
