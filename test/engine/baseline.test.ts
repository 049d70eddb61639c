import { describe, expect, it } from "vitest";
import { applyBaseline, createBaseline, parseBaseline, serializeBaseline } from "../../src/engine/baseline.js";
import { summarize } from "../../src/engine/result.js";
import type { FileResult, Finding, LintResult } from "../../src/engine/result.js";

const finding = (ruleId: string, path: Finding["path"], line: number, itemCode?: string): Finding => ({
  ruleId,
  severity: "error",
  messageId: "m",
  data: {},
  path,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  ...(itemCode ? { itemCode } : {}),
});

const file = (name: string, findings: Finding[], itemCode?: string): FileResult => ({
  file: name,
  filePath: `/x/${name}`,
  findings,
  ...(itemCode ? { itemCode } : {}),
});
const run = (results: FileResult[]): LintResult => ({ results, summary: summarize(results), toolErrors: [] });

describe("createBaseline", () => {
  it("keys by item code (else file), rule, path and message id — not by line — counted and sorted", () => {
    const baseline = createBaseline([
      file("b.yaml", [finding("phone-format", ["phone"], 9, "B"), finding("name-format", ["name"], 3, "B")], "B"),
      file("a.yaml", [finding("yaml-syntax", [], 1), finding("yaml-syntax", [], 4)]),
    ]);
    expect(baseline.entries).toEqual([
      { item: "B", rule: "name-format", path: "name", messageId: "m", count: 1 },
      { item: "B", rule: "phone-format", path: "phone", messageId: "m", count: 1 },
      { item: "a.yaml", rule: "yaml-syntax", path: "$", messageId: "m", count: 2 },
    ]);
  });

  it("serializes one entry per line and reads back what it wrote", () => {
    const baseline = createBaseline([file("a.yaml", [finding("name-format", ["materials", 0, "name"], 3, "A")], "A")]);
    const text = serializeBaseline(baseline);
    expect(text.split("\n")[3]).toBe('    {"item":"A","rule":"name-format","path":"materials[0].name","messageId":"m","count":1}');
    expect(parseBaseline(text)).toEqual(baseline);
    expect(serializeBaseline({ version: 1, entries: [] })).toBe('{\n  "version": 1,\n  "entries": []\n}\n');
  });

  it("rejects a malformed file", () => {
    expect(() => parseBaseline("[]")).toThrow(/version/);
    expect(() => parseBaseline('{"version":1,"entries":[{"item":"A"}]}')).toThrow(/entry 1/);
  });
});

describe("applyBaseline", () => {
  it("moves recorded findings to baselined even when their lines moved; new ones stay", () => {
    const baseline = createBaseline([file("a.yaml", [finding("phone-format", ["phone"], 9, "A")], "A")]);
    const applied = applyBaseline(
      run([file("a.yaml", [finding("phone-format", ["phone"], 20, "A"), finding("name-format", ["name"], 3, "A")], "A")]),
      baseline,
    );
    expect(applied.results[0].findings.map((f) => f.ruleId)).toEqual(["name-format"]);
    expect(applied.results[0].baselined?.map((f) => f.line)).toEqual([20]);
    expect(applied.summary).toMatchObject({ errors: 1, baselined: 1 });
    expect(applied.staleBaseline).toEqual([]);
  });

  it("matches up to the recorded count, and lists entries that no longer match as stale", () => {
    const baseline = createBaseline([file("a.yaml", [finding("phone-format", ["phone"], 9, "A"), finding("name-format", ["name"], 3, "A")], "A")]);
    const applied = applyBaseline(
      run([file("a.yaml", [finding("phone-format", ["phone"], 9, "A"), finding("phone-format", ["phone"], 9, "A")], "A")]),
      baseline,
    );
    expect(applied.summary).toMatchObject({ errors: 1, baselined: 1 });
    expect(applied.staleBaseline).toEqual([{ item: "A", rule: "name-format", path: "name", messageId: "m", count: 1 }]);
  });
});
