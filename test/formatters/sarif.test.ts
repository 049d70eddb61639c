import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { LintResult } from "../../src/engine/result.js";
import { SARIF_MAX_RESULTS, artifactUri, sarif } from "../../src/formatters/sarif.js";
import { rules } from "../../src/rules/registry.js";
import { context, lintFixture } from "./support.js";

// The SARIF 2.1.0 JSON Schema as Microsoft's SARIF SDK ships it (sarif-2.1.0.json in the
// @microsoft/sarif-multitool-linux npm package), kept as test data.
const SCHEMA = JSON.parse(readFileSync(path.join(import.meta.dirname, "../data/sarif-schema-2.1.0.json"), "utf8"));

function validator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat("uri", (s: string) => URL.canParse(s));
  ajv.addFormat("uri-reference", (s: string) => URL.canParse(s, "http://x/") && !/[\s\\]/.test(s));
  ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
  ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  return ajv.compile(SCHEMA);
}

describe("sarif", () => {
  let result: LintResult;
  let log: any;
  beforeAll(async () => {
    result = (await lintFixture()).result;
    log = JSON.parse(sarif(result, context()));
  });

  it("is valid against the SARIF 2.1.0 schema, in both languages", () => {
    const validate = validator();
    for (const lang of ["en", "zh-CN"] as const) {
      const ok = validate(JSON.parse(sarif(result, context(lang))));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
    // and the validator does reject what the uploader would reject
    const bad = JSON.parse(sarif(result, context()));
    bad.runs[0].results[0].level = "fatal";
    bad.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(bad)).toBe(false);
  });

  it("has one run with the driver and every rule: a name apart from its id, its title and description, its default level", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/^https:\/\//);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.tool.driver).toMatchObject({ name: "guidelint", semanticVersion: "0.1.0" });
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual(rules.map((r) => r.id));
    const names = new Set<string>();
    for (const [i, rule] of rules.entries()) {
      const d = run.tool.driver.rules[i];
      // SARIF1001: a name, if present, differs from the id; PascalCase, one per rule.
      expect(d.name).not.toBe(d.id);
      expect(d.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      names.add(d.name);
      expect(d.shortDescription.text).toBe(rule.title!.en);
      expect(d.fullDescription.text).toContain(rule.description.en);
      expect(d.fullDescription.text).toContain(rule.description["zh-CN"]);
      expect(d.defaultConfiguration.level).toBe(rule.defaultSeverity);
    }
    expect(names.size).toBe(rules.length);
    expect(run.tool.driver.rules.find((r: any) => r.id === "materials-vague").name).toBe("MaterialsVague");
    const zh = JSON.parse(sarif(result, context("zh-CN"))).runs[0].tool.driver.rules;
    expect(zh.find((r: any) => r.id === "materials-vague").shortDescription.text).toBe("申请材料含兜底表述");
  });

  it("links no docs page when none is known, rather than one that may not exist", () => {
    const driver = log.runs[0].tool.driver;
    expect(driver.informationUri).toBeUndefined();
    for (const d of driver.rules) {
      expect(d.helpUri).toBeUndefined();
      expect(d.help.text).toBe(d.fullDescription.text);
    }
  });

  it("links each rule's page from the docsUrl template, {id} encoded, and stays valid", () => {
    const docsUrl = "https://example.org/guidelint/docs/rules/{id}.md?from={id}";
    const withDocs = JSON.parse(sarif(result, context("en", { docsUrl, homepage: "https://example.org/guidelint" })));
    const driver = withDocs.runs[0].tool.driver;
    expect(driver.informationUri).toBe("https://example.org/guidelint");
    for (const d of driver.rules) {
      expect(d.helpUri).toBe(`https://example.org/guidelint/docs/rules/${d.id}.md?from=${d.id}`);
      expect(d.help.text).toContain(d.helpUri);
      expect(d.help.markdown).toContain(`[${d.id}](${d.helpUri})`);
    }
    const validate = validator();
    expect(validate(withDocs)).toBe(true);
  });

  it("maps each finding to a result at its 1-based region, with a repo-relative URI", () => {
    const run = log.runs[0];
    const findings = result.results.flatMap((r) => r.findings.map((f) => ({ file: r.file, f })));
    expect(run.results).toHaveLength(findings.length);
    findings.forEach(({ file, f }, i) => {
      const res = run.results[i];
      expect(res.ruleId).toBe(f.ruleId);
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(f.ruleId);
      expect(res.level).toBe(f.severity);
      expect(res.message.text.length).toBeGreaterThan(0);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe(artifactUri(file));
      expect(loc.artifactLocation.uri).not.toMatch(/^(\.\/|\/|file:)/);
      expect(loc.region).toEqual({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
    });
    expect(run.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri)).toContain("catalog/sub%20dir/b%2Cc.yaml");
  });

  it("fingerprints by item code, path and rule, not by line; unique even for a repeated key", () => {
    const prints = log.runs[0].results.map((r: any) => r.partialFingerprints["guidelint/v1"]);
    expect(new Set(prints).size).toBe(prints.length);
    const moved: LintResult = {
      ...result,
      results: result.results.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, line: f.line + 7, endLine: f.endLine + 7 })) })),
    };
    const again = JSON.parse(sarif(moved, context())).runs[0].results.map((r: any) => r.partialFingerprints["guidelint/v1"]);
    expect(again).toEqual(prints);
  });

  it("puts the other copies of a duplicate code in relatedLocations", () => {
    const dup = log.runs[0].results.find((r: any) => r.ruleId === "code-unique");
    expect(dup.relatedLocations[0].physicalLocation.artifactLocation.uri).toMatch(/^catalog\/(a|dup)\.yaml$/);
    expect(dup.relatedLocations[0].physicalLocation.region.startLine).toBe(3);
  });

  it("stops at 25,000 results and says so in a notification", () => {
    const f = result.results.find((r) => r.findings.length > 0)!;
    const many: LintResult = { ...result, results: [{ ...f, findings: Array.from({ length: SARIF_MAX_RESULTS + 3 }, () => f.findings[0]) }] };
    const run = JSON.parse(sarif(many, context())).runs[0];
    expect(run.results).toHaveLength(SARIF_MAX_RESULTS);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/25003 findings; only 25000 are in this SARIF run, errors first/);
    expect(validator()({ ...log, runs: [run] })).toBe(true);
  });
});
