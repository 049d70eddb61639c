import { describe, expect, it } from "vitest";
import { github } from "../../src/formatters/github.js";
import { junit } from "../../src/formatters/junit.js";
import { markdown } from "../../src/formatters/markdown.js";
import { ruleLabel, rulePascalName } from "../../src/formatters/rule-names.js";
import { stylish } from "../../src/formatters/stylish.js";
import { context, lintFixture } from "./support.js";

// The fixture's catch-all material is a materials-vague error (申请材料含兜底表述).
describe("rule titles in the human outputs", () => {
  it("come before the id under zh-CN, one line per finding; English keeps the id alone", async () => {
    const { result } = await lintFixture();
    const zh = stylish(result, context("zh-CN")).split("\n");
    const vague = zh.filter((l) => l.includes("materials-vague"));
    expect(vague).toHaveLength(1);
    expect(vague[0]).toMatch(/^ {2}\d+:\d+ +错误 {2}.+。 {2}申请材料含兜底表述 materials-vague$/);
    const en = stylish(result, context("en")).split("\n");
    expect(en.find((l) => l.includes("materials-vague"))).toMatch(/\. {2}materials-vague$/);

    expect(markdown(result, context("zh-CN"))).toMatch(/\| 错误 \| 申请材料含兜底表述 `materials-vague` \|/);
    expect(markdown(result, context("en"))).toMatch(/\| error \| `materials-vague` \|/);

    expect(junit(result, context("zh-CN"))).toMatch(/ {2}错误 {2}申请材料含兜底表述 materials-vague\n/);
    expect(junit(result, context("en"))).toMatch(/ {2}error {2}materials-vague\n/);

    expect(github(result, context("zh-CN"))).toMatch(/,title=申请材料含兜底表述 materials-vague::/);
    expect(github(result, context("en"))).toMatch(/,title=materials-vague::/);
  });

  it("leave a rule without a title (a custom one) by its id, and name it apart from its id in SARIF", () => {
    expect(ruleLabel("no-such-rule", "zh-CN")).toBe("no-such-rule");
    expect(rulePascalName("same-source-mismatch")).toBe("SameSourceMismatch");
    expect(rulePascalName("Foo")).toBe("FooRule");
    expect(rulePascalName("--")).toBe("Rule");
  });
});
