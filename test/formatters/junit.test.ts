import { describe, expect, it } from "vitest";
import type { LintResult } from "../../src/engine/result.js";
import { cdata, junit, xmlEscape } from "../../src/formatters/junit.js";
import { context, lintFixture } from "./support.js";
import { parseXml } from "./xml.js";

describe("junit", () => {
  it("is well-formed XML: one testsuite per file, a failing testcase per finding, a passing one per clean file", async () => {
    const { result } = await lintFixture();
    const root = parseXml(junit(result, context("zh-CN")));
    expect(root.name).toBe("testsuites");
    expect(root.children.map((s) => s.attributes.name)).toEqual(result.results.map((r) => r.file));
    for (const [i, suite] of root.children.entries()) {
      const file = result.results[i];
      expect(suite.name).toBe("testsuite");
      expect(Number(suite.attributes.failures)).toBe(file.findings.length);
      expect(Number(suite.attributes.tests)).toBe(suite.children.length);
      for (const testcase of suite.children) expect(testcase.attributes.classname).toBe(file.file);
      if (file.findings.length === 0) {
        expect(suite.children).toHaveLength(1);
        expect(suite.children[0].children).toEqual([]);
      } else {
        expect(suite.children).toHaveLength(file.findings.length);
        for (const [j, testcase] of suite.children.entries()) {
          const f = file.findings[j];
          const failure = testcase.children[0];
          expect(failure.name).toBe("failure");
          expect(failure.attributes.type).toBe(f.ruleId);
          expect(failure.attributes.message.length).toBeGreaterThan(0);
          expect(testcase.attributes.name).toContain(`${f.ruleId} `);
          expect(testcase.attributes.name).toContain(`(${f.line}:${f.column})`);
        }
      }
    }
    const vague = root.children.flatMap((s) => s.children).find((t) => t.attributes.name.startsWith("materials-vague"))!;
    expect(vague.attributes.name).toMatch(/^materials-vague materials\[3\]\.name \(\d+:\d+\)$/);
    expect(Number(root.attributes.failures)).toBe(result.summary.errors + result.summary.warnings);
  });

  it("never repeats a classname+name pair, even for two identical findings", async () => {
    const { result } = await lintFixture();
    const file = result.results.find((r) => r.findings.length > 0)!;
    const doubled: LintResult = { ...result, results: [...result.results, { ...file, findings: [...file.findings, ...file.findings] }] };
    const cases = parseXml(junit(doubled, context())).children.flatMap((s) => s.children);
    const keys = cases.map((t) => `${t.attributes.classname}\u0000${t.attributes.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("escapes markup in names and messages and splits ]]> in CDATA", async () => {
    expect(xmlEscape(`a<b>&"c"'\n`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;&#10;");
    expect(parseXml(`<x>${cdata("a]]>b]]>")}</x>`).text).toBe("a]]>b]]>");
    const { result } = await lintFixture();
    const file = result.results.find((r) => r.findings.length > 0)!;
    const nasty: LintResult = {
      ...result,
      results: [{ ...file, file: `x<&"]]>'.yaml`, findings: file.findings.map((f) => ({ ...f, ruleId: "a]]>b", messageId: "<m>" })) }],
    };
    const root = parseXml(junit(nasty, context()));
    const failure = root.children[0].children[0].children[0];
    expect(root.children[0].attributes.name).toBe(`x<&"]]>'.yaml`);
    expect(failure.attributes.message).toBe("a]]>b/<m>");
    expect(failure.text).toContain(`x<&"]]>'.yaml:`);
  });
});
