// The `schema` rule's safe fixes, table-tested like an item rule's: the engine reports schema
// findings itself, so the table runs them through a stand-in item rule with the schema rule's words.
import { describe, expect, it } from "vitest";
import schema from "../../src/rules/file/schema.js";
import type { AnyItemRule } from "../../src/rules/types.js";
import { schemaFindings } from "../../src/schema/schema-findings.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { baseText, itemWith, testRule } from "../support/rule-tester.js";

const rule: AnyItemRule = { ...schema, scope: "item", check: ({ item, report }) => schemaFindings(item).forEach(report) };

const MATERIAL = "  - name: 食品经营许可申请书\n    form: original\n    media: paper-or-electronic\n    copies: 1\n    necessity: required";
const LEGAL = "  legal:    { value: 20, unit: working-day, note: 受理之日起20个工作日 }";

testRule(rule, {
  valid: [
    { name: "the base item as text", item: baseText() },
    { name: "a legal limit of null (no law sets one)", item: baseText({ [LEGAL]: "  legal: ~" }) },
  ],
  invalid: [
    {
      name: "enum labels and synonyms, the comments kept",
      item: baseText({
        "level: county": "level: 县级  # 导出",
        "subjects: [legal-person]": "subjects: [企业法人, 个人]",
        "processing: commitment": "processing: 承诺件",
        [MATERIAL]: "  - name: 食品经营许可申请书\n    form: 原件\n    media: 纸质或电子\n    copies: 1\n    necessity: 必要",
      }),
      errors: [
        { messageId: "enum", path: ["level"], fix: "county", line: 7, column: 8 },
        { messageId: "enum", path: ["subjects", 0], fix: "legal-person" },
        { messageId: "enum", path: ["subjects", 1], fix: "natural-person" },
        { messageId: "enum", path: ["processing"], fix: "commitment" },
        { messageId: "enum", path: ["materials", 0, "form"], fix: "original" },
        { messageId: "enum", path: ["materials", 0, "media"], fix: "paper-or-electronic" },
        { messageId: "enum", path: ["materials", 0, "necessity"], fix: "required" },
      ],
      output: baseText({ "level: county": "level: county  # 导出", "subjects: [legal-person]": "subjects: [legal-person, natural-person]" }),
    },
    {
      name: "区县级, a unit label, 纸质 with a no-break space, 四级",
      item: baseText({
        "level: county": "level: 区县级",
        "  promised: { value: 5,  unit: working-day,": "  promised: { value: 5,  unit: 工作日,",
        "onlineDepth: 4": "onlineDepth: 四级",
        "    media: paper-or-electronic\n    copies: 1\n    necessity: required\n    source: government":
          '    media: "纸质\u00a0"\n    copies: 1\n    necessity: required\n    source: government',
      }),
      errors: [
        { messageId: "enum", path: ["level"], fix: "county" },
        { messageId: "enum", path: ["timeLimit", "promised", "unit"], fix: "working-day" },
        { messageId: "type", path: ["onlineDepth"], fix: 4 },
        { messageId: "enum", path: ["materials", 1, "media"], fix: "paper" },
      ],
      output: baseText({
        "    media: paper-or-electronic\n    copies: 1\n    necessity: required\n    source: government":
          '    media: "paper"\n    copies: 1\n    necessity: required\n    source: government',
      }),
    },
    {
      name: "a duration written as text becomes { value, unit }, the layout around it kept",
      item: baseText({ [LEGAL]: "  legal: 20个工作日  # 法定" }),
      errors: [{ messageId: "type", path: ["timeLimit", "legal"], fix: { value: 20, unit: "working-day" } }],
      output: baseText({ [LEGAL]: "  legal: { value: 20, unit: working-day }  # 法定" }),
    },
    {
      name: "a full-width duration in quotes; 无法定时限 is null",
      item: baseText({
        [LEGAL]: '  legal: "无法定时限"',
        "  promised: { value: 5,  unit: working-day, note: 受理之日起5个工作日 }": "  promised: '２０个工作日'",
      }),
      errors: [
        { messageId: "type", path: ["timeLimit", "promised"], fix: { value: 20, unit: "working-day" } },
        { messageId: "type", path: ["timeLimit", "legal"], fix: null },
      ],
      output: baseText({
        [LEGAL]: "  legal: null",
        "  promised: { value: 5,  unit: working-day, note: 受理之日起5个工作日 }": "  promised: { value: 20, unit: working-day }",
      }),
    },
    {
      name: "unquoted codes are quoted",
      item: baseText({ 'region: "510921"': "region: 510921", 'baseCode: "000117600000"': "baseCode: 100117600000" }),
      errors: [
        { messageId: "type", path: ["baseCode"], fix: "100117600000" },
        { messageId: "type", path: ["region"], fix: "510921" },
      ],
      output: baseText({ 'baseCode: "000117600000"': 'baseCode: "100117600000"' }),
    },
    {
      name: "a label that names no value, and a time of 天 (working or natural?): no fix",
      item: baseText({ "level: county": "level: 某级", "  promised: { value: 5,  unit: working-day,": "  promised: { value: 5,  unit: 天," }),
      errors: [
        { messageId: "enum", path: ["level"] },
        { messageId: "enum", path: ["timeLimit", "promised", "unit"] },
      ],
      output: null,
    },
  ],
});

describe("schema fixes", () => {
  it("a code whose digits YAML changed is offered no quoting that applies (the number as written is kept)", async () => {
    const { applyFixes } = await import("../../src/fix/apply-fixes.js");
    const text = baseText({ 'baseCode: "000117600000"': "baseCode: 0117600000" });
    const [finding] = runItemRule(rule, text);
    const outcome = applyFixes(text, [{ path: finding.path, value: finding.fix!.value }]);
    expect(outcome.text).toBe(text);
    expect(outcome.skipped[0].reason).toMatch(/number as written/);
  });

  it("fixes only values of the allowed list", () => {
    expect(runItemRule(rule, itemWith({ level: "county" }))).toEqual([]);
  });
});
