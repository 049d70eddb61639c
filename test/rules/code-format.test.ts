import rule from "../../src/rules/item/code-format.js";
import { itemWith, testRule } from "../support/rule-tester.js";

const CREDIT = "11510921MB1538709A"; // the base item's implementing body; check character A
const code = (levelDigit: string, baseCode: string, credit = CREDIT): string => credit + levelDigit + baseCode;

testRule(rule, {
  valid: [
    { name: "an implementer that agrees with code and department", item: itemWith({ implementer: { name: "蓬溪县行政审批局", creditCode: CREDIT } }) },
    { name: "an implementer with only a name", item: itemWith({ implementer: { name: "蓬溪县 行政审批局" } }) },
    {
      name: "a local code format does not tie the credit code to the code",
      item: itemWith({ code: "SC-0001", implementer: { creditCode: CREDIT } }),
      options: { format: "local" },
    },
    {
      name: "a main item with sub-items (ends in Y)",
      item: itemWith({ code: code("4", "00016421300Y"), baseCode: "00016421300Y" }),
    },
    { name: "a sub-item", item: itemWith({ code: code("4", "000164213001"), baseCode: "000164213001" }) },
    { name: "a province prefix", item: itemWith({ code: code("4", "510117600000"), baseCode: "510117600000" }) },
    {
      name: "another body's credit code (check character G)",
      item: itemWith({ code: code("4", "000117600000", "9144030071526726XG") }),
    },
    { name: "a check character 0 (remainder 31)", item: itemWith({ code: code("4", "000117600000", "000000000000000000") }) },
    ...(
      [
        ["national", "1"],
        ["province", "2"],
        ["city", "3"],
        ["county", "4"],
        ["township", "5"],
        ["village", "6"],
      ] as const
    ).map(([level, digit]) => ({
      name: `level ${level} with digit ${digit}`,
      item: itemWith({ level, code: code(digit, "000117600000") }),
    })),
    {
      name: "public service with the national code 20",
      item: itemWith({ type: "public-service", code: code("4", "002000123000"), baseCode: "002000123000" }),
    },
    {
      name: "public service with a local extension code 23",
      item: itemWith({ type: "public-service", code: code("4", "512300123000"), baseCode: "512300123000" }),
    },
    {
      name: "administrative filing accepts any type code",
      item: itemWith({ type: "administrative-filing", code: code("4", "519900123000"), baseCode: "519900123000" }),
    },
    ...(
      [
        ["administrative-payment", "05"],
        ["administrative-confirmation", "07"],
        ["administrative-reward", "08"],
        ["administrative-adjudication", "09"],
        ["other-administrative-power", "10"],
      ] as const
    ).map(([type, typeCode]) => ({
      name: `${type} with ${typeCode}`,
      item: itemWith({ type, code: code("4", `00${typeCode}00123000`), baseCode: `00${typeCode}00123000` }),
    })),
    // Not this rule's business: a missing or non-string code is reported by the schema.
    { name: "codes written as unquoted numbers", item: itemWith({ code: 11510921, baseCode: 117600000 }) },
    { name: "both codes missing", item: itemWith({ code: undefined, baseCode: undefined }) },
    { name: "empty strings are the schema's (minLength)", item: itemWith({ code: "", baseCode: "" }) },
    { name: "empty strings in local format too", item: itemWith({ code: "", baseCode: "" }), options: { format: "local" } },
    { name: "an unknown level is the schema's", item: itemWith({ level: "district" }) },
    { name: "an unknown type is the schema's", item: itemWith({ type: "administrative-penalty" }) },
    {
      name: "local format: any non-empty codes",
      item: itemWith({ code: "SC-PX-0001", baseCode: "x" }),
      options: { format: "local" },
    },
    {
      name: "local format with a matching pattern",
      item: itemWith({ code: "510921-XK-0001" }),
      options: { format: "local", pattern: "5109\\d{2}-[A-Z]{2}-\\d{4}" },
    },
    {
      name: "national format with a matching pattern",
      item: itemWith({}),
      options: { pattern: "11510921.*" },
    },
  ],
  invalid: [
    {
      name: "the implementer's credit code is not the code's first 18 characters",
      item: itemWith({ implementer: { name: "蓬溪县行政审批局", creditCode: "11510921MB1538709B" } }),
      errors: [{ messageId: "implementerCreditCode", path: ["implementer", "creditCode"] }],
    },
    {
      name: "the implementer's name is another body",
      item: itemWith({ implementer: { name: "蓬溪县市场监督管理局", creditCode: CREDIT } }),
      errors: [{ messageId: "implementerName", path: ["implementer", "name"] }],
    },
    {
      name: "wrong check character, naming the expected one",
      item: itemWith({ code: code("4", "000117600000", "11510921MB1538709B") }),
      errors: [{ messageId: "creditCheck", path: ["code"] }],
    },
    {
      name: "a mistyped credit-code digit",
      item: itemWith({ code: code("4", "000117600000", "11510912MB1538709A") }),
      errors: [{ messageId: "creditCheck", path: ["code"] }],
    },
    {
      name: "level digit against level",
      item: itemWith({ level: "city" }),
      errors: [{ messageId: "levelMismatch", path: ["code"] }],
    },
    {
      name: "a level digit outside 1–6",
      item: itemWith({ code: code("7", "000117600000") }),
      errors: [{ messageId: "levelDigitInvalid", path: ["code"] }],
    },
    {
      name: "tail differs from baseCode",
      item: itemWith({ baseCode: "000117600001" }),
      errors: [{ messageId: "tailMismatch", path: ["code"] }],
    },
    {
      name: "type digits against type",
      item: itemWith({ type: "administrative-payment" }),
      errors: [{ messageId: "typeMismatch", path: ["baseCode"] }],
    },
    {
      name: "public service with a power code",
      item: itemWith({ type: "public-service" }),
      errors: [{ messageId: "typeMismatch", path: ["baseCode"] }],
    },
    {
      name: "type code of a power that is no service item (02 penalty)",
      item: itemWith({ code: code("4", "000217600000"), baseCode: "000217600000" }),
      errors: [{ messageId: "typeMismatch", path: ["baseCode"] }],
    },
    {
      name: "independent defects are each reported once",
      item: itemWith({ level: "city", type: "public-service", code: code("4", "000117600000", "11510921MB1538709B") }),
      errors: [
        { messageId: "creditCheck", path: ["code"] },
        { messageId: "levelMismatch", path: ["code"] },
        { messageId: "typeMismatch", path: ["baseCode"] },
      ],
    },
    // Root cause once: a code of the wrong length or with foreign characters gets nothing else.
    {
      name: "code too short (and nothing derived from it)",
      item: itemWith({ code: "11510921MB1538709A400011760000", level: "city" }),
      errors: [{ messageId: "codeLength", path: ["code"] }],
    },
    {
      name: "code too long",
      item: itemWith({ code: "11510921MB1538709A40001176000000" }),
      errors: [{ messageId: "codeLength", path: ["code"] }],
    },
    {
      name: "lower-case letters",
      item: itemWith({ code: "11510921mb1538709a4000117600000" }),
      errors: [{ messageId: "codeCharacters", path: ["code"] }],
    },
    {
      name: "a letter the credit code never uses (O for 0)",
      item: itemWith({ code: "11510921MB15387O9A4000117600000" }),
      errors: [{ messageId: "codeCharacters", path: ["code"] }],
    },
    {
      name: "a stray space: characters, not length",
      item: itemWith({ code: "11510921MB1538709A 4000117600000" }),
      errors: [{ messageId: "codeCharacters", path: ["code"] }],
    },
    {
      name: "full-width digits",
      item: itemWith({ code: "１１510921MB1538709A4000117600000" }),
      errors: [{ messageId: "codeCharacters", path: ["code"] }],
    },
    {
      name: "baseCode too short: its length only, no tail comparison",
      item: itemWith({ baseCode: "00011760000" }),
      errors: [{ messageId: "baseCodeLength", path: ["baseCode"] }],
    },
    {
      name: "baseCode with a letter",
      item: itemWith({ baseCode: "0001176000O0" }),
      errors: [{ messageId: "baseCodeCharacters", path: ["baseCode"] }],
    },
    {
      name: "baseCode with Y before the end",
      item: itemWith({ baseCode: "0001176Y0000" }),
      errors: [{ messageId: "baseCodeCharacters", path: ["baseCode"] }],
    },
    {
      name: "baseCode with lower-case y",
      item: itemWith({ code: code("4", "00016421300Y"), baseCode: "00016421300y" }),
      errors: [{ messageId: "baseCodeCharacters", path: ["baseCode"] }],
    },
    {
      name: "both malformed: one finding each",
      item: itemWith({ code: "11510921MB1538709A400011760000", baseCode: "0001176000" }),
      errors: [
        { messageId: "codeLength", path: ["code"] },
        { messageId: "baseCodeLength", path: ["baseCode"] },
      ],
    },
    {
      name: "baseCode missing: the tail is checked on its own",
      item: itemWith({ baseCode: undefined, code: code("4", "0001176000A0") }),
      errors: [{ messageId: "tailForm", path: ["code"] }],
    },
    {
      name: "codes of only spaces (the schema's minLength lets them through)",
      item: itemWith({ code: " ", baseCode: "\u3000" }),
      errors: [
        { messageId: "empty", path: ["code"] },
        { messageId: "empty", path: ["baseCode"] },
      ],
    },
    {
      name: "local format: blank codes",
      item: itemWith({ code: "  ", baseCode: " " }),
      options: { format: "local" },
      errors: [
        { messageId: "empty", path: ["code"] },
        { messageId: "empty", path: ["baseCode"] },
      ],
    },
    {
      name: "local format: pattern is matched against the whole code",
      item: itemWith({ code: "510921-XK-0001-extra" }),
      options: { format: "local", pattern: "5109\\d{2}-[A-Z]{2}-\\d{4}" },
      errors: [{ messageId: "patternMismatch", path: ["code"] }],
    },
    {
      name: "national format with a pattern: structure first, then the pattern",
      item: itemWith({}),
      options: { pattern: "12.*" },
      errors: [{ messageId: "patternMismatch", path: ["code"] }],
    },
    {
      name: "national format with a pattern: a malformed code is not reported twice",
      item: itemWith({ code: "11510921MB1538709A40001176000" }),
      options: { pattern: "12.*" },
      errors: [{ messageId: "codeLength", path: ["code"] }],
    },
  ],
});
