import rule from "../../src/rules/item/runs-reason.js";
import { baseItem, itemWith, testRule } from "../support/rule-tester.js";

testRule(rule, {
  valid: [
    { name: "the clean base item: zero runs, no reason needed", item: baseItem() },
    { name: "zero runs with a reason anyway", item: itemWith({ onSiteReason: "无" }) },
    { name: "one run with a reason", item: itemWith({ runs: 1, onSiteReason: "须现场采集指纹" }) },
    { name: "a reason that is not text is the schema's finding", item: itemWith({ runs: 1, onSiteReason: 3 }) },
    { name: "runs not a number", item: itemWith({ runs: "1" }) },
  ],
  invalid: [
    { name: "reason null (~)", item: itemWith({ runs: 1 }), errors: [{ messageId: "missingReason", path: ["runs"] }] },
    { name: "reason absent", item: itemWith({ runs: 2, onSiteReason: undefined }), errors: [{ messageId: "missingReason", path: ["runs"] }] },
    { name: "reason blank", item: itemWith({ runs: 1, onSiteReason: " \u3000" }), errors: [{ messageId: "missingReason", path: ["runs"] }] },
    { name: "reason empty string", item: itemWith({ runs: 1, onSiteReason: "" }), errors: [{ messageId: "missingReason", path: ["runs"] }] },
  ],
});
