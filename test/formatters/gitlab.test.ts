import { describe, expect, it } from "vitest";
import type { LintResult } from "../../src/engine/result.js";
import { gitlab } from "../../src/formatters/gitlab.js";
import { context, lintFixture } from "./support.js";

const SEVERITIES = ["info", "minor", "major", "critical", "blocker"];

describe("gitlab (Code Quality)", () => {
  it("is a JSON array of Code Quality issues, no byte-order mark", async () => {
    const { result } = await lintFixture();
    const text = gitlab(result, context());
    expect(text.charCodeAt(0)).toBe("[".charCodeAt(0));
    expect(
      Buffer.from(text, "utf8")
        .subarray(0, 3)
        .equals(Buffer.from([0xef, 0xbb, 0xbf])),
    ).toBe(false);
    const issues = JSON.parse(text);
    expect(Array.isArray(issues)).toBe(true);
    const findings = result.results.flatMap((r) => r.findings.map((f) => ({ file: r.file, f })));
    expect(issues).toHaveLength(findings.length);
    findings.forEach(({ file, f }, i) => {
      const issue = issues[i];
      expect(Object.keys(issue).sort()).toEqual(["check_name", "description", "fingerprint", "location", "severity"]);
      expect(issue.check_name).toBe(`guidelint/${f.ruleId}`);
      expect(typeof issue.description).toBe("string");
      expect(SEVERITIES).toContain(issue.severity);
      expect(issue.severity).toBe(f.severity === "error" ? "major" : "minor");
      expect(issue.location).toEqual({ path: file, lines: { begin: f.line } });
      expect(issue.location.path).not.toMatch(/^(\.\/|\/)|\\/);
    });
  });

  it("gives unique fingerprints, stable across runs and line moves, even for two copies of one code", async () => {
    const { result } = await lintFixture();
    const issues = JSON.parse(gitlab(result, context()));
    const prints = issues.map((i: any) => i.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    expect(issues.filter((i: any) => i.check_name === "guidelint/code-unique")).toHaveLength(2);
    const again = JSON.parse(gitlab((await lintFixture()).result, context("zh-CN"))).map((i: any) => i.fingerprint);
    expect(again).toEqual(prints);
    const moved: LintResult = { ...result, results: result.results.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, line: f.line + 2 })) })) };
    expect(JSON.parse(gitlab(moved, context())).map((i: any) => i.fingerprint)).toEqual(prints);
  });

  it("is an empty array for a clean catalog", async () => {
    const { result } = await lintFixture({ "catalog/a.yaml": (await import("../support/cli.js")).itemText() });
    expect(JSON.parse(gitlab(result, context()))).toEqual([]);
  });
});
