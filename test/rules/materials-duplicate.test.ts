import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/materials-duplicate.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { baseItem, itemWith, testRule } from "../support/rule-tester.js";

const names = (...list: unknown[]) => itemWith({ materials: list.map((name) => ({ name })) });

testRule(rule, {
  valid: [
    { name: "the clean base item", item: baseItem() },
    { name: "different documents", item: names("营业执照", "营业执照副本") },
    { name: "a real difference in a bracket survives normalisation", item: names("营业执照（正本）", "营业执照（副本）") },
    { name: "blank names are the schema's finding", item: names("", " ") },
    { name: "non-text names are skipped", item: names(1, 1) },
    { name: "materials not a list", item: itemWith({ materials: { name: "营业执照" } }) },
  ],
  invalid: [
    {
      name: "the same name twice",
      item: names("食品经营许可申请书", "营业执照", "食品经营许可申请书"),
      errors: [{ messageId: "duplicate", path: ["materials", 2, "name"] }],
    },
    {
      name: "same after normalisation: width, brackets, spaces, trailing stop",
      item: names("营业执照（副本）", "营业执照(副本) 。"),
      errors: [{ messageId: "duplicate", path: ["materials", 1, "name"] }],
    },
    {
      name: "a third copy is reported too, each against the first",
      item: names("营业执照", "营业执照", "营业执照"),
      errors: [
        { messageId: "duplicate", path: ["materials", 1, "name"] },
        { messageId: "duplicate", path: ["materials", 2, "name"] },
      ],
    },
    {
      name: "non-mapping entries keep their indices",
      item: itemWith({ materials: ["x", { name: "营业执照" }, null, { name: "营业执照" }] }),
      errors: [{ messageId: "duplicate", path: ["materials", 3, "name"] }],
    },
  ],
});

describe("materials-duplicate data", () => {
  it("names the first occurrence by its 1-based number", () => {
    const [finding] = runItemRule(rule, names("营业执照", "食品经营许可申请书", "营业执照"));
    expect(finding.data).toEqual({ name: "营业执照", first: 1 });
  });
});
