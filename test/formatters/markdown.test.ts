import { describe, expect, it } from "vitest";
import { cell, markdown } from "../../src/formatters/markdown.js";
import { itemText } from "../support/cli.js";
import { context, lintFixture } from "./support.js";

describe("markdown", () => {
  it("has a summary line and one table row per finding with file:line, severity, rule and message", async () => {
    const { result } = await lintFixture();
    const lines = markdown(result, context()).trimEnd().split("\n");
    expect(lines[0]).toMatch(/^\*\*guidelint\*\*: 6 problems \(5 errors, 1 warning\) in 4 files$/);
    const rows = lines.filter((l) => l.startsWith("| ") && !l.startsWith("| file:line"));
    expect(lines).toContain("| file:line | severity | rule | message |");
    expect(rows).toHaveLength(6);
    expect(rows).toContainEqual(expect.stringMatching(/^\| catalog\/sub dir\/b,c\.yaml:46 \| error \| `materials-vague` \| .+ \|$/));
    // every row has exactly four cells once escaped pipes are set aside
    for (const row of rows) expect(row.replace(/\\\|/g, "").split("|").length - 2).toBe(4);
  });

  it("speaks Chinese and says so when clean", async () => {
    const { result } = await lintFixture();
    expect(markdown(result, context("zh-CN"))).toContain("| 位置 | 级别 | 规则 | 说明 |");
    const clean = (await lintFixture({ "catalog/a.yaml": itemText() })).result;
    expect(markdown(clean, context())).toBe("**guidelint**: No problems in 1 file.\n");
  });

  it("escapes pipes and line breaks in cells", () => {
    expect(cell("a | b\nc")).toBe("a \\| b<br>c");
  });
});
