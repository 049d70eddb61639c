// The run is assembled once: these are the defects that copies of it produced, each pinned.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint, measureCatalog } from "../../src/api.js";
import { readSource } from "../../src/source/read-source.js";
import { itemText, tempDir } from "../support/cli.js";

const LOW_COMPRESSION = { "promised: { value: 5,  unit: working-day": "promised: { value: 15, unit: working-day" };
const STRICT_PROFILE = `name: strict-test
document: 测试方案
targets:
  meanCompression: { min: 0.9 }
`;

const rulesOf = (run: Awaited<ReturnType<typeof lint>>) => run.results.flatMap((r) => r.findings.map((f) => `${r.file}:${f.ruleId}`)).sort();

describe("one pass, one profile", () => {
  it("a report run with a profile lints with that profile: the findings and the figures agree", async () => {
    const cwd = tempDir({ "catalog/a.yaml": itemText(LOW_COMPRESSION), "strict.yaml": STRICT_PROFILE });
    const linted = await lint({ cwd, profile: "strict.yaml" });
    const reported = await lint({ cwd, profile: "strict.yaml", metrics: {} });
    expect(rulesOf(linted)).toContain("catalog/a.yaml:time-limit-compression");
    expect(rulesOf(reported)).toEqual(rulesOf(linted));
    expect(reported.metrics?.targets.find((t) => t.metric === "meanCompression")).toMatchObject({ met: false });
    // Without the profile the item's 25 % compression is below the default 60 % too, but the strict
    // profile is what the run said: its name is the one in force.
    expect(reported.profile?.name).toBe("strict-test");
  });

  it("measureCatalog counts what lint reads: the same files, skipped alike", async () => {
    const cwd = tempDir({ "catalog/a.yaml": itemText(), "catalog/b.yaml": "name: [unclosed", "catalog/c.yaml": itemText({ "runs: 0": "runs: many" }, 2) });
    const measured = await measureCatalog({ cwd });
    expect(measured.report.skipped.files).toEqual(["catalog/b.yaml", "catalog/c.yaml"]);
    const linted = await lint({ cwd, metrics: {} });
    expect(linted.metrics?.skipped).toEqual(measured.report.skipped);
  });
});

describe("catalog-wide rules are configured per file", () => {
  const duplicate = (cwd: string) => {
    writeFileSync(path.join(cwd, "catalog/a/one.yaml"), itemText());
    writeFileSync(path.join(cwd, "catalog/b/two.yaml"), itemText());
  };

  it("a rule that is off at the top level and on in an overrides entry runs, for those files only", async () => {
    const cwd = tempDir({
      "guidelint.config.yaml": `catalog: ["catalog/**/*.yaml"]\nrules:\n  code-unique: off\noverrides:\n  - files: ["catalog/b/**"]\n    rules:\n      code-unique: error\n`,
      "catalog/a/.keep": "",
      "catalog/b/.keep": "",
    });
    duplicate(cwd);
    const run = await lint({ cwd });
    const found = rulesOf(run).filter((r) => r.endsWith("code-unique"));
    expect(found).toEqual(["catalog/b/two.yaml:code-unique"]);
  });

  it("override options of a catalog-wide rule apply to the files they name", async () => {
    const renamed = { "name: 食品经营许可（新办）": "name: 食品经营许可（变更）", "department: 蓬溪县行政审批局": "department: 遂宁市行政审批局" };
    const other = {
      ...renamed,
      "level: county": "level: city",
      'region: "510921"': 'region: "510900"',
      '"11510921MB1538709A4000117600000"': '"11510900MB1538709A4000117600000"',
    };
    const files = (config: string) =>
      tempDir({
        "guidelint.config.yaml": config,
        "catalog/county/a.yaml": itemText(),
        "catalog/county/b.yaml": itemText({ 'region: "510921"': 'region: "510922"', '"11510921MB1538709A4000117600000"': '"11510922MB1538709A4000117600000"' }),
        "catalog/city/c.yaml": itemText(other),
      });
    // The default elements (name, type, legal basis): the renamed city item differs from the majority.
    const plain = await lint({ cwd: files(`catalog: ["catalog/**/*.yaml"]\n`) });
    expect(rulesOf(plain)).toContain("catalog/city/c.yaml:cross-level-consistency");
    // Compared on the type only for the city's files: the name no longer counts there.
    const scoped = await lint({
      cwd: files(
        `catalog: ["catalog/**/*.yaml"]\noverrides:\n  - files: ["catalog/city/**"]\n    rules:\n      cross-level-consistency: [error, { elements: [type] }]\n`,
      ),
    });
    expect(rulesOf(scoped)).not.toContain("catalog/city/c.yaml:cross-level-consistency");
  });
});

describe("one reader for every file", () => {
  it("a GBK channel snapshot is a not-UTF-8 finding on it, never garbled mismatches", async () => {
    // 经营 in GBK (0xbe cannot start a UTF-8 sequence; 食品 in GBK happens to be valid UTF-8).
    const gbkName = Buffer.from([0xbe, 0xad, 0xd3, 0xaa]);
    const snapshot = Buffer.concat([Buffer.from('- code: "11510921MB1538709A4000117600000"\n  name: '), gbkName, Buffer.from("\n")]);
    const cwd = tempDir({
      "guidelint.config.yaml": `catalog: ["catalog/**/*.yaml"]\nchannels:\n  mobile: snapshots/mobile.yaml\n`,
      "catalog/a.yaml": itemText(),
      "snapshots/mobile.yaml": snapshot,
    });
    const run = await lint({ cwd });
    const onSnapshot = run.results.find((r) => r.file === "snapshots/mobile.yaml")?.findings ?? [];
    expect(onSnapshot.map((f) => `${f.ruleId}/${f.messageId}:${f.line}`)).toEqual(["yaml-syntax/notUtf8:2"]);
    expect(JSON.stringify(run.results)).not.toContain("\uFFFD");
  });

  it("a FIFO is not a regular file: the reader says so instead of blocking on it", async () => {
    const cwd = tempDir({ "catalog/a.yaml": itemText() });
    const fifo = path.join(cwd, "catalog/b.yaml");
    execFileSync("mkfifo", [fifo]);
    const read = readSource(fifo);
    expect(read).toEqual({ ok: false, problem: { kind: "not-a-file" } });
    // A folder run passes it over (discovery lists regular files) and finishes.
    const run = await lint({ cwd });
    expect(run.results.map((r) => r.file)).toEqual(["catalog/a.yaml"]);
  });

  it("a baseline saved with a BOM is read", async () => {
    const { readBaselineFile } = await import("../../src/engine/baseline.js");
    const cwd = tempDir({ "b.json": `\uFEFF{ "version": 1, "entries": [] }\n` });
    expect(readBaselineFile(path.join(cwd, "b.json"), "b.json")).toEqual({ version: 1, entries: [] });
  });

  it("a config, list or profile that is not UTF-8 is exit 2 naming the file and how to convert it", async () => {
    const gbk = Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xbe, 0xad, 0x0a]); // name: 经 in GBK
    const cwd = tempDir({ "catalog/a.yaml": itemText(), "gbk.yaml": gbk });
    await expect(lint({ cwd, profile: "gbk.yaml" })).rejects.toMatchObject({
      messageId: "profileUnreadable",
      data: { file: "gbk.yaml", detail: { en: expect.stringContaining("not UTF-8 (byte 7, line 1") } },
    });
  });
});
