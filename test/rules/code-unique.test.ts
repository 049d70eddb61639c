import rule from "../../src/rules/catalog/code-unique.js";
import { itemWith, testCatalogRule } from "../support/rule-tester.js";

const coded = (code: string) => itemWith({ code });

testCatalogRule(rule, {
  valid: [
    { name: "two items, two codes", items: { "a.yaml": coded("11510921MB1538709A4000117600001"), "b.yaml": coded("11510921MB1538709A4000117600002") } },
    {
      name: "an item without a code is not a duplicate of another",
      items: { "a.yaml": itemWith({ code: undefined }), "b.yaml": itemWith({ code: undefined }) },
    },
  ],
  invalid: [
    {
      name: "two files with one code: both are reported",
      items: { "a.yaml": coded("11510921MB1538709A4000117600001"), "b.yaml": coded("11510921MB1538709A4000117600001") },
      errors: [
        { messageId: "duplicate", file: "a.yaml", path: ["code"] },
        { messageId: "duplicate", file: "b.yaml", path: ["code"] },
      ],
    },
    {
      name: "a code written with spaces around it is the same code",
      items: {
        "a.yaml": coded("11510921MB1538709A4000117600001"),
        "b.yaml": coded(" 11510921MB1538709A4000117600001 "),
        "c.yaml": coded("11510921MB1538709A4000117600003"),
      },
      errors: [
        { messageId: "duplicate", file: "a.yaml", path: ["code"] },
        { messageId: "duplicate", file: "b.yaml", path: ["code"] },
      ],
    },
  ],
});
