import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/time-limit-compression.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { itemWith, testRule } from "../support/rule-tester.js";

const limits = (legal: unknown, promised: unknown) => itemWith({ timeLimit: { legal, promised } });
const wd = (value: number) => ({ value, unit: "working-day" });
const promisedValue = ["timeLimit", "promised", "value"];

testRule(rule, {
  valid: [
    { name: "the base item: 75%", item: itemWith({}) },
    { name: "exactly the 60% target", item: limits(wd(20), wd(8)) },
    { name: "immediate: 100%", item: limits(wd(20), wd(0)) },
    { name: "no legal limit (null)", item: limits(null, wd(20)) },
    { name: "no legal limit (absent)", item: itemWith({ timeLimit: { promised: wd(20) } }) },
    { name: "a legal limit of 0", item: limits(wd(0), wd(0)) },
    { name: "longer than legal is time-limit-exceeds-legal's finding", item: limits(wd(20), wd(30)) },
    { name: "units converted: 8 working days of 30 natural days (62.7%)", item: limits({ value: 30, unit: "natural-day" }, wd(8)) },
    { name: "a lower target from the config", item: limits(wd(20), wd(10)), options: { min: 0.5 } },
    { name: "a target of 0 never fires", item: limits(wd(20), wd(20)), options: { min: 0 } },
    { name: "a malformed promised limit is the schema's finding", item: limits(wd(20), { value: "10", unit: "working-day" }) },
  ],
  invalid: [
    { name: "10 of 20 working days: 50%", item: limits(wd(20), wd(10)), errors: [{ messageId: "belowTarget", path: promisedValue }] },
    { name: "promised equals legal: 0%", item: limits(wd(20), wd(20)), errors: [{ messageId: "notCompressed", path: promisedValue }] },
    {
      name: "28 natural days are 20 working days: 0%, not longer",
      item: limits(wd(20), { value: 28, unit: "natural-day" }),
      errors: [{ messageId: "notCompressed", path: promisedValue }],
    },
    {
      name: "a sliver shorter than legal",
      item: limits(wd(20), { value: 152, unit: "hour" }),
      errors: [{ messageId: "belowTarget", path: promisedValue }],
    },
    {
      name: "a higher target from the config (henan-pingdingshan-2021: 75%)",
      item: limits(wd(20), wd(6)),
      options: { min: 0.75 },
      errors: [{ messageId: "belowTarget", path: promisedValue }],
    },
  ],
});

describe("time-limit-compression data", () => {
  it("shows the compression, the target and the longest promise that meets it", () => {
    const [finding] = runItemRule(rule, limits(wd(15), wd(10)));
    expect(finding.data).toEqual({
      promised: { en: "10 working days", "zh-CN": "10个工作日" },
      legal: { en: "15 working days", "zh-CN": "15个工作日" },
      compression: "33.3%",
      target: "60%",
      maxPromised: { en: "6 working days", "zh-CN": "6个工作日" },
    });
  });

  it("never rounds a compression just below the target up to it", () => {
    const [finding] = runItemRule(rule, limits(wd(10000), wd(4001)));
    expect(finding.data?.compression).toBe("59.9%");
  });

  it("declares its option", () => {
    expect(rule.defaultOptions).toEqual({ min: 0.6 });
    expect(rule.optionsSchema).toMatchObject({ additionalProperties: false });
  });
});
