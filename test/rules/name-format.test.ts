import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/name-format.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { baseText, itemWith, testRule } from "../support/rule-tester.js";

const named = (name: unknown) => itemWith({ name });

testRule(rule, {
  valid: [
    { name: "full-width brackets", item: named("食品经营许可（新办）") },
    { name: "nested full-width brackets", item: named("建设工程消防验收（含（备案）抽查）") },
    { name: "【】 used as brackets", item: named("【新办】食品经营许可") },
    { name: "〔〕 around a year", item: named("关于实施〔2021〕第5号文件的补贴申领") },
    { name: "a single space between words", item: named("ISO 9001 认证结果采信") },
    { name: "no CJK: half-width brackets are that text's own convention", item: named("ICP (Internet Content Provider) license") },
    { name: "a full stop inside the name", item: named("高新技术企业认定.复审") },
    { name: "missing (schema)", item: named(undefined) },
    { name: "a number instead of text (schema)", item: named(12345) },
    { name: "blank (schema)", item: named("   ") },
  ],
  invalid: [
    { name: "half-width brackets", item: named("食品经营许可(新办)"), errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可（新办）" }] },
    {
      name: "mixed: full-width open, half-width close",
      item: named("食品经营许可（新办)"),
      errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可（新办）" }],
    },
    {
      name: "mixed: half-width open, full-width close",
      item: named("食品经营许可(新办）"),
      errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可（新办）" }],
    },
    { name: "leading space", item: named(" 食品经营许可（新办）"), errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可（新办）" }] },
    {
      name: "trailing full-width space",
      item: named("食品经营许可（新办）\u3000"),
      errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可（新办）" }],
    },
    { name: "trailing tab", item: named("食品经营许可（新办）\t"), errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可（新办）" }] },
    { name: "repeated spaces", item: named("食品经营许可  （新办）"), errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可 （新办）" }] },
    {
      name: "repeated mixed-width spaces",
      item: named("食品经营许可\u3000 （新办）"),
      errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可 （新办）" }],
    },
    ...["。", "，", "；", ";", ",", ".", "、", "．", "：", ":"].map((stop) => ({
      name: `trailing ${stop}`,
      item: named(`食品经营许可（新办）${stop}`),
      errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可（新办）" }],
    })),
    { name: "several trailing stops", item: named("食品经营许可（新办）。。"), errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可（新办）" }] },
    { name: "a stop, then a space", item: named("食品经营许可（新办）。 "), errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可（新办）" }] },
    { name: "a space, then a stop", item: named("食品经营许可（新办） 。"), errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可（新办）" }] },
    {
      name: "every problem at once: one finding, one fix",
      item: named("\u3000食品经营许可  (新办)。 "),
      errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可 （新办）" }],
    },
    { name: "no CJK: still trimmed", item: named(" ICP license "), errors: [{ messageId: "format", path: ["name"], fix: "ICP license" }] },
  ],
});

describe("name-format details", () => {
  it("lists every problem in both languages", () => {
    const [finding] = runItemRule(rule, named(" 食品经营许可  (新办)。"));
    const problems = finding.data?.problems as { en: string; "zh-CN": string };
    expect(problems["zh-CN"]).toBe("首尾有空格、有连续空格、中文名称中使用了半角括号()、末尾有标点");
    expect(problems.en).toContain("half-width brackets");
    expect(finding.data?.fixed).toBe("食品经营许可 （新办）");
  });

  it("offers no fix when nothing would be left", () => {
    const [finding] = runItemRule(rule, named("。"));
    expect(finding.messageId).toBe("format");
    expect(finding.fix).toBeUndefined();
  });

  it("its fix is clean under the rule", () => {
    const [finding] = runItemRule(rule, named("\u3000食品经营许可  (新办)；"));
    expect(runItemRule(rule, named(finding.fix!.value))).toEqual([]);
  });
});

// The fix as guidelint fix writes it: the name's quoting and the comment after it kept.
testRule(rule, {
  valid: [{ name: "the base item as text", item: baseText() }],
  invalid: [
    {
      name: "plain name: half-width brackets and a trailing 。",
      item: baseText({ "name: 食品经营许可（新办）": "name: 食品经营许可(新办)。  # 旧名" }),
      errors: [{ messageId: "format", path: ["name"], fix: "食品经营许可（新办）", line: 5, column: 7 }],
      output: baseText({ "name: 食品经营许可（新办）": "name: 食品经营许可（新办）  # 旧名" }),
    },
    {
      name: "single-quoted name keeps its quotes",
      item: baseText({ "name: 食品经营许可（新办）": "name: '食品经营许可（新办）；'" }),
      errors: [{ messageId: "format", path: ["name"] }],
      output: baseText({ "name: 食品经营许可（新办）": "name: '食品经营许可（新办）'" }),
    },
    {
      name: "nothing but punctuation: no fix",
      item: baseText({ "name: 食品经营许可（新办）": 'name: "。"' }),
      errors: [{ messageId: "format", path: ["name"] }],
      output: null,
    },
  ],
});
