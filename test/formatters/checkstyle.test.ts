import { describe, expect, it } from "vitest";
import { checkstyle } from "../../src/formatters/checkstyle.js";
import { context, lintFixture } from "./support.js";
import { parseXml } from "./xml.js";

describe("checkstyle", () => {
  it("is well-formed XML with a file per file and an error per finding", async () => {
    const { result } = await lintFixture();
    const root = parseXml(checkstyle(result, context("zh-CN")));
    expect(root.name).toBe("checkstyle");
    expect(root.children.map((f) => f.attributes.name)).toEqual(result.results.map((r) => r.file));
    for (const [i, file] of root.children.entries()) {
      const findings = result.results[i].findings;
      expect(file.children).toHaveLength(findings.length);
      for (const [j, error] of file.children.entries()) {
        const f = findings[j];
        expect(error.name).toBe("error");
        expect(error.attributes).toMatchObject({ line: String(f.line), column: String(f.column), severity: f.severity, source: `guidelint.${f.ruleId}` });
        expect(error.attributes.message.length).toBeGreaterThan(0);
      }
    }
  });
});
