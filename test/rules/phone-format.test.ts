import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/phone-format.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { baseText, itemWith, testRule } from "../support/rule-tester.js";

const phone = (value: unknown) => itemWith({ phone: value });
const complaint = (value: unknown) => itemWith({ complaintPhone: value });

const VALID_NUMBERS = [
  // landlines
  "0825-5432100",
  "08255432100",
  "(0825)5432100",
  "（0825）5432100",
  "(0825)-5432100",
  "0825-54321000",
  "010-62345678",
  "021-62345678",
  "02862345678",
  "0825-5432100-8001",
  "0825-5432100转8001",
  "0825 5432100",
  "0825 - 5432100",
  "+86-825-5432100",
  // mobiles
  "13912345678",
  "139-1234-5678",
  "139 1234 5678",
  "19912345678",
  "+86 139 1234 5678",
  // hotlines and service numbers
  "12345",
  "12315",
  "12348",
  "0825-12345",
  "95598",
  "96166",
  "400-123-4567",
  "4001234567",
  "800-820-8820",
  // lists
  "0825-5432100、12345",
  "0825-5432100,13912345678",
  "0825-5432100，0825-5432101",
  "0825-5432100;12345；12315",
  "0825-5432100/12345",
  "0825-5432100 12345",
  "0825 5432100 12345",
  "12345 12315",
  "0825-5432100或12345",
  "0825-5432100、",
];

const INVALID_NUMBERS = [
  "5432100", // no area code
  "825-5432100", // area code without its 0
  "0825-543210", // 6-digit local number
  "0825-543210000", // 9-digit local number
  "010-6234567", // 7 digits behind a 3-digit area code
  "0825-0432100", // local numbers never start with 0
  "1391234567", // 10-digit mobile
  "12912345678", // no mobile starts 12
  "1234", // 4-digit short number
  "123456", // 6 digits
  "110", // emergency number, not a service phone
  "0825-5432100（工作日）", // explanation in the field
  "咨询电话：0825-5432100",
  "无",
  "0825-5432100-", // dangling dash
];

testRule(rule, {
  valid: [
    ...VALID_NUMBERS.map((value) => ({ name: `phone ${value}`, item: phone(value) })),
    ...VALID_NUMBERS.slice(0, 5).map((value) => ({ name: `complaintPhone ${value}`, item: complaint(value) })),
    { name: "an unquoted hotline (a YAML number)", item: phone(12345) },
    { name: "an unquoted mobile (a YAML number)", item: "phone: 13912345678\ncomplaintPhone: 12345\n" },
    { name: "complaintPhone absent", item: complaint(undefined) },
    { name: "complaintPhone null", item: complaint(null) },
    { name: "missing phone is the schema's", item: phone(undefined) },
    { name: "a list is the schema's", item: phone(["0825-5432100"]) },
  ],
  invalid: [
    ...INVALID_NUMBERS.map((value) => ({
      name: `phone ${value}`,
      item: phone(value),
      errors: [{ messageId: "invalid", path: ["phone"] }],
    })),
    { name: "complaintPhone reported at its own field", item: complaint("5432199"), errors: [{ messageId: "invalid", path: ["complaintPhone"] }] },
    {
      name: "both fields",
      item: itemWith({ phone: "5432100", complaintPhone: "1234" }),
      errors: [
        { messageId: "invalid", path: ["phone"] },
        { messageId: "invalid", path: ["complaintPhone"] },
      ],
    },
    { name: "one bad number in a list", item: phone("0825-5432100、5432101"), errors: [{ messageId: "invalidPart", path: ["phone"] }] },
    { name: "shorthand second number after /", item: phone("0825-5432100/5432101"), errors: [{ messageId: "invalidPart", path: ["phone"] }] },
    { name: "a bad number among spaces", item: phone("0825-5432100 543210"), errors: [{ messageId: "invalid", path: ["phone"] }] },
    // Width: fix only the width.
    { name: "full-width digits and dash", item: phone("０８２５－５４３２１００"), errors: [{ messageId: "fullWidth", path: ["phone"], fix: "0825-5432100" }] },
    { name: "full-width digits only", item: phone("０８２５5432100"), errors: [{ messageId: "fullWidth", path: ["phone"], fix: "08255432100" }] },
    { name: "a full-width dash", item: phone("0825－5432100"), errors: [{ messageId: "fullWidth", path: ["phone"], fix: "0825-5432100" }] },
    { name: "an em dash typed by an input method", item: phone("0825—5432100"), errors: [{ messageId: "fullWidth", path: ["phone"], fix: "0825-5432100" }] },
    {
      name: "full-width in a list keeps its separators and brackets",
      item: complaint("（０８２５）５４３２１９９，１２３４５"),
      errors: [{ messageId: "fullWidth", path: ["complaintPhone"], fix: "（0825）5432199，12345" }],
    },
    {
      name: "full-width but still invalid: invalid, no fix",
      item: phone("５４３２１００"),
      errors: [{ messageId: "invalid", path: ["phone"] }],
    },
    // The schema lets a blank string through.
    {
      name: "blank values",
      item: itemWith({ phone: "", complaintPhone: "\u3000" }),
      errors: [
        { messageId: "empty", path: ["phone"] },
        { messageId: "empty", path: ["complaintPhone"] },
      ],
    },
    // YAML numbers.
    { name: "unquoted landline loses its 0", item: "phone: 08255432100\n", errors: [{ messageId: "unquotedNumber", path: ["phone"] }] },
    { name: "unquoted local number", item: phone(5432100), errors: [{ messageId: "invalid", path: ["phone"] }] },
    { name: "unquoted fraction", item: phone(825.5), errors: [{ messageId: "invalid", path: ["phone"] }] },
  ],
});

describe("phone-format details", () => {
  it("names the bad numbers of a list", () => {
    const [finding] = runItemRule(rule, phone("0825-5432100、5432101、1234"));
    expect(finding.data?.numbers).toEqual({ en: '"5432101", "1234"', "zh-CN": "“5432101”、“1234”" });
  });

  it("has no fix for an invalid number", () => {
    const [finding] = runItemRule(rule, phone("５４３２１００"));
    expect(finding.fix).toBeUndefined();
  });

  it("suggests the quoted number when YAML dropped the leading 0", () => {
    const [finding] = runItemRule(rule, "phone: 08255432100\n");
    expect(finding.data).toMatchObject({ value: "8255432100", suggestion: "08255432100" });
    expect(finding.fix).toBeUndefined();
  });
});

// The fix as guidelint fix writes it: a plain number that would read as digits gets quotes only when needed.
testRule(rule, {
  valid: [{ name: "the base item as text", item: baseText() }],
  invalid: [
    {
      name: "full-width digits and dash, plain",
      item: baseText({ "phone: 0825-5432100": "phone: ０８２５－５４３２１００  # 总机" }),
      errors: [{ messageId: "fullWidth", path: ["phone"], fix: "0825-5432100", line: 57, column: 8 }],
      output: baseText({ "phone: 0825-5432100": "phone: 0825-5432100  # 总机" }),
    },
    {
      name: "full-width digits that would read as a number get quotes",
      item: baseText({ "phone: 0825-5432100": "phone: １２３４５" }),
      errors: [{ messageId: "fullWidth", path: ["phone"], fix: "12345" }],
      output: baseText({ "phone: 0825-5432100": 'phone: "12345"' }),
    },
    {
      name: "an unquoted number that lost its 0: no fix",
      item: baseText({ "phone: 0825-5432100": "phone: 08255432100" }),
      errors: [{ messageId: "unquotedNumber", path: ["phone"] }],
      output: null,
    },
  ],
});
